using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api.Grid;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// The Word download opened with the Open XML SDK, as Word would read it, and checked against the hand-worked
/// <see cref="KnownPlan"/>: headings, sentences, figures, exception rows, the plan table, RAG cells and the footer.
/// </summary>
public sealed class DocxReportTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    private static string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    internal static string TextOf(TableCell cell) => string.Concat(cell.Descendants<Text>().Select(t => t.Text));

    internal static List<string[]> Cells(Table table) =>
        table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(TextOf).ToArray()).ToList();

    private static Table TableCaptioned(Body body, string caption) =>
        body.Elements<Table>().Single(t => t.GetFirstChild<TableProperties>()?.GetFirstChild<TableCaption>()?.Val?.Value == caption);

    [Test]
    public async Task The_word_report_has_real_headings_the_sentences_and_the_figures()
    {
        var plan = await KnownPlan.CreateAsync(client);
        await Downloads.SetPlanVersionAsync(client, plan.PlanId, "v3.2");
        var json = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/report"))!;
        var file = await Downloads.GetAsync(client, $"/api/plans/{plan.PlanId}/report/docx");

        Assert.That(file.ContentType, Is.EqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        Assert.That((file.Disposition, file.FileName), Is.EqualTo(("attachment", "known-development-plan-rag-11-26.docx")));

        using var document = WordprocessingDocument.Open(new MemoryStream(file.Bytes), false);
        Assert.That(document.PackageProperties.Title, Is.EqualTo("Known development plan: scrutiny report"));
        Assert.That(document.PackageProperties.Creator, Is.EqualTo("Improvement action-plan tracker"));

        // Word lists a heading in its navigation pane when the style is its built-in "heading N" with an outline level.
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.That(styles["Heading1"].StyleName!.Val!.Value, Is.EqualTo("heading 1"));
        Assert.That(styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value, Is.EqualTo(1));

        var body = document.MainDocumentPart.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        string[] Headings(string style) => paragraphs.Where(p => StyleOf(p) == style).Select(p => p.InnerText).ToArray();
        Assert.That(Headings("Heading1"), Is.EqualTo(new[] { "Known development plan: scrutiny report" }));
        Assert.That(Headings("Heading2"), Is.EqualTo(new[] { "Summary", "Averages by priority", "Exceptions", "Reconciliation", "The full plan" }));
        Assert.That(Headings("Heading3"), Is.EqualTo(new[]
        {
            "Declining since the last review (1)", "At the worst level, 1 Not started or seriously delayed (0)", "Overdue (2)",
            "Stale: no score, no update, or the update copied forward (2)", "Direction-of-travel overrides that contradict the scores (1)",
            "Marked complete, waiting for the board's sign-off (0)", "Complete as printed in the source, not signed off in the tracker (0)",
            "Deadlines to confirm: dates that could be read another way (0)", "Deadlines the tracker could not understand (0)",
            "Printed averages checked against the scores (0)", "Other printed figures checked against the scores (0)",
            "Printed directions of travel that contradict the scores (0)", "Which end of the scale is better",
        }));

        // The sentences follow the Summary heading, in order, exactly as the JSON gives them.
        var sentences = json["summary"]!["sentences"]!.AsArray().Select(s => (string)s!).ToList();
        var summaryAt = paragraphs.FindIndex(p => p.InnerText == "Summary");
        Assert.That(paragraphs.Skip(summaryAt + 1).Take(sentences.Count).Select(p => p.InnerText), Is.EqualTo(sentences));
        Assert.That(sentences, Does.Contain("1 of 3 success measures improved since the last review, 1 stayed the same and 1 declined."));

        Assert.That(Cells(TableCaptioned(body, "Average scores at the previous review and this one, with the direction of travel")), Is.EqualTo(new[]
        {
            new[] { "", "Previous review", "This review", "Direction of travel" },
            new[] { "Whole plan, mean over scored success measures", "3.5", "2.3", "Declining" },
            new[] { "Whole plan, mean of the priority averages", "3.5", "2.3", "Declining" },
            new[] { "Priority 1: Help and protection", "3.0", "2.5", "Declining" },
            new[] { "Priority 2: Children in care", "4.0", "2.0", "Declining" },
        }));
        Assert.That(Cells(TableCaptioned(body, "Scores in this review: how many at each level")).Select(r => (r[0], r[1])), Is.EqualTo(new[]
        {
            ("Level", "Success measures"), ("1 Not started or seriously delayed", "0"), ("2 Started with some delay", "2"), ("3 On track", "1"),
            ("4 Complete, monitoring", "0"), ("5 Complete and sustained", "0"), ("No score", "0"),
        }));

        var overdue = Cells(TableCaptioned(body, "Overdue"));
        Assert.That(overdue.Skip(1).Select(r => (r[0], r[2], r[4])), Is.EqualTo(new[]
        {
            ("1 / 1.1 / 1", "Dana Whitfield (from action 1.1)", "Deadline Sep-26 (due by 30 September 2026)"),
            ("1 / 1.1 / 2", "Dana Whitfield (from action 1.1)", "Deadline Sep-26 (due by 30 September 2026)"),
        }));
        var declining = Cells(TableCaptioned(body, "Declining since the last review"));
        Assert.That(declining.Skip(1).Single(), Is.EqualTo(new[]
        {
            "2 / 2.1 / 1", "Every child in care has an up-to-date care plan", "", "2 Started with some delay",
            "Down from 4 Complete, monitoring in RAG 09/26 to 2 Started with some delay", "Slipped: staff left",
        }));
        Assert.That(paragraphs.Select(p => p.InnerText), Does.Contain("No success measure was at 1 Not started or seriously delayed."));
    }

    [Test]
    public async Task The_plan_table_has_a_row_per_item_repeating_headers_and_RAG_cells_in_colour_and_words()
    {
        var plan = await KnownPlan.CreateAsync(client);
        await Downloads.SetPlanVersionAsync(client, plan.PlanId, "v3.2");
        var file = await Downloads.GetAsync(client, $"/api/plans/{plan.PlanId}/report/docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Bytes), false);
        var body = document.MainDocumentPart!.Document!.Body!;

        var table = body.Elements<Table>().Last();
        var rows = table.Elements<TableRow>().ToList();
        // Two priorities, two actions, three success measures, and the header.
        Assert.That(rows, Has.Count.EqualTo(1 + 7));
        Assert.That(rows[0].TableRowProperties!.GetFirstChild<TableHeader>(), Is.Not.Null, "the header row repeats on every page");
        Assert.That(rows.Skip(1).All(r => r.TableRowProperties?.GetFirstChild<CantSplit>() is not null), "no row splits across pages");
        var header = rows[0].Elements<TableCell>().Select(TextOf).ToList();
        Assert.That(header, Is.EqualTo(new[] { "Reference", "Item", "Lead", "Deadline", "RAG 07/26", "RAG 09/26", "RAG 11/26", "Direction of travel", "Latest update" }));
        Assert.That(table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!)), Is.EqualTo(16838 - 2 * 720),
            "the table fills the landscape page between its margins");
        Assert.That(rows.Skip(1).Select(r => TextOf(r.Elements<TableCell>().First())),
            Is.EqualTo(new[] { "1", "1 / 1.1", "1 / 1.1 / 1", "1 / 1.1 / 2", "2", "2 / 2.1", "2 / 2.1 / 1" }));

        // M1 in RAG 11/26: 3 "On track", shaded green (#92d050) and written in near-black, which reads on it.
        var m1 = rows[3].Elements<TableCell>().ToList();
        var rag = m1[header.IndexOf("RAG 11/26")];
        Assert.That(TextOf(rag), Is.EqualTo("3 On track"));
        Assert.That(rag.TableCellProperties!.Shading!.Fill!.Value, Is.EqualTo("92D050"));
        Assert.That(rag.Descendants<Color>().Single().Val!.Value, Is.EqualTo("0B0C0C"));
        Assert.That(TextOf(m1[header.IndexOf("Direction of travel")]), Is.EqualTo("Maintained; recorded as improving by Board Member, which the scores do not support"));
        Assert.That(TextOf(m1[header.IndexOf("Deadline")]), Is.EqualTo("Sep-26, from action 1.1 (overdue)"), "a measure is due when its action is, and says so");
        // M2's "no score" in RAG 09/26 is words on no colour.
        var m2 = rows[4].Elements<TableCell>().ToList();
        Assert.That(TextOf(m2[header.IndexOf("RAG 09/26")]), Is.EqualTo("No score (update not available)"));
        Assert.That(m2[header.IndexOf("RAG 09/26")].TableCellProperties?.Shading, Is.Null);
        Assert.That(TextOf(m2[header.IndexOf("RAG 07/26")]), Is.EqualTo("1 Not started or seriously delayed"));
        Assert.That(m2[header.IndexOf("RAG 07/26")].Descendants<Color>().Single().Val!.Value, Is.EqualTo("FFFFFF"), "white on the red of level 1");

        // The wide table sits in a landscape A4 section; the summary before it is portrait.
        var sections = body.Descendants<SectionProperties>().ToList();
        Assert.That(sections.Select(s => s.GetFirstChild<PageSize>()!.Width!.Value), Is.EqualTo(new uint[] { 11906, 16838 }));
        Assert.That(sections[1].GetFirstChild<PageSize>()!.Orient!.Value, Is.EqualTo(PageOrientationValues.Landscape));
        Assert.That(sections.All(s => s.GetFirstChild<FooterReference>() is not null), "every page has the footer");

        var footer = document.MainDocumentPart.FooterParts.Single().Footer!.InnerText;
        Assert.That(footer, Is.EqualTo("Plan version v3.2 · Review: RAG 11/26 (20 November 2026) · Generated 23 November 2026 09:30 · Judged as at 23 November 2026 (today)"));
    }

    [Test]
    public async Task Only_the_latest_four_reviews_fit_the_word_table_and_it_says_so()
    {
        var planId = await Arrange.PlanAsync(client, title: "Long-running plan");
        var recommendation = await Arrange.RecommendationAsync(client, planId, "1");
        for (var month = 1; month <= 8; month++)
        {
            var review = await (await client.PostJsonAsync($"/api/plans/{planId}/reviews",
                new { label = $"Review {month}", reviewDate = $"2026-{month:00}-28" })).ReadAsync<Reviews.ReviewTests.ReviewDto>();
            var scored = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{review.Id}/scores/recommendations/{recommendation}",
                new { level = 1 + month % 3, narrative = $"Update {month}" }, null);
            Assert.That(scored.IsSuccessStatusCode, await scored.Content.ReadAsStringAsync());
        }
        var file = await Downloads.GetAsync(client, $"/api/plans/{planId}/report/docx");
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Bytes), false);
        var body = document.MainDocumentPart!.Document!.Body!;

        var header = body.Elements<Table>().Last().Elements<TableRow>().First().Elements<TableCell>().Select(TextOf).ToList();
        Assert.That(header.Where(h => h.StartsWith("Review ", StringComparison.Ordinal)), Is.EqualTo(Enumerable.Range(5, 4).Select(m => $"Review {m}")));
        Assert.That(body.Elements<Paragraph>().Select(p => p.InnerText), Has.Some.Contains("latest 4 of 8 reviews (the Excel download has every review)"));
    }
}

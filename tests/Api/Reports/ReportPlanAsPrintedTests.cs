using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// Issue 10: every field the widened model holds shows in the report's rows and lists, in every form: addressees, own
/// and inherited people and deadlines under the plan's own column headings, unnumbered items, completions as printed in
/// a source, deadlines to confirm, the plan's date beside its version, undated reviews and colourless levels.
/// </summary>
public sealed class ReportPlanAsPrintedTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    private static JsonNode Row(ReportForms forms, string kind, long id) =>
        forms.Json["rows"]!.AsArray().Single(r => (string)r!["kind"]! == kind && (long)r["id"]! == id)!;

    private static JsonNode Exception(ReportForms forms, string kind) =>
        forms.Json["exceptions"]!.AsArray().Single(e => (string)e!["kind"]! == kind)!;

    [Test]
    public async Task Addressees_are_printed_with_their_recommendation_and_counted_in_the_summary()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var forms = await ReportForms.GetAsync(client, plan.PlanId);

        string[] addressees = ["the local authority", "the safeguarding partnership"];
        Assert.That(Row(forms, "recommendation", plan.Recommendation1)["addressees"]!.AsArray().Select(a => (string)a!), Is.EqualTo(addressees));
        Assert.That(Row(forms, "measure", plan.M1)["addressees"]!.AsArray().Select(a => (string)a!), Is.EqualTo(addressees), "a measure answers its recommendation's addressees");
        Assert.That(Row(forms, "measure", plan.M3)["addressees"]!.AsArray(), Is.Empty, "M3 is under no recommendation");
        Assert.That(forms.Json["summary"]!["addressees"]!.AsArray().Select(a => ((string)a!["addressee"]!, (int)a["recommendations"]!, (int)a["scoredItems"]!)),
            Is.EqualTo(new[] { ("the local authority", 1, 2), ("the safeguarding partnership", 1, 2) }));

        // Word: under the recommendation in the full plan, and a table in the summary.
        Assert.That(forms.WordPlanTable.Single(r => r[0] == "1 / 1")[1],
            Is.EqualTo("Recommendation: Improve the quality of assessments. | Addressed to the local authority; the safeguarding partnership"));
        Assert.That(forms.WordTable("Who the recommendations are addressed to"), Is.EqualTo(new[]
        {
            new[] { "Addressed to", "Recommendations", "Success measures under them" },
            new[] { "the local authority", "1", "2" }, new[] { "the safeguarding partnership", "1", "2" },
        }));

        // Excel and CSV: a column, and the Summary sheet's counts.
        Assert.That(forms.GridCell("Addressed to", 1), Is.EqualTo("the local authority; the safeguarding partnership"));
        Assert.That(forms.SheetTexts("Summary"), Has.Some.EqualTo(new[] { "the safeguarding partnership", "1", "2" }));
        Assert.That(forms.Csv.Select(r => r[Array.IndexOf(forms.CsvHeaders, "Addressed to")]),
            Is.EqualTo(new[] { "the local authority; the safeguarding partnership", "the local authority; the safeguarding partnership", "" }));
    }

    [Test]
    public async Task Inherited_people_and_deadlines_say_where_they_come_from_under_the_plans_own_headings()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var forms = await ReportForms.GetAsync(client, plan.PlanId);

        // M1 names nobody and no deadline: Dana from recommendation 1, Owen and Sep-26 from action A. M2 names its own lead
        // and deadline. M3's deadline comes from an action the plan printed no number for.
        var m1 = Row(forms, "measure", plan.M1);
        Assert.That(((string)m1["leads"]!, (string)m1["leadsInheritedFrom"]!, (string)m1["leadsText"]!),
            Is.EqualTo(("Dana Whitfield", "recommendation 1", "Dana Whitfield (from recommendation 1)")));
        Assert.That(((string)m1["owners"]!, (string)m1["ownersInheritedFrom"]!, (string)m1["ownersText"]!),
            Is.EqualTo(("Owen Price", "action A", "Owen Price (from action A)")));
        Assert.That(((string)m1["deadlineText"]!, (string)m1["deadlineInheritedFrom"]!), Is.EqualTo(("Sep-26", "action A")));
        var m2 = Row(forms, "measure", plan.M2);
        Assert.That(((string)m2["leadsText"]!, m2["leadsInheritedFrom"], (string)m2["deadlineText"]!, m2["deadlineInheritedFrom"]),
            Is.EqualTo(("Mo Ahmed", (JsonNode?)null, "01/02/2027", (JsonNode?)null)));
        Assert.That((string)Row(forms, "measure", plan.M3)["deadlineInheritedFrom"]!, Is.EqualTo("the action above"));
        Assert.That((string)Exception(forms, "overdue")["items"]![0]!["leadsText"]!, Is.EqualTo("Dana Whitfield (from recommendation 1)"));
        Assert.That(((string)forms.Json["plan"]!["leadHeading"]!, (string)forms.Json["plan"]!["ownerHeading"]!), Is.EqualTo(("Assigned lead", "Responsible officer")));

        // Word: the plan's headings over the full plan and the exception lists.
        var table = forms.WordPlanTable;
        Assert.That(table[0].Take(5), Is.EqualTo(new[] { "Reference", "Item", "Assigned lead", "Responsible officer", "Deadline" }));
        Assert.That(table.Single(r => r[0] == "1 / 1 / A / 1").Skip(2).Take(3),
            Is.EqualTo(new[] { "Dana Whitfield (from recommendation 1)", "Owen Price (from action A)", "Sep-26, from action A (overdue)" }));
        Assert.That(table.Single(r => r[0] == "2 / 1")[4], Is.EqualTo("Mar-27, from the action above (not due yet)"));
        Assert.That(forms.WordTable("Overdue")[0][2], Is.EqualTo("Assigned lead"));
        Assert.That(table[0].Select((_, i) => int.Parse(forms.WordPlanTableElement.GetFirstChild<TableGrid>()!.Elements<GridColumn>().ElementAt(i).Width!.Value!)).Sum(),
            Is.EqualTo(16838 - 2 * 720), "with an owners column the table still fills the landscape page");

        // Excel and CSV: the plan's headings, inherited names with where they come from, and where the deadline comes from.
        foreach (var headers in new[] { forms.Sheet("Action plan").RowTexts(forms.Sheet("Action plan").Rows[0]), forms.CsvHeaders })
            Assert.That(headers, Does.Contain("Assigned lead").And.Contain("Responsible officer").And.Contain("Deadline taken from")
                .And.Not.Contain("Leads").And.Not.Contain("Owners"));
        Assert.That((forms.GridCell("Assigned lead", 1), forms.GridCell("Responsible officer", 1), forms.GridCell("Deadline taken from", 1)),
            Is.EqualTo(("Dana Whitfield (from recommendation 1)", "Owen Price (from action A)", "action A")));
        Assert.That((forms.CsvCell("Assigned lead", 1), forms.CsvCell("Responsible officer", 1), forms.CsvCell("Deadline taken from", 1)),
            Is.EqualTo(("Mo Ahmed", "Owen Price (from action A)", "")));
        Assert.That(forms.CsvCell("Deadline taken from", 2), Is.EqualTo("the action above"));
    }

    [Test]
    public async Task Unnumbered_items_are_left_out_of_references_and_never_printed_as_null()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var forms = await ReportForms.GetAsync(client, plan.PlanId);

        var m2 = Row(forms, "measure", plan.M2);
        Assert.That((m2["number"], (string)m2["reference"]!), Is.EqualTo(((JsonNode?)null, "1 / 1 / A")));
        var action = Row(forms, "action", plan.UnnumberedAction);
        Assert.That((action["number"], (string)action["reference"]!), Is.EqualTo(((JsonNode?)null, "2")));
        Assert.That((string)Row(forms, "measure", plan.M3)["action"]!, Is.EqualTo("Review every care plan."));

        IEnumerable<string> Strings(JsonNode? node) => node switch
        {
            JsonObject o => o.SelectMany(p => Strings(p.Value)),
            JsonArray a => a.SelectMany(Strings),
            JsonValue v when v.TryGetValue<string>(out var s) => [s],
            _ => [],
        };
        Assert.That(Strings(forms.Json), Has.None.Contains("null"), "no text in the JSON says null");
        Assert.That(forms.Body.InnerText + forms.WordFooter, Does.Not.Contain("null"));
        Assert.That(forms.SheetTexts("Action plan").Concat(forms.SheetTexts("Summary")).Concat(forms.SheetTexts("Reconciliation")).SelectMany(r => r),
            Has.None.Contains("null"));
        Assert.That(Encoding.UTF8.GetString(forms.CsvFile.Bytes), Does.Not.Contain("null"));
        Assert.That(forms.WordPlanTable.Select(r => r[0]), Is.EqualTo(new[] { "Reference", "1", "1 / 1", "1 / 1 / A", "1 / 1 / A / 1", "1 / 1 / A", "2", "2", "2 / 1" }));
        Assert.That(forms.Csv.Select(r => r[Array.IndexOf(forms.CsvHeaders, "Action")]), Has.Some.EqualTo("Review every care plan."));
    }

    [Test]
    public async Task A_completion_copied_from_a_source_reads_as_complete_as_printed_not_as_signed_off()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var forms = await ReportForms.GetAsync(client, plan.PlanId);

        const string text = "5 Complete and sustained (complete as printed in Improvement plan v3.2, September 2026)";
        var score = Row(forms, "measure", plan.M2)["scores"]![1]!;
        Assert.That(((bool)score["completeAsPrinted"]!, (string)score["sourceDocument"]!, score["signOffStatus"], (string)score["text"]!),
            Is.EqualTo((true, PrintedPlan.SourceDocument, (JsonNode?)null, text)));
        Assert.That((int)forms.Json["summary"]!["completeAsPrinted"]!, Is.EqualTo(1));
        Assert.That(forms.Json["summary"]!["sentences"]!.AsArray().Select(s => (string)s!),
            Does.Contain("1 success measure is complete as printed in the source, not signed off in the tracker."));
        var list = Exception(forms, "completeAsPrinted");
        Assert.That((string)list["heading"]!, Is.EqualTo("Complete as printed in the source, not signed off in the tracker"));
        Assert.That(list["items"]!.AsArray().Select(i => ((long)i!["id"]!, (string)i["detail"]!)),
            Is.EqualTo(new[] { (plan.M2, "Complete as printed in Improvement plan v3.2, September 2026 (RAG 09/26)") }));
        Assert.That(Exception(forms, "awaitingSignOff")["items"]!.AsArray(), Is.Empty, "a completion as printed waits for no sign-off");

        // Word: the exception list with its count, and the full plan's score cell in the level's colour and the words.
        Assert.That(forms.Headings(3), Does.Contain("Complete as printed in the source, not signed off in the tracker (1)"));
        Assert.That(forms.WordTable("Complete as printed in the source, not signed off in the tracker")[1][4],
            Is.EqualTo("Complete as printed in Improvement plan v3.2, September 2026 (RAG 09/26)"));
        var row = forms.WordPlanTableElement.Elements<TableRow>().ElementAt(5).Elements<TableCell>().ToList();
        var cell = row[Array.IndexOf(forms.WordPlanTable[0], "RAG 09/26")];
        Assert.That(ReportForms.TextOf(cell), Is.EqualTo(text));
        Assert.That(cell.TableCellProperties!.Shading!.Fill!.Value, Is.Not.Null);

        // Excel: the grid's cell and the Summary's count; CSV: the cell.
        Assert.That(forms.GridCell("RAG 09/26", 2), Is.EqualTo(text));
        Assert.That(forms.SheetTexts("Summary"), Has.Some.EqualTo(new[] { "Complete as printed in the source, not signed off in the tracker", "1" }));
        Assert.That(forms.CsvCell("RAG 09/26", 1), Is.EqualTo(text));
    }

    [Test]
    public async Task Deadlines_to_confirm_are_an_exception_list_and_a_column()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var forms = await ReportForms.GetAsync(client, plan.PlanId);

        const string reason = "\"01/02/2027\" could be 1 February 2027 (day first) or 2 January 2027 (month first); it was read day first, the UK default.";
        var list = Exception(forms, "deadlineToConfirm");
        Assert.That((string)list["heading"]!, Is.EqualTo("Deadlines to confirm: dates that could be read another way"));
        Assert.That(list["items"]!.AsArray().Select(i => ((string)i!["kind"]!, (long)i["id"]!, (string)i["leadsText"]!, (string)i["detail"]!)),
            Is.EqualTo(new[] { ("measure", plan.M2, "Mo Ahmed", $"Deadline \"01/02/2027\": {reason}") }));
        Assert.That(Row(forms, "measure", plan.M2)["deadlineToConfirm"]!.AsArray().Select(r => (string)r!), Is.EqualTo(new[] { reason }));
        Assert.That(forms.Json["summary"]!["sentences"]!.AsArray().Select(s => (string)s!), Does.Contain("1 deadline has a date to confirm: it could be read another way."));

        Assert.That(forms.Headings(3), Does.Contain("Deadlines to confirm: dates that could be read another way (1)"));
        Assert.That(forms.WordTable("Deadlines to confirm: dates that could be read another way")[1][4], Is.EqualTo($"Deadline \"01/02/2027\": {reason}"));
        Assert.That(forms.WordPlanTable[5][4], Is.EqualTo("01/02/2027, date to confirm (completed)"));
        Assert.That(forms.GridCell("Date to confirm", 2), Is.EqualTo(reason));
        Assert.That(forms.SheetTexts("Summary"), Has.Some.EqualTo(new[] { "Deadlines to confirm: dates that could be read another way", "1" }));
        Assert.That((forms.CsvCell("Date to confirm", 0), forms.CsvCell("Date to confirm", 1)), Is.EqualTo(("", reason)));
    }

    [Test]
    public async Task The_plan_date_is_printed_beside_its_version()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var forms = await ReportForms.GetAsync(client, plan.PlanId);

        Assert.That(((string)forms.Json["plan"]!["planVersion"]!, (string)forms.Json["plan"]!["planDate"]!), Is.EqualTo(("v3.2", "2026-03-01")));
        Assert.That((string)forms.Json["footer"]!, Does.StartWith("Plan version v3.2 of 1 March 2026 · Review: RAG 09/26 (30 September 2026)"));
        Assert.That(forms.Paragraphs.Take(4), Does.Contain("Plan version v3.2 of 1 March 2026."));
        Assert.That(forms.WordFooter, Does.StartWith("Plan version v3.2 of 1 March 2026 · "));
        Assert.That(forms.SheetTexts("Summary")[1], Is.EqualTo(new[] { "Plan version v3.2 of 1 March 2026." }));
    }

    [Test]
    public async Task Reviews_without_a_date_and_levels_without_a_colour_print_in_words()
    {
        var plan = await UnstatedScalePlan.CreateAsync(client);
        using var forms = await ReportForms.GetAsync(client, plan.PlanId);

        Assert.That(forms.Json["reviews"]!.AsArray().Select(r => ((string)r!["label"]!, r["reviewDate"])),
            Is.EqualTo(new[] { ("Update July 16", (JsonNode?)null), ("Update November 16", (JsonNode?)null) }));
        Assert.That(forms.Json["summary"]!["levelCounts"]!.AsArray().Select(l => (l!["colour"], (string)l["textColour"]!)),
            Has.All.EqualTo(((JsonNode?)null, "#0b0c0c")));
        Assert.That((string)forms.Json["footer"]!, Does.Contain("Review: Update November 16 (no date)"));

        // Word: "no date" for the review, the labels over the score columns, and score cells with words and no shading.
        Assert.That(forms.Paragraphs, Does.Contain("Review: Update November 16 (no date), compared with Update July 16 (no date)."));
        var header = forms.WordPlanTable[0];
        Assert.That(header, Does.Contain("Update July 16").And.Contain("Update November 16"));
        var cell = forms.WordPlanTableElement.Elements<TableRow>().ElementAt(1).Elements<TableCell>().ElementAt(Array.IndexOf(header, "Update November 16"));
        Assert.That((ReportForms.TextOf(cell), cell.TableCellProperties?.Shading), Is.EqualTo(("2 Two", (Shading?)null)));
        Assert.That(forms.WordTable("Scores in this review: how many at each level")[2][0], Is.EqualTo("2 Two"));

        // Excel: the words with no fill; CSV: the labels as headers.
        var sheet = forms.Sheet("Action plan");
        var score = sheet.Cell($"{sheet.Column("Update November 16")}2")!;
        Assert.That((sheet.Text(score), sheet.FillColour(score)), Is.EqualTo(("2 Two", (string?)null)));
        Assert.That(forms.CsvHeaders, Does.Contain("Update July 16").And.Contain("Update November 16"));
        Assert.That(forms.Csv.Select(r => r[Array.IndexOf(forms.CsvHeaders, "Update November 16")]), Is.EqualTo(new[] { "2 Two", "3 Three", "2 Two" }));
    }

    [Test]
    public async Task Word_and_Excel_downloads_of_plans_held_as_printed_are_valid_Open_XML()
    {
        var printed = await PrintedPlan.CreateAsync(client);
        var unstated = await UnstatedScalePlan.CreateAsync(client);
        var known = await Grid.KnownPlan.CreateAsync(client);
        foreach (var (planId, query) in new[]
                 {
                     (printed.PlanId, ""), (printed.PlanId, "asOf=2026-08-15"), (printed.PlanId, "asOf=2026-07-01"), (unstated.PlanId, ""),
                     (known.PlanId, ""), (known.PlanId, $"reviewId={known.Reviews[0]}"),
                 })
        {
            using var forms = await ReportForms.GetAsync(client, planId, query);
            Assert.That(forms.ValidationErrors(), Is.Empty, $"plan {planId} {query}");
        }
    }
}

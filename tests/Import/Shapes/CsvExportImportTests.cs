using System.Text;
using static ActionPlanTracker.Tests.Import.Shapes.Shapes1Api;

namespace ActionPlanTracker.Tests.Import.Shapes;

/// <summary>
/// Layout 6: a plan exported from another system as CSV in Windows-1252 (curly apostrophes, en dashes, accented names,
/// a pound sign), with title rows, the header repeated part way down as the export pages it, quoted cells holding commas
/// and line breaks, and an average typed at the end; and the same plan's cells copied from Excel and pasted. Both are
/// committed as proposed and must read back alike, as the file wrote them.
/// </summary>
// Commits imports whose new scales are named from the file; another fixture committing the same name at the same time
// would get the 409 that names the clash (by design), so these run alone.
[NonParallelizable]
public sealed class CsvExportImportTests
{
    private static readonly string[] Header = ["Ref", "Recommendation", "Lead", "By when", "Score Sept 16", "Score Nov 16", "Progress update"];

    private sealed record Row(string Ref, string Text, string Lead, string ExpectedLead, string ByWhen, string Sept, string Nov,
        string[] Expected, string Update);

    private static readonly Row[] Rows =
    [
        new("1", "Improve the quality of children’s plans so that they are specific, measurable and reviewed on time.",
            "Renée Lefèvre (Head of Service – Safeguarding)", "Renée Lefèvre (Head of Service – Safeguarding)", "Mar-17", "3", "2", ["3", "2"],
            "Audit of 40 plans: 65% good – up from 48% in June."),
        new("2", "Reduce social workers’ caseloads, so that they have time to build relationships with children.",
            "Zoë Hartley-Brown, Service Manager", "Zoë Hartley-Brown (Service Manager)", "31/03/2017", "2", "2", ["2", "2"],
            "£120,000 agreed for four agency posts.\nRecruitment campaign runs to December."),
        new("3", "Ensure that private fostering arrangements are identified and assessed.",
            "Head of Service – Children in Care", "(Head of Service – Children in Care)", "Ongoing", "0", "3", ["no score (0)", "3"],
            "Awareness sessions with schools planned."),
        new("4", "Use learning from audits to improve practice and report it to the board.",
            "Joaquín Ortega", "Joaquín Ortega", "June – Dec 16", "1", "Score - please select", ["1", "no score (Score - please select)"],
            ""),
        new("5", "Strengthen the response to children at risk of exploitation, including return home interviews.",
            "Renée Lefèvre (Head of Service – Safeguarding)", "Renée Lefèvre (Head of Service – Safeguarding)", "Sept 16 & March 2017", "2", "1",
            ["2", "1"], "Exploitation panel meets fortnightly; 92% of return interviews offered."),
    ];

    private static string Quoted(string cell) =>
        cell.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;

    private static string[] Cells(Row row) => [row.Ref, row.Text, row.Lead, row.ByWhen, row.Sept, row.Nov, row.Update];

    private static byte[] Csv(string exported)
    {
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.Append(string.Join(",", cells.Select(Quoted))).Append("\r\n");
        Line(["Children’s Services – Ofsted improvement plan (export)", "", "", "", "", "", ""]);
        Line([$"Exported {exported} from the performance system", "", "", "", "", "", ""]);
        Line(["", "", "", "", "", "", ""]);
        Line(Header);
        foreach (var row in Rows.Take(3)) Line(Cells(row));
        Line(Header);
        foreach (var row in Rows.Skip(3)) Line(Cells(row));
        Line(["", "Average", "", "", "2.0", "2.0", ""]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(text.ToString());
    }

    private static string Pasted(string extra)
    {
        // Excel quotes a copied cell that holds a line break or a quote, and separates cells with tabs.
        string Cell(string cell) => cell.IndexOfAny(['"', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
        var lines = new[] { Header }.Concat(Rows.Select(Cells)).Append(["", $"Average{extra}", "", "", "2.0", "2.0", ""]);
        return string.Join("\r\n", lines.Select(cells => string.Join("\t", cells.Select(Cell)))) + "\r\n";
    }

    [Test]
    public async Task A_windows_1252_export_reads_back_every_recommendation_lead_deadline_score_and_update_as_written()
    {
        var import = await UploadAsync("improvement plan export.csv", Csv("22/11/2016 09:14"));
        var plan = await ReadBackAsync((await CommitAsync(import)).PlanId);
        AssertHoldsThePlan(plan, import);
        Assert.That(import.FindingsOf("rowSkipped"), Has.Some.StartsWith("Sheet 'improvement plan export', row 8").Or.Some.Contains("row 8:"),
            $"the header repeated on row 8 is named\n{import.Said}");
    }

    [Test]
    public async Task The_same_plan_pasted_from_excel_reads_back_the_same()
    {
        var import = await PasteAsync(Pasted(""), "Ofsted improvement plan (pasted)");
        var plan = await ReadBackAsync((await CommitAsync(import)).PlanId);
        AssertHoldsThePlan(plan, import);
        Assert.That((string)plan.Plan["title"]!, Is.EqualTo("Ofsted improvement plan (pasted)"));
    }

    private static void AssertHoldsThePlan(PlanReadBack plan, Pending import)
    {
        var said = import.Said;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.ReviewLabels, Is.EqualTo(new[] { "Score Sept 16", "Score Nov 16" }), said);
            Assert.That(plan.Numbered("recommendation"), Is.EqualTo(Rows.Select(r => $"{r.Ref}: {r.Text}")), said);
            Assert.That(plan.Scale["higherIsBetter"], Is.Null, $"nobody wrote down which end is good\n{said}");
            foreach (var row in Rows)
            {
                var item = plan.Items("recommendation").SingleOrDefault(i => (string?)i["number"] == row.Ref);
                if (item is null) continue;
                Assert.That(PlanReadBack.People(item["leads"]), Is.EqualTo(new[] { row.ExpectedLead }), $"{row.Ref}'s lead\n{said}");
                Assert.That(PlanReadBack.Deadline(item), Is.EqualTo(row.ByWhen), $"{row.Ref}'s deadline");
                Assert.That(plan.ScoresOf(item), Is.EqualTo(row.Expected), $"{row.Ref}'s scores\n{said}");
                var updates = item["scores"]!.AsArray().Select(s => (string?)s!["narrative"]).OfType<string>().Concat(plan.LogOf(item));
                Assert.That(updates, Is.EqualTo(row.Update.Length == 0 ? Array.Empty<string>() : [row.Update]), $"{row.Ref}'s update\n{said}");
            }
            Assert.That(plan.Averages.Select(a => (double)a["value"]!), Is.EqualTo(new[] { 2.0, 2.0 }), said);
        }
    }
}

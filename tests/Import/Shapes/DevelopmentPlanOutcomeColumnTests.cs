using ActionPlanTracker.Tests.Import.Files;
using static ActionPlanTracker.Tests.Import.Shapes.Shapes2Api;

namespace ActionPlanTracker.Tests.Import.Shapes;

/// <summary>
/// Layout 2 laid out the other way councils print it: no section rows, the priorities a numbered Outcome column merged
/// down over their actions, a two-row header ("RAG" merged over its four review columns), the inspection tag in a
/// column of its own, and the responsible officer written with a job title in brackets.
/// </summary>
// Commits imports whose new scales are named from the file; another fixture committing the same name at the same time
// would get the 409 that names the clash (by design), so these run alone.
[NonParallelizable]
public sealed class DevelopmentPlanOutcomeColumnTests
{
    public static byte[] Workbook() => new WorkbookBuilder()
        .Sheet("SDP", s => s
            .Row("Service Development Plan 2018-20: Children's Social Care").Merge("A1:K1")
            .Row()
            .Row("Outcome", "Action", "Inspection link", "Success measure", "Lead", "Responsible officer", "Time", "RAG", null, null, null)
            .Merge("A3:A4").Merge("B3:B4").Merge("C3:C4").Merge("D3:D4").Merge("E3:E4").Merge("F3:F4").Merge("G3:G4").Merge("H3:K3")
            .Row(null, null, null, null, null, null, null, "initial", "01/18", "03/18", "05/18")
            .Row("1. Children live safely at home", "1.1 Every child in need has a plan reviewed every 3 months", "Ofsted rec 3",
                "90% of plans reviewed on time", "Rita Mensah", "Colin Shaw (Team Manager)", "Sept 18", 1, 2, 3, 0)
            .Merge("A5:A7")
            .Row(null, "1.2 Strengthen supervision of social workers", null, "Every worker supervised monthly", "Rita Mensah",
                "Colin Shaw (Team Manager)", "Ongoing", 2, 2, 2, 0)
            .Row(null, null, null, "Supervision audit shows reflective discussion", "Head of Practice", "Colin Shaw (Team Manager)", "Dec-18", "", 1, 2, 0)
            .Row("2. Children are ready for school", "2.1 Give every two-year-old in need a funded nursery place", null,
                "80% take-up of funded places", "Rita Mensah", "Amy Liddle (Early Years Manager)", "Mar-19", 3, 3, 4, 0)
            .Row()
            .Row(null, null, null, "Overall average", null, null, null, 2.0, 2.0, 2.8))
        .Build();

    [Test]
    public async Task A_development_plan_with_a_merged_outcome_column_and_a_two_row_header_is_held_as_written()
    {
        var import = await UploadAsync("SDP 2018-20.xlsx", Workbook());
        TestContext.Out.WriteLine(import.Mapping.ToJsonString());
        TestContext.Out.WriteLine(import.Describe());

        var planId = await CommitAsync(import);
        var grid = await GridAsync(planId);
        var reviews = ReviewIds(grid);

        Assert.That(grid["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(new[] { "RAG initial", "RAG 01/18", "RAG 03/18", "RAG 05/18" }));
        Assert.That(ItemsOf(grid, "priority").Select(p => $"{p["number"]} | {p["text"]}"), Is.EqualTo(new[] { "1 | Children live safely at home", "2 | Children are ready for school" }));
        Assert.That(ItemsOf(grid, "action").Select(a => $"{a["reference"]} | {a["text"]} | {a["sourceReference"]}"), Is.EqualTo(new[]
        {
            "1 / 1.1 | Every child in need has a plan reviewed every 3 months | Ofsted rec 3",
            "1 / 1.2 | Strengthen supervision of social workers | ",
            "2 / 2.1 | Give every two-year-old in need a funded nursery place | ",
        }));
        var measures = ItemsOf(grid, "measure");
        Assert.That(measures.Select(m => $"{m["reference"]} | {m["text"]} | {string.Join(", ", People(m["leads"]))} | {string.Join(", ", People(m["owners"]))} | {m["deadline"]?["text"]}"),
            Is.EqualTo(new[]
            {
                "1 / 1.1 | 90% of plans reviewed on time | Rita Mensah | Colin Shaw (Team Manager) | Sept 18",
                "1 / 1.2 | Every worker supervised monthly | Rita Mensah | Colin Shaw (Team Manager) | Ongoing",
                "1 / 1.2 | Supervision audit shows reflective discussion | (Head of Practice) | Colin Shaw (Team Manager) | Dec-18",
                "2 / 2.1 | 80% take-up of funded places | Rita Mensah | Amy Liddle (Early Years Manager) | Mar-19",
            }));
        Assert.That(measures.Select(m => string.Join(" ", Scores(m, reviews))), Is.EqualTo(new[]
        {
            "1 2 3 no score (0)", "2 2 2 no score (0)", "- 1 2 no score (0)", "3 3 4 no score (0)",
        }));
        var overall = new List<(int Review, double Value)>();
        for (var r = 0; r < reviews.Length; r++)
            overall.AddRange((await GetAsync($"/api/plans/{planId}/reviews/{reviews[r]}/reported-averages")).AsArray()
                .Select(a => (r, (double)a!["value"]!)));
        Assert.That(overall, Is.EqualTo(new[] { (0, 2.0), (1, 2.0), (2, 2.8) }), "the overall average typed under the table, as printed");
    }
}

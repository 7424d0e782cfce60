using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Import.Files;
using static ActionPlanTracker.Tests.Import.Shapes.Shapes2Api;

namespace ActionPlanTracker.Tests.Import.Shapes;

/// <summary>
/// Layout 4 of domain.md: a campaign plan whose RAG rating is only a cell's colour, with a running log of dated notes in
/// one wrapped Progress cell, and one colour (purple) on no RAG scale, which the dry run must ask about.
/// </summary>
// Commits imports whose new scales are named from the file; another fixture committing the same name at the same time
// would get the 409 that names the clash (by design), so these run alone.
[NonParallelizable]
public sealed class CampaignPlanWorkbookTests
{
    private const string Green = "92D050", Amber = "FFCC00", Red = "FF0000", Blue = "00B0F0", Purple = "7030A0";

    public static byte[] Workbook(string year = "2018/19") => new WorkbookBuilder()
        .Sheet("Campaign", s => s
            .Row($"Fostering Recruitment Campaign Plan {year}").Merge("A1:E1")
            .Row()
            .Row("Outcome", "Actions", "Progress", "Timescales", "RAG rating")
            .Row("More local families apply to foster", "Run a summer campaign on radio, buses and social media",
                "12/03/2018 Campaign agency appointed.\n02/05/2018 Bus adverts live on four routes.\n14/06/2018 Radio adverts ran for two weeks: 31 enquiries.",
                "June - Aug 18", WorkbookCell.Blank().Filled(Green))
            .Merge("A4:A6")
            .Row(null, "Hold monthly information evenings in libraries",
                "05/04/2018 First evening: 6 families came.\n03/05/2018 Second evening: 11 families came.", "Monthly from April 2018",
                WorkbookCell.Blank().Filled(Amber))
            .Row(null, "Answer every enquiry within two working days", "Enquiry line staffed since March.", "Ongoing", WorkbookCell.Blank().Filled(Blue))
            .Row("Foster carers stay with us", "Offer every new carer a buddy for their first year",
                "10/05/2018 Buddy scheme designed with the carers' association.", "Sept 18", WorkbookCell.Blank().Filled(Red))
            .Merge("A7:A8")
            .Row(null, "Review fostering allowances against neighbouring councils", "Awaiting finance sign-off.", "Dec-18",
                WorkbookCell.Blank().Filled(Purple))
            .Row()
            .Row("Number of actions completed", null, null, null, 1)
            .Row("% Green", null, null, null, "20%"))
        .Build();

    private static readonly (string Outcome, string Action, string Deadline, int? Level, (string? On, string Text)[] Log)[] Actions =
    [
        ("More local families apply to foster", "Run a summer campaign on radio, buses and social media", "June - Aug 18", 3,
            [("2018-03-12", "12/03/2018 Campaign agency appointed."), ("2018-05-02", "02/05/2018 Bus adverts live on four routes."), ("2018-06-14", "14/06/2018 Radio adverts ran for two weeks: 31 enquiries.")]),
        ("More local families apply to foster", "Hold monthly information evenings in libraries", "Monthly from April 2018", 2,
            [("2018-04-05", "05/04/2018 First evening: 6 families came."), ("2018-05-03", "03/05/2018 Second evening: 11 families came.")]),
        ("More local families apply to foster", "Answer every enquiry within two working days", "Ongoing", 4, [(null, "Enquiry line staffed since March.")]),
        ("Foster carers stay with us", "Offer every new carer a buddy for their first year", "Sept 18", 1,
            [("2018-05-10", "10/05/2018 Buddy scheme designed with the carers' association.")]),
        ("Foster carers stay with us", "Review fostering allowances against neighbouring councils", "Dec-18", null, [(null, "Awaiting finance sign-off.")]),
    ];

    [Test]
    public async Task A_campaign_plan_rated_only_by_colour_is_held_as_written_and_asks_about_the_colour_on_no_scale()
    {
        var import = await UploadAsync("Fostering campaign.xlsx", Workbook());
        TestContext.Out.WriteLine(import.Mapping.ToJsonString());
        TestContext.Out.WriteLine(import.Describe());

        Assert.That(import.FindingsOf("valueNotOnScale").Select(f => ((string)f["message"]!, (string?)f["where"])),
            Has.One.Matches<(string Message, string? Where)>(f => f.Message.Contains("#7030a0") && f.Where == "Sheet 'Campaign', row 8, column E"), import.Describe());

        // The share typed under the table counted the purple action, which has no score: the dry run says so.
        Assert.That(import.FindingsOf("figureDisagrees").Select(f => ((string)f["message"]!, (string?)f["where"])), Is.EqualTo(new[]
        {
            ("At RAG rating: 20% was printed as Green, but the scores give 25% (1 of the 4 items with a score in the whole plan, at 3 Green); "
                + "20% is the share of all 5 items, counting the 1 without a score, which is at no level.", (string?)"Sheet 'Campaign', row 11, column E"),
        }).Using<(string, string?)>((a, b) => a.Item2 == b.Item2 && a.Item1.StartsWith("At RAG rating: 20%", StringComparison.Ordinal) && a.Item1.Contains("25%")), import.Describe());

        var planId = await CommitAsync(import);
        await ReadBackAsync(planId, Actions);
        var figures = (await GetAsync($"/api/plans/{planId}/printed-figures")).AsArray();
        Assert.That(figures.Select(f => ((string)f!["kind"]!, (int?)f["level"], (string)f["label"]!, (string)f["valueText"]!, (double?)f["value"])), Is.EqualTo(new[]
        {
            ("countAtLevel", (int?)4, "Number of actions completed", "1", (double?)1),
            ("percentageAtLevel", 3, "% Green", "20%", 20),
        }), "the figures typed under the table are kept as printed");
    }

    [Test]
    public async Task A_colour_a_person_maps_through_the_mapping_is_committed_as_that_level()
    {
        var import = await UploadAsync("Fostering campaign (mapped).xlsx", Workbook("2019/20"));
        var mapped = await RemapAsync(import, mapping =>
        {
            var values = mapping["values"]!.AsArray();
            var purple = values.SingleOrDefault(v => (string)v!["seen"]! == "#7030a0");
            if (purple is null) values.Add(new JsonObject { ["seen"] = "#7030a0", ["level"] = 2 });
            else purple["level"] = 2;
        });
        Assert.That(mapped.FindingsOf("valueNotOnScale"), Is.Empty, mapped.Describe());

        var planId = await CommitAsync(mapped);
        var grid = await GridAsync(planId);
        var allowances = ItemsOf(grid, "action").Single(a => ((string)a["text"]!).StartsWith("Review fostering allowances", StringComparison.Ordinal));
        Assert.That(Scores(allowances, ReviewIds(grid)), Is.EqualTo(new[] { "2" }), "the purple the person mapped to amber");
    }

    private static async Task ReadBackAsync(long planId, (string Outcome, string Action, string Deadline, int? Level, (string? On, string Text)[] Log)[] expected)
    {
        var grid = await GridAsync(planId);
        var reviews = ReviewIds(grid);
        Assert.That(reviews, Has.Length.EqualTo(1), "one RAG rating column is one review");
        Assert.That((string)grid["plan"]!["title"]!, Is.EqualTo("Fostering Recruitment Campaign Plan 2018/19"));

        var actions = ItemsOf(grid, "action");
        Assert.That(actions.Select(a => ((string)a["text"]!, (string?)a["deadline"]?["text"])), Is.EqualTo(expected.Select(e => (e.Action, (string?)e.Deadline))));
        Assert.That(actions.Select(a => Scores(a, reviews)[0]), Is.EqualTo(expected.Select(e => e.Level?.ToString() ?? "no score (colour #7030a0)")));
        var priorities = ItemsOf(grid, "priority");
        Assert.That(actions.Select(a => (string)priorities.Single(p => p["children"]!.AsArray().Any(c => (long)c!["id"]! == (long)a["id"]!))["text"]!),
            Is.EqualTo(expected.Select(e => e.Outcome)), "each action under its outcome");

        // Each dated note is its own entry, dated as written and keeping its date in its text; an undated note stays undated.
        foreach (var (action, wanted) in actions.Zip(expected))
        {
            var log = await UpdatesAsync(planId, "action", (long)action["id"]!);
            Assert.That(log.Select(u => ((string?)u["writtenOn"], (string)u["text"]!)), Is.EqualTo(wanted.Log), $"the log of \"{wanted.Action}\"");
        }
    }
}

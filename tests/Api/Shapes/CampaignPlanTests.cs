using static ActionPlanTracker.Tests.Api.Shapes.CampaignPlan;

namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>Shape 4, the campaign plan (<see cref="CampaignPlan"/>), loaded as printed.</summary>
public sealed class CampaignPlanTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Improvement Team Loader");

    [Test]
    public async Task A_campaign_plan_is_held_as_printed()
    {
        var loader = new Loader(client);
        var plan = await LoadAsync(loader);

        await loader.EveryValueSentReadsBackAsync();

        // The progress cell comes back as the notes it held, in printed order, the undated one still undated.
        var log = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/items/action/{plan.CampaignAction}/updates");
        Assert.That(log.AsArray().Select(u => ((string?)u!["writtenOn"], (string)u["text"]!)), Is.EqualTo(CampaignLog));
        Assert.That(log.AsArray().Select(u => (long)u!["position"]!), Is.Ordered.Ascending);
        Assert.That(log.AsArray().Select(u => (string)u!["reviewLabel"]!), Is.EqualTo(new[] { September, September, November, November, November }));
    }

    [Test]
    public async Task The_grid_shows_unnumbered_outcomes_and_actions_colour_only_ratings_and_the_latest_note_of_the_log()
    {
        var plan = await LoadAsync(new Loader(client));
        var grid = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/grid");

        // Nothing was numbered, so nothing is: each row keeps its printed place by position, and no reference is made up.
        Assert.That(grid["items"]!.AsArray().Select(o => ((string?)o!["number"], (int)o["position"]!, (string)o["reference"]!, (string)o["text"]!)),
            Is.EqualTo(new[] { ((string?)null, 1, "", Outcome1), (null, 2, "", Outcome2) }));
        Assert.That(Reads.Item(grid, "priority", plan.O1)["children"]!.AsArray().Select(a => ((string?)a!["number"], (int)a["position"]!, (string)a["reference"]!)),
            Is.EqualTo(new[] { ((string?)null, 1, ""), (null, 2, "") }));

        var campaign = Reads.Item(grid, "action", plan.CampaignAction);
        var november = Reads.ScoreIn(campaign, plan.NovemberReview)!;
        Assert.That(((int)november["level"]!, (string)november["label"]!, (string)november["recordedAs"]!), Is.EqualTo((3, "Green", "#92D050 fill")),
            "a rating shown only as a colour is a level, with the fill the sheet showed");
        Assert.That(grid["scale"]!["levels"]!.AsArray().Select(l => (string)l!["colour"]!), Is.EqualTo(new[] { "#d4351c", "#ffcc00", Green }));
        Assert.That((string)campaign["direction"]!["computed"]!, Is.EqualTo("improving"));

        // The last note had no date, but it was written for November's board (18 November), so it counts as of that day and is
        // later than the note dated 10 November. It is still shown without a date: none is made up for it.
        var latest = campaign["latestUpdate"]!;
        Assert.That(((string)latest["source"]!, (string)latest["narrative"]!, (string?)latest["narrativeDate"], (bool)latest["undated"]!, (long)latest["updateId"]!),
            Is.EqualTo(("log", CampaignLog[4].Text, (string?)null, true, plan.LogEntries[4])));
        Assert.That(((string)latest["reviewLabel"]!, (string?)latest["author"]), Is.EqualTo((November, (string?)null)));
        Assert.That((int)campaign["updateCount"]!, Is.EqualTo(5));
        var enquiries = Reads.Item(grid, "action", plan.EnquiriesAction);
        Assert.That(((string)enquiries["latestUpdate"]!["source"]!, (string)enquiries["latestUpdate"]!["narrativeDate"]!), Is.EqualTo(("score", "2026-11-12")));
        var buddies = Reads.Item(grid, "action", plan.BuddiesAction);
        Assert.That((buddies["latestUpdate"], (int)buddies["updateCount"]!), Is.EqualTo(((System.Text.Json.Nodes.JsonNode?)null, 0)), "no note was printed for it");
        Assert.That(Reads.Names(buddies["leads"]), Is.EqualTo(new[] { "Supervising Social Work Team Manager" }));

        // As September's board saw it: November's column and its notes are not there yet.
        var asOf = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/grid?asOf=2026-09-30");
        Assert.That(asOf["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(new[] { September }));
        var then = Reads.Item(asOf, "action", plan.CampaignAction);
        Assert.That(((string)then["latestUpdate"]!["narrative"]!, (int)then["updateCount"]!), Is.EqualTo((CampaignLog[1].Text, 2)));
    }

    [Test]
    public async Task The_summary_lists_the_timescale_without_a_year_as_not_understood_and_judges_September_as_at_its_board()
    {
        var plan = await LoadAsync(new Loader(client));
        var summary = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary");

        var notUnderstood = summary["deadlinesNotUnderstood"]!.AsArray().Single()!;
        Assert.That(((string)notUnderstood["kind"]!, (long)notUnderstood["id"]!, (string)notUnderstood["text"]!), Is.EqualTo(("action", plan.BuddiesAction, "Jun")));
        Assert.That(Reads.Strings(notUnderstood["problems"]), Is.Not.Empty);
        Assert.That(summary["overdue"]!.AsArray(), Is.Empty, "\"Jun\" is not guessed to be a June already past");
        Assert.That(((int)summary["directionCounts"]!["improving"]!, (int)summary["directionCounts"]!["maintained"]!), Is.EqualTo((2, 1)));
        Assert.That(summary["addressees"]!.AsArray(), Is.Empty, "a campaign addresses its recommendations to nobody");

        // A figure printed under an unnumbered outcome is checked against that outcome's actions, and says so by its words.
        var green = summary["printedFigures"]!.AsArray().Single()!;
        Assert.That(((long)green["priorityId"]!, (string)green["scope"]!, (string)green["verdict"]!, (double)green["computed"]!),
            Is.EqualTo((plan.O1, $"Priority \"{Outcome1}\"", "agrees", 2.0)));
        Assert.That((string)green["explanation"]!, Is.EqualTo(
            $"2 were printed as Green, and the scores agree (the items in priority \"{Outcome1}\" at 3 Green)."));

        var september = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary?reviewId={plan.SeptemberReview}");
        Assert.That(((string)september["judgedOn"]!, (string)september["today"]!), Is.EqualTo(("reviewDate", "2026-09-30")));
        Assert.That(september["atWorstLevel"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(new[] { plan.BuddiesAction }), "red in September");
        Assert.That(september["atWorstLevel"]![0]!["latestUpdate"], Is.Null);
    }

    [Test]
    public async Task Every_report_format_prints_the_campaign_with_no_numbers_invented_and_the_latest_note_of_the_log_undated()
    {
        var plan = await LoadAsync(new Loader(client));
        var report = await PrintedReport.ReadAsync(client, plan.PlanId);

        report.ShowsReviewColumns(September, November);
        report.ShowsPeopleHeadings(null, null);
        // Nothing was numbered: references stay empty, and Word's reference column says so in words rather than making one up.
        report.ShowsScoredRow(Campaign, "", "Nadia Flynn", "", "Sept 2026 - March 2027",
            new Dictionary<string, string> { [September] = "2 Amber", [November] = "3 Green" }, "Improving", CampaignLog[4].Text);
        report.ShowsScoredRow(Buddies, "", "Supervising Social Work Team Manager", "", "Jun",
            new Dictionary<string, string> { [September] = "1 Red", [November] = "2 Amber" }, "Improving", null);
        report.ShowsUnscoredRow(Outcome1, "", "");
        Assert.That(report.Word.Cell(Campaign, "Latest update"), Is.EqualTo(CampaignLog[4].Text), "an undated note is printed without a date");
        Assert.That(report.Row(Campaign)["latestUpdateDate"], Is.Null);
        Assert.That((report.Excel.Cell(Campaign, "Priority"), report.Csv.Cell(Campaign, "Priority")), Is.EqualTo((Outcome1, Outcome1)),
            "an unnumbered outcome is printed as its words alone");
        report.NoFormatPrintsNull();

        var september = await PrintedReport.ReadAsync(client, plan.PlanId, $"?reviewId={plan.SeptemberReview}");
        september.ShowsScoredRow(Campaign, "", "Nadia Flynn", "", "Sept 2026 - March 2027",
            new Dictionary<string, string> { [September] = "2 Amber" }, "New", CampaignLog[1].Text);
        var atSeptember = ReportShows.Judged.OnReviewDate("2026-09-30");
        ReportShows.JsonReportShowsAsOf(september, September, atSeptember, September);
        ReportShows.WordReportShowsAsOf(september, September, atSeptember, September);
        ReportShows.ExcelReportShowsAsOf(september, September, atSeptember, September);
        ReportShows.CsvReportShowsAsOf(september, September, atSeptember, September);
        september.NoFormatPrintsNull();

        // As of 15 October, between the boards: September's column only, judged on the date asked for.
        var asOf = await PrintedReport.ReadAsync(client, plan.PlanId, "?asOf=2026-10-15");
        var onTheDay = ReportShows.Judged.AsOfDate("2026-10-15");
        ReportShows.JsonReportShowsAsOf(asOf, September, onTheDay, September);
        ReportShows.WordReportShowsAsOf(asOf, September, onTheDay, September);
        ReportShows.ExcelReportShowsAsOf(asOf, September, onTheDay, September);
        ReportShows.CsvReportShowsAsOf(asOf, September, onTheDay, September);
        asOf.NoFormatPrintsNull();
    }
}

using static ActionPlanTracker.Tests.Api.Shapes.PeerReviewPlan;

namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>Shape 3, the peer review plan (<see cref="PeerReviewPlan"/>), loaded as printed.</summary>
public sealed class PeerReviewPlanTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Improvement Team Loader");

    [Test]
    public async Task A_peer_review_plan_is_held_as_printed()
    {
        var loader = new Loader(client);
        var plan = await LoadAsync(loader);

        await loader.EveryValueSentReadsBackAsync();

        // COMPLETED as printed in March's board papers: no evidence was invented for it and no sign-off is waited for.
        var completed = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/reviews/{plan.JuneReview}/scores/recommendations/{plan.R1}");
        Assert.That(((int)completed["level"]!, (string)completed["recordedAs"]!, (string)completed["sourceDocument"]!, (bool)completed["completeAsPrinted"]!),
            Is.EqualTo((4, "COMPLETED", Source, true)));
        Assert.That(new[] { completed["evidence"], completed["signOffStatus"] }, Is.All.Null);
        // The figures keep the words printed, and the number read from them where there is one.
        var figures = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/printed-figures?reviewId={plan.OctoberReview}");
        Assert.That(figures.AsArray().Select(f => ((string)f!["label"]!, (string)f["valueText"]!, (double?)f["value"])), Is.EqualTo(new (string, string, double?)[]
        {
            ("COMPLETED", "6", 6), ("GREEN", "67%", 67), ("Areas reviewed", "14 areas, merged into 11", null),
        }));
        var leads = await Reads.GetAsync(client, $"/api/people/{plan.JT}");
        Assert.That(((string)leads["displayName"]!, (bool)leads["roleOnly"]!), Is.EqualTo(("JT", false)), "initials are the lead's name as printed");
    }

    [Test]
    public async Task The_grid_keeps_merged_numbers_and_initials_and_a_completion_printed_before_the_tracker_existed()
    {
        var plan = await LoadAsync(new Loader(client));
        var grid = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/grid");

        Assert.That(grid["items"]!.AsArray().Select(r => (string)r!["number"]!), Is.EqualTo(new[] { "1", "5 (6, 7)", "7 (14)", "9 (12)" }),
            "the merged rows keep the review's original numbers");
        var r5 = Reads.Item(grid, "recommendation", plan.R5);
        Assert.That(Reads.Names(r5["leads"]), Is.EqualTo(new[] { "RM", "SK" }));
        var action = r5["children"]!.AsArray().Single()!;
        Assert.That(((string?)action["number"], (string)action["reference"]!, (string)action["text"]!), Is.EqualTo(((string?)null, "5 (6, 7)", Rec5Action)));

        var r1 = Reads.Item(grid, "recommendation", plan.R1);
        var october = Reads.ScoreIn(r1, plan.OctoberReview)!;
        Assert.That(((string)october["label"]!, (string)october["recordedAs"]!, (bool)october["completeAsPrinted"]!, (string)october["sourceDocument"]!),
            Is.EqualTo(("Completed", "COMPLETED", true, Source)));
        Assert.That((string)r1["deadlineStatus"]!, Is.EqualTo("completed"), "complete as printed counts as complete");

        var r7 = Reads.Item(grid, "recommendation", plan.R7);
        var missing = Reads.ScoreIn(r7, plan.OctoberReview)!;
        Assert.That(((int?)missing["level"], (string)missing["recordedAs"]!), Is.EqualTo(((int?)null, "update not available")));
        Assert.That(Reads.Strings(r7["stale"]), Does.Contain("noScore"));
        Assert.That((string)r7["direction"]!["computed"]!, Is.EqualTo("noData"));

        // The dated update of October is the latest; the log entry dated 2 October sits before it in the running log.
        var latest = r5["latestUpdate"]!;
        Assert.That(((string)latest["narrative"]!, (string)latest["narrativeDate"]!, (string)latest["source"]!, (bool)latest["undated"]!),
            Is.EqualTo((Rec5October, "2026-10-14", "score", false)));
        Assert.That((int)r5["updateCount"]!, Is.EqualTo(3), "June's update, the log entry and October's update");
        var log = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/items/recommendation/{plan.R5}/updates");
        Assert.That(log.AsArray().Select(u => ((string)u!["text"]!, (string)u["writtenOn"]!, (string)u["author"]!, (string)u["reviewLabel"]!)),
            Is.EqualTo(new[] { (Rec5Log, "2026-10-02", "RM", October) }));
    }

    [Test]
    public async Task The_summary_checks_the_printed_count_and_share_against_the_scores_and_keeps_other_figures_as_printed()
    {
        var plan = await LoadAsync(new Loader(client));
        var summary = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary");

        Assert.That(((string)summary["review"]!["label"]!, (string)summary["judgedOn"]!), Is.EqualTo((October, "today")));
        var figures = summary["printedFigures"]!.AsArray();
        Assert.That(figures.Select(f => ((string)f!["label"]!, (string)f["valueText"]!, (double?)f["computed"], (string)f["verdict"]!)), Is.EqualTo(new (string, string, double?, string)[]
        {
            ("COMPLETED", "6", 1, "disagrees"), ("GREEN", "67%", 67, "agrees"), ("Areas reviewed", "14 areas, merged into 11", null, "cannotCheck"),
        }));
        Assert.That(figures.Select(f => (string)f!["explanation"]!), Is.EqualTo(new[]
        {
            "6 were printed as COMPLETED, but the scores give 1 (the items in the whole plan at 4 Completed).",
            "67% was printed as GREEN, and the scores agree (2 of 3 scored items in the whole plan are at 3 Green).",
            "\"14 areas, merged into 11\" is kept as printed (SEND board report, October 2026, summary table); the tracker cannot check this kind of figure against the scores.",
        }));

        Assert.That(summary["completeAsPrinted"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(new[] { plan.R1 }));
        Assert.That(summary["awaitingSignOff"]!.AsArray(), Is.Empty, "nothing printed complete waits for sign-off");
        Assert.That(summary["levelCounts"]!.AsArray().Select(l => ((string)l!["label"]!, (int)l["count"]!)),
            Is.EqualTo(new[] { ("Red", 0), ("Amber", 0), ("Green", 2), ("Completed", 1) }));
        Assert.That((int)summary["noScoreCount"]!, Is.EqualTo(1), "\"update not available\" is no score, not a level");
        Assert.That(summary["stale"]!.AsArray().Select(i => (long)i!["id"]!), Does.Contain(plan.R7));

        var june = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary?reviewId={plan.JuneReview}");
        Assert.That(((string)june["judgedOn"]!, (string)june["today"]!), Is.EqualTo(("reviewDate", "2026-06-24")));
        Assert.That(june["printedFigures"]!.AsArray(), Is.Empty, "the figures were printed beside October");
        Assert.That(june["completeAsPrinted"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(new[] { plan.R1 }));
    }

    [Test]
    public async Task Every_report_format_prints_the_merged_numbers_initials_RAG_words_and_dated_updates_as_held()
    {
        var plan = await LoadAsync(new Loader(client));
        var report = await PrintedReport.ReadAsync(client, plan.PlanId);

        report.ShowsReviewColumns(June, October);
        report.ShowsPeopleHeadings("Lead", null);
        // COMPLETED was copied from March's board papers: every format says so beside the score, so it never reads as signed off.
        const string completed = $"4 Completed (complete as printed in {Source})";
        report.ShowsScoredRow(Rec1, "1", "JT", "", "Completed April 2026",
            new Dictionary<string, string> { [June] = completed, [October] = completed }, "Maintained", Rec1October);
        report.ShowsScoredRow(Rec5, "5 (6, 7)", "RM, SK", "", "Sept 26 / ongoing",
            new Dictionary<string, string> { [June] = "2 Amber", [October] = "3 Green" }, "Improving", Rec5October);
        report.ShowsScoredRow(Rec7, "7 (14)", "SK", "", "June/July 2026",
            new Dictionary<string, string> { [June] = "2 Amber", [October] = "No score (update not available)" }, "No data", "Website redesign commissioned.");
        Assert.That((string)report.Row(Rec5)["latestUpdateDate"]!, Is.EqualTo("2026-10-14"));
        Assert.That(report.Word.Cell(Rec5, "Latest update"), Is.EqualTo($"14 October 2026: {Rec5October}"));
        Assert.That(report.Csv.Cell(Rec5, "Update date"), Is.EqualTo("2026-10-14"));
        // No overall judgement and no version were printed: the report says nothing, or says so, rather than "null".
        Assert.That(report.Word.Paragraphs, Does.Contain("SEND local area peer review, report of 12 November 2025."));
        Assert.That((string)report.Json["footer"]!, Does.StartWith("Plan version not recorded · Review: Update October 2026 (21 October 2026)"));
        report.NoFormatPrintsNull();

        ReportShows.JsonReportShowsCompleteAsPrinted(report, Rec1, October, "4 Completed", Source);
        ReportShows.WordReportShowsCompleteAsPrinted(report, Rec1, October, "4 Completed", Source);
        ReportShows.ExcelReportShowsCompleteAsPrinted(report, Rec1, October, "4 Completed", Source);
        ReportShows.CsvReportShowsCompleteAsPrinted(report, Rec1, October, "4 Completed", Source);
        // Over the three scored rows: (4 + 3 + 3) / 3 = 3.3, the figure the printed "GREEN 67%" and "COMPLETED 6" are read beside.
        // No average was printed: the count and share beside October are printed figures, which the summary checks.
        var figures = new ReportShows.Figures(3.3, null, []);
        ReportShows.JsonReportShowsReconciliation(report, figures);
        ReportShows.WordReportShowsReconciliation(report, figures);
        ReportShows.ExcelReportShowsReconciliation(report, figures);
        ReportShows.CsvReportShowsReconciliation(report, October, figures);
    }
}

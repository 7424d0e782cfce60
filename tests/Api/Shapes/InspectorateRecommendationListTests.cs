using static ActionPlanTracker.Tests.Api.Shapes.InspectorateRecommendationList;

namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>Shape 5, the inspectorate's recommendation list with its inspection (<see cref="InspectorateRecommendationList"/>), loaded as printed.</summary>
public sealed class InspectorateRecommendationListTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Improvement Team Loader");

    [Test]
    public async Task An_inspectorate_recommendation_list_and_its_inspection_are_held_as_printed()
    {
        var loader = new Loader(client);
        var plan = await LoadAsync(loader);

        await loader.EveryValueSentReadsBackAsync();

        // HMIP's 0 is a judgement ("Inadequate"), not a missing one.
        var inspection = await Reads.GetAsync(client, $"/api/inspections/{plan.InspectionId}");
        Assert.That(inspection["judgements"]!.AsArray().Select(j => ((string)j!["judgement"]!, (int?)j["level"], (string?)j["scoreText"], (double?)j["percentage"])),
            Is.EqualTo(new (string, int?, string?, double?)[]
            {
                ("Requires improvement", 1, "26/36", null), ("Inadequate", 0, null, null), ("Good", 2, null, 72), ("Requires improvement", 1, null, 58.5),
            }));
        Assert.That(inspection["plans"]!.AsArray().Select(p => ((long)p!["id"]!, (string)p["title"]!)), Is.EqualTo(new[] { (plan.PlanId, Title) }));
        var zero = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/reviews/{plan.OctoberReview}/scores/recommendations/{plan.R2}");
        Assert.That(((int?)zero["level"], (string)zero["levelLabel"]!), Is.EqualTo(((int?)0, "Inadequate")), "a real 0 on a scale that starts at 0");
    }

    [Test]
    public async Task The_coverage_shows_report_recommendation_14_answered_by_plan_recommendation_7_and_15_as_a_gap()
    {
        var plan = await LoadAsync(new Loader(client));
        var coverage = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/inspection-coverage");

        Assert.That(((long)coverage["inspection"]!["id"]!, (string)coverage["inspection"]!["inspectorate"]!, (string)coverage["inspection"]!["overallJudgement"]!),
            Is.EqualTo((plan.InspectionId, "HMIP", "Requires improvement")));
        var recommendations = coverage["recommendations"]!.AsArray();
        Assert.That(recommendations.Select(r => ((string)r!["number"]!, (string)r["addressee"]!, (string)r["paragraphs"]!,
                r["links"]!.AsArray().Select(l => (string)l!["itemNumber"]!).ToArray())),
            Is.EqualTo(new[]
            {
                ("1", Board, "1.1, 1.2", new[] { "1" }), ("2", "the local authority", "3.3", new[] { "2" }),
                ("14", "the service", "2.4, 2.6", new[] { "7 (14)" }), ("15", "the safeguarding partnership", "1.4", Array.Empty<string>()),
            }), "each report recommendation in the report's order, with the plan's own number for what answers it");
        var renumbered = recommendations[2]!["links"]![0]!;
        Assert.That(((long)renumbered["itemId"]!, (string)renumbered["itemText"]!, (string)renumbered["note"]!),
            Is.EqualTo((plan.R7, Plan7, "Renumbered in the plan: report recommendation 14 is plan recommendation 7.")));
        var gap = coverage["gaps"]!.AsArray().Single()!;
        Assert.That(((long)gap["id"]!, (string)gap["number"]!, (string)gap["text"]!, (string)gap["addressee"]!), Is.EqualTo((plan.ReportRec15, "15", Report15, "the safeguarding partnership")));

        var fromInspection = await Reads.GetAsync(client, $"/api/inspections/{plan.InspectionId}/coverage");
        Assert.That(fromInspection.ToJsonString(), Is.EqualTo(coverage.ToJsonString()), "the inspection and the plan that answers it see the same coverage");
    }

    [Test]
    public async Task The_grid_shows_who_each_recommendation_is_addressed_to_and_a_real_zero_as_a_score()
    {
        var plan = await LoadAsync(new Loader(client));
        var grid = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/grid");

        Assert.That((long)grid["plan"]!["inspectionId"]!, Is.EqualTo(plan.InspectionId));
        Assert.That(grid["scale"]!["levels"]!.AsArray().Select(l => ((int)l!["value"]!, (string)l["label"]!)), Is.EqualTo(new[]
        {
            (0, "Inadequate"), (1, "Requires improvement"), (2, "Good"), (3, "Outstanding"),
        }));
        Assert.That(grid["items"]!.AsArray().Select(r => ((string)r!["number"]!, Reads.Strings(r["addressees"]))), Is.EqualTo(new[]
        {
            ("1", new[] { Board }), ("2", new[] { "the local authority", Board }), ("7 (14)", new[] { "the service" }), ("8", Array.Empty<string>()),
        }));
        var r7 = Reads.Item(grid, "recommendation", plan.R7);
        Assert.That(((string)r7["judgementArea"]!, (string)r7["sourceParagraphs"]!), Is.EqualTo(("Domain two: court disposals", "2.4, 2.6")));

        // Recommendation 2 was rated 0 Inadequate at both boards: a score, so it is maintained, not "no data".
        var r2 = Reads.Item(grid, "recommendation", plan.R2);
        Assert.That(r2["scores"]!.AsArray().Select(s => ((int?)s!["level"], (string)s["label"]!)), Is.EqualTo(new[] { ((int?)0, "Inadequate"), (0, "Inadequate") }));
        Assert.That(((string)r2["direction"]!["computed"]!, Reads.Strings(r2["stale"])), Is.EqualTo(("maintained", Array.Empty<string>())));
        Assert.That(Reads.Names(r2["leads"]), Is.EqualTo(new[] { "Virtual School Head", "Carys Pugh" }));
        Assert.That((string)Reads.Item(grid, "recommendation", plan.R1)["direction"]!["computed"]!, Is.EqualTo("improving"), "0 to 1 is better on HMIP's scale");
        Assert.That((string)Reads.Item(grid, "recommendation", plan.R8)["direction"]!["computed"]!, Is.EqualTo("new"));
    }

    [Test]
    public async Task The_summary_counts_the_zero_in_its_averages_and_counts_recommendations_by_who_they_are_addressed_to()
    {
        var plan = await LoadAsync(new Loader(client));
        var summary = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary");

        Assert.That(summary["levelCounts"]!.AsArray().Select(l => ((int)l!["value"]!, (int)l["count"]!)), Is.EqualTo(new[] { (0, 1), (1, 1), (2, 2), (3, 0) }));
        Assert.That((int)summary["noScoreCount"]!, Is.EqualTo(0));
        var overItems = summary["averages"]!["overItems"]!;
        // (1 + 0 + 2 + 2) / 4 = 1.25: the 0 counts, where a placeholder 0 would have been left out (5 / 3 = 1.7).
        Assert.That(((double)overItems["current"]!, (double)overItems["currentRounded"]!, (double)overItems["previousRounded"]!, (string)overItems["direction"]!),
            Is.EqualTo((1.25, 1.3, 0.3, "improving")));
        Assert.That(summary["atWorstLevel"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(new[] { plan.R2 }), "0 Inadequate is the worst level");

        Assert.That(summary["addressees"]!.AsArray().Select(a => ((string)a!["addressee"]!, (int)a["recommendations"]!, (int)a["scoredItems"]!)), Is.EqualTo(new[]
        {
            (Board, 2, 2), ("(none)", 1, 1), ("the local authority", 1, 1), ("the service", 1, 1),
        }));

        var july = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary?reviewId={plan.JulyReview}");
        Assert.That(((string)july["judgedOn"]!, (double)july["averages"]!["overItems"]!["currentRounded"]!), Is.EqualTo(("reviewDate", 0.3)));
        Assert.That(july["atWorstLevel"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(new[] { plan.R1, plan.R2 }));
    }

    [Test]
    public async Task Every_report_format_prints_the_renumbered_recommendations_and_a_zero_as_0_Inadequate()
    {
        var plan = await LoadAsync(new Loader(client));
        var report = await PrintedReport.ReadAsync(client, plan.PlanId);

        report.ShowsReviewColumns(July, October);
        report.ShowsPeopleHeadings("Lead officer", null);
        report.ShowsScoredRow(Plan2, "2", "Virtual School Head, Carys Pugh", "", "31/03/2027",
            new Dictionary<string, string> { [July] = "0 Inadequate", [October] = "0 Inadequate" }, "Maintained", "Assessment pathway agreed; none completed yet.");
        report.ShowsScoredRow(Plan7, "7 (14)", "Carys Pugh", "", "Dec-26",
            new Dictionary<string, string> { [July] = "1 Requires improvement", [October] = "2 Good" }, "Improving", "Audit: 80% of plans address safety well.");
        report.ShowsScoredRow(Plan8, "8", "Carys Pugh", "", "Ongoing",
            new Dictionary<string, string> { [July] = "", [October] = "2 Good" }, "New", "Feedback collected from 31 of 40 children.");
        Assert.That(report.Json["summary"]!["levelCounts"]!.AsArray().Select(l => ((int)l!["value"]!, (int)l["count"]!)), Does.Contain((0, 1)));
        Assert.That(report.Word.TableRows("Scores in this review: how many at each level").Select(r => (r[0], r[1])), Does.Contain(("0 Inadequate", "1")));
        Assert.That(report.Word.Paragraphs, Does.Contain("HMIP youth justice inspection, report of 22 April 2026. Overall judgement: Requires improvement."));
        report.NoFormatPrintsNull();

        ReportShows.JsonReportShowsAddressees(report, Plan2, "2", "the local authority", Board);
        ReportShows.WordReportShowsAddressees(report, Plan2, "2", "the local authority", Board);
        ReportShows.ExcelReportShowsAddressees(report, Plan2, "2", "the local authority", Board);
        ReportShows.CsvReportShowsAddressees(report, Plan2, "2", "the local authority", Board);
        // The council's own recommendation is addressed to nobody: counted as "(none)", and no format makes an addressee up.
        ReportShows.JsonReportShowsAddressees(report, Plan8, "8");
        ReportShows.WordReportShowsAddressees(report, Plan8, "8");
        ReportShows.ExcelReportShowsAddressees(report, Plan8, "8");
        ReportShows.CsvReportShowsAddressees(report, Plan8, "8");
        // The 0 counts: (1 + 0 + 2 + 2) / 4 = 1.25, so 1.3.
        var figures = new ReportShows.Figures(1.3, null, []);
        ReportShows.JsonReportShowsReconciliation(report, figures);
        ReportShows.WordReportShowsReconciliation(report, figures);
        ReportShows.ExcelReportShowsReconciliation(report, figures);
        ReportShows.CsvReportShowsReconciliation(report, October, figures);
    }
}

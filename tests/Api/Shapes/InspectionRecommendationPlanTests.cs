using System.Net;
using System.Net.Http.Json;
using static ActionPlanTracker.Tests.Api.Shapes.InspectionRecommendationPlan;

namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>Shape 1, the inspection recommendation plan (<see cref="InspectionRecommendationPlan"/>), loaded as printed.</summary>
public sealed class InspectionRecommendationPlanTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Improvement Team Loader");

    private const string Changed = "Changed (the scale does not say which end is better)";

    [Test]
    public async Task An_inspection_recommendation_plan_is_held_as_printed()
    {
        var loader = new Loader(client);
        var plan = await LoadAsync(loader);

        await loader.EveryValueSentReadsBackAsync();

        // Someone the plan names only by role is shown by that role, with no name made up.
        var psw = await Reads.GetAsync(client, $"/api/people/{plan.PrincipalSocialWorker}");
        Assert.That(((string?)psw["name"], (string)psw["displayName"]!, (bool)psw["roleOnly"]!),
            Is.EqualTo(((string?)null, "Principal Social Worker", true)));
        // The two assigned leads keep the order the plan printed them in.
        var r1 = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/recommendations/{plan.R1}");
        Assert.That(Reads.Names(r1["leads"]), Is.EqualTo(new[] { "Marion Keane", "Daniel Osei" }));
        // Ofsted's judgements are kept in its words, with no level made up for them.
        var inspection = await Reads.GetAsync(client, $"/api/inspections/{plan.InspectionId}");
        Assert.That(inspection["judgements"]!.AsArray().Select(j => ((string)j!["judgement"]!, (int?)j["level"])), Is.EqualTo(new[]
        {
            ("Requires improvement to be good", (int?)null), ("Inadequate", null), ("Requires improvement to be good", null), ("Good", null),
        }));
        var coverage = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/inspection-coverage");
        Assert.That(coverage["recommendations"]!.AsArray().Select(r => ((string)r!["number"]!, (string)r["links"]![0]!["itemNumber"]!)),
            Is.EqualTo(new[] { ("1", "1"), ("2", "2"), ("3", "3") }));
        Assert.That(coverage["gaps"]!.AsArray(), Is.Empty, "every recommendation of the report is answered");
        // An undated update stays undated.
        var undated = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/reviews/{plan.NovemberReview}/scores/recommendations/{plan.R2}");
        Assert.That(((string)undated["narrative"]!, (string?)undated["narrativeDate"]), Is.EqualTo((Rec2November, (string?)null)));
    }

    [Test]
    public async Task The_grid_shows_two_leads_lettered_actions_that_answer_to_their_recommendation_and_both_readings_of_an_unstated_scale()
    {
        var plan = await LoadAsync(new Loader(client));
        var grid = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/grid");

        Assert.That(((string)grid["plan"]!["leadHeading"]!, (string)grid["plan"]!["ownerHeading"]!), Is.EqualTo(("Assigned lead", "Owner(s)")),
            "the grid heads its columns with the plan's own words");
        Assert.That(grid["scale"]!["higherIsBetter"], Is.Null, "nobody wrote down which end of the 1 to 3 score is good");
        Assert.That(grid["scale"]!["levels"]!.AsArray().Select(l => l!["colour"]), Is.All.Null, "the plan printed no colours, so none is made up");
        Assert.That(grid["reviews"]!.AsArray().Select(r => ((string)r!["label"]!, (string)r["reviewDate"]!, (string)r["reviewer"]!)), Is.EqualTo(new[]
        {
            (September, "2026-09-21", Reviewer), (November, "2026-11-16", Reviewer),
        }));
        Assert.That(((long)grid["currentReviewId"]!, (long)grid["openOnReviewId"]!), Is.EqualTo((plan.NovemberReview, plan.NovemberReview)));

        var r1 = Reads.Item(grid, "recommendation", plan.R1);
        Assert.That((Reads.Names(r1["leads"]), Reads.Names(r1["owners"])), Is.EqualTo((new[] { "Marion Keane", "Daniel Osei" }, new[] { "Principal Social Worker" })));
        Assert.That(((string)r1["deadline"]!["text"]!, (string)r1["deadline"]!["dueBy"]!, (string)r1["deadlineStatus"]!),
            Is.EqualTo(("December 2026", "2026-12-31", "notDue")));
        Assert.That(r1["children"]!.AsArray().Select(c => ((string?)c!["number"], (string)c["reference"]!)), Is.EqualTo(new (string?, string)[]
        {
            ("A", "1 / A"), ("B", "1 / B"), (null, "1"),
        }), "the unlettered action adds nothing to the reference: no letter is invented");

        // Action A names nobody and no "By when": it answers to recommendation 1 and is due when it is, and says so.
        var a = Reads.Item(grid, "action", plan.ActionA);
        Assert.That((Reads.Names(a["leads"]), Reads.Names(a["owners"])), Is.EqualTo((Array.Empty<string>(), Array.Empty<string>())));
        Assert.That(a["deadline"], Is.Null);
        Assert.That(((string)a["inheritedLeads"]!["from"]!, (string)a["inheritedLeads"]!["fromReference"]!, Reads.Names(a["inheritedLeads"]!["people"])),
            Is.EqualTo(("recommendation", "1", new[] { "Marion Keane", "Daniel Osei" })));
        Assert.That(Reads.Names(a["inheritedOwners"]!["people"]), Is.EqualTo(new[] { "Principal Social Worker" }));
        Assert.That(((string)a["inheritedDeadline"]!["from"]!, (string)a["inheritedDeadline"]!["deadline"]!["text"]!), Is.EqualTo(("recommendation", "December 2026")));
        // Action B has its own lead, owner and "By when", so it inherits nothing.
        var b = Reads.Item(grid, "action", plan.ActionB);
        Assert.That((Reads.Names(b["leads"]), Reads.Names(b["owners"]), (string)b["deadline"]!["text"]!), Is.EqualTo((new[] { "Daniel Osei" }, new[] { "Principal Social Worker" }, "Mar-27")));
        Assert.That(new[] { b["inheritedLeads"], b["inheritedOwners"], b["inheritedDeadline"] }, Is.All.Null);
        var unlettered = Reads.Item(grid, "action", plan.Unlettered);
        Assert.That(((string?)unlettered["number"], (int)unlettered["position"]!, (string)unlettered["sourceReference"]!), Is.EqualTo(((string?)null, 3, "Report paragraph 27")));

        // Recommendation 1 kept its score of 2 but was printed "Improving": the tracker says maintained, and that the print contradicts it.
        var d1 = r1["direction"]!;
        Assert.That(((string)d1["computed"]!, (string)d1["printed"]!, (string)d1["printedText"]!, (bool)d1["printedContradicts"]!),
            Is.EqualTo(("maintained", "improving", "Improving", true)));
        // Recommendation 2 went 3 to 2: "changed", with what it would be under each reading of the scale.
        var r2 = Reads.Item(grid, "recommendation", plan.R2);
        var d2 = r2["direction"]!;
        Assert.That(((string)d2["computed"]!, (string)d2["ifHigherIsBetter"]!, (string)d2["ifLowerIsBetter"]!, (bool)d2["printedContradicts"]!),
            Is.EqualTo(("changed", "declining", "improving", false)));
        Assert.That(Reads.Names(r2["leads"]), Is.EqualTo(new[] { "Head of Service, Children in Care", "Daniel Osei" }), "a role-only lead shows by role");
        Assert.That(Reads.ScoreIn(r2, plan.NovemberReview)!["printedDirection"]!.GetValue<string>(), Is.EqualTo("improving"));

        // The latest update is November's; recommendation 2's was undated and stays so, counting by its review's date.
        var latest2 = r2["latestUpdate"]!;
        Assert.That(((string)latest2["narrative"]!, (string?)latest2["narrativeDate"], (bool)latest2["undated"]!, (string)latest2["reviewLabel"]!, (int)r2["updateCount"]!),
            Is.EqualTo((Rec2November, (string?)null, true, November, 2)));
        Assert.That(((string)r1["latestUpdate"]!["narrativeDate"]!, (bool)r1["latestUpdate"]!["undated"]!), Is.EqualTo(("2026-11-09", false)));
    }

    [Test]
    public async Task The_summary_lists_the_printed_direction_that_contradicts_an_unchanged_score_and_reads_the_scale_from_the_others()
    {
        var plan = await LoadAsync(new Loader(client));
        var summary = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary");

        Assert.That(((string)summary["review"]!["label"]!, (string)summary["judgedOn"]!, (string)summary["today"]!), Is.EqualTo((November, "today", "2026-11-23")));
        var contradicting = summary["contradictingPrintedDirections"]!.AsArray().Single()!;
        Assert.That(((long)contradicting["id"]!, (string)contradicting["printedDirectionText"]!, (string)contradicting["direction"]!),
            Is.EqualTo((plan.R1, "Improving", "maintained")));

        // Both scores that moved went down and were printed "Improving": the plan reads as if a lower score is better.
        var direction = summary["scaleDirection"]!;
        Assert.That(((bool)direction["stated"]!, (bool?)direction["higherIsBetter"]), Is.EqualTo((false, (bool?)null)));
        var reading = direction["reading"]!;
        Assert.That(((int)reading["compared"]!, (int)reading["agreeIfHigherIsBetter"]!, (int)reading["agreeIfLowerIsBetter"]!, (bool)reading["implied"]!),
            Is.EqualTo((2, 0, 2, false)));
        Assert.That((string)reading["explanation"]!, Is.EqualTo(
            "Of 2 printed directions beside a score that moved, 2 fit \"lower is better\" and 0 fit \"higher is better\": the plan reads as if a lower level is better."));
        Assert.That(summary["atWorstLevel"]!.AsArray(), Is.Empty, "no level is the worst until someone says which end is good");
        Assert.That(((int)summary["directionCounts"]!["maintained"]!, (int)summary["directionCounts"]!["changed"]!), Is.EqualTo((1, 2)));
        var overItems = summary["averages"]!["overItems"]!;
        Assert.That(((double)overItems["previousRounded"]!, (double)overItems["currentRounded"]!, (string)overItems["direction"]!), Is.EqualTo((2.3, 1.7, "changed")));

        var toConfirm = summary["deadlinesToConfirm"]!.AsArray().Single()!;
        Assert.That(((string)toConfirm["kind"]!, (long)toConfirm["id"]!, (string)toConfirm["reference"]!, (string)toConfirm["text"]!),
            Is.EqualTo(("recommendation", plan.R3, "3", "01/02/2027")));
        Assert.That(Reads.Strings(toConfirm["reasons"]), Is.EqualTo(new[]
        {
            "\"01/02/2027\" could be 1 February 2027 (day first) or 2 January 2027 (month first); it was read day first, the UK default.",
        }));

        // September's board is judged as it stood at that meeting.
        var september = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary?reviewId={plan.SeptemberReview}");
        Assert.That(((string)september["judgedOn"]!, (string)september["today"]!, (bool)september["isCurrentReview"]!),
            Is.EqualTo(("reviewDate", "2026-09-21", false)));
        Assert.That(september["previousReview"], Is.Null, "September was the first review");
        Assert.That(september["contradictingPrintedDirections"]!.AsArray(), Is.Empty, "September printed no direction");
    }

    [Test]
    public async Task As_of_a_date_before_the_November_review_the_plan_shows_September_only()
    {
        var plan = await LoadAsync(new Loader(client));

        var grid = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/grid?asOf=2026-10-31");
        Assert.That(((string)grid["asOf"]!, (string)grid["today"]!), Is.EqualTo(("2026-10-31", "2026-10-31")));
        Assert.That(grid["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(new[] { September }));
        Assert.That(((long)grid["currentReviewId"]!, (long)grid["openOnReviewId"]!), Is.EqualTo((plan.SeptemberReview, plan.SeptemberReview)));
        var r1 = Reads.Item(grid, "recommendation", plan.R1);
        Assert.That(r1["scores"]!.AsArray().Select(s => (long)s!["reviewId"]!), Is.EqualTo(new[] { plan.SeptemberReview }));
        Assert.That(((string)r1["latestUpdate"]!["narrative"]!, (int)r1["updateCount"]!), Is.EqualTo((Rec1September, 1)));

        var summary = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary?asOf=2026-10-31");
        Assert.That(((string)summary["judgedOn"]!, (string)summary["asOf"]!, (string)summary["review"]!["label"]!), Is.EqualTo(("asOf", "2026-10-31", September)));
        var later = await client.GetAsync($"/api/plans/{plan.PlanId}/summary?reviewId={plan.NovemberReview}&asOf=2026-10-31");
        Assert.That((await later.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "reviewId" }),
            "November's review had not been held by 31 October");
    }

    [Test]
    public async Task When_the_board_learns_who_the_role_only_head_of_service_is_the_lead_moves_to_them_in_its_place()
    {
        var plan = await LoadAsync(new Loader(client));
        var roleOnly = await client.GetAsync($"/api/people/{plan.HeadOfServiceChildrenInCare}");

        using var link = new HttpRequestMessage(HttpMethod.Post, $"/api/people/{plan.HeadOfServiceChildrenInCare}/link")
        {
            Content = JsonContent.Create(new { namedPersonId = plan.Grace }, options: Http.Json),
        };
        link.Headers.TryAddWithoutValidation("If-Match", roleOnly.ETag());
        var body = await (await client.SendAsync(link)).ReadAsync<System.Text.Json.Nodes.JsonNode>();
        Assert.That(((string)body["person"]!["displayName"]!, (int)body["itemsMoved"]!), Is.EqualTo(("Grace Whitlock", 1)));

        var r2 = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/recommendations/{plan.R2}");
        Assert.That(Reads.Names(r2["leads"]), Is.EqualTo(new[] { "Grace Whitlock", "Daniel Osei" }), "the named person takes the role-only lead's place");
        Assert.That((await client.GetAsync($"/api/people/{plan.HeadOfServiceChildrenInCare}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var grid = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/grid");
        Assert.That(Reads.Names(Reads.Item(grid, "recommendation", plan.R2)["leads"]), Is.EqualTo(new[] { "Grace Whitlock", "Daniel Osei" }));
        var report = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/report");
        Assert.That(report["rows"]!.AsArray().Single(r => (string)r!["text"]! == Rec2)!["leads"]!.GetValue<string>(), Is.EqualTo("Grace Whitlock, Daniel Osei"));
    }

    [Test]
    public async Task Every_report_format_prints_the_recommendations_their_leads_deadlines_and_scores_as_held()
    {
        var plan = await LoadAsync(new Loader(client));
        var report = await PrintedReport.ReadAsync(client, plan.PlanId);

        report.ShowsReviewColumns(September, November);
        report.ShowsPeopleHeadings("Assigned lead", "Owner(s)");
        report.ShowsScoredRow(Rec1, "1", "Marion Keane, Daniel Osei", "Principal Social Worker", "December 2026",
            new Dictionary<string, string> { [September] = "2 Two", [November] = "2 Two" }, "Maintained", Rec1November);
        report.ShowsScoredRow(Rec2, "2", "Head of Service, Children in Care, Daniel Osei", "", "Ongoing",
            new Dictionary<string, string> { [September] = "3 Three", [November] = "2 Two" }, Changed, Rec2November);
        report.ShowsScoredRow(Rec3, "3", "Marion Keane", "", "01/02/2027",
            new Dictionary<string, string> { [September] = "2 Two", [November] = "1 One" }, Changed, Rec3November);
        // Actions sit under their recommendation with the letters printed, and the unlettered one under its recommendation's
        // number. An action that names nobody answers to its recommendation's leads, and says so.
        report.ShowsUnscoredRow(Rec1ActionA, "1 / A", "Marion Keane, Daniel Osei", "recommendation 1");
        report.ShowsUnscoredRow(Rec1ActionB, "1 / B", "Daniel Osei");
        report.ShowsUnscoredRow(Rec1Unlettered, "1", "Marion Keane, Daniel Osei", "recommendation 1");
        Assert.That((string)report.Json["plan"]!["planVersion"]!, Is.EqualTo("v3.1"));
        Assert.That((string)report.Json["footer"]!, Does.StartWith("Plan version v3.1 of 2 November 2026 · Review: Update November 26 (16 November 2026) · "));
        Assert.That(report.Word.Paragraphs, Does.Contain("Review: Update November 26 (16 November 2026), compared with Update September 26 (21 September 2026)."));
        Assert.That(report.Word.Paragraphs, Has.Some.StartsWith("Scale: Recommendation score 1 to 3, direction not stated")
            .And.Some.Contains("(the plan does not say whether higher or lower is better)"));
        report.NoFormatPrintsNull();

        // Two of the three scores moved on a scale that does not say which end is good: every count of directions adds up
        // to the three recommendations, and no format says they had nothing to compare with or calls a level the worst.
        Assert.That((int)report.Json["summary"]!["directionCounts"]!["changed"]!, Is.EqualTo(2), "JSON: the scores that moved");
        Assert.That(Reads.Strings(report.Json["summary"]!["sentences"]), Does.Contain(
            "Since the last review, of 3 recommendations, 2 changed score and 1 stayed the same; the scale does not say which end is better, so no change is called an improvement or a decline."));
        var directions = report.Word.TableRows("Direction of travel since the last review");
        Assert.That(directions, Has.Some.EqualTo(new[] { "Changed (the scale does not say which end is better)", "2" }), "Word: the scores that moved");
        Assert.That(directions.Sum(r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(3), "Word: the directions add up to the plan's recommendations");
        Assert.That(report.Excel.SummaryRows, Has.Some.EqualTo(new[] { "Changed (the scale does not say which end is better)", "2" }), "Excel: the scores that moved");
        var worst = report.Json["exceptions"]!.AsArray().Single(e => (string)e!["kind"]! == "worstLevel")!;
        Assert.That(((string)worst["heading"]!, (string)worst["emptyText"]!), Is.EqualTo(("At the worst level",
            "The scale does not say which end is better, so no level is the worst.")));
        Assert.That(report.Word.Paragraphs, Does.Contain("At the worst level (0)"));

        // "01/02/2027" could be read month first: every format says the date needs confirming, and why.
        const string reason = "\"01/02/2027\" could be 1 February 2027 (day first) or 2 January 2027 (month first); it was read day first, the UK default.";
        Assert.That(Reads.Strings(report.Row(Rec3)["deadlineToConfirm"]), Is.EqualTo(new[] { reason }), "JSON: the date to confirm");
        Assert.That(report.Word.Cell(Rec3, "Deadline"), Is.EqualTo("01/02/2027, date to confirm (not due yet)"), "Word: the date to confirm");
        Assert.That(report.Word.TableRows("Deadlines to confirm: dates that could be read another way").Select(r => (r[1], r[4])),
            Is.EqualTo(new[] { (Rec3, $"Deadline \"01/02/2027\": {reason}") }), "Word: the list of deadlines to confirm");
        Assert.That((report.Excel.Cell(Rec3, "Date to confirm"), report.Csv.Cell(Rec3, "Date to confirm")), Is.EqualTo((reason, reason)), "Excel and CSV: the date to confirm");
        Assert.That((report.Excel.Cell(Rec1, "Date to confirm"), report.Csv.Cell(Rec1, "Date to confirm")), Is.EqualTo(("", "")), "Excel and CSV: a date that needs no confirming");

        ReportShows.JsonReportShowsPrintedDirections(report, Rec1, "Maintained", "Improving", contradicts: true);
        ReportShows.WordReportShowsPrintedDirections(report, Rec1, "Maintained", "Improving", contradicts: true);
        ReportShows.ExcelReportShowsPrintedDirections(report, Rec1, "Maintained", "Improving", contradicts: true);
        ReportShows.CsvReportShowsPrintedDirections(report, Rec1, "Maintained", "Improving", contradicts: true);
        ReportShows.JsonReportShowsPrintedDirections(report, Rec2, Changed, "Improving", contradicts: false);
        ReportShows.WordReportShowsPrintedDirections(report, Rec2, Changed, "Improving", contradicts: false);
        ReportShows.ExcelReportShowsPrintedDirections(report, Rec2, Changed, "Improving", contradicts: false);
        ReportShows.CsvReportShowsPrintedDirections(report, Rec2, Changed, "Improving", contradicts: false);

        // No average was printed. Both moved scores went down and were printed "Improving": the plan reads as if lower is better.
        var figures = new ReportShows.Figures(1.7, null, [])
        {
            Scale = "The scale does not say which end is better, so a score that moved is shown as changed rather than improving or declining. " +
                    "Of 2 printed directions beside a score that moved, 2 fit \"lower is better\" and 0 fit \"higher is better\": the plan reads as if a lower level is better.",
            Reading = (2, 0, 2),
        };
        ReportShows.JsonReportShowsReconciliation(report, figures);
        ReportShows.WordReportShowsReconciliation(report, figures);
        ReportShows.ExcelReportShowsReconciliation(report, figures);
        ReportShows.CsvReportShowsReconciliation(report, November, figures);
        ReportShows.JsonReportShowsAsOf(report, November, ReportShows.Judged.Today, September, November);
        ReportShows.WordReportShowsAsOf(report, November, ReportShows.Judged.Today, September, November);
        ReportShows.ExcelReportShowsAsOf(report, November, ReportShows.Judged.Today, September, November);
        ReportShows.CsvReportShowsAsOf(report, November, ReportShows.Judged.Today, September, November);

        // September's board, asked for by its review, is judged as at its own date.
        var september = await PrintedReport.ReadAsync(client, plan.PlanId, $"?reviewId={plan.SeptemberReview}");
        var atSeptember = ReportShows.Judged.OnReviewDate("2026-09-21");
        ReportShows.JsonReportShowsAsOf(september, September, atSeptember, September);
        ReportShows.WordReportShowsAsOf(september, September, atSeptember, September);
        ReportShows.ExcelReportShowsAsOf(september, September, atSeptember, September);
        ReportShows.CsvReportShowsAsOf(september, September, atSeptember, September);
        september.NoFormatPrintsNull();

        // As of 31 October: November's review had not been held, and overdue is judged on that date.
        var asOf = await PrintedReport.ReadAsync(client, plan.PlanId, "?asOf=2026-10-31");
        var onTheDay = ReportShows.Judged.AsOfDate("2026-10-31");
        ReportShows.JsonReportShowsAsOf(asOf, September, onTheDay, September);
        ReportShows.WordReportShowsAsOf(asOf, September, onTheDay, September);
        ReportShows.ExcelReportShowsAsOf(asOf, September, onTheDay, September);
        ReportShows.CsvReportShowsAsOf(asOf, September, onTheDay, September);
        asOf.NoFormatPrintsNull();
    }
}

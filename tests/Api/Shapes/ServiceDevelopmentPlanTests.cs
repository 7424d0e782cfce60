using static ActionPlanTracker.Tests.Api.Shapes.ServiceDevelopmentPlan;

namespace ActionPlanTracker.Tests.Api.Shapes;

/// <summary>Shape 2, the service development plan (<see cref="ServiceDevelopmentPlan"/>), loaded as printed.</summary>
public sealed class ServiceDevelopmentPlanTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Improvement Team Loader");

    [Test]
    public async Task A_service_development_plan_is_held_as_printed()
    {
        var loader = new Loader(client);
        var plan = await LoadAsync(loader);

        await loader.EveryValueSentReadsBackAsync();

        // The review columns are in printed order, "RAG initial" first although it was typed in last, and none has a date.
        var reviews = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/reviews");
        Assert.That(reviews.AsArray().Select(r => ((string)r!["label"]!, (int)r["position"]!, (string?)r["reviewDate"])), Is.EqualTo(new[]
        {
            (Initial, 1, (string?)null), (May, 2, null), (September, 3, null), (November, 4, null),
        }));
        // A zero typed into a future column is "no score", with the sheet's "0" kept beside it.
        var placeholder = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/reviews/{plan.NovemberReview}/scores/measures/{plan.Measure4}");
        Assert.That(((int?)placeholder["level"], (string)placeholder["recordedAs"]!), Is.EqualTo(((int?)null, "Score - please select")));
    }

    [Test]
    public async Task The_grid_shows_each_measure_with_its_own_people_and_deadline_or_its_actions_and_opens_on_the_last_scored_column()
    {
        var plan = await LoadAsync(new Loader(client));
        var grid = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/grid");

        Assert.That(((string)grid["plan"]!["leadHeading"]!, (string)grid["plan"]!["ownerHeading"]!), Is.EqualTo(("Lead", "Responsible officer")));
        Assert.That(grid["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(new[] { Initial, May, September, November }));
        // RAG 11/26 is the open review, but it holds only placeholders: the grid opens on RAG 09/26, not an empty column.
        Assert.That(((long)grid["currentReviewId"]!, (long)grid["openOnReviewId"]!), Is.EqualTo((plan.NovemberReview, plan.SeptemberReview)));
        Assert.That(grid["items"]!.AsArray().Select(p => ((string)p!["number"]!, (string)p["text"]!, (string)p["outcomeStatement"]!)), Is.EqualTo(new[]
        {
            ("1", Priority1, Outcome1), ("2", Priority2, Outcome2), ("3", Priority3, Outcome3),
        }));
        Assert.That((string)Reads.Item(grid, "action", plan.A12)["sourceReference"]!, Is.EqualTo("Ofsted rec 14"));

        // The first measure printed its own lead, responsible officer and deadline.
        var m1 = Reads.Item(grid, "measure", plan.Measure1);
        Assert.That((Reads.Names(m1["leads"]), Reads.Names(m1["owners"]), (string)m1["deadline"]!["text"]!, (string)m1["reference"]!),
            Is.EqualTo((new[] { "Lucy Fairbrother" }, new[] { "Owen Hughes" }, "31/01/2027", "1 / 1.1 / a")));
        Assert.That(new[] { m1["inheritedLeads"], m1["inheritedOwners"], m1["inheritedDeadline"] }, Is.All.Null);
        // The unnumbered measure left those cells to its action, and the grid says where each comes from.
        var m2 = Reads.Item(grid, "measure", plan.Measure2);
        Assert.That(((string?)m2["number"], (string)m2["reference"]!), Is.EqualTo(((string?)null, "1 / 1.1")));
        Assert.That(((string)m2["inheritedLeads"]!["from"]!, (string)m2["inheritedLeads"]!["fromReference"]!, Reads.Names(m2["inheritedLeads"]!["people"])),
            Is.EqualTo(("action", "1 / 1.1", new[] { "Priya Raman" })));
        Assert.That(Reads.Names(m2["inheritedOwners"]!["people"]), Is.EqualTo(new[] { "Owen Hughes" }));
        Assert.That(((string)m2["inheritedDeadline"]!["from"]!, (string)m2["inheritedDeadline"]!["deadline"]!["text"]!), Is.EqualTo(("action", "June - Dec 26")));
        Assert.That(Reads.Names(Reads.Item(grid, "measure", plan.Measure4)["inheritedOwners"]!["people"]), Is.EqualTo(new[] { "Head of Service, Corporate Parenting" }),
            "a responsible officer named by role shows by role");
        var m5 = Reads.Item(grid, "measure", plan.Measure5);
        Assert.That((string)m5["deadline"]!["text"]!, Is.EqualTo("Sept 26 / ongoing"));
        Assert.That(m5["inheritedDeadline"], Is.Null);
        Assert.That((string)m5["inheritedLeads"]!["fromReference"]!, Is.EqualTo("2 / 2.1"), "its own deadline, its action's people");

        // Scores in every column, the placeholders as no score with what the sheet said. Reviews older than the latest two
        // (September and November) are sent as the level only (GridSent.cs); read whole, the label is the scale's.
        Assert.That(m1["scores"]!.AsArray().Select(s => ((int?)s!["level"], (string?)s["recordedAs"])), Is.EqualTo(new (int?, string?)[]
        {
            (1, null), (2, null), (3, null), (null, "0"),
        }));
        Assert.That((string?)m1["scores"]![0]!["label"], Is.EqualTo("Not started or seriously delayed"));
        Assert.That((string?)m1["scores"]![2]!["label"], Is.EqualTo("On track"));
        Assert.That((string)Reads.ScoreIn(Reads.Item(grid, "measure", plan.Measure4), plan.NovemberReview)!["recordedAs"]!, Is.EqualTo("Score - please select"));
        var m6September = Reads.ScoreIn(Reads.Item(grid, "measure", plan.Measure6), plan.SeptemberReview)!;
        Assert.That(((int)m6September["level"]!, (string)m6September["evidence"]!, (string)m6September["signOffStatus"]!, (bool?)m6September["completeAsPrinted"] ?? false),
            Is.EqualTo((4, M6Evidence, "pending", false)), "a completion recorded in the tracker needs evidence and the board's sign-off");

        // The latest update is September's narrative: undated, as the sheet had no dates, and counted by its column.
        var latest = m1["latestUpdate"]!;
        Assert.That(((string)latest["narrative"]!, (string?)latest["narrativeDate"], (bool)latest["undated"]!, (string)latest["reviewLabel"]!, (string)latest["source"]!),
            Is.EqualTo((M1September, (string?)null, true, September, "score")));
        Assert.That((int)m1["updateCount"]!, Is.EqualTo(2));
    }

    [Test]
    public async Task The_summary_checks_each_printed_average_against_the_scores_and_says_which_mean_the_overall_figure_is()
    {
        var plan = await LoadAsync(new Loader(client));
        var summary = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary?reviewId={plan.SeptemberReview}");

        Assert.That(((string)summary["review"]!["label"]!, (string)summary["previousReview"]!["label"]!), Is.EqualTo((September, May)));
        // A review known only by its label has no date to be judged on, so it is judged today rather than on a made-up date.
        Assert.That((string)summary["judgedOn"]!, Is.EqualTo("today"));
        Assert.That(summary["averages"]!["priorities"]!.AsArray().Select(p => ((string)p!["number"]!, (double)p["figure"]!["previousRounded"]!, (double)p["figure"]!["currentRounded"]!)),
            Is.EqualTo(new[] { ("1", 2.3, 3.0), ("2", 1.5, 2.5), ("3", 3.0, 4.0) }));
        var averages = summary["averages"]!;
        Assert.That(((double)averages["overItems"]!["currentRounded"]!, (double)averages["overPriorities"]!["currentRounded"]!), Is.EqualTo((3.0, 3.2)));

        var printed = summary["reportedAverages"]!.AsArray();
        Assert.That(printed.Select(p => ((string)p!["scope"]!, (double)p["printed"]!, (string?)p["matches"], (bool)p["disagrees"]!, (string)p["explanation"]!)),
            Is.EqualTo(new[]
            {
                ("Whole plan", 3.2, (string?)"overPriorities", false, "3.2 agrees with the mean of the priority figures; the mean over scored items is 3.0."),
                ("Priority 1", 3.0, "overItems", false, "3.0 agrees with the scores (mean over scored items)."),
                ("Priority 2", 2.8, null, true, "2.8 was printed, but the scores give 2.5."),
            }));
        Assert.That((string)printed[2]!["source"]!, Is.EqualTo("Development plan, RAG 09/26, priority 2 average row"));
        Assert.That(summary["awaitingSignOff"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(new[] { plan.Measure6 }));
        Assert.That(summary["completeAsPrinted"]!.AsArray(), Is.Empty);

        // RAG 05/26's overall figure was the mean of the priority figures too (2.3), not the mean over items (2.2).
        var may = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary?reviewId={plan.MayReview}");
        Assert.That(may["reportedAverages"]!.AsArray().Select(p => ((string?)p!["matches"], (double)p["overItems"]!)), Is.EqualTo(new[] { ((string?)"overPriorities", 2.2) }));

        // The current review holds only placeholders: every measure has no score, and no average is made from zeros.
        var current = await Reads.GetAsync(client, $"/api/plans/{plan.PlanId}/summary");
        Assert.That(((string)current["review"]!["label"]!, (int)current["noScoreCount"]!, (int)current["scoredItemCount"]!), Is.EqualTo((November, 6, 6)));
        Assert.That(current["averages"]!["overItems"]!["current"], Is.Null);
        Assert.That((double)current["averages"]!["overItems"]!["previousRounded"]!, Is.EqualTo(3.0));
    }

    [Test]
    public async Task Every_report_format_prints_the_measures_with_their_people_deadlines_and_placeholders_as_held()
    {
        var plan = await LoadAsync(new Loader(client));
        var report = await PrintedReport.ReadAsync(client, plan.PlanId);

        report.ShowsReviewColumns(Initial, May, September, November);
        report.ShowsPeopleHeadings("Lead", "Responsible officer");
        report.ShowsScoredRow(M1, "1 / 1.1 / a", "Lucy Fairbrother", "Owen Hughes", "31/01/2027",
            new Dictionary<string, string>
            {
                [Initial] = "1 Not started or seriously delayed", [May] = "2 Started with some delay", [September] = "3 On track", [November] = "No score (0)",
            }, "No data", M1September);
        report.ShowsScoredRow(M4, "2 / 2.1 / a", "Sasha Bennett", "Head of Service, Corporate Parenting", "May 26 - March 27",
            new Dictionary<string, string> { [September] = "2 Started with some delay", [November] = "No score (Score - please select)" },
            "No data", "Stability meetings held for 11 children.", peopleFrom: "action 2.1");
        report.ShowsUnscoredRow(Priority1, "1", "");
        report.ShowsUnscoredRow(Action12, "1 / 1.2", "Priya Raman");
        Assert.That((string)report.Json["footer"]!, Does.StartWith("Plan version v7 of 1 April 2026 · Review: RAG 11/26 (no date) · "), "an undated review says so, in words");
        Assert.That(report.Word.Paragraphs, Does.Contain("Review: RAG 11/26 (no date), compared with RAG 09/26 (no date)."));
        report.NoFormatPrintsNull();

        ReportShows.JsonReportShowsInheritedPeople(report, M2, "Priya Raman", "Owen Hughes", "action 1.1");
        ReportShows.WordReportShowsInheritedPeople(report, M2, "Priya Raman", "Owen Hughes", "action 1.1");
        ReportShows.ExcelReportShowsInheritedPeople(report, M2, "Priya Raman", "Owen Hughes", "action 1.1");
        ReportShows.CsvReportShowsInheritedPeople(report, M2, "Priya Raman", "Owen Hughes", "action 1.1");
        // A measure without a deadline is due when its action is, and every format says where the deadline comes from.
        Assert.That(((string)report.Row(M2)["deadlineText"]!, (string)report.Row(M2)["deadlineInheritedFrom"]!), Is.EqualTo(("June - Dec 26", "action 1.1")));
        Assert.That(report.Word.Cell(M2, "Deadline"), Does.StartWith("June - Dec 26, from action 1.1"));
        foreach (var grid in new[] { report.Excel, report.Csv })
            Assert.That((grid.Cell(M2, "Deadline as written"), grid.Cell(M2, "Deadline taken from")), Is.EqualTo(("June - Dec 26", "action 1.1")),
                $"{grid.Format}: a measure without a deadline is due when its action is");
        Assert.That((report.Excel.Cell(M1, "Deadline taken from"), report.Csv.Cell(M1, "Deadline taken from")), Is.EqualTo(("", "")), "M1's deadline is its own");

        // A review known only by its label has no date to be judged on: the current one is judged today.
        ReportShows.JsonReportShowsAsOf(report, November, ReportShows.Judged.Today, Initial, May, September, November);
        ReportShows.WordReportShowsAsOf(report, November, ReportShows.Judged.Today, Initial, May, September, November);
        ReportShows.ExcelReportShowsAsOf(report, November, ReportShows.Judged.Today, Initial, May, September, November);
        ReportShows.CsvReportShowsAsOf(report, November, ReportShows.Judged.Today, Initial, May, September, November);

        var september = await PrintedReport.ReadAsync(client, plan.PlanId, $"?reviewId={plan.SeptemberReview}");
        var figures = new ReportShows.Figures(3.0, 3.2, [("1", Priority1, 3.0), ("2", Priority2, 2.5), ("3", Priority3, 4.0)])
        {
            PrintedAverages =
            [
                new("Whole plan", 3.2, "Development plan, RAG 09/26, overall average", 3.0, 3.2, "The mean of the priority figures",
                    "3.2 agrees with the mean of the priority figures; the mean over scored items is 3.0."),
                new("Priority 1", 3.0, "Development plan, RAG 09/26, priority 1 average row", 3.0, null, "The mean over scored items",
                    "3.0 agrees with the scores (mean over scored items)."),
                new("Priority 2", 2.8, "Development plan, RAG 09/26, priority 2 average row", 2.5, null, "Neither", "2.8 was printed, but the scores give 2.5."),
            ],
        };
        ReportShows.JsonReportShowsReconciliation(september, figures);
        ReportShows.WordReportShowsReconciliation(september, figures);
        ReportShows.ExcelReportShowsReconciliation(september, figures);
        ReportShows.CsvReportShowsReconciliation(september, September, figures);
        // RAG 09/26 has no date, so though it is a past review it cannot be judged as at its meeting: it is judged today.
        ReportShows.JsonReportShowsAsOf(september, September, ReportShows.Judged.Today, Initial, May, September);
        ReportShows.WordReportShowsAsOf(september, September, ReportShows.Judged.Today, Initial, May, September);
        ReportShows.ExcelReportShowsAsOf(september, September, ReportShows.Judged.Today, Initial, May, September);
        ReportShows.CsvReportShowsAsOf(september, September, ReportShows.Judged.Today, Initial, May, September);
        september.ShowsScoredRow(M6, "3 / 3.1 / a", "Kwame Mensah", "", "August 26 & March 2027",
            new Dictionary<string, string> { [May] = "3 On track", [September] = "4 Complete, monitoring" }, "Improving", "Agency rate 13% in August.",
            peopleFrom: "action 3.1");
        september.NoFormatPrintsNull();
    }
}

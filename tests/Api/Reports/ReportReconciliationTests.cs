namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// Issue 10: the board's reconciliation in every form. What the plan printed (averages worked out by hand, directions of
/// travel picked from a list, a scale whose good end nobody wrote down) set beside what the scores say.
/// </summary>
public sealed class ReportReconciliationTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    [Test]
    public async Task Other_printed_figures_the_inspections_unanswered_recommendations_and_deadlines_not_understood_are_in_every_form()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var planId = await Arrange.PlanAsync(client, scaleId: 3, title: $"Peer review plan {Guid.NewGuid():N}", inspectionId: inspectionId);
        var first = await Arrange.RecommendationAsync(client, planId, "1", "Agree a shared SEND strategy.", deadlineText: "Jun");
        var second = await Arrange.RecommendationAsync(client, planId, "2", "Publish the local offer.");
        var review = await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "Update June 2026", reviewDate = "2026-06-20" }))
            .ReadAsync<System.Text.Json.Nodes.JsonObject>();
        var reviewId = (long)review["id"]!;
        foreach (var (item, level) in new[] { (first, 3), (second, 3) })
            await client.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{item}", new { level, narrative = "On track." }, null);
        await client.PostJsonAsync($"/api/plans/{planId}/printed-figures",
            new { reviewId, kind = "countAtLevel", level = 3, label = "GREEN", valueText = "1", claims = "recommendations on track", source = "Board papers, June 2026" });
        await client.PostJsonAsync($"/api/plans/{planId}/printed-figures",
            new { reviewId, kind = "other", label = "Families who took part", valueText = "42", source = "Board papers, June 2026" });
        var answered = await Arrange.InspectionRecommendationAsync(client, inspectionId, "14", "Agree a strategy.", "the local authority", "23");
        await Arrange.InspectionRecommendationAsync(client, inspectionId, "15", "Improve the quality of plans.", "the safeguarding partnership", "31");
        await client.PutJsonAsync($"/api/inspections/{inspectionId}/recommendations/{answered}/links",
            new { links = new[] { new { kind = "recommendation", itemId = first } } }, "*");

        using var forms = await ReportForms.GetAsync(client, planId);

        var figures = forms.Json["reconciliation"]!["printedFigures"]!.AsArray();
        Assert.That(figures.Select(f => ((string)f!["label"]!, (string)f["valueText"]!, (double?)f["computed"], (string)f["verdict"]!)),
            Is.EqualTo(new (string, string, double?, string)[] { ("GREEN", "1", 2, "disagrees"), ("Families who took part", "42", null, "cannotCheck") }));
        var inspection = forms.Json["reconciliation"]!["inspection"]!;
        Assert.That(((int)inspection["reportRecommendations"]!, (int)inspection["answered"]!, (string)inspection["gaps"]![0]!["number"]!), Is.EqualTo((2, 1, "15")));
        var notUnderstood = forms.Json["exceptions"]!.AsArray().Single(e => (string)e!["kind"]! == "deadlineNotUnderstood")!;
        Assert.That(notUnderstood["items"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(new[] { first }));

        Assert.That(forms.Headings(3), Does.Contain("Other printed figures checked against the scores (2)")
            .And.Contain("The inspection's recommendations: 1 of 2 answered"));
        var wordFigures = forms.WordTable("Other printed figures checked against the scores");
        Assert.That(wordFigures[1][..5], Is.EqualTo(new[] { "Whole plan: GREEN", "1", "recommendations on track", "Board papers, June 2026", "2" }));
        Assert.That(wordFigures[1][5], Does.StartWith("Disagrees with the scores."));
        Assert.That(wordFigures[2][4..6], Is.EqualTo(new[] { "Not worked out", "Cannot be checked: kept as printed. " + (string)figures[1]!["explanation"]! }));
        Assert.That(forms.WordTable("The inspection report's recommendations no plan item answers"), Is.EqualTo(new[]
        {
            new[] { "Report number", "Recommendation", "Addressed to", "Paragraphs" },
            new[] { "15", "Improve the quality of plans.", "the safeguarding partnership", "31" },
        }));
        Assert.That(forms.Headings(2).Concat(forms.Headings(3)), Has.Some.Contains("Deadlines the tracker could not understand"));

        var sheet = forms.SheetTexts("Reconciliation");
        Assert.That(sheet, Has.Some.EqualTo(new[] { "Whole plan: GREEN", "1", "recommendations on track", "Board papers, June 2026", "2",
            "Disagrees with the scores", (string)figures[0]!["explanation"]! }));
        Assert.That(sheet, Has.Some.EqualTo(new[] { "15", "Improve the quality of plans.", "the safeguarding partnership", "31" }));
    }

    [Test]
    public async Task Printed_averages_are_set_beside_both_means_saying_which_one_was_printed()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var forms = await ReportForms.GetAsync(client, plan.PlanId);

        // RAG 09/26: over items 3.7, over priorities 3.5; priority 2 is 3.0. Printed: the whole plan 3.5, priority 2 2.5.
        var printed = forms.Json["reconciliation"]!["printedAverages"]!.AsArray();
        Assert.That(printed.Select(p => ((string)p!["scope"]!, (double)p["printed"]!, (double?)p["overItems"], (double?)p["overPriorities"],
                (string?)p["matches"], (string)p["matchesText"]!, (bool)p["disagrees"]!)),
            Is.EqualTo(new (string, double, double?, double?, string?, string, bool)[]
            {
                ("Whole plan", 3.5, 3.7, 3.5, "overPriorities", "The mean of the priority figures", false),
                ("Priority 2", 2.5, 3.0, null, null, "Neither", true),
            }));
        Assert.That((string)printed[0]!["explanation"]!, Is.EqualTo("3.5 agrees with the mean of the priority figures; the mean over scored items is 3.7."));
        Assert.That((string)printed[0]!["source"]!, Is.EqualTo("Board report, September 2026"));
        Assert.That(forms.Json["summary"]!["sentences"]!.AsArray().Select(s => (string)s!), Does.Contain("1 average printed for this review disagrees with the scores."));

        // Word: a Reconciliation section with a heading and a table of both means.
        Assert.That(forms.Headings(2), Does.Contain("Reconciliation"));
        Assert.That(forms.Headings(3), Does.Contain("Printed averages checked against the scores (2)"));
        Assert.That(forms.WordTable("Printed averages checked against the scores"), Is.EqualTo(new[]
        {
            new[] { "Figure", "Printed", "Where printed", "Mean over scored items", "Mean of the priority figures", "Which it matches", "Finding" },
            new[] { "Whole plan", "3.5", "Board report, September 2026", "3.7", "3.5", "The mean of the priority figures",
                "3.5 agrees with the mean of the priority figures; the mean over scored items is 3.7." },
            new[] { "Priority 2", "2.5", "Not recorded", "3.0", "Not applicable", "Neither", "2.5 was printed, but the scores give 3.0." },
        }));

        // Excel: the Reconciliation sheet, figures as numbers.
        var sheet = forms.SheetTexts("Reconciliation");
        Assert.That(sheet, Has.Some.EqualTo(new[]
        {
            "Whole plan", "3.5", "Board report, September 2026", "3.7", "3.5", "The mean of the priority figures",
            "3.5 agrees with the mean of the priority figures; the mean over scored items is 3.7.",
        }));
        Assert.That(sheet, Has.Some.EqualTo(new[] { "Priority 2", "2.5", "3", "Not applicable", "Neither", "2.5 was printed, but the scores give 3.0." }));

        // CSV: one table of the plan's rows; the printed-average checks are in the other forms, not extra rows.
        Assert.That(forms.Csv.Select(r => r[0]), Is.EqualTo(new[] { "1 / 1 / A / 1", "1 / 1 / A", "2 / 1" }));
    }

    [Test]
    public async Task A_printed_direction_the_scores_contradict_is_listed_and_shown_beside_the_computed_one()
    {
        var plan = await PrintedPlan.CreateAsync(client);
        using var forms = await ReportForms.GetAsync(client, plan.PlanId);

        // M1 kept 3 between the reviews, but the source printed "Improved".
        var m1 = forms.Json["rows"]!.AsArray().Single(r => (string)r!["kind"]! == "measure" && (long)r["id"]! == plan.M1)!;
        Assert.That(((string)m1["direction"]!, (string)m1["printedDirection"]!, (string)m1["printedDirectionText"]!, (bool)m1["printedDirectionContradicts"]!),
            Is.EqualTo(("maintained", "improving", "Improved", true)));
        var listed = forms.Json["reconciliation"]!["contradictingPrintedDirections"]!;
        Assert.That(((string)listed["kind"]!, (string)listed["heading"]!), Is.EqualTo(("contradictingPrintedDirection", "Printed directions of travel that contradict the scores")));
        Assert.That(listed["items"]!.AsArray().Select(i => ((long)i!["id"]!, (string)i["detail"]!)),
            Is.EqualTo(new[] { (plan.M1, "Printed as \"Improved\" (improving). The scores say maintained.") }));
        Assert.That(forms.Json["summary"]!["sentences"]!.AsArray().Select(s => (string)s!), Does.Contain("1 direction of travel printed in the source contradicts the scores."));

        // Word: the reconciliation's list, and in the full plan the printed direction under the computed one.
        Assert.That(forms.Headings(3), Does.Contain("Printed directions of travel that contradict the scores (1)"));
        var table = forms.WordTable("Printed directions of travel that contradict the scores");
        Assert.That(table[1], Is.EqualTo(new[]
        {
            "1 / 1 / A / 1", "Supervision every 4 weeks for 90% of social workers", "Dana Whitfield (from recommendation 1)", "3 On track",
            "Printed as \"Improved\" (improving). The scores say maintained.", "Still on track",
        }));
        var plan1 = forms.WordPlanTable;
        var direction = Array.IndexOf(plan1[0], "Direction of travel");
        Assert.That(plan1.Single(r => r[0] == "1 / 1 / A / 1")[direction], Is.EqualTo("Maintained | Printed: Improved (improving), which the scores do not support"));

        // Excel: the Reconciliation sheet's list; the grid's columns for the printed direction.
        Assert.That(forms.SheetTexts("Reconciliation"), Has.Some.EqualTo(new[]
        {
            "1 / 1 / A / 1", "Supervision every 4 weeks for 90% of social workers", "Dana Whitfield (from recommendation 1)", "3 On track",
            "Printed as \"Improved\" (improving). The scores say maintained.", "Still on track",
        }));
        Assert.That((forms.GridCell("Direction of travel", 1), forms.GridCell("Printed direction of travel", 1), forms.GridCell("Printed direction contradicts the scores", 1)),
            Is.EqualTo(("Maintained", "Improved (improving)", "Yes")));
        Assert.That(forms.GridCell("Printed direction of travel", 3), Is.EqualTo(""), "M3 had no printed direction");

        // CSV: the same columns.
        Assert.That((forms.CsvCell("Printed direction of travel", 0), forms.CsvCell("Printed direction contradicts the scores", 0)), Is.EqualTo(("Improved (improving)", "Yes")));
        Assert.That((forms.CsvCell("Printed direction of travel", 2), forms.CsvCell("Printed direction contradicts the scores", 2)), Is.EqualTo(("", "")));
    }

    [Test]
    public async Task A_scale_that_does_not_say_which_end_is_better_is_worded_and_read_from_the_printed_directions()
    {
        var plan = await UnstatedScalePlan.CreateAsync(client);
        using var forms = await ReportForms.GetAsync(client, plan.PlanId);

        const string reading = "The scale does not say which end is better, so a score that moved is shown as changed rather than improving or declining. " +
                               "Of 2 printed directions beside a score that moved, 2 fit \"higher is better\" and 0 fit \"lower is better\": " +
                               "the plan reads as if a higher level is better.";
        var scale = forms.Json["reconciliation"]!["scaleDirection"]!;
        Assert.That(((bool)scale["stated"]!, (bool?)scale["higherIsBetter"], (bool?)scale["implied"], (int)scale["compared"]!,
                (int)scale["agreeIfHigherIsBetter"]!, (int)scale["agreeIfLowerIsBetter"]!),
            Is.EqualTo((false, (bool?)null, (bool?)true, 2, 2, 0)));
        Assert.That((string)scale["text"]!, Is.EqualTo(reading));
        Assert.That(forms.Json["plan"]!["higherIsBetter"], Is.Null);

        // Recommendations 1 and 2 moved, 3 stayed: "changed", never improving or declining, and no level is the worst.
        const string changed = "Changed (the scale does not say which end is better)";
        var rows = forms.Json["rows"]!.AsArray();
        Assert.That(rows.Select(r => ((string)r!["direction"]!, (string)r["directionText"]!)),
            Is.EqualTo(new[] { ("changed", changed), ("changed", changed), ("maintained", "Maintained") }));
        var counts = forms.Json["summary"]!["directionCounts"]!;
        Assert.That(((int)counts["changed"]!, (int)counts["maintained"]!, (int)counts["improving"]!), Is.EqualTo((2, 1, 0)));
        Assert.That(forms.Json["summary"]!["sentences"]!.AsArray().Select(s => (string)s!), Does.Contain(
            "Since the last review, of 3 recommendations, 2 changed score and 1 stayed the same; the scale does not say which end is better, " +
            "so no change is called an improvement or a decline."));
        var worst = forms.Json["exceptions"]!.AsArray().Single(e => (string)e!["kind"]! == "worstLevel")!;
        Assert.That(((string)worst["heading"]!, (string)worst["emptyText"]!),
            Is.EqualTo(("At the worst level", "The scale does not say which end is better, so no level is the worst.")));
        Assert.That(forms.Json["reconciliation"]!["contradictingPrintedDirections"]!["items"]!.AsArray(), Is.Empty,
            "a printed \"improving\" beside a score that changed on such a scale contradicts nothing");

        // Word: the direction counts name "changed"; the reconciliation says what the printed directions imply, with a table.
        Assert.That(forms.WordTable("Direction of travel since the last review").Select(r => (r[0], r[1])), Is.EqualTo(new[]
        {
            ("Direction of travel", "Recommendations"), ("Improving", "0"), ("Maintained", "1"), ("Declining", "0"), (changed, "2"), ("New", "0"), ("No data", "0"),
        }));
        var paragraphs = forms.Paragraphs;
        Assert.That(paragraphs[paragraphs.IndexOf("Which end of the scale is better") + 1], Is.EqualTo(reading));
        Assert.That(forms.WordTable("Printed directions of travel beside a score that moved, by the reading they fit"), Is.EqualTo(new[]
        {
            new[] { "Reading of the scale", "Printed directions that fit it" }, new[] { "Higher is better", "2 of 2" }, new[] { "Lower is better", "0 of 2" },
        }));
        var direction = Array.IndexOf(forms.WordPlanTable[0], "Direction of travel");
        Assert.That(forms.WordPlanTable[1][direction], Is.EqualTo($"{changed} | Printed: Improving"));

        // Excel: the Summary's counts, the Reconciliation sheet's reading; CSV and grid: the direction in words.
        Assert.That(forms.SheetTexts("Summary"), Has.Some.EqualTo(new[] { changed, "2" }));
        var reconciliation = forms.SheetTexts("Reconciliation");
        Assert.That(reconciliation, Has.Some.EqualTo(new[] { reading }));
        Assert.That(reconciliation, Has.Some.EqualTo(new[] { "Higher is better", "2", "2" }));
        Assert.That(forms.GridCell("Direction of travel", 2), Is.EqualTo(changed));
        Assert.That(forms.Csv.Select(r => r[Array.IndexOf(forms.CsvHeaders, "Direction of travel")]), Is.EqualTo(new[] { changed, changed, "Maintained" }));
        Assert.That(forms.CsvCell("Printed direction of travel", 1), Is.EqualTo("Improved (improving)"));
        Assert.That(forms.CsvCell("Printed direction contradicts the scores", 2), Is.EqualTo("No"));
    }
}

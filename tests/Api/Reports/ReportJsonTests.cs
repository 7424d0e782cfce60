using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api.Grid;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// GET /api/plans/{planId}/report: the model behind the print view and every download, checked against the hand-worked
/// figures of <see cref="KnownPlan"/> (see its comment for the scores).
/// </summary>
public sealed class ReportJsonTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    private async Task<JsonNode> ReportAsync(string url) => JsonNode.Parse(await client.GetStringAsync(url))!;

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(s => (string)s!).ToArray();

    [Test]
    public async Task The_summary_sentences_word_the_known_figures()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var report = await ReportAsync($"/api/plans/{plan.PlanId}/report");

        Assert.That(Strings(report["summary"]!["sentences"]), Is.EqualTo(new[]
        {
            "In RAG 11/26, 2 success measures were at 2 Started with some delay and 1 at 3 On track.",
            "Every success measure had a score in this review.",
            "1 of 3 success measures improved since the last review, 1 stayed the same and 1 declined.",
            // Over items: (3 + 2 + 2) / 3 = 2.33 now, (3 + 4) / 2 = 3.5 before, M2's missing score left out.
            "The overall average moved from 3.5 to 2.3; on this scale higher is better, so this is a decline.",
            // Over priorities: (2.5 + 2) / 2 = 2.25, printed 2.3; before (3 + 4) / 2 = 3.5.
            "The mean of the priority averages moved from 3.5 to 2.3; on this scale higher is better, so this is a decline.",
            "2 success measures are overdue.",
            "No success measure was at 1 Not started or seriously delayed, the worst level on this scale.",
            "2 success measures had a stale entry in this review: no score, no update, or the previous update copied forward.",
            "1 direction-of-travel override contradicts the scores.",
        }));
        var summary = report["summary"]!;
        Assert.That(((double?)summary["overall"]!["previous"], (double?)summary["overall"]!["current"], (string)summary["overall"]!["direction"]!),
            Is.EqualTo((3.5, 2.3, "declining")));
        Assert.That(summary["levelCounts"]!.AsArray().Select(l => ((int)l!["value"]!, (int)l["count"]!, (string)l["textColour"]!)),
            Is.EqualTo(new[] { (1, 0, "#ffffff"), (2, 2, "#0b0c0c"), (3, 1, "#0b0c0c"), (4, 0, "#0b0c0c"), (5, 0, "#ffffff") }));
        var directions = summary["directionCounts"]!;
        Assert.That(((int)directions["improving"]!, (int)directions["maintained"]!, (int)directions["declining"]!, (int)directions["new"]!, (int)directions["noData"]!),
            Is.EqualTo((1, 1, 1, 0, 0)));
        Assert.That((string)report["plan"]!["itemNounPlural"]!, Is.EqualTo("success measures"));
    }

    [Test]
    public async Task Priorities_exceptions_rows_and_footer_follow_the_plan()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var report = await ReportAsync($"/api/plans/{plan.PlanId}/report");

        Assert.That(report["priorities"]!.AsArray().Select(p => ((string)p!["number"]!, (double?)p["previous"], (double?)p["current"], (string)p["direction"]!)),
            Is.EqualTo(new (string, double?, double?, string)[] { ("1", 3.0, 2.5, "declining"), ("2", 4.0, 2.0, "declining") }));
        Assert.That((string)report["priorities"]![0]!["sentence"]!, Is.EqualTo("Priority 1, Help and protection: the average moved from 3.0 to 2.5, a decline."));

        var exceptions = report["exceptions"]!.AsArray().ToDictionary(e => (string)e!["kind"]!, e => e!);
        Assert.That(exceptions.Keys, Is.EqualTo(new[]
        {
            "declining", "worstLevel", "overdue", "stale", "contradictingOverride", "awaitingSignOff", "completeAsPrinted", "deadlineToConfirm",
            "deadlineNotUnderstood",
        }));
        long[] Ids(string kind) => exceptions[kind]["items"]!.AsArray().Select(i => (long)i!["id"]!).ToArray();
        Assert.That(Ids("declining"), Is.EqualTo(new[] { plan.M3 }));
        Assert.That(Ids("overdue"), Is.EqualTo(new[] { plan.M1, plan.M2 }));
        Assert.That(Ids("stale"), Is.EqualTo(new[] { plan.M1, plan.M2 }));
        Assert.That(Ids("contradictingOverride"), Is.EqualTo(new[] { plan.M1 }));
        Assert.That(Ids("worstLevel"), Is.Empty);
        Assert.That((string)exceptions["worstLevel"]["emptyText"]!, Is.EqualTo("No success measure was at 1 Not started or seriously delayed."));

        var declining = exceptions["declining"]["items"]![0]!;
        Assert.That((string)declining["detail"]!, Is.EqualTo("Down from 4 Complete, monitoring in RAG 09/26 to 2 Started with some delay"));
        Assert.That((string)declining["latestUpdate"]!, Is.EqualTo("Slipped: staff left"));
        Assert.That(((int)declining["level"]!["value"]!, (string)declining["level"]!["colour"]!), Is.EqualTo((2, "#ffcc00")));
        var overdue = exceptions["overdue"]["items"]![0]!;
        Assert.That(((string)overdue["leads"]!, (string)overdue["detail"]!), Is.EqualTo(("Dana Whitfield", "Deadline Sep-26 (due by 30 September 2026)")));
        Assert.That((string)exceptions["stale"]["items"]![1]!["detail"]!, Is.EqualTo("No update"));
        Assert.That((string)exceptions["contradictingOverride"]["items"]![0]!["detail"]!,
            Is.EqualTo("Recorded as improving by Board Member: \"Feels better\". The scores say maintained."));

        // Every row of the plan in reading order: P1, action 1.1, M1, M2, P2, action 2.1, M3; scores in every review column.
        var rows = report["rows"]!.AsArray();
        Assert.That(rows.Select(r => ((string)r!["kind"]!, (int)r["depth"]!)), Is.EqualTo(new[]
        {
            ("priority", 0), ("action", 1), ("measure", 2), ("measure", 2), ("priority", 0), ("action", 1), ("measure", 2),
        }));
        Assert.That(report["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(new[] { "RAG 07/26", "RAG 09/26", "RAG 11/26" }));
        var m2 = rows[3]!;
        Assert.That(m2["scores"]!.AsArray().Select(s => (string)s!["text"]!), Is.EqualTo(new[] { "1 Not started or seriously delayed", "No score (update not available)", "2 Started with some delay" }));
        Assert.That(((string)m2["deadlineText"]!, (string)m2["dueBy"]!, (string)m2["deadlineStatusText"]!), Is.EqualTo(("Sep-26", "2026-09-30", "Overdue")),
            "a measure is due when its action is");
        Assert.That((string)rows[2]!["directionText"]!, Is.EqualTo("Maintained; recorded as improving by Board Member, which the scores do not support"));
        Assert.That((string)rows[6]!["deadlineStatusText"]!, Is.EqualTo("Due within 30 days"));

        Assert.That((string)report["footer"]!, Is.EqualTo(
            "Plan version not recorded · Review: RAG 11/26 (20 November 2026) · Generated 23 November 2026 09:30 · Judged as at 23 November 2026 (today)"));
        Assert.That((string)report["generatedAt"]!, Is.EqualTo("2026-11-23T09:30:00Z"));
    }

    [Test]
    public async Task An_earlier_review_reports_the_history_up_to_it()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var report = await ReportAsync($"/api/plans/{plan.PlanId}/report?reviewId={plan.Reviews[1]}");

        Assert.That((string)report["review"]!["label"]!, Is.EqualTo("RAG 09/26"));
        Assert.That((bool)report["isCurrentReview"]!, Is.False);
        Assert.That(report["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(new[] { "RAG 07/26", "RAG 09/26" }));
        Assert.That(report["rows"]![2]!["scores"]!.AsArray(), Has.Count.EqualTo(2));
        // RAG 09/26: (3 + 4) / 2 = 3.5 against RAG 07/26: (2 + 1 + 3) / 3 = 2.0; M2 has no score.
        Assert.That(Strings(report["summary"]!["sentences"]), Does.Contain("1 success measure had no score in this review."));
        Assert.That(Strings(report["summary"]!["sentences"]), Does.Contain("The overall average moved from 2.0 to 3.5; on this scale higher is better, so this is an improvement."));
        // M3 at 4 (complete) in RAG 09/26 waits for sign-off.
        var signOff = report["exceptions"]!.AsArray().Single(e => (string)e!["kind"]! == "awaitingSignOff")!;
        Assert.That(signOff["items"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(new[] { plan.M3 }));
        Assert.That((string)signOff["items"]![0]!["detail"]!, Is.EqualTo("Evidence: Care plan audit, November: 58 of 58 up to date"));
    }

    [Test]
    public async Task The_first_review_says_there_is_no_previous_review()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var report = await ReportAsync($"/api/plans/{plan.PlanId}/report?reviewId={plan.Reviews[0]}");

        Assert.That(report["previousReview"], Is.Null);
        var sentences = Strings(report["summary"]!["sentences"]);
        Assert.That(sentences, Does.Contain("This is the plan's first review, so there is no direction of travel yet."));
        Assert.That(sentences, Does.Contain("The overall average is 2.0; there is no previous review to compare it with."));
        Assert.That(sentences, Does.Contain("1 success measure was at 1 Not started or seriously delayed, the worst level on this scale."));
        var declining = report["exceptions"]!.AsArray().Single(e => (string)e!["kind"]! == "declining")!;
        Assert.That((string)declining["emptyText"]!, Is.EqualTo("This is the first review, so nothing can have declined."));
    }

    [Test]
    public async Task A_plan_with_no_reviews_yet_reports_that_in_words()
    {
        var planId = await Arrange.PlanAsync(client, title: "Youth justice plan");
        await Arrange.RecommendationAsync(client, planId, "1", deadlineText: "31 March 2026");
        await Arrange.RecommendationAsync(client, planId, "2");
        var report = await ReportAsync($"/api/plans/{planId}/report");

        Assert.That(report["review"], Is.Null);
        Assert.That(report["reviews"]!.AsArray(), Is.Empty);
        Assert.That(Strings(report["summary"]!["sentences"]), Is.EqualTo(new[]
        {
            "There are no reviews yet, so none of the plan's 2 recommendations has been scored.",
            "1 recommendation is overdue.",
        }));
        Assert.That((string)report["footer"]!, Does.StartWith("Plan version not recorded · No reviews yet · Generated 23 November 2026"));
        Assert.That(report["rows"]!.AsArray().Select(r => (string)r!["deadlineStatusText"]!), Is.EqualTo(new[] { "Overdue", "No date" }));
    }

    [Test]
    public async Task Unknown_plans_and_reviews_of_other_plans_are_not_found_by_name()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var other = await KnownPlan.CreateAsync(client);
        foreach (var format in new[] { "", "/docx", "/xlsx", "/csv" })
        {
            var otherReview = await client.GetAsync($"/api/plans/{plan.PlanId}/report{format}?reviewId={other.Reviews[0]}");
            Assert.That((await otherReview.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "reviewId" }), format);
            var noPlan = await client.GetAsync($"/api/plans/987654/report{format}");
            Assert.That((await noPlan.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "planId" }), format);
            var badReview = await client.GetAsync($"/api/plans/{plan.PlanId}/report{format}?reviewId=november");
            Assert.That((int)badReview.StatusCode, Is.EqualTo(400), format);
        }
    }
}

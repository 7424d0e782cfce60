using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Grid;

public sealed class SummaryTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    private static double? Number(JsonNode? node) => node is null ? null : (double)node;

    [Test]
    public async Task The_summary_at_the_current_review_matches_the_figures_worked_out_by_hand()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var summary = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/summary"))!;

        Assert.That((string)summary["review"]!["label"]!, Is.EqualTo("RAG 11/26"));
        Assert.That((string)summary["previousReview"]!["label"]!, Is.EqualTo("RAG 09/26"));
        Assert.That((bool)summary["isCurrentReview"]!, Is.True);
        Assert.That(summary["levelCounts"]!.AsArray().Select(l => ((int)l!["value"]!, (int)l["count"]!)),
            Is.EqualTo(new[] { (1, 0), (2, 2), (3, 1), (4, 0), (5, 0) }));
        Assert.That((int)summary["noScoreCount"]!, Is.EqualTo(0));

        // Over items: now (3 + 2 + 2) / 3 = 2.33; before (3 + 4) / 2 = 3.5, M2's missing score left out rather than counted as 0.
        var overItems = summary["averages"]!["overItems"]!;
        Assert.That((Number(overItems["currentRounded"]), Number(overItems["previousRounded"]), (string)overItems["direction"]!), Is.EqualTo((2.3, 3.5, "declining")));
        Assert.That(((int)overItems["scoredCurrent"]!, (int)overItems["scoredPrevious"]!), Is.EqualTo((3, 2)));

        // Per priority: P1 now (3 + 2) / 2 = 2.5, before 3 (M1 only); P2 now 2, before 4. Over priorities: (2.5 + 2) / 2 = 2.25 -> 2.3; before 3.5.
        var priorities = summary["averages"]!["priorities"]!.AsArray();
        Assert.That(priorities.Select(p => ((string)p!["number"]!, Number(p["figure"]!["previous"]), Number(p["figure"]!["current"]))),
            Is.EqualTo(new (string, double?, double?)[] { ("1", 3.0, 2.5), ("2", 4.0, 2.0) }));
        var overPriorities = summary["averages"]!["overPriorities"]!;
        Assert.That((Number(overPriorities["current"]), Number(overPriorities["currentRounded"]), Number(overPriorities["previousRounded"])), Is.EqualTo((2.25, 2.3, 3.5)));
        Assert.That((string)summary["averages"]!["method"]!, Does.Contain("leave out items without a score"));

        var directions = summary["directionCounts"]!;
        Assert.That(((int)directions["improving"]!, (int)directions["maintained"]!, (int)directions["declining"]!, (int)directions["new"]!),
            Is.EqualTo((1, 1, 1, 0)));

        long[] Ids(string list) => summary[list]!.AsArray().Select(i => (long)i!["id"]!).ToArray();
        Assert.That(Ids("overdue"), Is.EquivalentTo(new[] { plan.M1, plan.M2 }));
        Assert.That(Ids("dueSoon"), Is.EqualTo(new[] { plan.M3 }));
        Assert.That(Ids("stale"), Is.EquivalentTo(new[] { plan.M1, plan.M2 }));
        Assert.That(Ids("declining"), Is.EqualTo(new[] { plan.M3 }));
        Assert.That(Ids("atWorstLevel"), Is.Empty);
        Assert.That(Ids("contradictingOverrides"), Is.EqualTo(new[] { plan.M1 }));
        Assert.That(summary["overdue"]!.AsArray().Select(i => (string)i!["leads"]![0]!), Is.All.EqualTo("Dana Whitfield"), "a measure is answered for by its action's lead");
    }

    [Test]
    public async Task The_summary_can_look_back_at_an_earlier_review()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var summary = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/summary?reviewId={plan.Reviews[1]}"))!;

        Assert.That((bool)summary["isCurrentReview"]!, Is.False);
        Assert.That((long)summary["currentReviewId"]!, Is.EqualTo(plan.Reviews[2]));
        Assert.That((int)summary["noScoreCount"]!, Is.EqualTo(1));
        var overItems = summary["averages"]!["overItems"]!;
        // RAG 09/26: (3 + 4) / 2 = 3.5 against RAG 07/26: (2 + 1 + 3) / 3 = 2.0.
        Assert.That((Number(overItems["current"]), Number(overItems["previous"]), (string)overItems["direction"]!), Is.EqualTo((3.5, 2.0, "improving")));
        Assert.That(summary["atWorstLevel"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Deadlines_whose_day_and_month_order_is_not_certain_are_listed_in_the_summary_to_confirm()
    {
        var planId = await Arrange.PlanAsync(client);
        var monthFirst = await Arrange.RecommendationAsync(client, planId, "3", deadlineText: "01/16/2018");
        var ambiguous = await Arrange.ActionAsync(client, planId, recommendationId: monthFirst, code: "A", deadlineText: "Ongoing - ends 01/02/2027");
        await Arrange.ActionAsync(client, planId, recommendationId: monthFirst, code: "B", deadlineText: "25/12/2026");
        await Arrange.ActionAsync(client, planId, recommendationId: monthFirst, code: "C", deadlineText: "Sept 16 / ongoing. Next review 01/03/2017.");
        var unreadable = await Arrange.RecommendationAsync(client, planId, "4", deadlineText: "31/02/2018");

        var summary = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{planId}/summary"))!;

        var listed = summary["deadlinesToConfirm"]!.AsArray();
        Assert.That(listed.Select(d => ((string)d!["kind"]!, (long)d["id"]!, (string)d["reference"]!, (string)d["text"]!)), Is.EqualTo(new[]
        {
            ("recommendation", monthFirst, "3", "01/16/2018"),
            ("action", ambiguous, "3 / A", "Ongoing - ends 01/02/2027"),
        }), "a date that reads only one way, or one in the narrative that was not taken, needs no confirming");
        Assert.That(listed.Select(d => d!["reasons"]!.AsArray().Select(r => (string)r!).Single()), Is.EqualTo(new[]
        {
            "\"01/16/2018\" only reads month first, as 16 January 2018, which is not the UK way round; check that date was meant.",
            "\"01/02/2027\" could be 1 February 2027 (day first) or 2 January 2027 (month first); it was read day first, the UK default.",
        }));

        // Meanwhile the date taken counts: the month-first reading is long past, so the recommendation is overdue.
        Assert.That(summary["overdue"]!.AsArray().Select(i => (long)i!["id"]!), Is.EquivalentTo(new[] { monthFirst }));
        Assert.That(summary["deadlinesNotUnderstood"]!.AsArray().Select(d => (long)d!["id"]!), Is.EqualTo(new[] { unreadable }),
            "a date to confirm was understood; only the impossible one was not");
    }

    [Test]
    public async Task A_review_of_another_plan_is_not_found()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var other = await KnownPlan.CreateAsync(client);
        var response = await client.GetAsync($"/api/plans/{plan.PlanId}/summary?reviewId={other.Reviews[0]}");
        Assert.That((await response.ReadProblemAsync(System.Net.HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "reviewId" }));
    }
}

using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Grid;

public sealed class GridTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    private static JsonNode Find(JsonNode grid, string kind, long id)
    {
        IEnumerable<JsonNode> Walk(JsonArray items) => items.SelectMany(i => new[] { i! }.Concat(Walk(i!["children"]!.AsArray())));
        return Walk(grid["items"]!.AsArray()).Single(i => (string)i["kind"]! == kind && (long)i["id"]! == id);
    }

    [Test]
    public async Task The_grid_returns_the_hierarchy_with_every_score_in_every_review()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!);

        Assert.That(grid["reviews"]!.AsArray().Select(r => (string)r!["label"]!), Is.EqualTo(new[] { "RAG 07/26", "RAG 09/26", "RAG 11/26" }));
        Assert.That((long)grid["currentReviewId"]!, Is.EqualTo(plan.Reviews[2]));
        Assert.That((long)grid["previousReviewId"]!, Is.EqualTo(plan.Reviews[1]));
        Assert.That((string)grid["today"]!, Is.EqualTo("2026-11-23"));
        Assert.That(grid["items"]!.AsArray().Select(i => ((string)i!["kind"]!, (string)i["number"]!)), Is.EqualTo(new[] { ("priority", "1"), ("priority", "2") }));

        var action = Find(grid, "action", plan.Action11);
        Assert.That(action["children"]!.AsArray().Select(c => (string)c!["reference"]!), Is.EqualTo(new[] { "1 / 1.1 / 1", "1 / 1.1 / 2" }));
        Assert.That(action["leads"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("Dana Whitfield"));
        Assert.That((bool)action["isScored"]!, Is.False);

        var m3 = Find(grid, "measure", plan.M3);
        Assert.That(m3["scores"]!.AsArray().Select(s => ((int?)s!["level"], (string?)s["direction"])),
            Is.EqualTo(new (int?, string?)[] { (3, "new"), (4, "improving"), (2, "declining") }));
        Assert.That((string)m3["latestUpdate"]!["narrative"]!, Is.EqualTo("Slipped: staff left"));
    }

    [Test]
    public async Task Direction_of_travel_is_computed_from_scores_and_an_override_is_shown_beside_it()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!);

        var m1 = Find(grid, "measure", plan.M1)["direction"]!;
        Assert.That(((string)m1["computed"]!, (string)m1["override"]!, (bool)m1["overrideContradicts"]!), Is.EqualTo(("maintained", "improving", true)));
        Assert.That((string)m1["overrideReason"]!, Is.EqualTo("Feels better"));

        // M2 had no score at RAG 09/26, so RAG 11/26 compares with RAG 07/26 and says so.
        var m2 = Find(grid, "measure", plan.M2)["direction"]!;
        Assert.That(((string)m2["computed"]!, (bool)m2["skippedGap"]!, (long)m2["comparedWithReviewId"]!), Is.EqualTo(("improving", true, plan.Reviews[0])));
    }

    [Test]
    public async Task Stale_items_and_deadline_status_are_marked_as_of_today()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!);

        string[] Stale(long id) => Find(grid, "measure", id)["stale"]!.AsArray().Select(s => (string)s!).ToArray();
        Assert.That(Stale(plan.M1), Is.EqualTo(new[] { "updateCopiedForward" }));
        Assert.That(Stale(plan.M2), Is.EqualTo(new[] { "noUpdate" }));
        Assert.That(Stale(plan.M3), Is.Empty);

        Assert.That((string)Find(grid, "measure", plan.M1)["deadlineStatus"]!, Is.EqualTo("overdue"), "Sep-26 has passed");
        Assert.That((string)Find(grid, "measure", plan.M3)["deadlineStatus"]!, Is.EqualTo("dueSoon"), "15/12/2026 is 22 days away");
        Assert.That((string)Find(grid, "action", plan.Action11)["deadline"]!["dueBy"]!, Is.EqualTo("2026-09-30"));
        Assert.That((string)Find(grid, "priority", plan.Priority1)["deadlineStatus"]!, Is.EqualTo("overdue"));
        // M2's latest update is the last one written, not the blank of the current review.
        Assert.That((string)Find(grid, "measure", plan.M2)["latestUpdate"]!["narrative"]!, Is.EqualTo("Not started"));
    }

    [Test]
    public async Task A_score_saved_after_the_grid_was_read_shows_in_the_next_read()
    {
        // The grid is kept between reads until the next write; this is what must never go stale.
        var plan = await KnownPlan.CreateAsync(client);
        var before = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!);
        var summaryBefore = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/summary"))!;
        Assert.That((int?)Find(before, "measure", plan.M3)["scores"]![2]!["level"], Is.EqualTo(2));

        var url = $"/api/plans/{plan.PlanId}/reviews/{plan.Reviews[2]}/scores/measures/{plan.M3}";
        var saved = await client.PutJsonAsync(url, new { level = 5, narrative = "Recovered: all plans updated", evidence = "Audit report 20/11/26" }, (await client.GetAsync(url)).ETag());
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var after = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!);
        Assert.That((int?)Find(after, "measure", plan.M3)["scores"]![2]!["level"], Is.EqualTo(5));
        var summaryAfter = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/summary"))!;
        Assert.That((double)summaryAfter["averages"]!["overItems"]!["current"]!, Is.Not.EqualTo((double)summaryBefore["averages"]!["overItems"]!["current"]!));
    }

    [Test]
    public async Task An_unknown_plan_has_no_grid()
    {
        var response = await client.GetAsync("/api/plans/99999999/grid");
        Assert.That((await response.ReadProblemAsync(System.Net.HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "planId" }));
    }
}

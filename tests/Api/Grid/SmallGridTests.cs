using System.Net;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Grid;

/// <summary>
/// Issue 14, "a smaller grid": the grid carries the words (narrative, its date, evidence, who saved it) of the latest two
/// reviews only, the current one and the one before it; older reviews' scores keep level, direction and flags, and their
/// words come from GET /plans/{planId}/items/{kind}/{itemId}/narratives.
/// </summary>
public sealed class SmallGridTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    private static JsonNode Find(JsonNode grid, string kind, long id)
    {
        IEnumerable<JsonNode> Walk(JsonArray items) => items.SelectMany(i => new[] { i! }.Concat(Walk(i!["children"]!.AsArray())));
        return Walk(grid["items"]!.AsArray()).Single(i => (string)i["kind"]! == kind && (long)i["id"]! == id);
    }

    /// <summary>The known plan with a fourth review (open, current) in which M3 is scored: RAG 07/26 and RAG 09/26 are then older.</summary>
    private async Task<(KnownPlan Plan, long Fourth)> FourReviewsAsync()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var fourth = (await (await client.PostJsonAsync($"/api/plans/{plan.PlanId}/reviews", new { label = "RAG 01/27", reviewDate = "2027-01-29" }))
            .ReadAsync<Reviews.ReviewTests.ReviewDto>()).Id;
        var saved = await client.PutJsonAsync($"/api/plans/{plan.PlanId}/reviews/{fourth}/scores/measures/{plan.M3}",
            new { level = 3, narrative = "Recovering: two new starters" }, null);
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        return (plan, fourth);
    }

    [Test]
    public async Task The_grid_carries_the_latest_two_reviews_words_and_not_older_ones()
    {
        var (plan, fourth) = await FourReviewsAsync();
        var grid = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!;
        Assert.That((long)grid["currentReviewId"]!, Is.EqualTo(fourth));

        var scores = Find(grid, "measure", plan.M3)["scores"]!.AsArray().ToDictionary(s => (long)s!["reviewId"]!, s => s!);
        // Older reviews: level and direction, no words, and a flag saying there were some.
        Assert.That(((int?)scores[plan.Reviews[0]]["level"], (string?)scores[plan.Reviews[0]]["direction"]), Is.EqualTo(((int?)3, "new")));
        Assert.That(((int?)scores[plan.Reviews[1]]["level"], (string?)scores[plan.Reviews[1]]["direction"]), Is.EqualTo(((int?)4, "improving")));
        foreach (var older in new[] { plan.Reviews[0], plan.Reviews[1] })
        {
            var score = scores[older].AsObject();
            Assert.That(score.ContainsKey("narrative") || score.ContainsKey("evidence") || score.ContainsKey("updatedBy"), Is.False, score.ToJsonString());
            Assert.That((bool)score["textOmitted"]!, Is.True);
        }
        // The current review and the one before it keep theirs.
        Assert.That((string)scores[fourth]["narrative"]!, Is.EqualTo("Recovering: two new starters"));
        Assert.That((string)scores[plan.Reviews[2]]["narrative"]!, Is.EqualTo("Slipped: staff left"));
        Assert.That((string)scores[plan.Reviews[2]]["label"]!, Is.Not.Empty);
        Assert.That(scores[plan.Reviews[2]].AsObject().ContainsKey("textOmitted"), Is.False);
        // The latest update is the item's own field, always whole.
        Assert.That(Find(grid, "measure", plan.M3)["latestUpdate"], Is.Not.Null);
    }

    [Test]
    public async Task With_three_reviews_only_the_first_loses_its_words()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!;
        var scores = Find(grid, "measure", plan.M3)["scores"]!.AsArray().ToDictionary(s => (long)s!["reviewId"]!, s => s!.AsObject());
        Assert.That(scores[plan.Reviews[0]].ContainsKey("narrative"), Is.False);
        Assert.That((string)scores[plan.Reviews[1]]["narrative"]!, Is.EqualTo("Complete"));
        Assert.That((string)scores[plan.Reviews[1]]["evidence"]!, Does.StartWith("Care plan audit"));
    }

    [Test]
    public async Task The_narratives_request_returns_every_review_s_words_for_the_item_in_column_order()
    {
        var (plan, fourth) = await FourReviewsAsync();
        var response = await client.GetAsync($"/api/plans/{plan.PlanId}/items/measure/{plan.M3}/narratives");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var rows = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.That(rows.Select(r => ((long)r!["reviewId"]!, (string?)r["narrative"])), Is.EqualTo(new (long, string?)[]
        {
            (plan.Reviews[0], "On track"), (plan.Reviews[1], "Complete"), (plan.Reviews[2], "Slipped: staff left"), (fourth, "Recovering: two new starters"),
        }));
        Assert.That((string)rows[1]!["evidence"]!, Does.StartWith("Care plan audit"));
        Assert.That((string)rows[0]!["updatedBy"]!, Is.Not.Empty);
    }

    [Test]
    public async Task The_narratives_request_names_an_unknown_kind_or_item()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var kind = await client.GetAsync($"/api/plans/{plan.PlanId}/items/priority/{plan.Priority1}/narratives");
        Assert.That(kind.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await kind.Content.ReadAsStringAsync(), Does.Contain("kind"));
        var item = await client.GetAsync($"/api/plans/{plan.PlanId}/items/measure/987654/narratives");
        Assert.That(item.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await item.Content.ReadAsStringAsync(), Does.Contain("itemId"));
    }
}

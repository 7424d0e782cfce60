using System.Net;

namespace ActionPlanTracker.Tests.Api.Reviews;

public sealed class ReviewTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Chair");

    public sealed record ReviewDto(long Id, long PlanId, string Label, DateOnly ReviewDate, string? Reviewer, string Status, long Version);

    [Test]
    public async Task A_review_cycle_can_be_opened_renamed_closed_and_deleted()
    {
        var planId = await Arrange.PlanAsync(client);
        var created = await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "Update November 26", reviewDate = "2026-11-20", reviewer = "Alex Morgan" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var review = await created.ReadAsync<ReviewDto>();
        Assert.That(review, Is.EqualTo(new ReviewDto(review.Id, planId, "Update November 26", new DateOnly(2026, 11, 20), "Alex Morgan", "open", 1)));

        var closed = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{review.Id}",
            new { label = "Update Nov 26", reviewDate = "2026-11-20", reviewer = "Alex Morgan", status = "closed" }, created.ETag());
        Assert.That((await closed.ReadAsync<ReviewDto>()) with { Version = 0 }, Is.EqualTo(review with { Label = "Update Nov 26", Status = "closed", Version = 0 }));

        var list = await (await client.GetAsync($"/api/plans/{planId}/reviews")).ReadAsync<List<ReviewDto>>();
        Assert.That(list.Select(r => r.Label), Is.EqualTo(new[] { "Update Nov 26" }));

        var deleted = await client.DeleteAsync($"/api/plans/{planId}/reviews/{review.Id}", closed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(AuditRows.For("review", review.Id).Select(e => e.Change), Is.EqualTo(new[] { "create", "update", "delete" }));
    }

    [Test]
    public async Task Reviews_are_listed_in_date_order_whatever_order_they_were_entered()
    {
        var planId = await Arrange.PlanAsync(client);
        await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 03/26", reviewDate = "2026-03-31" });
        await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG initial", reviewDate = "2026-01-15" });
        var list = await (await client.GetAsync($"/api/plans/{planId}/reviews")).ReadAsync<List<ReviewDto>>();
        Assert.That(list.Select(r => r.Label), Is.EqualTo(new[] { "RAG initial", "RAG 03/26" }));
    }

    [Test]
    public async Task Two_reviews_of_one_plan_cannot_share_a_label()
    {
        var planId = await Arrange.PlanAsync(client);
        await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 05/26", reviewDate = "2026-05-31" });
        var again = await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 05/26", reviewDate = "2026-06-01" });
        Assert.That((await again.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "label" }));
    }

    [Test]
    public async Task A_review_needs_a_label_but_not_a_date()
    {
        var planId = await Arrange.PlanAsync(client);
        var response = await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { reviewer = "Alex" });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EquivalentTo(new[] { "label" }));
    }

    [Test]
    public async Task Reviews_keep_their_column_order_dated_ones_by_date_and_undated_ones_where_they_were_put()
    {
        var planId = await Arrange.PlanAsync(client);
        var url = $"/api/plans/{planId}/reviews";
        await client.PostJsonAsync(url, new { label = "RAG 03/18", reviewDate = "2018-03-20" });
        await client.PostJsonAsync(url, new { label = "RAG 01/18", reviewDate = "2018-01-22" });
        // A column known only by its label goes last unless it is given a place.
        await client.PostJsonAsync(url, new { label = "RAG 05/18" });
        var initial = await (await client.PostJsonAsync(url, new { label = "RAG initial", position = 1 })).ReadAsync<System.Text.Json.Nodes.JsonObject>();

        var reviews = await (await client.GetAsync(url)).ReadAsync<List<System.Text.Json.Nodes.JsonObject>>();
        Assert.That(reviews.Select(r => ((string)r["label"]!, (int)r["position"]!, (string?)r["reviewDate"])), Is.EqualTo(new[]
        {
            ("RAG initial", 1, (string?)null), ("RAG 01/18", 2, "2018-01-22"), ("RAG 03/18", 3, "2018-03-20"), ("RAG 05/18", 4, null),
        }));

        // Moving a column renumbers the others.
        var moved = await client.PutJsonAsync($"{url}/{(long)initial["id"]!}", new { label = "RAG initial", position = 4 }, "*");
        Assert.That((int)(await moved.ReadAsync<System.Text.Json.Nodes.JsonObject>())["position"]!, Is.EqualTo(4));
        var after = await (await client.GetAsync(url)).ReadAsync<List<System.Text.Json.Nodes.JsonObject>>();
        Assert.That(after.Select(r => (string)r["label"]!), Is.EqualTo(new[] { "RAG 01/18", "RAG 03/18", "RAG 05/18", "RAG initial" }));
    }

    [Test]
    public async Task A_review_that_holds_scores_cannot_be_deleted()
    {
        var planId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, planId);
        var created = await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "Update", reviewDate = "2026-11-01" });
        var review = await created.ReadAsync<ReviewDto>();
        await client.PutJsonAsync($"/api/plans/{planId}/reviews/{review.Id}/scores/recommendations/{recommendationId}", new { level = 2 }, null);

        var response = await client.DeleteAsync($"/api/plans/{planId}/reviews/{review.Id}", "*");
        await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That((await client.GetAsync($"/api/plans/{planId}/reviews/{review.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

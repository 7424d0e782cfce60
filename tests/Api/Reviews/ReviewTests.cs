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
    public async Task A_review_needs_a_label_and_a_date()
    {
        var planId = await Arrange.PlanAsync(client);
        var response = await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { reviewer = "Alex" });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EquivalentTo(new[] { "label", "reviewDate" }));
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

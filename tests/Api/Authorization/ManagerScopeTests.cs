using System.Net;

namespace ActionPlanTracker.Tests.Api.Authorization;

/// <summary>A manager scores and updates the items they lead or own, in the open review, and nothing else.</summary>
public sealed class ManagerScopeTests
{
    private readonly HttpClient admin = TrackerApp.ClientFor("Plan Administrator");

    private async Task<(long PlanId, long ReviewId, long Theirs, long NotTheirs, HttpClient Manager)> ArrangeAsync()
    {
        var person = await Arrange.PersonAsync("Aisha Rahman", "Service Manager");
        var someoneElse = await Arrange.PersonAsync("Tom Okafor", "Service Manager");
        var planId = await Arrange.PlanAsync(admin);
        var theirs = await Arrange.RecommendationAsync(admin, planId, "1", leadIds: [person]);
        var notTheirs = await Arrange.RecommendationAsync(admin, planId, "2", leadIds: [someoneElse]);
        var review = await (await admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "Update November 26", reviewDate = "2026-11-20" }))
            .ReadAsync<Reviews.ReviewTests.ReviewDto>();
        return (planId, review.Id, theirs, notTheirs, TrackerApp.ClientFor("Aisha Rahman", "manager", person));
    }

    [Test]
    public async Task A_manager_scores_a_recommendation_they_lead_and_is_named_as_its_author()
    {
        var (planId, reviewId, theirs, _, manager) = await ArrangeAsync();
        var response = await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{theirs}",
            new { level = 2, narrative = "Audit of 30 files: 21 good." }, null);
        var score = await response.ReadAsync<Scores.ScoreTests.ScoreDto>();
        Assert.That((score.Level, score.UpdatedBy), Is.EqualTo(((int?)2, "Aisha Rahman")));
    }

    [Test]
    public async Task A_manager_cannot_score_an_item_they_do_not_lead_or_own()
    {
        var (planId, reviewId, _, notTheirs, manager) = await ArrangeAsync();
        var url = $"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{notTheirs}";
        var response = await manager.PutJsonAsync(url, new { level = 1 }, null);
        Assert.That((await response.ReadProblemAsync(HttpStatusCode.Forbidden)).Fields, Is.EqualTo(new[] { "itemId" }));
        Assert.That((await admin.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "nothing was stored");
    }

    [Test]
    public async Task A_manager_who_owns_an_action_may_update_it_and_its_success_measures()
    {
        var person = await Arrange.PersonAsync("Jo Evans", "Team Manager");
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, groupedByPriority: true, scoreLevel: "measure");
        var priority = await Arrange.PriorityAsync(admin, planId);
        var owned = await Arrange.ActionAsync(admin, planId, priorityId: priority, code: "1.1", ownerIds: [person]);
        var other = await Arrange.ActionAsync(admin, planId, priorityId: priority, code: "1.2");
        var ownedMeasure = await Arrange.MeasureAsync(admin, planId, owned);
        var otherMeasure = await Arrange.MeasureAsync(admin, planId, other);
        var review = await (await admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 11/26", reviewDate = "2026-11-20" }))
            .ReadAsync<Reviews.ReviewTests.ReviewDto>();
        var manager = TrackerApp.ClientFor("Jo Evans", "manager", person);

        var mine = await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{review.Id}/scores/measures/{ownedMeasure}", new { level = 3 }, null);
        var notMine = await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{review.Id}/scores/measures/{otherMeasure}", new { level = 3 }, null);
        Assert.That((mine.StatusCode, notMine.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.Forbidden)));
    }

    [Test]
    public async Task A_manager_cannot_change_the_plan_open_reviews_or_override_direction_of_travel()
    {
        var (planId, reviewId, theirs, _, manager) = await ArrangeAsync();
        await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{theirs}", new { level = 2 }, null);

        var responses = new[]
        {
            await manager.PostJsonAsync($"/api/plans/{planId}/recommendations", new { number = "9", text = "Extra" }),
            await manager.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "My review", reviewDate = "2026-11-21" }),
            await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{theirs}/direction-override",
                new { direction = "improving", reason = "I think so" }, "*"),
        };
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task A_viewer_reads_the_grid_and_changes_nothing()
    {
        var (planId, reviewId, theirs, _, _) = await ArrangeAsync();
        var viewer = TrackerApp.ClientFor("Councillor Hughes", "viewer");
        Assert.That((await viewer.GetAsync($"/api/plans/{planId}/grid")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var write = await viewer.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{theirs}", new { level = 1 }, null);
        await write.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Only_an_administrator_reads_who_signed_in_and_when()
    {
        // The first administrator (user 1) has signed in to make every test account, so its trail is not empty.
        var viewer = TrackerApp.ClientFor("Councillor Hughes", "viewer");
        await (await viewer.GetAsync("/api/audit/user/1")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.That((await admin.GetAsync("/api/audit/user/1")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Anonymous_callers_reach_sign_in_and_nothing_else()
    {
        var anonymous = TrackerApp.Anonymous();
        Assert.That((await anonymous.GetAsync("/api/plans")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await anonymous.GetAsync("/health")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

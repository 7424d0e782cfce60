using System.Net;

namespace ActionPlanTracker.Tests.Api.Scores;

public sealed class ScoreTests
{
    private readonly HttpClient manager = TrackerApp.ClientFor("Sam Patel");

    public sealed record ScoreDto(long Id, long ReviewId, string ItemType, long ItemId, int? Level, string? LevelLabel, bool? MeansComplete,
        string? RecordedAs, string? Narrative, DateOnly? NarrativeDate, string? DirectionOverride, string? DirectionOverrideReason,
        string? DirectionOverrideBy, string UpdatedBy, long Version);

    private async Task<(long PlanId, long ReviewId, long RecommendationId)> PlanWithOpenReviewAsync(long scaleId = 2)
    {
        var planId = await Arrange.PlanAsync(manager, scaleId);
        var recommendationId = await Arrange.RecommendationAsync(manager, planId);
        var review = await (await manager.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "Update November 26", reviewDate = "2026-11-20" }))
            .ReadAsync<Reviews.ReviewTests.ReviewDto>();
        return (planId, review.Id, recommendationId);
    }

    [Test]
    public async Task A_manager_records_a_score_with_a_dated_update_then_changes_it()
    {
        var (planId, reviewId, recommendationId) = await PlanWithOpenReviewAsync();
        var url = $"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}";

        var first = await manager.PutJsonAsync(url, new { level = 2, narrative = "Audit of 40 assessments: 28 good or better." }, ifMatch: null);
        var score = await first.ReadAsync<ScoreDto>();
        Assert.That(score.Level, Is.EqualTo(2));
        Assert.That(score.LevelLabel, Is.EqualTo("Some progress"));
        Assert.That(score.NarrativeDate, Is.Null, "an update sent without a date stays undated: the web form sends today's date itself");
        Assert.That(score.UpdatedBy, Is.EqualTo("Sam Patel"));

        var second = await manager.PutJsonAsync(url, new { level = 1, narrative = "Re-audit: 36 of 40 good.", narrativeDate = "2026-11-18" }, first.ETag());
        var changed = await second.ReadAsync<ScoreDto>();
        Assert.That((changed.Level, changed.Narrative, changed.NarrativeDate, changed.Version), Is.EqualTo((1, "Re-audit: 36 of 40 good.", new DateOnly(2026, 11, 18), score.Version + 1)));

        var read = await (await manager.GetAsync(url)).ReadAsync<ScoreDto>();
        Assert.That(read, Is.EqualTo(changed));
        var audit = AuditRows.For("score", score.Id);
        Assert.That(audit.Select(a => a.Change), Is.EqualTo(new[] { "create", "update" }));
        Assert.That(audit[1].BeforeJson, Does.Contain("\"level\":2"));
        Assert.That(audit[1].AfterJson, Does.Contain("\"level\":1"));
    }

    [Test]
    public async Task No_score_is_recorded_explicitly_and_keeps_what_the_sheet_said()
    {
        var (planId, reviewId, recommendationId) = await PlanWithOpenReviewAsync();
        var response = await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}",
            new { level = (int?)null, recordedAs = "update not available" }, null);
        var score = await response.ReadAsync<ScoreDto>();
        Assert.That((score.Level, score.RecordedAs, score.Narrative), Is.EqualTo(((int?)null, "update not available", (string?)null)));
    }

    [TestCase(0)]
    [TestCase(4)]
    public async Task A_level_outside_the_plans_scale_is_refused(int level)
    {
        var (planId, reviewId, recommendationId) = await PlanWithOpenReviewAsync(scaleId: 2);
        var url = $"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}";
        var problem = await (await manager.PutJsonAsync(url, new { level }, null)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "level" }));
        Assert.That((await manager.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "nothing was stored");
    }

    [Test]
    public async Task Two_managers_saving_the_same_score_version_cannot_overwrite_each_other()
    {
        var (planId, reviewId, recommendationId) = await PlanWithOpenReviewAsync();
        var url = $"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}";
        var etag = (await manager.PutJsonAsync(url, new { level = 3, narrative = "Not started." }, null)).ETag();
        var colleague = TrackerApp.ClientFor("Jo Evans");

        var results = await Task.WhenAll(
            manager.PutJsonAsync(url, new { level = 2, narrative = "Sam's update" }, etag),
            colleague.PutJsonAsync(url, new { level = 1, narrative = "Jo's update" }, etag));

        Assert.That(results.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }));
        var winner = await results.Single(r => r.IsSuccessStatusCode).ReadAsync<ScoreDto>();
        var loser = results.Single(r => !r.IsSuccessStatusCode);
        Assert.That((await loser.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var stored = await (await manager.GetAsync(url)).ReadAsync<ScoreDto>();
        Assert.That(stored, Is.EqualTo(winner), "the winner's update is stored whole");
        Assert.That(AuditRows.For("score", stored.Id).Select(a => a.Change), Is.EqualTo(new[] { "create", "update" }), "the loser wrote nothing");
    }

    [Test]
    public async Task A_closed_review_refuses_new_scores()
    {
        var (planId, reviewId, recommendationId) = await PlanWithOpenReviewAsync();
        await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}", new { label = "Update November 26", reviewDate = "2026-11-20", status = "closed" }, "*");

        var response = await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}", new { level = 1 }, null);
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "reviewId" }));
        Assert.That(problem.Detail, Does.Contain("is closed"));
    }

    [Test]
    public async Task Only_the_rows_the_plan_scores_can_be_scored()
    {
        var (planId, reviewId, recommendationId) = await PlanWithOpenReviewAsync();
        var actionId = await Arrange.ActionAsync(manager, planId, recommendationId: recommendationId);
        var response = await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/actions/{actionId}", new { level = 1 }, null);
        Assert.That((await response.ReadProblemAsync(HttpStatusCode.BadRequest)).ReasonFor("itemType"), Does.Contain("scores its recommendations"));
    }

    [Test]
    public async Task An_item_of_another_plan_is_not_found()
    {
        var (planId, reviewId, _) = await PlanWithOpenReviewAsync();
        var (_, _, otherRecommendation) = await PlanWithOpenReviewAsync();
        var response = await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{otherRecommendation}", new { level = 1 }, null);
        Assert.That((await response.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "itemId" }));
    }

    [Test]
    public async Task A_direction_override_needs_a_reason_and_is_kept_beside_the_score()
    {
        var (planId, reviewId, recommendationId) = await PlanWithOpenReviewAsync();
        var url = $"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}";
        var saved = await manager.PutJsonAsync(url, new { level = 2, narrative = "Audit programme running." }, null);

        var noReason = await manager.PutJsonAsync(url + "/direction-override", new { direction = "improving" }, saved.ETag());
        Assert.That((await noReason.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "reason" }));

        var overridden = await manager.PutJsonAsync(url + "/direction-override",
            new { direction = "improving", reason = "Audit grades rose although the score band did not change." }, saved.ETag());
        var score = await overridden.ReadAsync<ScoreDto>();
        Assert.That((score.Level, score.DirectionOverride, score.DirectionOverrideBy), Is.EqualTo(((int?)2, "improving", "Sam Patel")));

        var withdrawn = await manager.DeleteAsync(url + "/direction-override", overridden.ETag());
        Assert.That((await withdrawn.ReadAsync<ScoreDto>()).DirectionOverride, Is.Null);
    }
}

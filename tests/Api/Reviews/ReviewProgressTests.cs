using System.Net;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Reviews;

/// <summary>GET /api/plans/{planId}/reviews/{reviewId}/progress: who has not updated yet, and "updates due by" on a review.</summary>
public sealed class ReviewProgressTests
{
    private readonly HttpClient board = TrackerApp.ClientFor("Progress Board Chair", "board");

    private static string ScoreUrl(long planId, long reviewId, long recommendationId) =>
        $"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}";

    private async Task<long> ReviewAsync(long planId, string label, string date, string? updatesDueBy = null) =>
        (await (await board.PostJsonAsync($"/api/plans/{planId}/reviews", new { label, reviewDate = date, updatesDueBy })).ReadAsync<ReviewTests.ReviewDto>()).Id;

    private async Task ScoreAsync(long planId, long reviewId, long recommendationId, int? level, string narrative)
    {
        var saved = await board.PutJsonAsync(ScoreUrl(planId, reviewId, recommendationId), new { level, narrative }, null);
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_board_sees_per_person_what_is_not_updated_by_the_rule_My_actions_uses_and_what_nobody_answers_for()
    {
        var admin = TrackerApp.ClientFor("Progress Arranger");
        var aisha = await Arrange.PersonAsync("Aisha Progress", "Service Manager");
        var ben = await Arrange.PersonAsync("Ben Progress", "Head of Service");
        // Aisha has an account, so she can update in the tracker; Ben does not.
        TrackerApp.ClientFor("Aisha Progress", "manager", aisha);
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, title: "Progress plan");
        var r1 = await Arrange.RecommendationAsync(admin, planId, "1", "Recruit foster carers.", leadIds: [aisha]);
        var r2 = await Arrange.RecommendationAsync(admin, planId, "2", "Review placement plans.", leadIds: [aisha]);
        var r3 = await Arrange.RecommendationAsync(admin, planId, "3", "Train social workers.");
        // Ben owns an action under 3, so he answers for 3 (the rule that lets a manager score it).
        await Arrange.ActionAsync(admin, planId, recommendationId: r3, ownerIds: [ben]);
        var r4 = await Arrange.RecommendationAsync(admin, planId, "4", "Nobody leads this.");

        var october = await ReviewAsync(planId, "RAG 10/26", "2026-10-30");
        await ScoreAsync(planId, october, r2, 2, "Audit planned.");
        var november = await ReviewAsync(planId, "RAG 11/26", "2026-11-30", "2026-11-20");
        await ScoreAsync(planId, november, r1, 3, "Two carers approved.");
        await ScoreAsync(planId, november, r2, 2, "Audit planned.");   // copied forward: not an update
        await ScoreAsync(planId, november, r3, null, "Training booked."); // no score: not an update yet

        var response = await board.GetAsync($"/api/plans/{planId}/reviews/{november}/progress");
        var progress = await response.ReadAsync<JsonObject>();

        Assert.That((string?)progress["review"]!["label"], Is.EqualTo("RAG 11/26"));
        Assert.That((string?)progress["review"]!["updatesDueBy"], Is.EqualTo("2026-11-20"));
        Assert.That((string?)progress["previousReview"]!["label"], Is.EqualTo("RAG 10/26"));
        Assert.That(((int)progress["itemCount"]!, (int)progress["updatedCount"]!, (int)progress["notUpdatedCount"]!), Is.EqualTo((4, 1, 3)));
        var people = progress["people"]!.AsArray().Select(p => (
            (string)p!["displayName"]!, (bool)p["linkedUser"]!, (int)p["itemCount"]!, (int)p["updatedCount"]!,
            string.Join(";", p["notUpdated"]!.AsArray().Select(i => $"{i!["reference"]} {string.Join(",", i["stale"]!.AsArray().Select(s => (string)s!))}")))).ToList();
        Assert.That(people, Is.EqualTo(new[]
        {
            ("Aisha Progress", true, 2, 1, "2 updateCopiedForward"),
            ("Ben Progress", false, 1, 0, "3 noScore"),
        }));
        var unassigned = progress["unassigned"]!.AsArray().Single()!;
        Assert.That(((string)unassigned["itemType"]!, (long)unassigned["itemId"]!, (string)unassigned["text"]!), Is.EqualTo(("recommendation", r4, "Nobody leads this.")));
    }

    [Test]
    public async Task Everyone_has_updated_when_every_item_has_a_level_and_a_fresh_update()
    {
        var admin = TrackerApp.ClientFor("Progress Arranger");
        var jo = await Arrange.PersonAsync("Jo Progress", "Service Manager");
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, title: "Progress plan, all done");
        var r1 = await Arrange.RecommendationAsync(admin, planId, "1", leadIds: [jo]);
        var review = await ReviewAsync(planId, "Update December 26", "2026-12-15");
        await ScoreAsync(planId, review, r1, 3, "Done this month.");

        var progress = await (await board.GetAsync($"/api/plans/{planId}/reviews/{review}/progress")).ReadAsync<JsonObject>();

        Assert.That(((int)progress["itemCount"]!, (int)progress["notUpdatedCount"]!), Is.EqualTo((1, 0)));
        Assert.That(progress["previousReview"], Is.Null);
        Assert.That(progress["people"]!.AsArray().Single()!["notUpdated"]!.AsArray(), Is.Empty);
        Assert.That(progress["unassigned"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_review_of_another_plan_is_a_404_naming_reviewId_and_a_manager_may_not_look()
    {
        var admin = TrackerApp.ClientFor("Progress Arranger");
        var planId = await Arrange.PlanAsync(admin, title: "Progress plan A");
        var otherPlan = await Arrange.PlanAsync(admin, title: "Progress plan B");
        var review = await ReviewAsync(otherPlan, "RAG 11/26", "2026-11-30");

        var response = await board.GetAsync($"/api/plans/{planId}/reviews/{review}/progress");
        Assert.That((await response.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "reviewId" }));

        var manager = TrackerApp.ClientFor("Progress Manager", "manager");
        await (await manager.GetAsync($"/api/plans/{otherPlan}/reviews/{review}/progress")).ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Updates_due_by_is_kept_changed_audited_and_carried_by_the_grid()
    {
        var planId = await Arrange.PlanAsync(TrackerApp.ClientFor("Progress Arranger"), title: "Due-by plan");
        var created = await board.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 12/26", reviewDate = "2026-12-18", updatesDueBy = "2026-12-11" });
        var review = await created.ReadAsync<JsonObject>();
        Assert.That((string?)review["updatesDueBy"], Is.EqualTo("2026-12-11"));
        var id = (long)review["id"]!;

        var changed = await board.PutJsonAsync($"/api/plans/{planId}/reviews/{id}",
            new { label = "RAG 12/26", reviewDate = "2026-12-18", updatesDueBy = "2026-12-18", status = "open" }, created.ETag());
        Assert.That((string?)(await changed.ReadAsync<JsonObject>())["updatesDueBy"], Is.EqualTo("2026-12-18"));

        var grid = await (await board.GetAsync($"/api/plans/{planId}/grid")).ReadAsync<JsonObject>();
        Assert.That((string?)grid["reviews"]!.AsArray().Single()!["updatesDueBy"], Is.EqualTo("2026-12-18"));
        var audit = AuditRows.For("review", id);
        Assert.That(audit.Select(a => JsonNode.Parse(a.AfterJson!)!["updatesDueBy"]?.ToString()), Is.EqualTo(new[] { "2026-12-11", "2026-12-18" }));
        Assert.That(JsonNode.Parse(audit[1].BeforeJson!)!["updatesDueBy"]?.ToString(), Is.EqualTo("2026-12-11"));
    }

    [Test]
    public async Task Updates_cannot_be_due_after_the_review_date_but_an_undated_review_may_have_a_due_date()
    {
        var planId = await Arrange.PlanAsync(TrackerApp.ClientFor("Progress Arranger"), title: "Due-by rules plan");
        var late = await board.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 01/27", reviewDate = "2027-01-15", updatesDueBy = "2027-01-16" });
        var problem = await late.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "updatesDueBy" }));
        Assert.That(problem.ReasonFor("updatesDueBy"), Is.EqualTo("Updates must be due on or before the review date (15 January 2027), so that they can be read at the review."));

        var undated = await board.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 02/27", updatesDueBy = "2027-02-10" });
        Assert.That((string?)(await undated.ReadAsync<JsonObject>())["updatesDueBy"], Is.EqualTo("2027-02-10"));

        var ancient = await board.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 03/27", updatesDueBy = "1899-12-31" });
        Assert.That((await ancient.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "updatesDueBy" }));
    }
}

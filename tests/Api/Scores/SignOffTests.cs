using System.Net;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Scores;

/// <summary>Marking an item complete needs evidence, and it counts as complete only once the board signs it off.</summary>
public sealed class SignOffTests
{
    private readonly HttpClient admin = TrackerApp.ClientFor("Plan Administrator");
    private readonly HttpClient board = TrackerApp.ClientFor("Helen Marsh", "board");

    public sealed record SignOffDto(long Id, int? Level, string? Evidence, string? SignOffStatus, string? SignOffBy, string? SignOffNote, long Version);

    /// <summary>A 1-5 plan scoring actions, with one overdue action led by a manager, in an open review.</summary>
    private async Task<(string ScoreUrl, long PlanId, long ActionId, HttpClient Manager)> ArrangeAsync()
    {
        var person = await Arrange.PersonAsync("Aisha Rahman", "Service Manager");
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, groupedByPriority: true, scoreLevel: "action");
        var priority = await Arrange.PriorityAsync(admin, planId);
        var actionId = await Arrange.ActionAsync(admin, planId, priorityId: priority, code: "1.1", leadId: person, deadlineText: "Sep-26");
        var review = await (await admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 11/26", reviewDate = "2026-11-20" }))
            .ReadAsync<Reviews.ReviewTests.ReviewDto>();
        return ($"/api/plans/{planId}/reviews/{review.Id}/scores/actions/{actionId}", planId, actionId,
            TrackerApp.ClientFor("Aisha Rahman", "manager", person));
    }

    // Read by whoever saved last: the saver's next read always shows their write, while others may be served the previous
    // bytes for a few seconds as the next version builds (ReadCache: stale while revalidating).
    private static async Task<JsonNode> GridItemAsync(HttpClient reader, long planId, long actionId)
    {
        var grid = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await reader.GetStringAsync($"/api/plans/{planId}/grid"))!);
        return grid["items"]![0]!["children"]!.AsArray().Single(a => (long)a!["id"]! == actionId)!;
    }

    [Test]
    public async Task A_complete_level_without_evidence_is_refused()
    {
        var (url, _, _, manager) = await ArrangeAsync();
        var response = await manager.PutJsonAsync(url, new { level = 4, narrative = "Done." }, null);
        Assert.That((await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "evidence" }));
        Assert.That((await admin.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "nothing was stored");
    }

    [Test]
    public async Task A_claim_of_completion_waits_for_the_board_and_is_not_complete_until_signed_off()
    {
        var (url, planId, actionId, manager) = await ArrangeAsync();
        var claimed = await manager.PutJsonAsync(url, new { level = 4, narrative = "All 12 homes inspected.", evidence = "https://intranet.example/audits/homes-2026" }, null);
        var score = await claimed.ReadAsync<SignOffDto>();
        Assert.That((score.SignOffStatus, score.Evidence), Is.EqualTo(("pending", "https://intranet.example/audits/homes-2026")));

        Assert.That((string)(await GridItemAsync(manager, planId, actionId))["deadlineStatus"]!, Is.EqualTo("overdue"), "pending is not complete");
        var summary = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/summary"))!;
        Assert.That(summary["awaitingSignOff"]!.AsArray().Select(i => (long)i!["id"]!), Is.EqualTo(new[] { actionId }));

        var managerTries = await manager.PutJsonAsync(url + "/sign-off", new { decision = "signedOff" }, claimed.ETag());
        Assert.That(managerTries.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var signed = await board.PutJsonAsync(url + "/sign-off", new { decision = "signedOff", note = "Evidence seen at the board." }, claimed.ETag());
        var after = await signed.ReadAsync<SignOffDto>();
        Assert.That((after.SignOffStatus, after.SignOffBy, after.SignOffNote), Is.EqualTo(("signedOff", "Helen Marsh", "Evidence seen at the board.")));
        Assert.That((string)(await GridItemAsync(board, planId, actionId))["deadlineStatus"]!, Is.EqualTo("completed"));
        Assert.That(AuditRows.For("score", score.Id).Last().AfterJson, Does.Contain("\"signOffStatus\":\"signedOff\""));
    }

    [Test]
    public async Task A_rejection_needs_a_reason_and_leaves_the_item_incomplete()
    {
        var (url, planId, actionId, manager) = await ArrangeAsync();
        var claimed = await manager.PutJsonAsync(url, new { level = 5, evidence = "Minutes of the October panel" }, null);

        var noReason = await board.PutJsonAsync(url + "/sign-off", new { decision = "rejected" }, claimed.ETag());
        Assert.That((await noReason.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "note" }));

        var rejected = await board.PutJsonAsync(url + "/sign-off", new { decision = "rejected", note = "The minutes do not show the audit." }, claimed.ETag());
        Assert.That((await rejected.ReadAsync<SignOffDto>()).SignOffStatus, Is.EqualTo("rejected"));
        Assert.That((string)(await GridItemAsync(board, planId, actionId))["deadlineStatus"]!, Is.EqualTo("overdue"));

        var again = await board.PutJsonAsync(url + "/sign-off", new { decision = "signedOff" }, rejected.ETag());
        Assert.That((await again.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "itemId" }), "a new claim starts a new sign-off");

        var reclaimed = await manager.PutJsonAsync(url, new { level = 5, evidence = "Audit report, November" }, rejected.ETag());
        Assert.That((await reclaimed.ReadAsync<SignOffDto>()).SignOffStatus, Is.EqualTo("pending"));
    }

    [Test]
    public async Task A_score_below_complete_has_nothing_to_sign_off()
    {
        var (url, _, _, manager) = await ArrangeAsync();
        var saved = await manager.PutJsonAsync(url, new { level = 3, narrative = "On track." }, null);
        Assert.That((await saved.ReadAsync<SignOffDto>()).SignOffStatus, Is.Null);
        var response = await board.PutJsonAsync(url + "/sign-off", new { decision = "signedOff" }, saved.ETag());
        await response.ReadProblemAsync(HttpStatusCode.Conflict);
    }
}

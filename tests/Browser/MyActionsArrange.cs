using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Reviews;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// What the "My actions" browser tests need: accounts a browser can sign in to (a username and password, linked to a
/// person), and a small plan of a person's items with a closed October review and an open November one.
/// </summary>
public static class MyActionsArrange
{
    public const string Password = TrackerApp.UserPassword;

    /// <summary>Creates an account through the API as the first administrator and returns its username.</summary>
    public static async Task<string> AccountAsync(string displayName, string role, long? personId)
    {
        using var admin = await TrackerApp.BrowserSignedInAsync("admin", TrackerApp.AdminPassword);
        var username = $"{role}.{Guid.NewGuid():N}@council.example";
        var created = await admin.PostAsJsonAsync("/api/users", new { username, displayName, role, personId, password = Password });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return username;
    }

    /// <summary>
    /// A plan on the 1-5 progress scale (4 and 5 mean complete) scoring recommendations. The person leads 1, 2 and 3
    /// (1 and 2 with a co-lead, when given); 4 is someone else's. October (closed) scored 1 and 2; November (open) has a
    /// fresh update for 2 only, so 1 and 3 still need an update.
    /// </summary>
    public static async Task<PersonsPlan> PlanAsync(string personName, long? coLead = null)
    {
        var admin = TrackerApp.ClientFor("My Actions Arranger");
        var person = await Arrange.PersonAsync(personName, "Service Manager");
        var someoneElse = await Arrange.PersonAsync("Chris Doyle", "Head of Service");
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, title: "Fostering improvement plan");
        long[] leads = coLead is { } other ? [person, other] : [person];
        var r1 = await Arrange.RecommendationAsync(admin, planId, "1", "Recruit more foster carers for teenagers.", leadIds: leads, deadlineText: "Sep-26");
        var r2 = await Arrange.RecommendationAsync(admin, planId, "2", "Review every child's placement plan within 20 days.", leadIds: leads);
        var r3 = await Arrange.RecommendationAsync(admin, planId, "3", "Train supervising social workers in life-story work.", leadIds: [person]);
        await Arrange.RecommendationAsync(admin, planId, "4", "Not theirs.", leadIds: [someoneElse]);

        var october = await ReviewAsync(admin, planId, "Update October 26", "2026-10-30");
        await SaveAsync(admin, planId, october, r1, 2, "Advert running; two enquiries.", "2026-10-27");
        await SaveAsync(admin, planId, october, r2, 2, "Audit planned.", "2026-10-28");
        var closed = await admin.PutJsonAsync($"/api/plans/{planId}/reviews/{october}", new { label = "Update October 26", reviewDate = "2026-10-30", status = "closed" }, "*");
        Assert.That(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        var november = await ReviewAsync(admin, planId, "Update November 26", "2026-11-20");
        await SaveAsync(admin, planId, november, r2, 3, "Audit of 30 plans: 27 reviewed in time.");
        return new PersonsPlan(person, planId, november, r1, r2, r3);
    }

    public static async Task<long> ReviewAsync(HttpClient admin, long planId, string label, string date) =>
        (await (await admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label, reviewDate = date })).ReadAsync<ReviewTests.ReviewDto>()).Id;

    public static async Task SaveAsync(HttpClient client, long planId, long reviewId, long recommendationId, int level, string narrative,
        string? narrativeDate = null)
    {
        var saved = await client.PutJsonAsync(ScoreUrl(planId, reviewId, recommendationId), new { level, narrative, narrativeDate }, null);
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }

    public static string ScoreUrl(long planId, long reviewId, long recommendationId) =>
        $"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}";

    /// <summary>The stored score, read as the board would.</summary>
    public static async Task<StoredScore> StoredAsync(long planId, long reviewId, long recommendationId)
    {
        var response = await TrackerApp.ClientFor("My Actions Reader", "viewer").GetAsync(ScoreUrl(planId, reviewId, recommendationId));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return new StoredScore(body["level"]?.GetValue<int>(), body["narrative"]?.GetValue<string>(), body["evidence"]?.GetValue<string>(),
            body["signOffStatus"]?.GetValue<string>(), body["updatedBy"]!.GetValue<string>(), body["version"]!.GetValue<long>());
    }
}

public sealed record PersonsPlan(long PersonId, long PlanId, long ReviewId, long R1, long R2, long R3);

public sealed record StoredScore(int? Level, string? Narrative, string? Evidence, string? SignOffStatus, string UpdatedBy, long Version);

namespace ActionPlanTracker.Tests.Api.Grid;

/// <summary>
/// A small grouped development plan (1-5 scale, success measures scored) whose figures are worked out by hand below,
/// so the grid and summary can be checked against numbers a person would get from the same scores.
///
///   Priority 1: action 1.1 (deadline Sep-26, so overdue on 23 Nov 2026) with measures M1 and M2
///   Priority 2: action 2.1 (deadline 15/12/2026, due within 30 days) with measure M3
///
///            RAG 07/26 (closed)   RAG 09/26 (closed)          RAG 11/26 (open, current)
///   M1       2 "Started"          3 "On track"                3 "On track" (copied forward) + override "improving"
///   M2       1 "Not started"      no score (update n/a)       2, no update
///   M3       3 "On track"         4 "Complete"                2 "Slipped: staff left"
/// </summary>
public sealed class KnownPlan
{
    public long PlanId { get; private init; }
    public long Priority1 { get; private init; }
    public long Priority2 { get; private init; }
    public long Action11 { get; private init; }
    public long Action21 { get; private init; }
    public long M1 { get; private init; }
    public long M2 { get; private init; }
    public long M3 { get; private init; }
    public long[] Reviews { get; private init; } = [];

    public static async Task<KnownPlan> CreateAsync(HttpClient client)
    {
        var planId = await Arrange.PlanAsync(client, scaleId: 1, groupedByPriority: true, scoreLevel: "measure", title: "Known development plan");
        var lead = await Arrange.PersonAsync("Dana Whitfield", "Head of Service");
        var p1 = await Arrange.PriorityAsync(client, planId, "1", "Help and protection");
        var p2 = await Arrange.PriorityAsync(client, planId, "2", "Children in care");
        var a11 = await Arrange.ActionAsync(client, planId, priorityId: p1, code: "1.1", leadId: lead, deadlineText: "Sep-26");
        var a21 = await Arrange.ActionAsync(client, planId, priorityId: p2, code: "2.1", deadlineText: "15/12/2026");
        var m1 = await Arrange.MeasureAsync(client, planId, a11, "Supervision every 4 weeks for 90% of social workers", number: "1");
        var m2 = await Arrange.MeasureAsync(client, planId, a11, "Audit grades good or better for 80% of files", number: "2");
        var m3 = await Arrange.MeasureAsync(client, planId, a21, "Every child in care has an up-to-date care plan", number: "1");

        var reviews = new List<long>();
        foreach (var (label, date) in new[] { ("RAG 07/26", "2026-07-31"), ("RAG 09/26", "2026-09-30"), ("RAG 11/26", "2026-11-20") })
            reviews.Add((await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label, reviewDate = date }))
                .ReadAsync<Reviews.ReviewTests.ReviewDto>()).Id);

        async Task Score(int review, long measure, int? level, string? narrative, string? recordedAs = null)
        {
            // Levels 4 and 5 mean complete, which needs evidence.
            var evidence = level >= 4 ? "Care plan audit, November: 58 of 58 up to date" : null;
            var response = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{reviews[review]}/scores/measures/{measure}",
                new { level, narrative, recordedAs, evidence }, null);
            Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        await Score(0, m1, 2, "Started");
        await Score(0, m2, 1, "Not started");
        await Score(0, m3, 3, "On track");
        await Score(1, m1, 3, "On track");
        await Score(1, m2, null, null, "update not available");
        await Score(1, m3, 4, "Complete");
        await Score(2, m1, 3, "On track");
        await Score(2, m2, 2, null);
        await Score(2, m3, 2, "Slipped: staff left");

        var scoreUrl = $"/api/plans/{planId}/reviews/{reviews[2]}/scores/measures/{m1}";
        var etag = (await client.GetAsync(scoreUrl)).ETag();
        var overridden = await client.PutJsonAsync(scoreUrl + "/direction-override", new { direction = "improving", reason = "Feels better" }, etag);
        Assert.That(overridden.IsSuccessStatusCode, await overridden.Content.ReadAsStringAsync());

        foreach (var review in reviews.Take(2))
        {
            var (label, date) = review == reviews[0] ? ("RAG 07/26", "2026-07-31") : ("RAG 09/26", "2026-09-30");
            var closed = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{review}", new { label, reviewDate = date, status = "closed" }, "*");
            Assert.That(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        }

        return new KnownPlan { PlanId = planId, Priority1 = p1, Priority2 = p2, Action11 = a11, Action21 = a21, M1 = m1, M2 = m2, M3 = m3, Reviews = [.. reviews] };
    }
}

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// An inspection recommendation plan whose 1 to 3 score never says which end is good, whose levels have no colours and
/// whose reviews are known only by their column labels (built through the API, one per test).
///
///            Update July 16   Update November 16 (current)
///   Rec 1    1                2, printed "improving"      moved up: fits "higher is better"
///   Rec 2    1                3, printed "Improved"       moved up: fits "higher is better"
///   Rec 3    2                2, printed "maintained"     the same: says nothing about the scale
///
/// Recs 1 and 2 changed (the scale does not say whether for better or worse), rec 3 maintained; both printed directions
/// beside a moved score fit "higher is better", so the plan reads as if a higher level is better.
/// </summary>
public sealed class UnstatedScalePlan
{
    public long PlanId { get; private init; }
    public long[] Recommendations { get; private init; } = [];
    /// <summary>Update July 16, Update November 16.</summary>
    public long[] Reviews { get; private init; } = [];

    private sealed record Created(long Id);

    private static async Task<long> CreatedAsync(HttpClient client, string url, object body) =>
        (await (await client.PostJsonAsync(url, body)).ReadAsync<Created>()).Id;

    public static async Task<UnstatedScalePlan> CreateAsync(HttpClient client)
    {
        var scaleId = await CreatedAsync(client, "/api/scales", new
        {
            name = $"Score 1 to 3, direction not stated {Guid.NewGuid():N}", directionNotStated = true,
            levels = new[] { new { value = 1, label = "One" }, new { value = 2, label = "Two" }, new { value = 3, label = "Three" } },
        });
        var planId = await Arrange.PlanAsync(client, scaleId: scaleId, title: "Youth justice recommendations");
        var recommendations = new List<long>();
        foreach (var number in new[] { "1", "2", "3" }) recommendations.Add(await Arrange.RecommendationAsync(client, planId, number));
        var reviews = new List<long>();
        foreach (var label in new[] { "Update July 16", "Update November 16" })
            reviews.Add(await CreatedAsync(client, $"/api/plans/{planId}/reviews", new { label }));

        async Task Score(int review, int recommendation, object body)
        {
            var response = await client.PutJsonAsync(
                $"/api/plans/{planId}/reviews/{reviews[review]}/scores/recommendations/{recommendations[recommendation]}", body, null);
            Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        await Score(0, 0, new { level = 1, narrative = "Started" });
        await Score(0, 1, new { level = 1, narrative = "Started" });
        await Score(0, 2, new { level = 2, narrative = "Going" });
        await Score(1, 0, new { level = 2, narrative = "Better", printedDirection = "improving" });
        await Score(1, 1, new { level = 3, narrative = "Much better", printedDirection = "improving", printedDirectionText = "Improved" });
        await Score(1, 2, new { level = 2, narrative = "Same", printedDirection = "maintained" });
        return new UnstatedScalePlan { PlanId = planId, Recommendations = [.. recommendations], Reviews = [.. reviews] };
    }
}

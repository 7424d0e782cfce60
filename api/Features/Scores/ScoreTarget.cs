using System.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Reviews;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Scores;

/// <summary>Route of one item's score in one review: /plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}.</summary>
public record ScoreRouteRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long ReviewId { get; init; }
    /// <summary>recommendations, actions or measures.</summary>
    [RouteParam] public string ItemType { get; init; } = "";
    [RouteParam] public long ItemId { get; init; }
}

/// <summary>The checks every score write shares: the review and item exist in the plan, the plan scores this kind of item.</summary>
public static class ScoreTarget
{
    private const string PlanSql = "SELECT score_level AS ScoreLevel, scale_id AS ScaleId FROM plans WHERE id = @planId";

    public sealed record Resolved(ReviewResponse Review, ScoredItemType Type, long ScaleId);

    private sealed record PlanScoring(string ScoreLevel, long ScaleId);

    public static async Task<Resolved> ResolveAsync(IValidationErrors endpoint, IDbConnection connection, IDbTransaction? transaction,
        ScoreRouteRequest request, bool forWrite)
    {
        var type = ScoredItemType.FromRoute(request.ItemType);
        if (type is null) endpoint.NotFound("itemType", $"Item type must be {ScoredItemType.RouteValues}.");

        var plan = await connection.QuerySingleOrDefaultAsync<PlanScoring>(PlanSql, new { planId = request.PlanId }, transaction);
        if (plan is null) endpoint.NotFound("planId", $"No plan has id {request.PlanId}.");
        var review = await ReviewData.FindAsync(connection, request.PlanId, request.ReviewId, transaction);
        if (review is null) endpoint.NotFound("reviewId", $"Plan {request.PlanId} has no review with id {request.ReviewId}.");
        if (!await connection.ExecuteScalarAsync<bool>(type.ExistsSql, new { itemId = request.ItemId, planId = request.PlanId }, transaction))
            endpoint.NotFound("itemId", $"Plan {request.PlanId} has no {type.Name} with id {request.ItemId}.");

        if (forWrite)
        {
            if (plan.ScoreLevel != type.Name)
                endpoint.Invalid("itemType", $"This plan scores its {plan.ScoreLevel}s, not its {type.Name}s.");
            if (review.Status == "closed")
                endpoint.Conflict("reviewId", $"{review.Label} is closed, so its scores can no longer change. Ask the board to reopen it, or record this in the open review.");
        }
        return new Resolved(review, type, plan.ScaleId);
    }
}

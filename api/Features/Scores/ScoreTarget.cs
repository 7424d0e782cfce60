using System.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using System.Security.Claims;
using ActionPlanTracker.Features.Reviews;
using ActionPlanTracker.Security.Authentication;
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

    // A manager answers for the items they lead or own: a recommendation they lead or one of whose actions they lead,
    // are responsible for or own; an action (or its success measures) they lead, are responsible for or own, or whose
    // recommendation they lead.
    private const string ActionAnsweredBySql = """
        SELECT EXISTS (
            SELECT 1 FROM actions a
            WHERE a.id = @actionId
              AND (a.lead_person_id = @personId OR a.responsible_person_id = @personId
                   OR EXISTS (SELECT 1 FROM action_owners o WHERE o.action_id = a.id AND o.person_id = @personId)
                   OR EXISTS (SELECT 1 FROM recommendation_leads rl WHERE rl.recommendation_id = a.recommendation_id AND rl.person_id = @personId)))
        """;

    private const string RecommendationAnsweredBySql = """
        SELECT EXISTS (SELECT 1 FROM recommendation_leads WHERE recommendation_id = @recommendationId AND person_id = @personId)
            OR EXISTS (SELECT 1 FROM actions a
                       WHERE a.recommendation_id = @recommendationId
                         AND (a.lead_person_id = @personId OR a.responsible_person_id = @personId
                              OR EXISTS (SELECT 1 FROM action_owners o WHERE o.action_id = a.id AND o.person_id = @personId)))
        """;

    private const string MeasureActionSql = "SELECT action_id FROM success_measures WHERE id = @measureId";

    public static async Task<Resolved> ResolveAsync(IValidationErrors endpoint, IDbConnection connection, IDbTransaction? transaction,
        ScoreRouteRequest request, bool forWrite, ClaimsPrincipal? user = null)
    {
        var type = ScoredItemType.FromRoute(request.ItemType);
        if (type is null) endpoint.NotFound("itemType", $"Item type must be {ScoredItemType.RouteValues}.");

        var plan = await connection.QuerySingleOrDefaultAsync<PlanScoring>(PlanSql, new { planId = request.PlanId }, transaction);
        if (plan is null) endpoint.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
        var review = await ReviewData.FindAsync(connection, request.PlanId, request.ReviewId, transaction);
        if (review is null) endpoint.NotFound("reviewId", ReviewData.NoSuchReview(request.PlanId, request.ReviewId));
        if (!await connection.ExecuteScalarAsync<bool>(type.ExistsSql, new { itemId = request.ItemId, planId = request.PlanId }, transaction))
            endpoint.NotFound("itemId", $"Plan {request.PlanId} has no {type.Name} with id {request.ItemId}.");

        if (forWrite)
        {
            if (plan.ScoreLevel != type.Name)
                endpoint.Invalid("itemType", $"This plan scores its {plan.ScoreLevel}s, not its {type.Name}s.");
            if (SignedInUser.From(user ?? new ClaimsPrincipal()) is { Role: RoleNames.Manager } manager
                && !await AnswersForAsync(connection, transaction, type, request.ItemId, manager.PersonId))
                endpoint.Stop(403, "itemId", $"You can only update the {type.Name}s you lead or own. Ask the board or the item's lead to update this one.");
            if (review.Status == "closed")
                endpoint.Conflict("reviewId", $"{review.Label} is closed, so its scores can no longer change. Ask the board to reopen it, or record this in the open review.");
        }
        return new Resolved(review, type, plan.ScaleId);
    }

    private static async Task<bool> AnswersForAsync(IDbConnection connection, IDbTransaction? transaction, ScoredItemType type, long itemId, long? personId)
    {
        if (personId is null) return false;
        if (type == ScoredItemType.Recommendation)
            return await connection.ExecuteScalarAsync<bool>(RecommendationAnsweredBySql, new { recommendationId = itemId, personId }, transaction);
        var actionId = type == ScoredItemType.Action
            ? itemId
            : await connection.ExecuteScalarAsync<long>(MeasureActionSql, new { measureId = itemId }, transaction);
        return await connection.ExecuteScalarAsync<bool>(ActionAnsweredBySql, new { actionId, personId }, transaction);
    }
}

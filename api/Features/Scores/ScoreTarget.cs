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
    /// <summary>recommendation, action or measure (the plurals recommendations, actions and measures are accepted too).</summary>
    [OpenApi.OneOf(typeof(ScoredItemType), nameof(ScoredItemType.Names))]
    [RouteParam] public string ItemType { get; init; } = "";
    [RouteParam] public long ItemId { get; init; }
}

/// <summary>The checks every score write shares: the review and item exist in the plan, the plan scores this kind of item.</summary>
public static class ScoreTarget
{
    private const string PlanSql = "SELECT score_level AS ScoreLevel, scale_id AS ScaleId FROM plans WHERE id = @planId";

    public sealed record Resolved(ReviewResponse Review, ScoredItemType Type, long ScaleId);

    private sealed record PlanScoring(string ScoreLevel, long ScaleId);

    /// <summary>
    /// The one rule for which items a person answers for, as SQL common table expressions over the people listed in a
    /// CTE <c>answering_people (id)</c> that the caller defines first: a manager may score exactly these (issue 3), "My
    /// actions" lists exactly these, and a review's progress groups by exactly these. <c>answered_by</c> has one row per
    /// person, item and reason. A person answers for an item when they are named on it (a lead or an owner, at any level),
    /// on a row above it (a recommendation's lead answers for its actions and their measures), or on a row below it (an
    /// action's owner answers for the recommendation it serves). The reason says where they are named: recommendationLead,
    /// recommendationOwner, actionLead, actionOwner, measureLead, measureOwner. Use it as
    /// <c>WITH answering_people (id) AS (...), {AnsweredByPeopleSql} SELECT ...</c>; <see cref="AnsweredBySql"/> is it
    /// for one person.
    /// </summary>
    public const string AnsweredByPeopleSql = """
        named (person_id, kind, item_id, reason) AS (
            SELECT person_id,
                   CASE WHEN recommendation_id IS NOT NULL THEN 'recommendation' WHEN action_id IS NOT NULL THEN 'action' ELSE 'measure' END,
                   coalesce(recommendation_id, action_id, measure_id),
                   CASE WHEN recommendation_id IS NOT NULL THEN 'recommendation' WHEN action_id IS NOT NULL THEN 'action' ELSE 'measure' END
                   || CASE role WHEN 'lead' THEN 'Lead' ELSE 'Owner' END
            FROM item_people WHERE person_id IN (SELECT id FROM answering_people)
        ),
        answered_by (person_id, item_type, item_id, reason) AS (
            SELECT person_id, kind, item_id, reason FROM named
            UNION SELECT n.person_id, 'action', a.id, n.reason FROM named n JOIN actions a ON a.recommendation_id = n.item_id WHERE n.kind = 'recommendation'
            UNION SELECT n.person_id, 'measure', m.id, n.reason FROM named n JOIN actions a ON a.recommendation_id = n.item_id
                  JOIN success_measures m ON m.action_id = a.id WHERE n.kind = 'recommendation'
            UNION SELECT n.person_id, 'measure', m.id, n.reason FROM named n JOIN success_measures m ON m.action_id = n.item_id WHERE n.kind = 'action'
            UNION SELECT n.person_id, 'recommendation', a.recommendation_id, n.reason FROM named n JOIN actions a ON a.id = n.item_id
                  WHERE n.kind = 'action' AND a.recommendation_id IS NOT NULL
            UNION SELECT n.person_id, 'action', m.action_id, n.reason FROM named n JOIN success_measures m ON m.id = n.item_id WHERE n.kind = 'measure'
            UNION SELECT n.person_id, 'recommendation', a.recommendation_id, n.reason FROM named n JOIN success_measures m ON m.id = n.item_id
                  JOIN actions a ON a.id = m.action_id WHERE n.kind = 'measure' AND a.recommendation_id IS NOT NULL
        )
        """;

    /// <summary>
    /// <see cref="AnsweredByPeopleSql"/> for the one person <c>@personId</c>: the items they answer for, in
    /// <c>answered_by</c>. Use it as <c>WITH {AnsweredBySql} SELECT ...</c>.
    /// </summary>
    public const string AnsweredBySql = "answering_people (id) AS (SELECT @personId),\n" + AnsweredByPeopleSql;

    private const string AnswersForSql = $"""
        WITH {AnsweredBySql}
        SELECT EXISTS (SELECT 1 FROM answered_by WHERE item_type = @itemType AND item_id = @itemId)
        """;

    public static async Task<Resolved> ResolveAsync(IValidationErrors endpoint, IDbConnection connection, IDbTransaction? transaction,
        ScoreRouteRequest request, bool forWrite, ClaimsPrincipal? user = null)
    {
        var type = ScoredItemType.FromRoute(request.ItemType);
        if (type is null) endpoint.NotFound("itemType", $"Item type must be {ScoredItemType.NameValues}.");

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
            await RequireAnswersForAsync(endpoint, connection, transaction, type, request.ItemId, user);
            if (review.Status == "closed")
                endpoint.Conflict("reviewId", $"{review.Label} is closed, so its scores can no longer change. Ask the board to reopen it, or record this in the open review.");
        }
        return new Resolved(review, type, plan.ScaleId);
    }

    /// <summary>
    /// The manager rule on its own (a manager may write only on the items they answer for, <see cref="AnsweredBySql"/>),
    /// for writes about an item that are not addressed by review, such as its update log: 403 naming itemId otherwise.
    /// Other roles pass.
    /// </summary>
    public static async Task RequireAnswersForAsync(IValidationErrors endpoint, IDbConnection connection, IDbTransaction? transaction,
        ScoredItemType type, long itemId, ClaimsPrincipal? user)
    {
        if (SignedInUser.From(user ?? new ClaimsPrincipal()) is { Role: RoleNames.Manager } manager
            && !await AnswersForAsync(connection, transaction, type, itemId, manager.PersonId))
            endpoint.Stop(403, "itemId", $"You can only update the {type.Name}s you lead or own. Ask the board or the item's lead to update this one.");
    }

    private static async Task<bool> AnswersForAsync(IDbConnection connection, IDbTransaction? transaction, ScoredItemType type, long itemId, long? personId) =>
        personId is not null
        && await connection.ExecuteScalarAsync<bool>(AnswersForSql, new { itemType = type.Name, itemId, personId }, transaction);
}

using System.Data;
using System.Security.Claims;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Reviews;
using ActionPlanTracker.Features.Scores;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Updates;

/// <summary>One entry of an item's running log, as it was printed.</summary>
public sealed record ItemUpdateResponse
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    /// <summary>recommendation, action or measure.</summary>
    public string ItemType { get; init; } = "";
    public long ItemId { get; init; }
    /// <summary>The review it was written for; null when it was written for none (between reviews, or not known).</summary>
    public long? ReviewId { get; init; }
    public string? ReviewLabel { get; init; }
    /// <summary>The date as printed; null when it was undated, and it stays so.</summary>
    public DateOnly? WrittenOn { get; init; }
    public string Text { get; init; } = "";
    /// <summary>Who wrote it, as printed (often initials, "JS").</summary>
    public string? Author { get; init; }
    /// <summary>The document it was copied from, e.g. "Improvement board papers, March 2018".</summary>
    public string? SourceDocument { get; init; }
    /// <summary>Its place in the item's log as printed, from 1; a new entry goes last.</summary>
    public long Position { get; init; }
    /// <summary>Who typed it into the tracker, and when (UTC).</summary>
    public string EnteredBy { get; init; } = "";
    public string EnteredAt { get; init; } = "";
    public long Version { get; init; }
}

/// <summary>Route of an item's update log: /plans/{planId}/items/{kind}/{itemId}/updates.</summary>
public record ItemUpdatesRoute
{
    [RouteParam] public long PlanId { get; init; }
    /// <summary>recommendation, action or measure.</summary>
    [OpenApi.OneOf(typeof(Scores.ScoredItemType), nameof(Scores.ScoredItemType.Names))]
    [RouteParam] public string Kind { get; init; } = "";
    [RouteParam] public long ItemId { get; init; }
}

public sealed record ItemUpdateIdRequest : ItemUpdatesRoute
{
    [RouteParam] public long UpdateId { get; init; }
}

public static class ItemUpdateData
{
    public const string SelectSql = """
        SELECT u.id              AS Id,
               u.plan_id         AS PlanId,
               CASE WHEN u.recommendation_id IS NOT NULL THEN 'recommendation'
                    WHEN u.action_id IS NOT NULL THEN 'action'
                    ELSE 'measure' END AS ItemType,
               coalesce(u.recommendation_id, u.action_id, u.measure_id) AS ItemId,
               u.review_id       AS ReviewId,
               r.label           AS ReviewLabel,
               u.written_on      AS WrittenOn,
               u.text            AS Text,
               u.author          AS Author,
               u.source_document AS SourceDocument,
               u.position        AS Position,
               u.entered_by      AS EnteredBy,
               u.entered_at      AS EnteredAt,
               u.row_version     AS Version
        FROM item_updates u
        LEFT JOIN reviews r ON r.id = u.review_id
        """;

    // Exactly one of the three ids is set: IS matches the other two as NULL (and can use the partial indexes).
    private const string OfItemSql = """

        WHERE u.plan_id = @PlanId
          AND u.recommendation_id IS NOT DISTINCT FROM @RecommendationId AND u.action_id IS NOT DISTINCT FROM @ActionId AND u.measure_id IS NOT DISTINCT FROM @MeasureId
        """;

    public const string ListSql = SelectSql + OfItemSql + "\nORDER BY u.position, u.id";

    public static Task<ItemUpdateResponse?> FindAsync(IDbConnection connection, ItemKey item, long updateId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<ItemUpdateResponse>(SelectSql + OfItemSql + " AND u.id = @UpdateId",
            new { item.PlanId, item.RecommendationId, item.ActionId, item.MeasureId, UpdateId = updateId }, transaction);

    public static string NoSuchUpdate(ItemKey item, long updateId) => $"This {item.Type.Name}'s log has no update with id {updateId}.";
}

/// <summary>An item whose log is addressed, with its id in the column of its kind (the others null).</summary>
public sealed record ItemKey(long PlanId, ScoredItemType Type, long ItemId)
{
    public long? RecommendationId => Type == ScoredItemType.Recommendation ? ItemId : null;
    public long? ActionId => Type == ScoredItemType.Action ? ItemId : null;
    public long? MeasureId => Type == ScoredItemType.Measure ? ItemId : null;
}

/// <summary>The checks every use of an item's log shares: the kind, the plan, the item, and for writes who may write.</summary>
public static class ItemUpdateTarget
{
    public static readonly string Kinds = "recommendation, action or measure";

    /// <summary>404 naming kind, planId or itemId; for writes, a manager must answer for the item (403 naming itemId).</summary>
    public static async Task<ItemKey> ResolveAsync(IValidationErrors endpoint, IDbConnection connection, IDbTransaction? transaction,
        ItemUpdatesRoute route, bool forWrite, ClaimsPrincipal? user = null)
    {
        var type = ScoredItemType.FromName(route.Kind);
        if (type is null) endpoint.NotFound("kind", $"Kind must be {Kinds}.");
        await PlanData.RequireAsync(endpoint, connection, route.PlanId, transaction);
        if (!await connection.ExecuteScalarAsync<bool>(type.ExistsSql, new { itemId = route.ItemId, planId = route.PlanId }, transaction))
            endpoint.NotFound("itemId", $"Plan {route.PlanId} has no {type.Name} with id {route.ItemId}.");
        if (forWrite) await ScoreTarget.RequireAnswersForAsync(endpoint, connection, transaction, type, route.ItemId, user);
        return new ItemKey(route.PlanId, type, route.ItemId);
    }

    /// <summary>
    /// An entry may be written for a review of this plan (400 naming reviewId otherwise) that is still open: like a score,
    /// an update of a closed review can no longer change (409).
    /// </summary>
    public static async Task RequireOpenReviewAsync(IValidationErrors endpoint, IDbConnection connection, IDbTransaction transaction,
        long planId, long? reviewId, string field = "reviewId")
    {
        if (reviewId is not { } id) return;
        var review = await ReviewData.FindAsync(connection, planId, id, transaction);
        if (review is null) endpoint.Invalid(field, ReviewData.NoSuchReview(planId, id));
        if (review.Status == "closed")
            endpoint.Conflict(field, $"{review.Label} is closed, so its updates can no longer change. Ask the board to reopen it, "
                + "or record this update for the open review or for no review.");
    }
}

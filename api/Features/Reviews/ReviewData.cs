using System.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Reviews;

/// <summary>One review cycle of a plan, as the API returns it and the audit log records it.</summary>
public sealed record ReviewResponse
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    /// <summary>The label the plan prints over its score column: "RAG 03/18", "Update November 16".</summary>
    public string Label { get; init; } = "";
    public DateOnly ReviewDate { get; init; }
    /// <summary>Who reviewed the plan at this cycle, as written in the plan's header.</summary>
    public string? Reviewer { get; init; }
    /// <summary>open (scores may be written) or closed.</summary>
    public string Status { get; init; } = "";
    public long Version { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

public static class ReviewData
{
    public static readonly string[] StatusValues = ["open", "closed"];

    private const string SelectSql = """
        SELECT id          AS Id,
               plan_id     AS PlanId,
               label       AS Label,
               review_date AS ReviewDate,
               reviewer    AS Reviewer,
               status      AS Status,
               row_version AS Version,
               created_at  AS CreatedAt,
               updated_at  AS UpdatedAt
        FROM reviews
        """;

    /// <summary>Reviews in the order they happened; the id breaks ties between two reviews on one day.</summary>
    public const string ListSql = SelectSql + "\nWHERE plan_id = @planId ORDER BY review_date, id";

    public static Task<ReviewResponse?> FindAsync(IDbConnection connection, long planId, long reviewId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<ReviewResponse>(SelectSql + "\nWHERE plan_id = @planId AND id = @reviewId",
            new { planId, reviewId }, transaction);

    public static string NoSuchReview(long planId, long reviewId) => $"Plan {planId} has no review with id {reviewId}.";

    /// <summary>The review of this plan, or a 404 naming reviewId.</summary>
    public static async Task<ReviewResponse> RequireAsync(IValidationErrors endpoint, IDbConnection connection, long planId, long reviewId,
        IDbTransaction? transaction = null)
    {
        var review = await FindAsync(connection, planId, reviewId, transaction);
        if (review is null) endpoint.NotFound("reviewId", NoSuchReview(planId, reviewId));
        return review;
    }
}

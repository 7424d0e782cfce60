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
    /// <summary>The date of the review; null when the source printed only the column label.</summary>
    public DateOnly? ReviewDate { get; init; }
    /// <summary>Its place among the plan's reviews, from 1: the order of the score columns (dated reviews go in date order when added).</summary>
    public int Position { get; init; }
    /// <summary>Who reviewed the plan at this cycle, as written in the plan's header.</summary>
    public string? Reviewer { get; init; }
    /// <summary>open (scores may be written) or closed.</summary>
    public string Status { get; init; } = "";
    /// <summary>The date by which the people who answer for the items should have recorded their update; null when none was set.</summary>
    public DateOnly? UpdatesDueBy { get; init; }
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
               updates_due_by AS UpdatesDueBy,
               sort_order  AS Position,
               row_version AS Version,
               created_at  AS CreatedAt,
               updated_at  AS UpdatedAt
        FROM reviews
        """;

    /// <summary>Reviews in the plan's column order (db/0012 set it from the dates; a new review takes its place by date).</summary>
    public const string ListSql = SelectSql + "\nWHERE plan_id = @planId ORDER BY sort_order, id";

    private sealed record Placed(long Id, DateOnly? ReviewDate);

    /// <summary>
    /// Puts a review at a position (from 1) among its plan's reviews, or, with no position, where its date falls
    /// (an undated review goes last), and renumbers the others to keep 1..n.
    /// </summary>
    public static async Task PlaceAsync(IDbConnection connection, long planId, long reviewId, int? position, IDbTransaction transaction)
    {
        var others = (await connection.QueryAsync<Placed>(
            "SELECT id AS Id, review_date AS ReviewDate FROM reviews WHERE plan_id = @planId AND id <> @reviewId ORDER BY sort_order, id",
            new { planId, reviewId }, transaction)).ToList();
        var date = await connection.ExecuteScalarAsync<string?>("SELECT review_date FROM reviews WHERE id = @reviewId", new { reviewId }, transaction);
        var index = Domain.ReviewOrder.PlaceFor(others.Select(o => o.ReviewDate).ToList(),
            date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), position);
        var ordered = others.Select(o => o.Id).ToList();
        ordered.Insert(index, reviewId);
        await connection.ExecuteAsync("UPDATE reviews SET sort_order = @position WHERE id = @id AND sort_order <> @position",
            ordered.Select((id, i) => new { id, position = i + 1 }), transaction);
    }

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

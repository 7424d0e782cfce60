using System.Data;
using Dapper;

namespace ActionPlanTracker.Features.ReportedAverages;

/// <summary>An average as it was printed in a plan or board report, for comparison with the scores.</summary>
public sealed record ReportedAverageResponse
{
    public long Id { get; init; }
    public long ReviewId { get; init; }
    /// <summary>The priority the figure is for; null for the plan's overall figure.</summary>
    public long? PriorityId { get; init; }
    /// <summary>The figure as printed, e.g. 3.3.</summary>
    public double Value { get; init; }
    /// <summary>Where it was printed, e.g. "Board report, March 2018".</summary>
    public string? Source { get; init; }
    public string RecordedBy { get; init; } = "";
    public string RecordedAt { get; init; } = "";
    public long Version { get; init; }
}

public static class ReportedAverageData
{
    public const string SelectSql = """
        SELECT ra.id          AS Id,
               ra.review_id   AS ReviewId,
               ra.priority_id AS PriorityId,
               ra.value       AS Value,
               ra.source      AS Source,
               ra.recorded_by AS RecordedBy,
               ra.recorded_at AS RecordedAt,
               ra.row_version AS Version
        FROM reported_averages ra
        """;

    public const string ListSql = SelectSql + "\nWHERE ra.review_id = @reviewId ORDER BY ra.priority_id IS NOT NULL, ra.priority_id";

    public static Task<ReportedAverageResponse?> FindAsync(IDbConnection connection, long reviewId, long id, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<ReportedAverageResponse>(SelectSql + "\nWHERE ra.review_id = @reviewId AND ra.id = @id",
            new { reviewId, id }, transaction);

    private const string PriorityInPlanSql = "SELECT EXISTS (SELECT 1 FROM priorities WHERE id = @priorityId AND plan_id = @planId)";

    private const string ScopeTakenSql = """
        SELECT EXISTS (SELECT 1 FROM reported_averages
                       WHERE review_id = @reviewId AND coalesce(priority_id, 0) = coalesce(@priorityId, 0) AND id <> @exceptId)
        """;

    public static Task<bool> PriorityInPlanAsync(IDbConnection connection, long planId, long priorityId, IDbTransaction transaction) =>
        connection.ExecuteScalarAsync<bool>(PriorityInPlanSql, new { planId, priorityId }, transaction);

    public static Task<bool> ScopeTakenAsync(IDbConnection connection, long reviewId, long? priorityId, long exceptId, IDbTransaction transaction) =>
        connection.ExecuteScalarAsync<bool>(ScopeTakenSql, new { reviewId, priorityId, exceptId }, transaction);
}

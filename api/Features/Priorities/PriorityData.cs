using System.Data;
using Dapper;

namespace ActionPlanTracker.Features.Priorities;

/// <summary>What the API returns for a priority; also what the audit log records before and after a change.</summary>
public sealed record PriorityResponse
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    /// <summary>The number as the plan prints it ("1", "3b").</summary>
    /// <summary>The number as printed; null when the plan prints none.</summary>
    public string? Number { get; init; }
    public string Title { get; init; } = "";
    /// <summary>The outcome the priority aims for, as the development plan states it.</summary>
    public string? OutcomeStatement { get; init; }
    public int SortOrder { get; init; }
    /// <summary>Concurrency version; the same value is sent as the ETag.</summary>
    public long Version { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

public static class PriorityData
{
    private const string SelectSql = """
        SELECT p.id                AS Id,
               p.plan_id           AS PlanId,
               p.number            AS Number,
               p.title             AS Title,
               p.outcome_statement AS OutcomeStatement,
               p.sort_order        AS SortOrder,
               p.row_version       AS Version,
               p.created_at        AS CreatedAt,
               p.updated_at        AS UpdatedAt
        FROM priorities p
        """;

    public const string ListSql = SelectSql + "\nWHERE p.plan_id = @planId\nORDER BY p.sort_order, p.id";

    public static Task<PriorityResponse?> FindAsync(IDbConnection connection, long planId, long priorityId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<PriorityResponse>(
            SelectSql + "\nWHERE p.id = @priorityId AND p.plan_id = @planId", new { planId, priorityId }, transaction);

    public static Task<bool> ExistsAsync(IDbConnection connection, long planId, long priorityId, IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM priorities WHERE id = @priorityId AND plan_id = @planId)", new { planId, priorityId }, transaction);

    public static Task<bool> NumberTakenAsync(IDbConnection connection, long planId, string number, long? exceptId, IDbTransaction transaction) =>
        connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM priorities WHERE plan_id = @planId AND number = @number AND id IS DISTINCT FROM @exceptId)",
            new { planId, number, exceptId }, transaction);
}

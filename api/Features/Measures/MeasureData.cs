using System.Data;
using Dapper;

namespace ActionPlanTracker.Features.Measures;

/// <summary>What the API returns for a success measure; also what the audit log records before and after a change.</summary>
public sealed record MeasureResponse
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    public long ActionId { get; init; }
    /// <summary>How the plan will know the action worked, e.g. "95% of plans up to date, 75% judged good at audit".</summary>
    public string Text { get; init; } = "";
    public int SortOrder { get; init; }
    /// <summary>Concurrency version; the same value is sent as the ETag.</summary>
    public long Version { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

public static class MeasureData
{
    private const string SelectSql = """
        SELECT m.id          AS Id,
               m.plan_id     AS PlanId,
               m.action_id   AS ActionId,
               m.text        AS Text,
               m.sort_order  AS SortOrder,
               m.row_version AS Version,
               m.created_at  AS CreatedAt,
               m.updated_at  AS UpdatedAt
        FROM success_measures m
        """;

    public const string ListSql = SelectSql + "\nWHERE m.action_id = @actionId AND m.plan_id = @planId\nORDER BY m.sort_order, m.id";

    public static Task<MeasureResponse?> FindAsync(
        IDbConnection connection, long planId, long actionId, long measureId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<MeasureResponse>(
            SelectSql + "\nWHERE m.id = @measureId AND m.action_id = @actionId AND m.plan_id = @planId",
            new { planId, actionId, measureId }, transaction);

    public static async Task<IReadOnlyList<MeasureResponse>> ListForActionsAsync(
        IDbConnection connection, IEnumerable<long> actionIds, IDbTransaction? transaction = null) =>
        (await connection.QueryAsync<MeasureResponse>(
            SelectSql + "\nWHERE m.action_id IN @actionIds\nORDER BY m.action_id, m.sort_order, m.id", new { actionIds }, transaction)).AsList();
}

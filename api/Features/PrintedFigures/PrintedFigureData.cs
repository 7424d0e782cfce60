using System.Data;
using Dapper;

namespace ActionPlanTracker.Features.PrintedFigures;

/// <summary>A figure as it was printed in a plan or board report (other than an average), kept to check against the scores.</summary>
public sealed record PrintedFigureResponse
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    /// <summary>The review it was printed for; null when it was printed for none (it cannot then be checked).</summary>
    public long? ReviewId { get; init; }
    /// <summary>The priority it is about; null for the whole plan.</summary>
    public long? PriorityId { get; init; }
    /// <summary>countAtLevel, percentageAtLevel, scoredItemCount, itemCount or other.</summary>
    public string Kind { get; init; } = "";
    /// <summary>The level's value on the plan's scale that a countAtLevel or percentageAtLevel figure counts; null otherwise.</summary>
    public int? Level { get; init; }
    /// <summary>The label as printed, e.g. "COMPLETED".</summary>
    public string Label { get; init; } = "";
    /// <summary>The value exactly as printed, e.g. "6" or "45%".</summary>
    public string ValueText { get; init; } = "";
    /// <summary>The number read from it (45 for "45%"); null when it is not a number.</summary>
    public double? Value { get; init; }
    /// <summary>What it claims, in words, e.g. "actions completed".</summary>
    public string? Claims { get; init; }
    /// <summary>Where it was printed, e.g. "Board report, March 2018, p.4".</summary>
    public string? Source { get; init; }
    public string RecordedBy { get; init; } = "";
    public string RecordedAt { get; init; } = "";
    public long Version { get; init; }
}

public static class PrintedFigureData
{
    public const string SelectSql = """
        SELECT pf.id          AS Id,
               pf.plan_id     AS PlanId,
               pf.review_id   AS ReviewId,
               pf.priority_id AS PriorityId,
               pf.kind        AS Kind,
               pf.level       AS Level,
               pf.label       AS Label,
               pf.value_text  AS ValueText,
               pf.value       AS Value,
               pf.claims      AS Claims,
               pf.source      AS Source,
               pf.recorded_by AS RecordedBy,
               pf.recorded_at AS RecordedAt,
               pf.row_version AS Version
        FROM printed_figures pf
        LEFT JOIN reviews r ON r.id = pf.review_id
        """;

    /// <summary>Figures printed for no review first, then by review date; in each, the whole plan's before the priorities'.</summary>
    public const string ListSql = SelectSql + """

        WHERE pf.plan_id = @planId AND (@reviewId IS NULL OR pf.review_id = @reviewId)
        ORDER BY pf.review_id IS NOT NULL, r.sort_order, r.id, pf.priority_id IS NOT NULL, pf.priority_id, pf.id
        """;

    public static Task<PrintedFigureResponse?> FindAsync(IDbConnection connection, long planId, long id, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<PrintedFigureResponse>(SelectSql + "\nWHERE pf.plan_id = @planId AND pf.id = @id",
            new { planId, id }, transaction);

    public static string NoSuchFigure(long planId, long id) => $"Plan {planId} has no printed figure with id {id}.";
}

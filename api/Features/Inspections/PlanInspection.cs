using System.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

/// <summary>The checks on a plan's inspectionId that need the database, for creating and changing a plan.</summary>
public static class PlanInspection
{
    // The report recommendations of an inspection that are linked to items of one plan.
    private const string LinkedToPlanSql = """
        SELECT DISTINCT ir.id AS Id, ir.number AS Number, ir.sort_order AS SortOrder
        FROM inspection_recommendation_links l
        JOIN inspection_recommendations ir ON ir.id = l.inspection_recommendation_id
        LEFT JOIN recommendations r ON r.id = l.recommendation_id
        LEFT JOIN actions a ON a.id = l.action_id
        LEFT JOIN priorities pr ON pr.id = l.priority_id
        WHERE ir.inspection_id = @inspectionId AND COALESCE(r.plan_id, a.plan_id, pr.plan_id) = @planId
        ORDER BY ir.sort_order, ir.id;
        """;

    /// <summary>
    /// 400 naming inspectionId when there is no such inspection. For an existing plan (<paramref name="planId"/>) whose
    /// items answer recommendations of the inspection it answers now, 409 when the inspection would change: the links
    /// would then point from one report to a plan that answers another.
    /// </summary>
    public static async Task CheckAsync(IValidationErrors endpoint, IDbConnection connection, IDbTransaction transaction,
        long? inspectionId, long? planId = null, long? currentInspectionId = null)
    {
        if (inspectionId is { } id && !await InspectionData.ExistsAsync(connection, id, transaction))
            endpoint.Invalid("inspectionId", $"{InspectionData.NoSuchInspection(id)} Record the inspection first, or leave it out.");
        if (planId is null || currentInspectionId is not { } current || current == inspectionId) return;

        var linked = (await connection.QueryAsync<Linked>(LinkedToPlanSql, new { inspectionId = current, planId }, transaction)).AsList();
        if (linked.Count > 0)
            endpoint.Conflict("inspectionId", $"This plan's items answer {linked.Count} recommendation{(linked.Count == 1 ? "" : "s")} of "
                + $"inspection {current} ({string.Join(", ", linked.Take(5).Select(r => r.Number is null ? "unnumbered" : $"\"{r.Number}\""))}"
                + $"{(linked.Count > 5 ? ", …" : "")}). Remove those links before the plan answers another inspection or none.");
    }

    private sealed record Linked
    {
        public long Id { get; init; }
        public string? Number { get; init; }
        public int SortOrder { get; init; }
    }
}

using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Measures;
using ActionPlanTracker.Features.Priorities;
using ActionPlanTracker.Features.Recommendations;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Import.Versions;

/// <summary>An item as its own endpoints answer it, for the audit log's before and after: the item's history reads the same whoever changed it.</summary>
internal static class ItemSnapshots
{
    private const string MeasureActionSql = "SELECT action_id FROM success_measures WHERE id = @id";

    public static async Task<object?> FindAsync(DbConnection connection, DbTransaction transaction, long planId, ItemLevel level, long id) => level switch
    {
        ItemLevel.Priority => await PriorityData.FindAsync(connection, planId, id, transaction),
        ItemLevel.Recommendation => await RecommendationData.FindAsync(connection, planId, id, transaction),
        ItemLevel.Action => await ActionData.FindAsync(connection, planId, id, transaction),
        _ => await MeasureData.FindAsync(connection, planId,
            await connection.ExecuteScalarAsync<long>(MeasureActionSql, new { id }, transaction), id, transaction),
    };

    /// <summary>The audit log's name for an item's kind, as the item endpoints record it.</summary>
    public static string EntityType(ItemLevel level) => level switch
    {
        ItemLevel.Priority => "priority",
        ItemLevel.Recommendation => "recommendation",
        ItemLevel.Action => "action",
        _ => "measure",
    };
}

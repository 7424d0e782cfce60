using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Deletions;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Measures;
using ActionPlanTracker.Features.Priorities;
using ActionPlanTracker.Features.PrintedFigures;
using ActionPlanTracker.Features.Recommendations;
using ActionPlanTracker.Features.ReportedAverages;
using ActionPlanTracker.Features.Scores;
using ActionPlanTracker.Features.Updates;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Deletions;

/// <summary>
/// The audit entries of a restore: each item, score, update log entry and printed figure that comes back is recorded as
/// created again, with the values the API returns for it, so its trail reads "deleted" then "created"; a row whose
/// emptied column is filled again is recorded as changed. This is the only part of undo that knows the kinds of items,
/// because the log holds them as the API shows them, not as raw rows. Rows of other tables (people's places,
/// addressees, links) show in their item's values and have no trail of their own.
/// </summary>
public static class RestoredAudit
{
    public static async Task RecordCreatedAsync(DbConnection connection, DbTransaction transaction, WriteContext write, long planId, Row row)
    {
        if (!row.Has("id") || row["id"] is not long id) return;
        var shape = await ShapeAsync(connection, transaction, planId, row.Table, id);
        if (shape is not null) await RecordAsync(connection, transaction, write, planId, row.Table, id, null, shape);
    }

    /// <summary>The row as the API returns it now, if its table is one the audit log records; null otherwise.</summary>
    public static async Task<object?> ShapeAsync(DbConnection connection, DbTransaction transaction, long planId, string table, long id) =>
        table switch
        {
            "priorities" => await PriorityData.FindAsync(connection, planId, id, transaction),
            "recommendations" => await RecommendationData.FindAsync(connection, planId, id, transaction),
            "actions" => await ActionData.FindAsync(connection, planId, id, transaction),
            "success_measures" => await connection.ExecuteScalarAsync<long?>(
                "SELECT action_id FROM success_measures WHERE id = @id", new { id }, transaction) is { } actionId
                ? await MeasureData.FindAsync(connection, planId, actionId, id, transaction)
                : null,
            "scores" => await ScoreData.FindByIdAsync(connection, id, transaction),
            "item_updates" => await connection.QuerySingleOrDefaultAsync<ItemUpdateResponse>(
                ItemUpdateData.SelectSql + "\nWHERE u.id = @id", new { id }, transaction),
            "reported_averages" => await connection.QuerySingleOrDefaultAsync<ReportedAverageResponse>(
                ReportedAverageData.SelectSql + "\nWHERE ra.id = @id", new { id }, transaction),
            "printed_figures" => await PrintedFigureData.FindAsync(connection, planId, id, transaction),
            _ => null,
        };

    public static Task RecordAsync(DbConnection connection, DbTransaction transaction, WriteContext write, long planId,
        string table, long id, object? before, object after) => table switch
    {
        "priorities" => AuditLog.RecordAsync(connection, transaction, write, "priority", id, planId, before, after),
        "recommendations" => AuditLog.RecordAsync(connection, transaction, write, "recommendation", id, planId, before, after),
        "actions" => AuditLog.RecordAsync(connection, transaction, write, "action", id, planId, before, after),
        "success_measures" => AuditLog.RecordAsync(connection, transaction, write, "measure", id, planId, before, after),
        "scores" => AuditLog.RecordAsync(connection, transaction, write, "score", id, planId, before, after),
        "item_updates" => AuditLog.RecordAsync(connection, transaction, write, "update", id, planId, before, after),
        "reported_averages" => AuditLog.RecordAsync(connection, transaction, write, "reportedAverage", id, planId, before, after),
        "printed_figures" => AuditLog.RecordAsync(connection, transaction, write, "printedFigure", id, planId, before, after),
        _ => Task.CompletedTask,
    };
}

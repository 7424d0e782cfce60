using Dapper;

namespace ActionPlanTracker.Tests.Api;

/// <summary>Reads the audit log straight from the tracker's database (either engine), to check what a write left behind.</summary>
public static class AuditRows
{
    public sealed record Entry(long Id, string OccurredAt, string Actor, string EntityType, long EntityId, long? PlanId,
        string Change, string? BeforeJson, string? AfterJson);

    public static IReadOnlyList<Entry> For(string entityType, long entityId)
    {
        using var connection = TrackerApp.Factory.OpenDatabase();
        return connection.Query<Entry>("""
            SELECT id AS Id, occurred_at AS OccurredAt, actor AS Actor, entity_type AS EntityType, entity_id AS EntityId,
                   plan_id AS PlanId, change AS Change, before_json AS BeforeJson, after_json AS AfterJson
            FROM audit_log WHERE entity_type = @entityType AND entity_id = @entityId ORDER BY id
            """, new { entityType, entityId }).AsList();
    }
}

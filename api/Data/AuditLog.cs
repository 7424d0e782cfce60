using System.Data;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;

namespace ActionPlanTracker.Data;

/// <summary>
/// Appends to the audit log inside the caller's transaction, so a change and its record commit or fail together.
/// The table refuses updates and deletes (triggers in db/0007).
/// </summary>
public static class AuditLog
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private const string InsertSql = """
        INSERT INTO audit_log (occurred_at, actor, entity_type, entity_id, plan_id, change, before_json, after_json)
        VALUES (@OccurredAt, @Actor, @EntityType, @EntityId, @PlanId, @Change, @BeforeJson, @AfterJson);
        """;

    public static Task RecordAsync(
        IDbConnection connection, IDbTransaction transaction, WriteContext context,
        string entityType, long entityId, long? planId, object? before, object? after)
    {
        var change = (before, after) switch
        {
            (null, not null) => "create",
            (not null, null) => "delete",
            _ => "update",
        };
        return connection.ExecuteAsync(InsertSql, new
        {
            OccurredAt = context.Now,
            context.Actor,
            EntityType = entityType,
            EntityId = entityId,
            PlanId = planId,
            Change = change,
            BeforeJson = before is null ? null : JsonSerializer.Serialize(before, before.GetType(), Json),
            AfterJson = after is null ? null : JsonSerializer.Serialize(after, after.GetType(), Json),
        }, transaction);
    }
}

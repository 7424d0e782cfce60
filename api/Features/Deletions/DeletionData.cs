using System.Data;
using System.Text.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Deletions;
using Dapper;
using FastEndpoints;
using System.Data.Common;

namespace ActionPlanTracker.Features.Deletions;

/// <summary>A deleted priority, recommendation, action or success measure, which can be put back as it was.</summary>
public sealed record DeletionResponse
{
    public long Id { get; init; }
    public long PlanId { get; init; }
    /// <summary>priority, recommendation, action or measure.</summary>
    public string ItemType { get; init; } = "";
    /// <summary>The deleted item's id, which it gets back when restored.</summary>
    public long ItemId { get; init; }
    /// <summary>What went, as a person would say it: the kind, the reference the grid shows and the start of the text, e.g. action 2 / A “Recruit …”.</summary>
    public string Description { get; init; } = "";
    /// <summary>How many rows of each kind went, the item itself included.</summary>
    public DeletionCounts Counts { get; init; } = new();
    public string DeletedBy { get; init; } = "";
    public string DeletedAt { get; init; } = "";
    /// <summary>When it was put back; null while it has not been.</summary>
    public string? RestoredAt { get; init; }
    public string? RestoredBy { get; init; }
}

public sealed record DeletionsRequest
{
    [RouteParam] public long PlanId { get; init; }
}

public sealed record DeletionIdRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long DeletionId { get; init; }
}

public static class DeletionData
{
    /// <summary>The item types a deletion records, with their tables.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tables = new Dictionary<string, string>
    {
        ["priority"] = "priorities", ["recommendation"] = "recommendations", ["action"] = "actions", ["measure"] = "success_measures",
    };

    private const string SelectSql = """
        SELECT id AS Id, plan_id AS PlanId, item_type AS ItemType, item_id AS ItemId, description AS Description,
               counts_json AS CountsJson, deleted_by AS DeletedBy, deleted_at AS DeletedAt,
               restored_at AS RestoredAt, restored_by AS RestoredBy
        FROM deletions
        WHERE plan_id = @planId AND (@deletionId IS NULL OR id = @deletionId)
        ORDER BY id DESC
        """;

    private const string InsertSql = """
        INSERT INTO deletions (plan_id, item_type, item_id, description, snapshot_json, counts_json, deleted_by, deleted_at)
        VALUES (@PlanId, @ItemType, @ItemId, @Description, @SnapshotJson, @CountsJson, @Actor, @Now)
        RETURNING id;
        """;

    // The grid's reference: each level's number as printed, from the priority down.
    private const string PrioritySql = "SELECT p.number AS P, NULL AS R, NULL AS A, NULL AS M, p.title AS Text FROM priorities p WHERE p.id = @itemId";

    private const string RecommendationSql = """
        SELECT p.number AS P, r.number AS R, NULL AS A, NULL AS M, r.text AS Text
        FROM recommendations r LEFT JOIN priorities p ON p.id = r.priority_id
        WHERE r.id = @itemId
        """;

    private const string ActionSql = """
        SELECT p.number AS P, r.number AS R, a.code AS A, NULL AS M, a.description AS Text
        FROM actions a
        LEFT JOIN recommendations r ON r.id = a.recommendation_id
        LEFT JOIN priorities p ON p.id = coalesce(a.priority_id, r.priority_id)
        WHERE a.id = @itemId
        """;

    private const string MeasureSql = """
        SELECT p.number AS P, r.number AS R, a.code AS A, m.number AS M, m.text AS Text
        FROM success_measures m
        JOIN actions a ON a.id = m.action_id
        LEFT JOIN recommendations r ON r.id = a.recommendation_id
        LEFT JOIN priorities p ON p.id = coalesce(a.priority_id, r.priority_id)
        WHERE m.id = @itemId
        """;

    private const string PlanDesignSql = "SELECT scale_id AS ScaleId, score_level AS ScoreLevel FROM plans WHERE id = @planId";

    public static async Task<IReadOnlyList<DeletionResponse>> ListAsync(IDbConnection connection, long planId, long? deletionId = null,
        IDbTransaction? transaction = null) =>
        (await connection.QueryAsync<DeletionRow>(SelectSql, new { planId, deletionId }, transaction)).Select(r => r.ToResponse()).ToList();

    public static async Task<DeletionResponse?> FindAsync(IDbConnection connection, long planId, long deletionId, IDbTransaction? transaction = null) =>
        (await ListAsync(connection, planId, deletionId, transaction)).SingleOrDefault();

    public static Task<string> SnapshotJsonAsync(IDbConnection connection, long deletionId, IDbTransaction transaction) =>
        connection.ExecuteScalarAsync<string>("SELECT snapshot_json FROM deletions WHERE id = @deletionId", new { deletionId }, transaction)!;

    public static Task<(long ScaleId, string ScoreLevel)> PlanDesignAsync(IDbConnection connection, long planId, IDbTransaction transaction) =>
        connection.QuerySingleAsync<(long ScaleId, string ScoreLevel)>(PlanDesignSql, new { planId }, transaction);

    /// <summary>
    /// Takes the snapshot of an item about to be deleted and records the deletion, inside the delete's transaction and
    /// before its DELETE (and before anything the delete changes on its own, such as ungrouping recommendations).
    /// Answers the deletion's id, for the <c>Undo-Location</c> header.
    /// </summary>
    public static async Task<long> RecordAsync(DbConnection connection, DbTransaction transaction, WriteContext write,
        long planId, string itemType, long itemId)
    {
        var table = Tables[itemType];
        var design = await PlanDesignAsync(connection, planId, transaction);
        var snapshot = await SnapshotTaker.TakeAsync(connection, transaction, table, itemId, design.ScaleId, design.ScoreLevel);
        var names = await connection.QuerySingleAsync<ReferenceRow>(itemType switch
        {
            "priority" => PrioritySql,
            "recommendation" => RecommendationSql,
            "action" => ActionSql,
            _ => MeasureSql,
        }, new { itemId }, transaction);
        var description = RowWords.Describe(itemType, RowWords.Reference(names.P, names.R, names.A, names.M), names.Text);
        return await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            PlanId = planId,
            ItemType = itemType,
            ItemId = itemId,
            Description = description,
            SnapshotJson = SnapshotValues.Write(snapshot),
            CountsJson = JsonSerializer.Serialize(DeletionCounts.Of(snapshot.Rows), JsonSerializerOptions.Web),
            write.Actor,
            write.Now,
        }, transaction);
    }

    /// <summary>Where a client restores a deletion; sent as <c>Undo-Location</c> by every item DELETE.</summary>
    public static string Location(long planId, long deletionId) => $"/api/plans/{planId}/deletions/{deletionId}";

    public const string UndoLocationHeader = "Undo-Location";

    /// <summary>The header's description in the OpenAPI document of each item DELETE.</summary>
    public static readonly OpenApi.DocumentedResponseHeader UndoLocationDocumented = new(204, UndoLocationHeader,
        "Where the deletion is kept (/api/plans/{planId}/deletions/{deletionId}): GET it to see what went, POST .../restore to put it all back.");

    /// <summary>What each item DELETE's description says about undo.</summary>
    public const string UndoSentence = " Answers 204 with an Undo-Location header naming the deletion: POST to that address followed by /restore "
        + "puts the item back with everything that went with it, as it was (same ids, values and versions).";

    public static void SetUndoLocation(HttpContext http, long planId, long deletionId) =>
        http.Response.Headers[UndoLocationHeader] = Location(planId, deletionId);

    // Settable properties rather than a constructor: Dapper types a NULL column as a blob, which no constructor matches.
    private sealed class ReferenceRow
    {
        public string? P { get; init; }
        public string? R { get; init; }
        public string? A { get; init; }
        public string? M { get; init; }
        public string? Text { get; init; }
    }

    private sealed record DeletionRow(long Id, long PlanId, string ItemType, long ItemId, string Description, string CountsJson,
        string DeletedBy, string DeletedAt, string? RestoredAt, string? RestoredBy)
    {
        public DeletionResponse ToResponse() => new()
        {
            Id = Id, PlanId = PlanId, ItemType = ItemType, ItemId = ItemId, Description = Description,
            Counts = JsonSerializer.Deserialize<DeletionCounts>(CountsJson, JsonSerializerOptions.Web)!,
            DeletedBy = DeletedBy, DeletedAt = DeletedAt, RestoredAt = RestoredAt, RestoredBy = RestoredBy,
        };
    }
}

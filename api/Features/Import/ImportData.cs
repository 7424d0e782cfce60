using System.Data;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Features.Common;

namespace ActionPlanTracker.Features.Import;

/// <summary>One row of the imports table, the uploaded file included.</summary>
public sealed record ImportRow
{
    public long Id { get; init; }
    public string Kind { get; init; } = "";
    public string Status { get; init; } = "";
    public long? PlanId { get; init; }
    public string FileName { get; init; } = "";
    public string Format { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public long SizeBytes { get; init; }
    public byte[] Content { get; init; } = [];
    public string? MappingJson { get; init; }
    public string CreatedBy { get; init; } = "";
    /// <summary>The account that uploaded it (db/0021): a return is judged and applied with that account's rights.</summary>
    public long? CreatedByUserId { get; init; }
    public string CreatedAt { get; init; } = "";
    public string? CommittedBy { get; init; }
    public string? CommittedAt { get; init; }
    public string? OutcomeJson { get; init; }
    /// <summary>Set when the file is a newer version of this plan (db/0022).</summary>
    public long? VersionOfPlanId { get; init; }
    /// <summary>The choices made for the scores the file disagrees with (<see cref="Versions.VersionDecisions"/>).</summary>
    public string? DecisionsJson { get; init; }
    public int Version { get; init; }
}

/// <summary>An import as lists show it: never the file, never the interpretation.</summary>
public sealed record ImportSummary
{
    public long Id { get; init; }
    /// <summary>plan or return.</summary>
    public string Kind { get; init; } = "";
    /// <summary>pending, committed or discarded.</summary>
    public string Status { get; init; } = "";
    public string FileName { get; init; } = "";
    public string Format { get; init; } = "";
    public long SizeBytes { get; init; }
    public string Sha256 { get; init; } = "";
    public long? PlanId { get; init; }
    public string CreatedBy { get; init; } = "";
    public string CreatedAt { get; init; } = "";
    public string? CommittedAt { get; init; }
}

public static class ImportData
{
    public static readonly string[] StatusValues = ["pending", "committed", "discarded"];

    private const string RowSql = """
        SELECT id AS Id, kind AS Kind, status AS Status, plan_id AS PlanId, file_name AS FileName, format AS Format,
               sha256 AS Sha256, size_bytes AS SizeBytes, content AS Content, mapping_json AS MappingJson,
               created_by AS CreatedBy, created_by_user_id AS CreatedByUserId, created_at AS CreatedAt,
               committed_by AS CommittedBy, committed_at AS CommittedAt, outcome_json AS OutcomeJson,
               version_of_plan_id AS VersionOfPlanId, decisions_json AS DecisionsJson, row_version AS Version
        FROM imports
        WHERE id = @importId
        """;

    public const string SummarySql = """
        SELECT id AS Id, kind AS Kind, status AS Status, file_name AS FileName, format AS Format, size_bytes AS SizeBytes,
               sha256 AS Sha256, plan_id AS PlanId, created_by AS CreatedBy, created_at AS CreatedAt, committed_at AS CommittedAt
        FROM imports
        """;

    private const string InsertSql = """
        INSERT INTO imports (kind, file_name, format, sha256, size_bytes, content, mapping_json, status, created_by, created_at,
                             version_of_plan_id)
        VALUES ('plan', @FileName, @Format, @Sha256, @SizeBytes, @Content, @MappingJson, 'pending', @Actor, @Now, @VersionOf)
        RETURNING id;
        """;

    /// <summary>The plan a committed import of the same file made: importing it again changes nothing.</summary>
    private const string CommittedAlreadySql = """
        SELECT i.id AS ImportId, i.plan_id AS PlanId, p.title AS PlanTitle, i.committed_at AS CommittedAt, i.outcome_json AS OutcomeJson
        FROM imports i
        JOIN plans p ON p.id = i.plan_id
        WHERE i.sha256 = @sha256 AND i.kind = 'plan' AND i.status = 'committed'
        ORDER BY i.committed_at, i.id
        LIMIT 1
        """;

    public sealed record Committed(long ImportId, long PlanId, string PlanTitle, string CommittedAt, string? OutcomeJson);

    public static string NoSuchImport(long importId) => $"No import has id {importId}.";

    public static Task<ImportRow?> FindAsync(IDbConnection connection, long importId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<ImportRow>(RowSql, new { importId }, transaction);

    /// <summary>
    /// The guard every /imports/{importId} endpoint starts with: 404 naming importId. A monthly return is read and applied
    /// under its plan (/api/plans/{planId}/returns/uploads/{importId}), with its uploader's rights, so here it is a 409 saying where.
    /// </summary>
    public static async Task<ImportRow> RequireAsync(IValidationErrors endpoint, IDbConnection connection, long importId, IDbTransaction? transaction = null)
    {
        var row = await FindAsync(connection, importId, transaction);
        if (row is null) endpoint.NotFound("importId", NoSuchImport(importId));
        if (row.Kind == "return")
            endpoint.Conflict("importId", $"Import {importId} is a monthly return for plan {row.PlanId}: read and apply it at /api/plans/{row.PlanId}/returns/uploads/{importId}.");
        return row;
    }

    public static Task<Committed?> CommittedAlreadyAsync(IDbConnection connection, string sha256, IDbTransaction? transaction = null) =>
        connection.QueryFirstOrDefaultAsync<Committed>(CommittedAlreadySql, new { sha256 }, transaction);

    public static Task<long> InsertAsync(IDbConnection connection, IDbTransaction transaction, Data.WriteContext write,
        string fileName, string format, string sha256, byte[] content, string mappingJson, long? versionOf = null) =>
        connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            FileName = fileName, Format = format, Sha256 = sha256, SizeBytes = (long)content.Length, Content = content,
            MappingJson = mappingJson, write.Actor, write.Now, VersionOf = versionOf,
        }, transaction);

    private const string InsertReturnSql = """
        INSERT INTO imports (kind, plan_id, file_name, format, sha256, size_bytes, content, status, created_by, created_by_user_id, created_at)
        VALUES ('return', @PlanId, @FileName, @Format, @Sha256, @SizeBytes, @Content, 'pending', @Actor, @UserId, @Now)
        RETURNING id;
        """;

    /// <summary>A monthly return for a plan, pending until it is applied.</summary>
    public static Task<long> InsertReturnAsync(IDbConnection connection, IDbTransaction transaction, Data.WriteContext write, long userId,
        long planId, string fileName, string format, string sha256, byte[] content) =>
        connection.ExecuteScalarAsync<long>(InsertReturnSql, new
        {
            PlanId = planId, FileName = fileName, Format = format, Sha256 = sha256, SizeBytes = (long)content.Length, Content = content,
            write.Actor, UserId = userId, write.Now,
        }, transaction);

    private const string DecisionsSql = "UPDATE imports SET decisions_json = @decisionsJson WHERE id = @importId";

    /// <summary>Keeps a version import's decisions as the dry run showed them (when made, so the row version is not bumped).</summary>
    public static Task SaveDecisionsAsync(IDbConnection connection, IDbTransaction transaction, long importId, string decisionsJson) =>
        connection.ExecuteAsync(DecisionsSql, new { importId, decisionsJson }, transaction);

    /// <summary>"pending, committed or discarded" for messages.</summary>
    public const string Statuses = "pending, committed or discarded";
}

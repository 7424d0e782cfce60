using System.Data;
using ActionPlanTracker.Domain.Import;
using Dapper;

namespace ActionPlanTracker.Features.Import.Mappings;

/// <summary>A mapping saved by name, to read next month's file the same way.</summary>
public sealed record SavedMappingResponse
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public required ImportMapping Mapping { get; init; }
    public string CreatedBy { get; init; } = "";
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
    /// <summary>Concurrency version; the same value is sent as the ETag.</summary>
    public long Version { get; init; }
}

/// <summary>A saved mapping as the list shows it, without the mapping itself.</summary>
public sealed record SavedMappingSummary(long Id, string Name, string CreatedBy, string CreatedAt, string UpdatedAt, long Version);

public static class SavedMappingData
{
    private const string SelectSql = """
        SELECT id AS Id, name AS Name, mapping_json AS MappingJson, created_by AS CreatedBy, created_at AS CreatedAt,
               updated_at AS UpdatedAt, row_version AS Version
        FROM import_mappings
        """;

    public const string ListSql = """
        SELECT id AS Id, name AS Name, created_by AS CreatedBy, created_at AS CreatedAt, updated_at AS UpdatedAt, row_version AS Version
        FROM import_mappings
        ORDER BY lower(name), id
        """;

    public const string InsertSql = """
        INSERT INTO import_mappings (name, mapping_json, created_by, created_at, updated_at)
        VALUES (@name, @mappingJson, @actor, @now, @now)
        RETURNING id;
        """;

    private sealed record Row(long Id, string Name, string MappingJson, string CreatedBy, string CreatedAt, string UpdatedAt, long Version)
    {
        public SavedMappingResponse ToResponse() => new()
        {
            Id = Id, Name = Name, Mapping = ImportJson.ReadMapping(MappingJson), CreatedBy = CreatedBy, CreatedAt = CreatedAt,
            UpdatedAt = UpdatedAt, Version = Version,
        };
    }

    public static string NoSuchMapping(long mappingId) => $"No saved mapping has id {mappingId}.";

    public static string NameTaken(string name) => $"There is already a saved mapping called \"{name}\". Choose a different name.";

    public static async Task<SavedMappingResponse?> FindAsync(IDbConnection connection, long mappingId, IDbTransaction? transaction = null) =>
        (await connection.QuerySingleOrDefaultAsync<Row>(SelectSql + "\nWHERE id = @mappingId", new { mappingId }, transaction))?.ToResponse();

    /// <summary>True when another saved mapping (not <paramref name="exceptId"/>) has this name, in any case.</summary>
    public static Task<bool> NameTakenAsync(IDbConnection connection, string name, long exceptId, IDbTransaction transaction) =>
        connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM import_mappings WHERE lower(name) = lower(@name) AND id <> @exceptId)",
            new { name, exceptId }, transaction);

    public static Task<long> InsertAsync(IDbConnection connection, IDbTransaction transaction, Data.WriteContext write, string name, ImportMapping mapping) =>
        connection.ExecuteScalarAsync<long>(InsertSql, new { name, mappingJson = ImportJson.Write(mapping), actor = write.Actor, now = write.Now }, transaction);
}

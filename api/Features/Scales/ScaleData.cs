using ActionPlanTracker.Features.Common;
using System.Data;
using Dapper;

namespace ActionPlanTracker.Features.Scales;

/// <summary>What the API returns for a rating scale; also what the audit log records before and after a change.</summary>
public sealed record ScaleResponse
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    /// <summary>The scale's direction: false for a score where 1 is the best position; null when the source never said.</summary>
    public bool? HigherIsBetter { get; init; }
    /// <summary>True when the source never said which end of the scale is good.</summary>
    public bool DirectionNotStated => HigherIsBetter is null;
    /// <summary>Shipped with the tracker; cannot be changed or deleted, only copied.</summary>
    public bool IsBuiltIn { get; init; }
    /// <summary>Concurrency version; the same value is sent as the ETag.</summary>
    public long Version { get; init; }
    /// <summary>In value order.</summary>
    public IReadOnlyList<ScaleLevelResponse> Levels { get; init; } = [];
}

public sealed record ScaleLevelResponse
{
    /// <summary>Scores refer to this id; it stays the same when the level's label, meaning or colour change.</summary>
    public long Id { get; init; }
    /// <summary>0 or more; "no score" is never a level.</summary>
    public int Value { get; init; }
    public string Label { get; init; } = "";
    public string? Meaning { get; init; }
    /// <summary>#rrggbb; null when the plan gives the level no colour.</summary>
    public string? Colour { get; init; }
    public bool MeansComplete { get; init; }
}

public static class ScaleData
{
    private const string ScalesSql = """
        SELECT s.id               AS Id,
               s.name             AS Name,
               s.description      AS Description,
               s.higher_is_better AS HigherIsBetter,
               s.is_built_in      AS IsBuiltIn,
               s.row_version      AS Version
        FROM rating_scales s
        """;

    private const string LevelsSql = """
        SELECT l.scale_id       AS ScaleId,
               l.id             AS Id,
               l.value          AS Value,
               l.label          AS Label,
               l.meaning        AS Meaning,
               l.colour         AS Colour,
               l.means_complete AS MeansComplete
        FROM scale_levels l
        """;

    // Built-in scales first, as the usual starting points, then the council's own by name.
    private const string ListSql = ScalesSql + "\nORDER BY s.is_built_in DESC, lower(s.name), s.id;\n"
                                 + LevelsSql + "\nORDER BY l.scale_id, l.value;";

    private const string FindSql = ScalesSql + "\nWHERE s.id = @scaleId;\n"
                                 + LevelsSql + "\nWHERE l.scale_id = @scaleId ORDER BY l.value;";

    private const string InsertLevelSql = """
        INSERT INTO scale_levels (scale_id, value, label, meaning, colour, means_complete)
        VALUES (@ScaleId, @Value, @Label, @Meaning, @Colour, @MeansComplete);
        """;

    public static Task<bool> ExistsAsync(IDbConnection connection, long scaleId, IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM rating_scales WHERE id = @scaleId)", new { scaleId }, transaction);

    /// <summary>True when another scale (other than <paramref name="exceptId"/>) already has this name, in any case.</summary>
    public static Task<bool> NameTakenAsync(IDbConnection connection, string name, long exceptId, IDbTransaction transaction) =>
        connection.ExecuteScalarAsync<bool>(
            "SELECT EXISTS (SELECT 1 FROM rating_scales WHERE lower(name) = lower(@name) AND id <> @exceptId)", new { name, exceptId }, transaction);

    /// <summary>Adds levels to a scale (one statement per level).</summary>
    public static Task InsertLevelsAsync(IDbConnection connection, long scaleId, IEnumerable<ScaleLevelRequest> levels, IDbTransaction transaction) =>
        connection.ExecuteAsync(InsertLevelSql, levels.Select(l => LevelParameters(scaleId, l)), transaction);

    /// <summary>A level as stored: label trimmed, blank meaning as NULL, colour in lower case like the built-in scales.</summary>
    public static object LevelParameters(long scaleId, ScaleLevelRequest level) => new
    {
        ScaleId = scaleId, level.Value, Label = level.Label.Trim(), Meaning = Written.OrNull(level.Meaning),
        Colour = string.IsNullOrWhiteSpace(level.Colour) ? null : level.Colour.Trim().ToLowerInvariant(), level.MeansComplete,
    };


    /// <summary>Every scale with its levels, in two queries stitched in memory.</summary>
    public static async Task<IReadOnlyList<ScaleResponse>> ListAsync(IDbConnection connection)
    {
        await using var results = await connection.QueryMultipleAsync(ListSql);
        var scales = (await results.ReadAsync<ScaleResponse>()).AsList();
        var levels = (await results.ReadAsync<LevelRow>()).ToLookup(l => l.ScaleId, l => l.ToResponse());
        return scales.Select(s => s with { Levels = levels[s.Id].ToList() }).ToList();
    }

    public static async Task<ScaleResponse?> FindAsync(IDbConnection connection, long scaleId, IDbTransaction? transaction = null)
    {
        await using var results = await connection.QueryMultipleAsync(FindSql, new { scaleId }, transaction);
        var scale = await results.ReadSingleOrDefaultAsync<ScaleResponse>();
        var levels = await results.ReadAsync<LevelRow>();
        return scale is null ? null : scale with { Levels = levels.Select(l => l.ToResponse()).ToList() };
    }

    private sealed record LevelRow
    {
        public long ScaleId { get; init; }
        public long Id { get; init; }
        public int Value { get; init; }
        public string Label { get; init; } = "";
        public string? Meaning { get; init; }
        public string? Colour { get; init; }
        public bool MeansComplete { get; init; }

        public ScaleLevelResponse ToResponse() => new()
        {
            Id = Id, Value = Value, Label = Label, Meaning = Meaning, Colour = Colour, MeansComplete = MeansComplete,
        };
    }
}

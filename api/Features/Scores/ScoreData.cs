using System.Data;
using Dapper;

namespace ActionPlanTracker.Features.Scores;

/// <summary>One item's score in one review. Level null means "explicitly no score", never zero.</summary>
public sealed record ScoreResponse
{
    public long Id { get; init; }
    public long ReviewId { get; init; }
    /// <summary>recommendation, action or measure.</summary>
    public string ItemType { get; init; } = "";
    public long ItemId { get; init; }
    /// <summary>The level's value on the plan's scale, or null for "no score".</summary>
    public int? Level { get; init; }
    public string? LevelLabel { get; init; }
    public string? LevelColour { get; init; }
    public bool? MeansComplete { get; init; }
    /// <summary>What the spreadsheet cell said, kept on import ("update not available", "0").</summary>
    public string? RecordedAs { get; init; }
    public string? Narrative { get; init; }
    public DateOnly? NarrativeDate { get; init; }
    public string? DirectionOverride { get; init; }
    public string? DirectionOverrideReason { get; init; }
    public string? DirectionOverrideBy { get; init; }
    public string? DirectionOverrideAt { get; init; }
    /// <summary>The evidence given for a complete level: a link or a note.</summary>
    public string? Evidence { get; init; }
    /// <summary>For complete levels: pending (waiting for the board), signedOff or rejected; null when no sign-off applies.</summary>
    public string? SignOffStatus { get; init; }
    public string? SignOffBy { get; init; }
    public string? SignOffAt { get; init; }
    /// <summary>What the board said when signing off or rejecting.</summary>
    public string? SignOffNote { get; init; }
    /// <summary>The document the score was copied from, when it was printed before the tracker existed.</summary>
    public string? SourceDocument { get; init; }
    /// <summary>True for a complete level copied from a source document: complete as printed, not signed off in the tracker.</summary>
    public bool CompleteAsPrinted => MeansComplete == true && SourceDocument is not null && SignOffStatus is null;
    /// <summary>The direction of travel the source printed (improving, maintained, declining).</summary>
    public string? PrintedDirection { get; init; }
    /// <summary>The direction of travel exactly as printed.</summary>
    public string? PrintedDirectionText { get; init; }
    public string UpdatedBy { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
    public long Version { get; init; }
}

/// <summary>The kinds of row a score can belong to, as they appear in routes (plural) and in bodies (singular).</summary>
public sealed record ScoredItemType(string Route, string Name, string Column, string ExistsSql)
{
    public static readonly ScoredItemType Recommendation = new("recommendations", "recommendation", "recommendation_id",
        "SELECT EXISTS (SELECT 1 FROM recommendations WHERE id = @itemId AND plan_id = @planId)");
    public static readonly ScoredItemType Action = new("actions", "action", "action_id",
        "SELECT EXISTS (SELECT 1 FROM actions WHERE id = @itemId AND plan_id = @planId)");
    public static readonly ScoredItemType Measure = new("measures", "measure", "measure_id",
        "SELECT EXISTS (SELECT 1 FROM success_measures WHERE id = @itemId AND plan_id = @planId)");

    public static readonly IReadOnlyList<ScoredItemType> All = [Recommendation, Action, Measure];

    /// <summary>
    /// From a route's {itemType}: the singular name, as everywhere else in the API (items/{kind}, bodies, the audit log);
    /// the plural the score routes first used is still accepted, but only the singular is documented.
    /// </summary>
    public static ScoredItemType? FromRoute(string? route) => All.FirstOrDefault(t => t.Name == route || t.Route == route);

    /// <summary>The item kinds a score can belong to, singular: the one spelling the OpenAPI document gives.</summary>
    public static readonly string[] Names = ["recommendation", "action", "measure"];

    /// <summary>From the singular name, as in /items/{kind}/... routes and in bodies.</summary>
    public static ScoredItemType? FromName(string? name) => All.FirstOrDefault(t => t.Name == name);

    public const string NameValues = "recommendation, action or measure";
}

public static class ScoreData
{
    /// <summary>A score's columns, from <c>scores sc LEFT JOIN scale_levels l</c>: for queries that read scores beside other rows.</summary>
    public const string ColumnsSql = """
        sc.id                AS Id,
               sc.review_id         AS ReviewId,
               CASE WHEN sc.recommendation_id IS NOT NULL THEN 'recommendation'
                    WHEN sc.action_id IS NOT NULL THEN 'action'
                    ELSE 'measure' END AS ItemType,
               coalesce(sc.recommendation_id, sc.action_id, sc.measure_id) AS ItemId,
               l.value              AS Level,
               l.label              AS LevelLabel,
               l.colour             AS LevelColour,
               l.means_complete     AS MeansComplete,
               sc.recorded_as       AS RecordedAs,
               sc.narrative         AS Narrative,
               sc.narrative_date    AS NarrativeDate,
               sc.direction_override        AS DirectionOverride,
               sc.direction_override_reason AS DirectionOverrideReason,
               sc.direction_override_by     AS DirectionOverrideBy,
               sc.direction_override_at     AS DirectionOverrideAt,
               sc.evidence          AS Evidence,
               sc.sign_off_status   AS SignOffStatus,
               sc.sign_off_by       AS SignOffBy,
               sc.sign_off_at       AS SignOffAt,
               sc.sign_off_note     AS SignOffNote,
               sc.source_document   AS SourceDocument,
               sc.printed_direction AS PrintedDirection,
               sc.printed_direction_text AS PrintedDirectionText,
               sc.updated_by        AS UpdatedBy,
               sc.updated_at        AS UpdatedAt,
               sc.row_version       AS Version
        """;

    public const string SelectSql = $"""
        SELECT {ColumnsSql}
        FROM scores sc
        LEFT JOIN scale_levels l ON l.id = sc.level_id
        """;

    public static Task<ScoreResponse?> FindAsync(IDbConnection connection, long reviewId, ScoredItemType type, long itemId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<ScoreResponse>(type.Name switch
        {
            "recommendation" => SelectSql + "\nWHERE sc.review_id = @reviewId AND sc.recommendation_id = @itemId",
            "action" => SelectSql + "\nWHERE sc.review_id = @reviewId AND sc.action_id = @itemId",
            _ => SelectSql + "\nWHERE sc.review_id = @reviewId AND sc.measure_id = @itemId",
        }, new { reviewId, itemId }, transaction);

    public static Task<ScoreResponse?> FindByIdAsync(IDbConnection connection, long scoreId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<ScoreResponse>(SelectSql + "\nWHERE sc.id = @scoreId", new { scoreId }, transaction);
}

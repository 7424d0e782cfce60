using System.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

/// <summary>What the API returns for an inspection; also what the audit log records before and after a change.</summary>
public sealed record InspectionResponse
{
    public long Id { get; init; }
    /// <summary>Who inspected, as the report names them: "Ofsted", "HMIP".</summary>
    public string Inspectorate { get; init; } = "";
    /// <summary>The kind of inspection: "ILACS", "Single Inspection Framework", "Youth justice inspection", "SEND local area inspection".</summary>
    public string? Kind { get; init; }
    /// <summary>The report's title, as printed.</summary>
    public string? Title { get; init; }
    /// <summary>The first day of the inspection's fieldwork.</summary>
    public DateOnly? StartedOn { get; init; }
    /// <summary>The last day of the inspection's fieldwork.</summary>
    public DateOnly? EndedOn { get; init; }
    /// <summary>When the report was published.</summary>
    public DateOnly? PublishedOn { get; init; }
    /// <summary>The overall judgement as printed, e.g. "Requires improvement to be good".</summary>
    public string? OverallJudgement { get; init; }
    /// <summary>The overall judgement's value on the inspectorate's scale (HMIP: 0 Inadequate to 3 Outstanding).</summary>
    public int? OverallLevel { get; init; }
    /// <summary>The inspectorate's own scale that the levels are values on; null when none was chosen.</summary>
    public long? JudgementScaleId { get; init; }
    public string? JudgementScaleName { get; init; }
    /// <summary>Where the report is: a URL or a reference.</summary>
    public string? ReportReference { get; init; }
    /// <summary>The judgements per area (or per key question), in the report's order.</summary>
    public IReadOnlyList<JudgementResponse> Judgements { get; init; } = [];
    /// <summary>The plans that answer this inspection, by title.</summary>
    public IReadOnlyList<InspectionPlanRef> Plans { get; init; } = [];
    /// <summary>Concurrency version; the same value is sent as the ETag.</summary>
    public long Version { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

/// <summary>One area's judgement as the report prints it.</summary>
public sealed record JudgementResponse
{
    /// <summary>The area or key question, e.g. "Children who need help and protection".</summary>
    public string Area { get; init; } = "";
    /// <summary>The judgement as printed, e.g. "Good".</summary>
    public string? Judgement { get; init; }
    /// <summary>Its value on the inspection's judgement scale.</summary>
    public int? Level { get; init; }
    /// <summary>A score as printed, e.g. "26/36".</summary>
    public string? ScoreText { get; init; }
    /// <summary>A percentage the report gives, 0 to 100.</summary>
    public double? Percentage { get; init; }
}

/// <summary>A plan that answers an inspection.</summary>
public sealed record InspectionPlanRef
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
}

public static class InspectionData
{
    private const string Filter = "\nWHERE (@inspectionId IS NULL OR i.id = @inspectionId)\n";

    // Inspections, their judgements and the plans answering them in one round trip, stitched in memory.
    // Most recently published first; those without a publication date (still being entered) after them.
    private const string ListSql = """
        SELECT i.id                 AS Id,
               i.inspectorate       AS Inspectorate,
               i.kind               AS Kind,
               i.title              AS Title,
               i.started_on         AS StartedOn,
               i.ended_on           AS EndedOn,
               i.published_on       AS PublishedOn,
               i.overall_judgement  AS OverallJudgement,
               i.overall_level      AS OverallLevel,
               i.judgement_scale_id AS JudgementScaleId,
               s.name               AS JudgementScaleName,
               i.report_reference   AS ReportReference,
               i.row_version        AS Version,
               i.created_at         AS CreatedAt,
               i.updated_at         AS UpdatedAt
        FROM inspections i
        LEFT JOIN rating_scales s ON s.id = i.judgement_scale_id
        """ + Filter + """
        ORDER BY i.published_on IS NULL, i.published_on DESC, i.id DESC;

        SELECT j.inspection_id AS InspectionId,
               j.area          AS Area,
               j.judgement     AS Judgement,
               j.level         AS Level,
               j.score_text    AS ScoreText,
               j.percentage    AS Percentage
        FROM inspection_judgements j
        JOIN inspections i ON i.id = j.inspection_id
        """ + Filter + """
        ORDER BY j.inspection_id, j.position;

        SELECT p.inspection_id AS InspectionId,
               p.id            AS Id,
               p.title         AS Title
        FROM plans p
        JOIN inspections i ON i.id = p.inspection_id
        """ + Filter + """
        ORDER BY lower(p.title), p.id;
        """;

    private const string DeleteJudgementsSql = "DELETE FROM inspection_judgements WHERE inspection_id = @inspectionId";

    private const string InsertJudgementSql = """
        INSERT INTO inspection_judgements (inspection_id, position, area, judgement, level, score_text, percentage)
        VALUES (@inspectionId, @position, @Area, @Judgement, @Level, @ScoreText, @Percentage);
        """;

    /// <summary>Every inspection, or only one.</summary>
    public static async Task<IReadOnlyList<InspectionResponse>> ListAsync(
        IDbConnection connection, long? inspectionId = null, IDbTransaction? transaction = null)
    {
        await using var grid = await connection.QueryMultipleAsync(ListSql, new { inspectionId }, transaction);
        var inspections = await grid.ReadAsync<InspectionResponse>();
        var judgements = (await grid.ReadAsync<JudgementRow>()).ToLookup(j => j.InspectionId, j => j.ToResponse());
        var plans = (await grid.ReadAsync<PlanRow>()).ToLookup(p => p.InspectionId, p => new InspectionPlanRef { Id = p.Id, Title = p.Title });
        return inspections.Select(i => i with { Judgements = judgements[i.Id].ToList(), Plans = plans[i.Id].ToList() }).ToList();
    }

    public static async Task<InspectionResponse?> FindAsync(IDbConnection connection, long inspectionId, IDbTransaction? transaction = null) =>
        (await ListAsync(connection, inspectionId, transaction)).SingleOrDefault();

    public static Task<bool> ExistsAsync(IDbConnection connection, long inspectionId, IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM inspections WHERE id = @inspectionId)", new { inspectionId }, transaction);

    public static string NoSuchInspection(long inspectionId) => $"No inspection has id {inspectionId}.";

    /// <summary>The guard every endpoint under /inspections/{inspectionId} starts with: 404 naming inspectionId.</summary>
    public static async Task RequireAsync(IValidationErrors endpoint, IDbConnection connection, long inspectionId, IDbTransaction? transaction = null)
    {
        if (!await ExistsAsync(connection, inspectionId, transaction)) endpoint.NotFound("inspectionId", NoSuchInspection(inspectionId));
    }

    /// <summary>Replaces the judgements with <paramref name="judgements"/>, keeping their order.</summary>
    public static async Task SaveJudgementsAsync(
        IDbConnection connection, long inspectionId, IReadOnlyList<JudgementRequest> judgements, IDbTransaction transaction)
    {
        await connection.ExecuteAsync(DeleteJudgementsSql, new { inspectionId }, transaction);
        await connection.ExecuteAsync(InsertJudgementSql, judgements.Select((j, index) => new
        {
            inspectionId, position = index + 1, Area = j.Area.Trim(), Judgement = Clean(j.Judgement), j.Level,
            ScoreText = Clean(j.ScoreText), j.Percentage,
        }), transaction);
    }

    /// <summary>Optional text as it is stored: trimmed, and nothing at all when only spaces were sent.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record JudgementRow
    {
        public long InspectionId { get; init; }
        public string Area { get; init; } = "";
        public string? Judgement { get; init; }
        public int? Level { get; init; }
        public string? ScoreText { get; init; }
        public double? Percentage { get; init; }

        public JudgementResponse ToResponse() => new()
        {
            Area = Area, Judgement = Judgement, Level = Level, ScoreText = ScoreText, Percentage = Percentage,
        };
    }

    private sealed record PlanRow
    {
        public long InspectionId { get; init; }
        public long Id { get; init; }
        public string Title { get; init; } = "";
    }
}

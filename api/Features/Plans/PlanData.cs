using System.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Plans;

/// <summary>What the API returns for a plan; also what the audit log records before and after a change.</summary>
public sealed record PlanResponse
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    /// <summary>Inspectorate or review type, e.g. "Ofsted ILACS", "SEND local area peer review".</summary>
    public string SourceType { get; init; } = "";
    public DateOnly? SourceReportDate { get; init; }
    /// <summary>Overall judgement as the report gives it, e.g. "Requires improvement to be good".</summary>
    public string? OverallJudgement { get; init; }
    /// <summary>The document version the council prints in the plan's header ("v3.2").</summary>
    public string? PlanVersion { get; init; }
    /// <summary>The date the plan's header gives for this version.</summary>
    public DateOnly? PlanDate { get; init; }
    /// <summary>What the plan calls its leads column, as printed; null for the tracker's word, "Lead".</summary>
    public string? LeadHeading { get; init; }
    /// <summary>What the plan calls its owners column, as printed ("Responsible officer"); null for "Owner".</summary>
    public string? OwnerHeading { get; init; }
    /// <summary>draft, active, or closed (signed off as business as usual).</summary>
    public string Status { get; init; } = "";
    public long ScaleId { get; init; }
    public string ScaleName { get; init; } = "";
    public bool GroupedByPriority { get; init; }
    /// <summary>Which rows carry scores: recommendation, action or measure.</summary>
    public string ScoreLevel { get; init; } = "";
    /// <summary>The inspection the plan answers (GET /api/inspections/{inspectionId}); null when it answers none.</summary>
    public long? InspectionId { get; init; }
    /// <summary>Concurrency version; the same value is sent as the ETag.</summary>
    public long Version { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

public static class PlanData
{
    public const string Statuses = "draft, active or closed";
    public static readonly string[] StatusValues = ["draft", "active", "closed"];
    public static readonly string[] ScoreLevels = ["recommendation", "action", "measure"];

    private const string SelectSql = """
        SELECT p.id                  AS Id,
               p.title               AS Title,
               p.source_type         AS SourceType,
               p.source_report_date  AS SourceReportDate,
               p.overall_judgement   AS OverallJudgement,
               p.plan_version        AS PlanVersion,
               p.plan_date           AS PlanDate,
               p.lead_heading        AS LeadHeading,
               p.owner_heading       AS OwnerHeading,
               p.status              AS Status,
               p.scale_id            AS ScaleId,
               s.name                AS ScaleName,
               p.grouped_by_priority AS GroupedByPriority,
               p.score_level         AS ScoreLevel,
               p.inspection_id       AS InspectionId,
               p.row_version         AS Version,
               p.created_at          AS CreatedAt,
               p.updated_at          AS UpdatedAt
        FROM plans p
        JOIN rating_scales s ON s.id = p.scale_id
        """;

    public const string ListSql = SelectSql + "\nORDER BY p.status = 'closed', p.updated_at DESC, p.id";

    public static Task<PlanResponse?> FindAsync(IDbConnection connection, long planId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<PlanResponse>(SelectSql + "\nWHERE p.id = @planId", new { planId }, transaction);

    public static Task<bool> ExistsAsync(IDbConnection connection, long planId, IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM plans WHERE id = @planId)", new { planId }, transaction);


    public static string NoSuchPlan(long planId) => $"No plan has id {planId}.";

    /// <summary>The guard every endpoint under /plans/{planId} starts with: 404 naming planId when there is no such plan.</summary>
    public static async Task RequireAsync(IValidationErrors endpoint, IDbConnection connection, long planId, IDbTransaction? transaction = null)
    {
        if (!await ExistsAsync(connection, planId, transaction)) endpoint.NotFound("planId", NoSuchPlan(planId));
    }
}

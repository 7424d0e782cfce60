using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Audit;

public sealed record PlanAuditRequest : AuditQuery
{
    public long PlanId { get; init; }
    /// <summary>Only changes to this kind of item: plan, priority, recommendation, action, measure, review, score or reportedAverage.</summary>
    [OpenApi.OneOf(typeof(AuditData), nameof(AuditData.EntityTypes))]
    [QueryParam] public string? EntityType { get; init; }
}

public sealed class GetPlanAudit(Database database) : Endpoint<PlanAuditRequest, AuditPage>
{
    public sealed class Validator : Validator<PlanAuditRequest>
    {
        public Validator()
        {
            Include(new AuditQueryRules());
            RuleFor(r => r.EntityType).Must(t => string.IsNullOrEmpty(t) || AuditData.EntityTypes.Contains(t))
                .WithMessage($"Entity type must be one of {AuditData.EntityTypeList}.");
        }
    }

    // A plan's own entries carry plan_id too; matching entity_type = 'plan' as well keeps them in the trail even if one
    // were written without it.
    private const string WhereSql = $"""
        WHERE (plan_id = @planId OR (entity_type = 'plan' AND entity_id = @planId))
          AND (@entityType IS NULL OR entity_type = @entityType)
        {AuditData.FiltersSql}
        """;

    private const string PageSql = $"""
        SELECT COUNT(*) FROM audit_log
        {WhereSql};
        {AuditData.SelectSql}
        {WhereSql}
        {AuditData.NewestFirstPageSql};
        """;

    // The log outlives the plan (no foreign keys), so a deleted plan's trail stays readable; only a plan the tracker
    // has never heard of is a 404.
    private const string KnownSql = """
        SELECT EXISTS (SELECT 1 FROM plans WHERE id = @planId)
            OR EXISTS (SELECT 1 FROM audit_log WHERE plan_id = @planId OR (entity_type = 'plan' AND entity_id = @planId))
        """;

    public override void Configure()
    {
        Get("/plans/{planId}/audit");
        Roles(Allowed.Readers);
        Description(b => b.Produces<AuditPage>(200).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "A plan's audit trail: every change to the plan and everything in it, newest first, with the values before and after";
            s.Description = "Filter by who made the change (actor), a date range (from, to: yyyy-MM-dd, inclusive, UTC), the kind of change "
                + "and the kind of item; page with page and pageSize. A deleted plan's trail can still be read. "
                + "The log is append-only: no endpoint changes or removes its entries.";
        });
    }

    public override async Task HandleAsync(PlanAuditRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginReadTransaction();
        if (!await connection.ExecuteScalarAsync<bool>(KnownSql, new { planId = request.PlanId }, transaction))
            this.NotFound("planId", $"No plan has id {request.PlanId}, and the audit log holds nothing about one.");

        var scope = new { planId = request.PlanId, entityType = string.IsNullOrEmpty(request.EntityType) ? null : request.EntityType };
        var page = await AuditData.ReadPageAsync(connection, transaction, PageSql, request, scope);
        await Send.OkAsync(page, ct);
    }
}

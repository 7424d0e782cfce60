using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Plans;

public sealed record UpdatePlanRequest : PlanRequest
{
    [RouteParam] public long PlanId { get; init; }
}

public sealed class UpdatePlan(Database database, Clock clock) : Endpoint<UpdatePlanRequest, PlanResponse>
{
    public sealed class Validator : Validator<UpdatePlanRequest>
    {
        public Validator() => Include(new PlanRules());
    }

    private const string UpdateSql = """
        UPDATE plans
        SET title = @Title, source_type = @SourceType, source_report_date = @SourceReportDate,
            overall_judgement = @OverallJudgement, plan_version = @PlanVersion, plan_date = @PlanDate,
            lead_heading = @LeadHeading, owner_heading = @OwnerHeading, status = @Status, scale_id = @ScaleId,
            grouped_by_priority = @GroupedByPriority, score_level = @ScoreLevel, inspection_id = @InspectionId,
            updated_at = @Now, row_version = row_version + 1
        WHERE id = @PlanId AND row_version = @Version;
        """;

    // A plan's scale and score level decide what every stored score means; they cannot change under existing scores.
    private const string HasScoresSql = """
        SELECT EXISTS (SELECT 1 FROM scores sc JOIN reviews r ON r.id = sc.review_id
                       WHERE r.plan_id = @planId AND sc.level_id IS NOT NULL)
        """;

    public override void Configure()
    {
        Put("/plans/{planId}");
        Roles(Allowed.Board);
        Description(b => b.Produces<PlanResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Change a plan's details");
    }

    public override async Task HandleAsync(UpdatePlanRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var plan = request;
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await PlanData.FindAsync(connection, request.PlanId, transaction);
        if (before is null) this.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
        Etags.Require(this, HttpContext, before.Version);
        if (!await Scales.ScaleData.ExistsAsync(connection, plan.ScaleId, transaction))
            this.Invalid("scaleId", $"No rating scale has id {plan.ScaleId}.");
        if ((plan.ScaleId != before.ScaleId || plan.ScoreLevel != before.ScoreLevel)
            && await connection.ExecuteScalarAsync<bool>(HasScoresSql, new { planId = request.PlanId }, transaction))
            this.Conflict(plan.ScaleId != before.ScaleId ? "scaleId" : "scoreLevel",
                "This plan already has scores; its rating scale and score level cannot change. Start a new plan version instead.");
        await Inspections.PlanInspection.CheckAsync(this, connection, transaction, plan.InspectionId, before.Id, before.InspectionId);

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.PlanId, before.Version, plan.Title, plan.SourceType, plan.SourceReportDate, plan.OverallJudgement,
            plan.PlanVersion, plan.PlanDate, LeadHeading = Written.OrNull(plan.LeadHeading),
            OwnerHeading = Written.OrNull(plan.OwnerHeading), plan.Status, plan.ScaleId, plan.GroupedByPriority, plan.ScoreLevel, plan.InspectionId, write.Now,
        }, transaction);
        var after = (await PlanData.FindAsync(connection, request.PlanId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "plan", after.Id, after.Id, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

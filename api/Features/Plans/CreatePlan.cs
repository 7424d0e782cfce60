using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Plans;

public record PlanRequest
{
    public string Title { get; init; } = "";
    public string SourceType { get; init; } = "";
    public DateOnly? SourceReportDate { get; init; }
    public string? OverallJudgement { get; init; }
    public string? PlanVersion { get; init; }
    /// <summary>The date the plan's header gives for this version.</summary>
    public DateOnly? PlanDate { get; init; }
    /// <summary>What the plan calls its leads column, as printed ("Assigned lead"); leave it out for the tracker's word, "Lead".</summary>
    public string? LeadHeading { get; init; }
    /// <summary>What the plan calls its owners column, as printed ("Owner(s)", "Responsible officer"); leave it out for "Owner".</summary>
    public string? OwnerHeading { get; init; }
    /// <summary>draft (default), active, or closed.</summary>
    [OpenApi.OneOf(typeof(PlanData), nameof(PlanData.StatusValues))]
    public string Status { get; init; } = "draft";
    public long ScaleId { get; init; }
    public bool GroupedByPriority { get; init; }
    /// <summary>recommendation (default), action, or measure.</summary>
    [OpenApi.OneOf(typeof(PlanData), nameof(PlanData.ScoreLevels))]
    public string ScoreLevel { get; init; } = "recommendation";
    /// <summary>The inspection the plan answers (GET /api/inspections); leave out when it answers none.</summary>
    public long? InspectionId { get; init; }
}

/// <summary>The rules shared by create and update; the scale's existence is checked against the database in the handler.</summary>
public sealed class PlanRules : AbstractValidator<PlanRequest>
{
    public PlanRules()
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage("Enter the plan's title.").MaximumLength(300);
        RuleFor(r => r.SourceType).NotEmpty().WithMessage("Enter what the plan answers, for example \"Ofsted ILACS inspection\".").MaximumLength(200);
        RuleFor(r => r.OverallJudgement).MaximumLength(300);
        RuleFor(r => r.PlanVersion).MaximumLength(50);
        RuleFor(r => r.LeadHeading).MaximumLength(100);
        RuleFor(r => r.OwnerHeading).MaximumLength(100);
        RuleFor(r => r.PlanDate).Must(d => d is null || d.Value.Year is >= 1990 and <= 2100).WithMessage("Enter a plan date between 1990 and 2100.");
        RuleFor(r => r.Status).Must(s => PlanData.StatusValues.Contains(s)).WithMessage($"Status must be {PlanData.Statuses}.");
        RuleFor(r => r.ScaleId).GreaterThan(0).WithMessage("Choose the plan's rating scale.");
        RuleFor(r => r.ScoreLevel).Must(s => PlanData.ScoreLevels.Contains(s)).WithMessage("Score level must be recommendation, action or measure.");
        RuleFor(r => r.InspectionId).GreaterThan(0).When(r => r.InspectionId is not null).WithMessage("Choose the inspection the plan answers, or leave it out.");
        RuleFor(r => r.SourceReportDate).Must(d => d is null || d.Value.Year is >= 1990 and <= 2100).WithMessage("Enter a report date between 1990 and 2100.");
    }
}

public sealed class CreatePlan(Database database, Clock clock) : Endpoint<PlanRequest, PlanResponse>
{
    public sealed class Validator : Validator<PlanRequest>
    {
        public Validator() => Include(new PlanRules());
    }

    private const string InsertSql = """
        INSERT INTO plans (title, source_type, source_report_date, overall_judgement, plan_version, plan_date, lead_heading,
                           owner_heading, status, scale_id, grouped_by_priority, score_level, inspection_id, created_at, updated_at)
        VALUES (@Title, @SourceType, @SourceReportDate, @OverallJudgement, @PlanVersion, @PlanDate, @LeadHeading,
                @OwnerHeading, @Status, @ScaleId, @GroupedByPriority, @ScoreLevel, @InspectionId, @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/plans");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<PlanResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(409));
        Summary(s => s.Summary = "Create a plan");
    }

    public override async Task HandleAsync(PlanRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        if (!await Scales.ScaleData.ExistsAsync(connection, request.ScaleId, transaction))
            this.Invalid(nameof(PlanRequest.ScaleId).ToCamel(), $"No rating scale has id {request.ScaleId}.");
        await Inspections.PlanInspection.CheckAsync(this, connection, transaction, request.InspectionId);

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.Title, request.SourceType, request.SourceReportDate, request.OverallJudgement, request.PlanVersion,
            request.PlanDate, LeadHeading = Written.OrNull(request.LeadHeading), OwnerHeading = Written.OrNull(request.OwnerHeading),
            request.Status, request.ScaleId, request.GroupedByPriority, request.ScoreLevel, request.InspectionId, write.Now,
        }, transaction);
        var created = (await PlanData.FindAsync(connection, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "plan", id, id, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetPlan>(new { planId = id }, created, cancellation: ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Inspections;

public record InspectionRequest
{
    /// <summary>Who inspected, as the report names them: "Ofsted", "HMIP".</summary>
    public string Inspectorate { get; init; } = "";
    /// <summary>"ILACS", "Single Inspection Framework", "Youth justice inspection", "SEND local area inspection".</summary>
    public string? Kind { get; init; }
    /// <summary>The report's title, as printed.</summary>
    public string? Title { get; init; }
    public DateOnly? StartedOn { get; init; }
    public DateOnly? EndedOn { get; init; }
    public DateOnly? PublishedOn { get; init; }
    /// <summary>The overall judgement as printed, e.g. "Requires improvement to be good".</summary>
    public string? OverallJudgement { get; init; }
    /// <summary>The overall judgement's value on the inspectorate's scale, 0 to 100 (HMIP: 0 Inadequate to 3 Outstanding).</summary>
    public int? OverallLevel { get; init; }
    /// <summary>The rating scale the levels are values on (the inspectorate's own); leave out when there is none.</summary>
    public long? JudgementScaleId { get; init; }
    /// <summary>Where the report is: a URL or a reference.</summary>
    public string? ReportReference { get; init; }
    /// <summary>The judgements per area, in the report's order; an update replaces the list.</summary>
    public IReadOnlyList<JudgementRequest>? Judgements { get; init; }
}

public sealed record JudgementRequest
{
    /// <summary>The area or key question, e.g. "Children who need help and protection"; each area once.</summary>
    public string Area { get; init; } = "";
    /// <summary>The judgement as printed, e.g. "Requires improvement to be good".</summary>
    public string? Judgement { get; init; }
    /// <summary>Its value on the inspection's judgement scale, 0 to 100.</summary>
    public int? Level { get; init; }
    /// <summary>A score as printed, e.g. "26/36".</summary>
    public string? ScoreText { get; init; }
    /// <summary>A percentage the report gives, 0 to 100.</summary>
    public double? Percentage { get; init; }
}

/// <summary>The rules shared by create and update; the scale's existence is checked in the handler.</summary>
public sealed class InspectionRules : AbstractValidator<InspectionRequest>
{
    /// <summary>Ofsted judges five areas and HMIP a dozen key questions; a cap keeps a request from sending thousands.</summary>
    public const int MaxJudgements = 40;

    /// <summary>Levels are values on an inspectorate's scale; none uses more than a handful.</summary>
    public const int MaxLevel = 100;

    public InspectionRules()
    {
        RuleFor(r => r.Inspectorate).NotEmpty().WithMessage("Enter who inspected, for example Ofsted or HMIP.").MaximumLength(100);
        RuleFor(r => r.Kind).MaximumLength(200);
        RuleFor(r => r.Title).MaximumLength(300);
        RuleFor(r => r.OverallJudgement).MaximumLength(300);
        RuleFor(r => r.ReportReference).MaximumLength(2000);
        RuleFor(r => r.OverallLevel).InclusiveBetween(0, MaxLevel);
        RuleFor(r => r.JudgementScaleId).GreaterThan(0).When(r => r.JudgementScaleId is not null)
            .WithMessage("Choose the inspectorate's rating scale, or leave it out.");
        RuleFor(r => r.StartedOn).Must(BeAPlausibleDate).WithMessage("Enter a start date between 1990 and 2100.");
        RuleFor(r => r.EndedOn).Must(BeAPlausibleDate).WithMessage("Enter an end date between 1990 and 2100.")
            .Must((r, ended) => ended is null || r.StartedOn is null || ended >= r.StartedOn)
            .WithMessage("The inspection cannot end before it started.");
        RuleFor(r => r.PublishedOn).Must(BeAPlausibleDate).WithMessage("Enter a publication date between 1990 and 2100.")
            .Must((r, published) => published is null || r.StartedOn is null || published >= r.StartedOn)
            .WithMessage("The report cannot be published before the inspection started.");
        RuleFor(r => r.Judgements)
            .Must(j => j is null || j.Count <= MaxJudgements).WithMessage($"Give at most {MaxJudgements} judgements.")
            .Must(j => j is null || j.Where(x => x is not null).Select(x => (x.Area ?? "").Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == j.Count(x => x is not null))
            .WithMessage("Give each area's judgement once.");
        RuleForEach(r => r.Judgements).NotNull().WithMessage("Each judgement needs its area.").ChildRules(j =>
        {
            j.RuleFor(x => x.Area).NotEmpty().WithMessage("Enter the area judged, for example \"Children who need help and protection\".")
                .MaximumLength(300);
            j.RuleFor(x => x.Judgement).MaximumLength(300);
            j.RuleFor(x => x.Level).InclusiveBetween(0, MaxLevel);
            j.RuleFor(x => x.ScoreText).MaximumLength(50);
            j.RuleFor(x => x.Percentage).InclusiveBetween(0, 100).WithMessage("Enter a percentage between 0 and 100.");
        });
    }

    private static bool BeAPlausibleDate(DateOnly? date) => date is null || date.Value.Year is >= 1990 and <= 2100;
}

public sealed class CreateInspection(Database database, Clock clock) : Endpoint<InspectionRequest, InspectionResponse>
{
    public sealed class Validator : Validator<InspectionRequest>
    {
        public Validator() => Include(new InspectionRules());
    }

    private const string InsertSql = """
        INSERT INTO inspections (inspectorate, kind, title, started_on, ended_on, published_on, overall_judgement,
                                 overall_level, judgement_scale_id, report_reference, created_at, updated_at)
        VALUES (@Inspectorate, @Kind, @Title, @StartedOn, @EndedOn, @PublishedOn, @OverallJudgement,
                @OverallLevel, @JudgementScaleId, @ReportReference, @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/inspections");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<InspectionResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(409));
        Summary(s =>
        {
            s.Summary = "Record an inspection as its report printed it, with its judgements";
            s.Description = "Plans then name it as the inspection they answer, and its recommendations are linked to the plan items that answer them.";
        });
    }

    public override async Task HandleAsync(InspectionRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        if (request.JudgementScaleId is { } scaleId && !await Scales.ScaleData.ExistsAsync(connection, scaleId, transaction))
            this.Invalid("judgementScaleId", $"No rating scale has id {scaleId}.");

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, Parameters(request, write.Now), transaction);
        await InspectionData.SaveJudgementsAsync(connection, id, request.Judgements ?? [], transaction);
        var created = (await InspectionData.FindAsync(connection, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "inspection", id, null, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetInspection>(new { inspectionId = id }, created, cancellation: ct);
    }

    /// <summary>The request's columns as stored, shared with the update.</summary>
    internal static object Parameters(InspectionRequest r, string now) => new
    {
        Inspectorate = r.Inspectorate.Trim(), Kind = InspectionData.Clean(r.Kind), Title = InspectionData.Clean(r.Title),
        r.StartedOn, r.EndedOn, r.PublishedOn, OverallJudgement = InspectionData.Clean(r.OverallJudgement), r.OverallLevel,
        r.JudgementScaleId, ReportReference = InspectionData.Clean(r.ReportReference), Now = now,
    };
}

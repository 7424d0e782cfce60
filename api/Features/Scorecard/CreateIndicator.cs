using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Scorecard;

public record IndicatorRequest
{
    [RouteParam] public long PlanId { get; init; }
    /// <summary>Its reference in the plan ("CP1"), unique in the plan whatever its case.</summary>
    public string Reference { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>What is counted and how, as the data team define it.</summary>
    public string? Definition { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Units))]
    public string Unit { get; init; } = "";
    /// <summary>0 to 4; values are shown, and compared for "maintained", at this many places.</summary>
    public int DecimalPlaces { get; init; }
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Polarities))]
    public string Polarity { get; init; } = "";
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.Frequencies))]
    public string Frequency { get; init; } = "";
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.YtdRules))]
    public string YtdRule { get; init; } = "";
    /// <summary>Where the figures come from ("Liquidlogic", "DfE CIN census").</summary>
    public string? DataSource { get; init; }
    /// <summary>What a ratio indicator's numerator counts ("children seen within 10 working days"); give it with the denominator's words, or neither.</summary>
    public string? NumeratorLabel { get; init; }
    /// <summary>What its denominator counts ("children referred").</summary>
    public string? DenominatorLabel { get; init; }
    /// <summary>Position among the plan's indicators; leave it out to put it last (an update keeps its place).</summary>
    public int? Position { get; init; }
    /// <summary>Its owners, in printed order; an update replaces the list.</summary>
    public IReadOnlyList<long>? OwnerIds { get; init; }
    /// <summary>The plan's items it evidences; an update replaces the list.</summary>
    public IReadOnlyList<IndicatorLink>? Links { get; init; }
}

public sealed class IndicatorRules : AbstractValidator<IndicatorRequest>
{
    public IndicatorRules()
    {
        RuleFor(r => r.Reference).NotEmpty().WithMessage("Enter the indicator's reference, for example \"CP1\".").MaximumLength(20);
        RuleFor(r => r.Name).NotEmpty().WithMessage("Enter the indicator's name, for example \"Child protection plans reviewed on time\".").MaximumLength(500);
        RuleFor(r => r.Definition).MaximumLength(4000);
        RuleFor(r => r.DataSource).MaximumLength(500);
        RuleFor(r => r.NumeratorLabel).Must(l => l is null || l.Trim().Length <= 200).WithMessage("Say what the numerator counts in at most 200 characters.")
            .Must((r, l) => !string.IsNullOrWhiteSpace(l) || string.IsNullOrWhiteSpace(r.DenominatorLabel))
            .WithMessage("Say what the numerator counts too, or leave both out (for example \"children seen within 10 working days\").");
        RuleFor(r => r.DenominatorLabel).Must(l => l is null || l.Trim().Length <= 200).WithMessage("Say what the denominator counts in at most 200 characters.")
            .Must((r, l) => !string.IsNullOrWhiteSpace(l) || string.IsNullOrWhiteSpace(r.NumeratorLabel))
            .WithMessage("Say what the denominator counts too, or leave both out (for example \"children referred\").");
        RuleFor(r => r.Unit).Must(u => ScorecardWords.Units.Contains(u)).WithMessage($"Unit must be one of {string.Join(", ", ScorecardWords.Units)}.");
        RuleFor(r => r.Polarity).Must(p => ScorecardWords.Polarities.Contains(p)).WithMessage($"Polarity must be one of {string.Join(", ", ScorecardWords.Polarities)}.");
        RuleFor(r => r.Frequency).Must(f => ScorecardWords.Frequencies.Contains(f)).WithMessage($"Frequency must be one of {string.Join(", ", ScorecardWords.Frequencies)}.");
        RuleFor(r => r.YtdRule).Must(y => ScorecardWords.YtdRules.Contains(y)).WithMessage($"The year-to-date rule must be one of {string.Join(", ", ScorecardWords.YtdRules)}.");
        RuleFor(r => r.DecimalPlaces).InclusiveBetween(0, 4).WithMessage("Decimal places must be between 0 and 4.");
        RuleFor(r => r.Position).InclusiveBetween(0, 1_000_000);
        RuleFor(r => r.OwnerIds).PeopleList("owner");
        RuleFor(r => r.Links).Must(l => l is null || l.Count <= 50).WithMessage("Link at most 50 items.")
            .Must(l => l is null || l.Where(x => x is not null).Select(x => (x.Kind, x.Id)).Distinct().Count() == l.Count).WithMessage("Link each item once.");
        RuleForEach(r => r.Links).NotNull().WithMessage("Each link needs its kind and item id.").ChildRules(link =>
        {
            link.RuleFor(l => l.Kind).Must(k => IndicatorData.LinkKinds.Contains(k)).WithMessage("Kind must be priority, recommendation or action.");
            link.RuleFor(l => l.Id).GreaterThan(0);
        });
    }
}

public sealed class CreateIndicator(Database database, Clock clock) : Endpoint<IndicatorRequest, IndicatorResponse>
{
    public sealed class Validator : Validator<IndicatorRequest>
    {
        public Validator() => Include(new IndicatorRules());
    }

    private const string InsertSql = """
        INSERT INTO indicators (plan_id, reference, name, definition, unit, decimal_places, polarity, frequency, ytd_rule, data_source,
                                numerator_label, denominator_label, position, created_at, updated_at)
        VALUES (@PlanId, @Reference, @Name, @Definition, @Unit, @DecimalPlaces, @Polarity, @Frequency, @YtdRule, @DataSource,
                @NumeratorLabel, @DenominatorLabel,
                COALESCE(@Position, (SELECT COALESCE(MAX(position), 0) + 1 FROM indicators WHERE plan_id = @PlanId)), @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/plans/{planId}/indicators");
        Roles(Allowed.Board);
        Description(b => b.Produces<IndicatorResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(409));
        Summary(s => s.Summary = "Add a key performance indicator to a plan, with its owners and the items it evidences");
    }

    public override async Task HandleAsync(IndicatorRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        await IndicatorData.CheckAgainstPlanAsync(this, connection, transaction, request.PlanId, null, request);

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.PlanId, Reference = request.Reference.Trim(), Name = request.Name.Trim(), Definition = Written.OrNull(request.Definition),
            request.Unit, request.DecimalPlaces, request.Polarity, request.Frequency, request.YtdRule,
            DataSource = Written.OrNull(request.DataSource), NumeratorLabel = Written.OrNull(request.NumeratorLabel),
            DenominatorLabel = Written.OrNull(request.DenominatorLabel), request.Position, write.Now,
        }, transaction);
        await IndicatorData.SaveOwnersAndLinksAsync(connection, transaction, id, request.OwnerIds ?? [], request.Links ?? []);
        var created = (await IndicatorData.FindAsync(connection, request.PlanId, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "indicator", id, request.PlanId, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetIndicator>(new { planId = request.PlanId, indicatorId = id }, created, cancellation: ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Domain.Scorecard;

namespace ActionPlanTracker.Features.Scorecard;

public sealed record SaveIndicatorYearRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long IndicatorId { get; init; }
    /// <summary>The calendar year the council's year starts in: 2025 is 2025/26.</summary>
    [RouteParam] public int Year { get; init; }
    /// <summary>Last year's outturn.</summary>
    public double? Baseline { get; init; }
    /// <summary>The baseline as printed ("80%").</summary>
    public string? BaselineText { get; init; }
    public double? Target { get; init; }
    /// <summary>The target as printed ("increase from 80% to 100%").</summary>
    public string? TargetText { get; init; }
    /// <summary>How far from the target is still amber, in the indicator's own unit; leave it out for 0.</summary>
    public double? Tolerance { get; init; }
    /// <summary>Interim targets of this year's periods; the list is replaced.</summary>
    public IReadOnlyList<InterimTarget>? InterimTargets { get; init; }
}

public sealed class SaveIndicatorYear(Database database, Clock clock, TrackerSettings settings) : Endpoint<SaveIndicatorYearRequest, IndicatorYearResponse>
{
    public sealed class Validator : Validator<SaveIndicatorYearRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Year).InclusiveBetween(1990, 2100).WithMessage("Write the year as the calendar year it starts in, 1990 to 2100 (2025 for 2025/26).");
            RuleFor(r => r.Baseline).Must(IndicatorValueRules.WithinMaxDecimals).WithMessage("Enter the baseline with at most 4 decimal places.");
            RuleFor(r => r.Target).Must(IndicatorValueRules.WithinMaxDecimals).WithMessage("Enter the target with at most 4 decimal places.");
            RuleFor(r => r.Tolerance).Must(IndicatorValueRules.WithinMaxDecimals).WithMessage("Enter the tolerance with at most 4 decimal places.")
                .GreaterThanOrEqualTo(0).WithMessage("The tolerance is how far from the target is still amber: 0 or more.");
            RuleFor(r => r.BaselineText).MaximumLength(500);
            RuleFor(r => r.TargetText).MaximumLength(1000);
            RuleFor(r => r.InterimTargets).Must(t => t is null || t.Count <= 12).WithMessage("A year has at most 12 periods.")
                .Must(t => t is null || t.Where(x => x is not null).Select(x => x.Period).Distinct().Count() == t.Count).WithMessage("Give each period's interim target once.");
            RuleForEach(r => r.InterimTargets).NotNull().WithMessage("Each interim target needs its period and target.").ChildRules(t =>
            {
                t.RuleFor(x => x.Target).Must(v => IndicatorValueRules.WithinMaxDecimals(v)).WithMessage("Enter the target with at most 4 decimal places.");
                t.RuleFor(x => x.TargetText).MaximumLength(1000);
            });
        }
    }

    private const string YearRowSql = "SELECT id FROM indicator_years WHERE indicator_id = @IndicatorId AND year = @Year";

    public override void Configure()
    {
        Put("/plans/{planId}/indicators/{indicatorId}/years/{year}");
        Roles(Allowed.Board);
        Description(b => b.Produces<IndicatorYearResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428).WithMetadata(OpenApi.IfMatchWhenExisting.Instance));
        Summary(s =>
        {
            s.Summary = "Record or change an indicator's baseline, target, tolerance and interim targets for one year";
            s.Description = "Creates the year when the indicator has none for it (no If-Match needed); otherwise If-Match must carry the year's ETag.";
        });
    }

    public override async Task HandleAsync(SaveIndicatorYearRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var indicator = await IndicatorData.RequireAsync(this, connection, request.PlanId, request.IndicatorId, transaction);
        var before = indicator.Years.SingleOrDefault(y => y.Year == request.Year);
        Etags.RequireIfExists(this, HttpContext, before?.Version);

        var startMonth = settings.Scorecard.YearStartMonth;
        var calendar = IndicatorValueWrites.Calendar(indicator, startMonth);
        var interims = request.InterimTargets ?? [];
        for (var i = 0; i < interims.Count; i++)
        {
            var field = $"interimTargets[{i}].period";
            if (IndicatorValueWrites.PeriodProblem(indicator, interims[i].Period, startMonth) is { } problem) this.Invalid(field, problem);
            var period = calendar.Parse(interims[i].Period).Period!.Value;
            if (calendar.YearOf(period) != request.Year)
                this.Invalid(field, $"{interims[i].Period} is not in the year {calendar.YearLabel(request.Year)}.");
        }

        var values = new
        {
            request.IndicatorId, request.Year, request.Baseline, BaselineText = Written.OrNull(request.BaselineText), request.Target,
            TargetText = Written.OrNull(request.TargetText), request.Tolerance, write.Actor, write.Now, Version = before?.Version,
        };
        if (before is null)
            await connection.ExecuteAsync("""
                INSERT INTO indicator_years (indicator_id, year, baseline, baseline_text, target, target_text, tolerance, updated_by, updated_at)
                VALUES (@IndicatorId, @Year, @Baseline, @BaselineText, @Target, @TargetText, @Tolerance, @Actor, @Now)
                """, values, transaction);
        else if (await connection.ExecuteAsync("""
                UPDATE indicator_years SET baseline = @Baseline, baseline_text = @BaselineText, target = @Target, target_text = @TargetText,
                    tolerance = @Tolerance, updated_by = @Actor, updated_at = @Now, row_version = row_version + 1
                WHERE indicator_id = @IndicatorId AND year = @Year AND row_version = @Version
                """, values, transaction) != 1)
            this.Stop(412, "ifMatch", "This year's targets were changed by someone else while you were saving. Reload them and apply your change again.");

        var yearRowId = await connection.ExecuteScalarAsync<long>(YearRowSql, values, transaction);
        await connection.ExecuteAsync("DELETE FROM indicator_interim_targets WHERE indicator_year_id = @yearRowId", new { yearRowId }, transaction);
        foreach (var t in interims)
            await connection.ExecuteAsync("""
                INSERT INTO indicator_interim_targets (indicator_year_id, period, target, target_text) VALUES (@yearRowId, @Period, @Target, @TargetText)
                """, new { yearRowId, t.Period, t.Target, TargetText = Written.OrNull(t.TargetText) }, transaction);

        var after = (await IndicatorData.FindAsync(connection, request.PlanId, request.IndicatorId, transaction))!.Years.Single(y => y.Year == request.Year);
        await AuditLog.RecordAsync(connection, transaction, write, "indicatorYear", yearRowId, request.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

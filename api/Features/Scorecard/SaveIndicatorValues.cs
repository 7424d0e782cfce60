using System.Text.Json;
using System.Text.Json.Nodes;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;
using FluentValidation.Results;

namespace ActionPlanTracker.Features.Scorecard;

/// <summary>One indicator's value in the period being saved.</summary>
public sealed record IndicatorValueInput
{
    public long IndicatorId { get; init; }
    /// <summary>The number; leave it out when the state says why there is none. 0 is a real zero.</summary>
    public double? Value { get; init; }
    /// <summary>value (the default when a number is given), or why there is no number.</summary>
    [OpenApi.OneOf(typeof(ScorecardWords), nameof(ScorecardWords.ValueStates))]
    public string? State { get; init; }
    /// <summary>For the ratio year-to-date rule: what was counted.</summary>
    public double? Numerator { get; init; }
    /// <summary>For the ratio year-to-date rule: out of how many (more than 0).</summary>
    public double? Denominator { get; init; }
    public string? Note { get; init; }
    /// <summary>The year to date as the source printed it.</summary>
    public string? PrintedYtd { get; init; }
    /// <summary>The direction of travel as the source printed it ("↑", "Improved").</summary>
    public string? PrintedDirection { get; init; }
    /// <summary>The version of the value you read: leave it out for a period with no value yet; required to change one.</summary>
    public long? Version { get; init; }
}

public sealed record SaveIndicatorValuesRequest
{
    [RouteParam] public long PlanId { get; init; }
    /// <summary>YYYY-MM, the period's first month.</summary>
    [System.ComponentModel.DataAnnotations.RegularExpression("^[0-9]{4}-(0[1-9]|1[0-2])$")]
    [RouteParam] public string Period { get; init; } = "";
    public IReadOnlyList<IndicatorValueInput> Values { get; init; } = [];
}

public sealed class SaveIndicatorValues(Database database, Clock clock, TrackerSettings settings)
    : Endpoint<SaveIndicatorValuesRequest, IReadOnlyList<IndicatorValueResponse>>
{
    public sealed class Validator : Validator<SaveIndicatorValuesRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Period).Must(p => new PeriodCalendar(Frequency.Monthly).Parse(p).Period is not null)
                .WithMessage(r => new PeriodCalendar(Frequency.Monthly).Parse(r.Period).Error);
            RuleFor(r => r.Values).NotEmpty().WithMessage("Give at least one indicator's value.")
                .Must(v => v is null || v.Count <= 500).WithMessage("Save at most 500 values at once.")
                .Must(v => v is null || v.Where(x => x is not null).Select(x => x.IndicatorId).Distinct().Count() == v.Count)
                .WithMessage("Give each indicator's value once.");
            RuleForEach(r => r.Values).NotNull().WithMessage("Each row needs its indicatorId and a value or state.").ChildRules(row =>
            {
                row.RuleFor(x => x.IndicatorId).GreaterThan(0).WithMessage("Say which indicator this value is for.");
                row.RuleFor(x => x.State).Must(s => s is null || ScorecardWords.ValueStates.Contains(s))
                    .WithMessage($"State must be one of {string.Join(", ", ScorecardWords.ValueStates)}.");
                row.RuleFor(x => x.Value).NotNull().When(x => x.State is null or "value")
                    .WithMessage("Enter the value, or say why there is none (state not-yet-due, being-collated, not-published or suppressed).");
                row.RuleFor(x => x.Value).Null().When(x => x.State is not null and not "value")
                    .WithMessage(x => $"A value with state {x.State} has no number: leave the value out, or make the state value.");
                row.RuleFor(x => x.Numerator).GreaterThanOrEqualTo(0).Must(IndicatorValueRules.WithinMaxDecimals).WithMessage("Enter the numerator with at most 4 decimal places.");
                row.RuleFor(x => x.Denominator).GreaterThan(0).WithMessage("The denominator must be more than 0.")
                    .Must(IndicatorValueRules.WithinMaxDecimals).WithMessage("Enter the denominator with at most 4 decimal places.");
                row.RuleFor(x => x.Note).MaximumLength(2000);
                row.RuleFor(x => x.PrintedYtd).MaximumLength(100);
                row.RuleFor(x => x.PrintedDirection).MaximumLength(100);
                row.RuleFor(x => x.Version).GreaterThan(0);
            });
        }
    }

    public override void Configure()
    {
        Put("/plans/{planId}/indicator-values/{period}");
        Roles(Allowed.Scorers);
        Description(b => b.Produces<IReadOnlyList<IndicatorValueResponse>>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).WithMetadata(OpenApi.WithoutIfMatch.Instance));
        Summary(s =>
        {
            s.Summary = "Save one period's values across a plan's indicators, all or nothing";
            s.Description = "Each row carries the version of the value it changes (none for a period with no value yet). A stale version is a 409 "
                + "naming values[i].version whose body's `current` lists the values as they are now; nothing is saved. A period that ended on "
                + "or before the date of the plan's latest closed review is locked (409 naming period). Managers save only the indicators they own.";
        });
    }

    public override async Task HandleAsync(SaveIndicatorValuesRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);

        var indicators = (await IndicatorData.ListAsync(connection, request.PlanId, transaction: transaction)).ToDictionary(i => i.Id);
        var startMonth = settings.Scorecard.YearStartMonth;
        var rows = request.Values;
        for (var i = 0; i < rows.Count; i++)
        {
            if (!indicators.TryGetValue(rows[i].IndicatorId, out var indicator))
            {
                AddError(new ValidationFailure($"values[{i}].indicatorId", IndicatorData.NoSuchIndicator(request.PlanId, rows[i].IndicatorId)));
                continue;
            }
            if (IndicatorValueWrites.PeriodProblem(indicator, request.Period, startMonth) is { } periodProblem)
                AddError(new ValidationFailure("period", periodProblem));
            foreach (var (field, message) in IndicatorValueWrites.EntryProblems(indicator, rows[i]))
                AddError(new ValidationFailure($"values[{i}].{field}", $"{indicator.Reference}: {message}"));
        }
        ThrowIfAnyErrors();
        for (var i = 0; i < rows.Count; i++)
            await IndicatorData.RequireOwnsAsync(this, connection, transaction, User, rows[i].IndicatorId, $"values[{i}].indicatorId");

        // The lock: a closed review has reported on every period that ended by its date, so those values stand as reported.
        var lockDate = await IndicatorValueWrites.LockDateAsync(connection, transaction, request.PlanId);
        if (rows.Any(r => IndicatorValueWrites.IsLocked(indicators[r.IndicatorId], request.Period, startMonth, lockDate)))
            this.Conflict("period", IndicatorValueWrites.LockMessage(request.Period, lockDate!.Value));

        var existing = (await IndicatorData.ValuesAsync(connection, rows.Select(r => r.IndicatorId), request.Period, transaction)).ToDictionary(v => v.IndicatorId);
        var conflicts = new List<ValidationFailure>();
        for (var i = 0; i < rows.Count; i++)
        {
            existing.TryGetValue(rows[i].IndicatorId, out var current);
            if (current is null && rows[i].Version is not null)
                conflicts.Add(new($"values[{i}].version", $"{indicators[rows[i].IndicatorId].Reference} has no value for {request.Period} any more: someone removed it. Leave the version out to enter it again."));
            else if (current is not null && rows[i].Version != current.Version)
                conflicts.Add(new($"values[{i}].version", rows[i].Version is null
                    ? $"Someone else entered {indicators[rows[i].IndicatorId].Reference}'s value for {request.Period} while you were typing. Compare theirs with yours and save again with its version."
                    : $"Someone else changed {indicators[rows[i].IndicatorId].Reference}'s value for {request.Period} since you read it (you had version {rows[i].Version}, it is now {current.Version}). Compare theirs with yours and save again."));
        }
        if (conflicts.Count > 0)
        {
            await SendConflictAsync(conflicts, existing.Values.ToList(), ct);
            return;
        }

        var saved = new List<IndicatorValueResponse>();
        foreach (var row in rows)
        {
            existing.TryGetValue(row.IndicatorId, out var before);
            saved.Add(await IndicatorValueWrites.WriteAsync(connection, transaction, write, request.PlanId, request.Period, row, before));
        }
        await transaction.CommitAsync(ct);
        await Send.OkAsync(saved, ct);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A 409 problem naming each stale row, with <c>current</c>: the values as they are now, so the web app can show both.</summary>
    private async Task SendConflictAsync(List<ValidationFailure> conflicts, IReadOnlyList<IndicatorValueResponse> current, CancellationToken ct)
    {
        var problem = new ProblemDetails(conflicts, HttpContext.Request.Path, HttpContext.TraceIdentifier, 409)
        {
            Detail = conflicts.Count == 1 ? conflicts[0].ErrorMessage : "Some of these values were changed by someone else; nothing was saved.",
        };
        var body = JsonSerializer.SerializeToNode(problem, Json)!.AsObject();
        body["current"] = JsonSerializer.SerializeToNode(current, Json);
        HttpContext.Response.StatusCode = 409;
        HttpContext.Response.ContentType = "application/problem+json";
        await HttpContext.Response.WriteAsync(body.ToJsonString(Json), ct);
    }
}

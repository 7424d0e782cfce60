using System.Text.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Features.Scorecard;

public sealed record ScorecardRequest
{
    public long PlanId { get; init; }
    /// <summary>YYYY-MM: the scorecard as at this month (periods starting after it are left out). Default: the latest period with a value or a state in the plan.</summary>
    [QueryParam] public string? AsOf { get; init; }
}

public sealed class GetScorecard(Database database, Clock clock, ReadCache cache, IOptions<JsonOptions> json, TrackerSettings settings)
    : Endpoint<ScorecardRequest, ScorecardResponse>
{
    public sealed class Validator : Validator<ScorecardRequest>
    {
        public Validator() => RuleFor(r => r.AsOf)
            .Must(asOf => asOf is null || ReadAsOf(asOf) is not null)
            .WithMessage(r => $"Write asOf as YYYY-MM, a month (for example 2025-09); \"{r.AsOf}\" was given.");
    }

    public static ReportingPeriod? ReadAsOf(string? text) => new PeriodCalendar(Frequency.Monthly).Parse(text).Period is { Year: >= 1990 and <= 2100 } period ? period : null;

    public override void Configure()
    {
        Get("/plans/{planId}/scorecard");
        Roles(Allowed.Readers);
        Description(b => b.Produces<ScorecardResponse>(200).Produces(304).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "A plan's performance scorecard as at a month, computed when read, in one request";
            s.Description = "Every indicator with its latest value, target, RAG and its sentence, direction of travel from the previous period and year on year, " +
                            "year to date by its rule, baseline, comparators with gaps, printed figures checked against computed ones, and its series; with counts by RAG. " +
                            "asOf (YYYY-MM) defaults to the latest period with a value or a state in the plan. The response is kept per version of the plan and asOf: " +
                            "a strong ETag, Cache-Control: private, no-cache, gzip or br when Accept-Encoding allows, and 304 to If-None-Match while the plan is unchanged.";
        });
    }

    public override async Task HandleAsync(ScorecardRequest request, CancellationToken ct)
    {
        var today = clock.Today;
        var asOf = ReadAsOf(request.AsOf);
        long? version;
        await using (var connection = await database.OpenAsync(ct)) version = await ReadCache.VersionAsync(connection, request.PlanId);
        if (version is null) this.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
        // Kept like the grid, keyed by asOf too (as months since year 0 in the key's third part; null for the default).
        var key = new ReadCache.Key("scorecard", request.PlanId, asOf?.Index);
        var kept = await cache.GetAsync(key, version.Value, today, () => BuildAsync(key, asOf, today), Writers.CallerOf(User));
        if (kept.Refusal is { } refusal) this.NotFound(refusal.Field, refusal.Message);
        await KeptResponses.SendAsync(this, kept, version.Value, ct);
    }

    /// <summary>Runs once per version however many readers wait on it, so it takes no request's cancellation.</summary>
    private async Task<Kept> BuildAsync(ReadCache.Key key, ReportingPeriod? asOf, DateOnly today)
    {
        await using var connection = await database.OpenAsync();
        var snapshot = await ScorecardSnapshot.LoadAsync(connection, key.PlanId);
        if (snapshot is null) return Kept.Refused(key, "planId", PlanData.NoSuchPlan(key.PlanId));
        var response = ScorecardBuilder.Build(snapshot, asOf, today, settings.Scorecard.YearStartMonth);
        return Kept.Of(key, snapshot.PlanVersion, today, JsonSerializer.SerializeToUtf8Bytes(response, json.Value.SerializerOptions));
    }
}

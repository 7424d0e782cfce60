using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using System.Text.Json;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Grid;

public sealed record GridRequest
{
    public long PlanId { get; init; }
    /// <summary>Show the plan as it stood on this date (yyyy-MM-dd): reviews held after it are left out and overdue is judged on it.</summary>
    [QueryParam] public DateOnly? AsOf { get; init; }
}

public sealed class GetGrid(Database database, Clock clock, ReadCache cache, SharedSnapshots snapshots, IOptions<JsonOptions> json) : Endpoint<GridRequest, GridResponse>
{
    public sealed class Validator : Validator<GridRequest>
    {
        public Validator() => RuleFor(r => r.AsOf).Must(AsOfDates.InRange).WithMessage(AsOfDates.OutOfRange);
    }

    public override void Configure()
    {
        Get("/plans/{planId}/grid");
        Roles(Allowed.Readers);
        Description(b => b.Produces<GridResponse>(200).Produces(304).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Everything the action-plan grid draws for a plan, in one request";
            s.Description = "The hierarchy (priorities, recommendations, actions, success measures), every scored item's score in every review, " +
                            "computed direction of travel beside any override, deadline status (overdue, due within 30 days, no date), leads, owners and the latest update. " +
                            "Without asOf the response is kept per version of the plan: it carries a strong ETag and Cache-Control: private, no-cache, is sent gzip or br when Accept-Encoding allows (Vary: Accept-Encoding), and If-None-Match with its ETag is answered 304 with no body while the plan is unchanged.";
        });
    }

    public override async Task HandleAsync(GridRequest request, CancellationToken ct)
    {
        var today = clock.Today;
        if (request.AsOf is null)
        {
            // Today's grid is kept per version of the plan (ReadCache): one keyed read, then the kept bytes or one shared build.
            long? version;
            await using (var connection = await database.OpenAsync(ct)) version = await ReadCache.VersionAsync(connection, request.PlanId);
            if (version is null) this.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
            var key = new ReadCache.Key("grid", request.PlanId, null);
            var kept = await cache.GetAsync(key, version.Value, today, () => BuildAsync(key, version.Value, today), Writers.CallerOf(User));
            if (kept.Refusal is { } refusal) this.NotFound(refusal.Field, refusal.Message);
            await KeptResponses.SendAsync(this, kept, version.Value, ct);
            return;
        }

        // The plan as it stood on a past date is rarely asked for and is not kept.
        await using var reader = await database.OpenAsync(ct);
        var snapshot = await PlanSnapshot.LoadAsync(reader, request.PlanId);
        if (snapshot is null) this.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
        await Send.BytesAsync(Serialize(snapshot, new PlanAnalysis(snapshot, today, asOf: request.AsOf)), contentType: KeptResponses.ContentType, cancellation: ct);
    }

    /// <summary>
    /// Runs once per version however many readers wait on it, so it takes no request's cancellation; reads the plan only
    /// when the summary's build has not just read it at this version (SharedSnapshots).
    /// </summary>
    private async Task<Kept> BuildAsync(ReadCache.Key key, long version, DateOnly today)
    {
        var shared = await snapshots.LoadAsync(key.PlanId, version, today);
        if (shared is null) return Kept.Refused(key, "planId", PlanData.NoSuchPlan(key.PlanId));
        var analysis = shared.Current;
        byte[] body;
        lock (analysis) body = Serialize(shared.Snapshot, analysis);
        return Kept.Of(key, shared.Snapshot.DataVersion, today, body);
    }

    private byte[] Serialize(PlanSnapshot snapshot, PlanAnalysis analysis)
    {
        var writer = new GridWriter(TextKeptFrom(analysis));
        var items = writer.Items(analysis.Items);
        return JsonSerializer.SerializeToUtf8Bytes(new GridResponse
        {
            Plan = snapshot.Plan,
            Scale = analysis.Scale,
            Reviews = analysis.Reviews,
            CurrentReviewId = analysis.CurrentReview?.Id,
            PreviousReviewId = analysis.PreviousReview?.Id,
            OpenOnReviewId = analysis.OpenOnReview?.Id,
            Today = analysis.Today,
            AsOf = analysis.AsOf,
            People = writer.People,
            Items = items,
        }, json.Value.SerializerOptions);
    }

    /// <summary>
    /// The column index from which scores keep their words: the current review's column less one (the current review and
    /// the one before it, and any column after the current one). 0 keeps every review's words (two reviews or fewer).
    /// </summary>
    public static int TextKeptFrom(PlanAnalysis analysis)
    {
        if (analysis.CurrentReview is not { } current) return 0;
        var index = 0;
        for (; index < analysis.Reviews.Count; index++) if (analysis.Reviews[index].Id == current.Id) break;
        return Math.Max(index - 1, 0);
    }
}

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

public sealed class GetGrid(Database database, Clock clock, ReadCache cache, IOptions<JsonOptions> json) : Endpoint<GridRequest, GridResponse>
{
    public sealed class Validator : Validator<GridRequest>
    {
        public Validator() => RuleFor(r => r.AsOf).Must(AsOfDates.InRange).WithMessage(AsOfDates.OutOfRange);
    }

    public override void Configure()
    {
        Get("/plans/{planId}/grid");
        Roles(Allowed.Readers);
        Description(b => b.Produces<GridResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Everything the action-plan grid draws for a plan, in one request";
            s.Description = "The hierarchy (priorities, recommendations, actions, success measures), every scored item's score in every review, " +
                            "computed direction of travel beside any override, deadline status (overdue, due within 30 days, no date), leads, owners and the latest update.";
        });
    }

    public override async Task HandleAsync(GridRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var today = clock.Today;
        // The plan as it stood on a past date is rarely asked for and is not kept: only today's grid is cached.
        if (request.AsOf is null && cache.Find("grid", request.PlanId, null, await ReadCache.VersionAsync(connection), today) is { } cached)
        {
            await Send.BytesAsync(cached, contentType: "application/json; charset=utf-8", cancellation: ct);
            return;
        }

        var snapshot = await PlanSnapshot.LoadAsync(connection, request.PlanId);
        if (snapshot is null) this.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));

        var analysis = new PlanAnalysis(snapshot, today, asOf: request.AsOf);
        var body = JsonSerializer.SerializeToUtf8Bytes(new GridResponse
        {
            Plan = snapshot.Plan,
            Scale = analysis.Scale,
            Reviews = analysis.Reviews,
            CurrentReviewId = analysis.CurrentReview?.Id,
            PreviousReviewId = analysis.PreviousReview?.Id,
            OpenOnReviewId = analysis.OpenOnReview?.Id,
            Today = analysis.Today,
            AsOf = analysis.AsOf,
            Items = analysis.Items,
        }, json.Value.SerializerOptions);
        if (request.AsOf is null) cache.Keep("grid", request.PlanId, null, snapshot.DataVersion, today, body);
        await Send.BytesAsync(body, contentType: "application/json; charset=utf-8", cancellation: ct);
    }
}

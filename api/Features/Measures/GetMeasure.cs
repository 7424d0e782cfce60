using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Measures;

public sealed record MeasureIdRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long ActionId { get; init; }
    [RouteParam] public long MeasureId { get; init; }
}

public sealed class GetMeasure(Database database) : Endpoint<MeasureIdRequest, MeasureResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/actions/{actionId}/measures/{measureId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<MeasureResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one success measure");
    }

    public override async Task HandleAsync(MeasureIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        if (!await ActionData.ExistsAsync(connection, request.PlanId, request.ActionId))
            this.NotFound("actionId", $"Plan {request.PlanId} has no action with id {request.ActionId}.");
        var measure = await MeasureData.FindAsync(connection, request.PlanId, request.ActionId, request.MeasureId);
        if (measure is null) this.NotFound("measureId", $"Action {request.ActionId} has no success measure with id {request.MeasureId}.");

        Etags.Set(HttpContext, measure.Version);
        await Send.OkAsync(measure, ct);
    }
}

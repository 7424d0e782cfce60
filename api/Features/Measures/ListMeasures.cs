using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Measures;

public sealed class ListMeasures(Database database) : Endpoint<ActionIdRequest, IReadOnlyList<MeasureResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/actions/{actionId}/measures");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<MeasureResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "List an action's success measures in their printed order");
    }

    public override async Task HandleAsync(ActionIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        if (!await ActionData.ExistsAsync(connection, request.PlanId, request.ActionId))
            this.NotFound("actionId", $"Plan {request.PlanId} has no action with id {request.ActionId}.");

        await Send.OkAsync(await MeasureData.ListAsync(connection, request.PlanId, request.ActionId), ct);
    }
}

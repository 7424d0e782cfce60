using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Actions;

public sealed record ActionIdRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long ActionId { get; init; }
}

public sealed class GetAction(Database database) : Endpoint<ActionIdRequest, ActionResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/actions/{actionId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<ActionResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one action with its people and understood deadline");
    }

    public override async Task HandleAsync(ActionIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        var action = await ActionData.FindAsync(connection, request.PlanId, request.ActionId);
        if (action is null) this.NotFound("actionId", $"Plan {request.PlanId} has no action with id {request.ActionId}.");

        Etags.Set(HttpContext, action.Version);
        await Send.OkAsync(action, ct);
    }
}

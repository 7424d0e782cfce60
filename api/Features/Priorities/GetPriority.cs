using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Priorities;

public sealed record PriorityIdRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long PriorityId { get; init; }
}

public sealed class GetPriority(Database database) : Endpoint<PriorityIdRequest, PriorityResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/priorities/{priorityId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<PriorityResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one priority");
    }

    public override async Task HandleAsync(PriorityIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        var priority = await PriorityData.FindAsync(connection, request.PlanId, request.PriorityId);
        if (priority is null) this.NotFound("priorityId", $"Plan {request.PlanId} has no priority with id {request.PriorityId}.");

        Etags.Set(HttpContext, priority.Version);
        await Send.OkAsync(priority, ct);
    }
}

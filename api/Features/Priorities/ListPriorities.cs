using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Priorities;

public sealed class ListPriorities(Database database) : Endpoint<PlanIdRequest, IReadOnlyList<PriorityResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/priorities");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<PriorityResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "List a plan's priorities in their printed order");
    }

    public override async Task HandleAsync(PlanIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);

        var priorities = await connection.QueryAsync<PriorityResponse>(PriorityData.ListSql, new { planId = request.PlanId });
        await Send.OkAsync(priorities.AsList(), ct);
    }
}

using ActionPlanTracker.Data;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Plans;

public sealed class ListPlans(Database database) : EndpointWithoutRequest<IReadOnlyList<PlanResponse>>
{
    public override void Configure()
    {
        Get("/plans");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<PlanResponse>>(200).ClearDefaultAccepts());
        Summary(s => s.Summary = "List every plan, open ones first, most recently changed first");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var plans = await connection.QueryAsync<PlanResponse>(PlanData.ListSql);
        await Send.OkAsync(plans.AsList(), ct);
    }
}

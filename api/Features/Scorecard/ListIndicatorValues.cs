using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Scorecard;

public sealed class ListIndicatorValues(Database database) : Endpoint<IndicatorIdRequest, IReadOnlyList<IndicatorValueResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/indicators/{indicatorId}/values");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<IndicatorValueResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "List an indicator's values, oldest period first, as entered (a period with no row has no value yet)");
    }

    public override async Task HandleAsync(IndicatorIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        await IndicatorData.RequireAsync(this, connection, request.PlanId, request.IndicatorId);
        await Send.OkAsync(await IndicatorData.ValuesAsync(connection, [request.IndicatorId]), ct);
    }
}

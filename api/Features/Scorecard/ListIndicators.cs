using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Scorecard;

public sealed record PlanIndicatorsRequest
{
    [RouteParam] public long PlanId { get; init; }
}

public sealed class ListIndicators(Database database) : Endpoint<PlanIndicatorsRequest, IReadOnlyList<IndicatorResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/indicators");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<IndicatorResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "List a plan's key performance indicators in order, with their owners, links, yearly targets and comparators");
    }

    public override async Task HandleAsync(PlanIndicatorsRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        await Send.OkAsync(await IndicatorData.ListAsync(connection, request.PlanId), ct);
    }
}

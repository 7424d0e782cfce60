using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Scorecard;

public sealed class GetIndicator(Database database) : Endpoint<IndicatorIdRequest, IndicatorResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/indicators/{indicatorId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IndicatorResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one indicator with its owners, links, yearly targets and comparators");
    }

    public override async Task HandleAsync(IndicatorIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        var indicator = await IndicatorData.RequireAsync(this, connection, request.PlanId, request.IndicatorId);
        Etags.Set(HttpContext, indicator.Version);
        await Send.OkAsync(indicator, ct);
    }
}

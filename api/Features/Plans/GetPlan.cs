using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Plans;

public sealed record PlanIdRequest
{
    public long PlanId { get; init; }
}

public sealed class GetPlan(Database database) : Endpoint<PlanIdRequest, PlanResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<PlanResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one plan");
    }

    public override async Task HandleAsync(PlanIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var plan = await PlanData.FindAsync(connection, request.PlanId);
        if (plan is null) this.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));

        Etags.Set(HttpContext, plan.Version);
        await Send.OkAsync(plan, ct);
    }
}

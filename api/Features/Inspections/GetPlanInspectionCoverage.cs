using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

public sealed class GetPlanInspectionCoverage(Database database) : Endpoint<PlanIdRequest, CoverageResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/inspection-coverage");
        Roles(Allowed.Readers);
        Description(b => b.Produces<CoverageResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Which recommendations of the inspection a plan answers are answered, and the gaps";
            s.Description = "The same answer as the inspection's coverage. A plan that answers no inspection gets inspection: null "
                + "and empty lists, not a 404.";
        });
    }

    public override async Task HandleAsync(PlanIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginReadTransaction();
        var plan = await PlanData.FindAsync(connection, request.PlanId, transaction);
        if (plan is null) this.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
        var inspection = plan.InspectionId is { } inspectionId ? await InspectionData.FindAsync(connection, inspectionId, transaction) : null;

        await Send.OkAsync(inspection is null ? CoverageData.None : await CoverageData.ForAsync(connection, inspection, transaction), ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

public sealed class GetInspectionCoverage(Database database) : Endpoint<InspectionIdRequest, CoverageResponse>
{
    public override void Configure()
    {
        Get("/inspections/{inspectionId}/coverage");
        Roles(Allowed.Readers);
        Description(b => b.Produces<CoverageResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Which of the report's recommendations the plans answer, and the gaps that none answers";
            s.Description = "Every recommendation in the report's order with the plan items linked to it (from every plan that answers "
                + "the inspection), and gaps: the recommendations no plan item answers.";
        });
    }

    public override async Task HandleAsync(InspectionIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginReadTransaction();
        var inspection = await InspectionData.FindAsync(connection, request.InspectionId, transaction);
        if (inspection is null) this.NotFound("inspectionId", InspectionData.NoSuchInspection(request.InspectionId));

        await Send.OkAsync(await CoverageData.ForAsync(connection, inspection, transaction), ct);
    }
}

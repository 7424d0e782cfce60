using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

public sealed record InspectionIdRequest
{
    [RouteParam] public long InspectionId { get; init; }
}

public sealed class GetInspection(Database database) : Endpoint<InspectionIdRequest, InspectionResponse>
{
    public override void Configure()
    {
        Get("/inspections/{inspectionId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<InspectionResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one inspection with its judgements and the plans that answer it");
    }

    public override async Task HandleAsync(InspectionIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var inspection = await InspectionData.FindAsync(connection, request.InspectionId);
        if (inspection is null) this.NotFound("inspectionId", InspectionData.NoSuchInspection(request.InspectionId));

        Etags.Set(HttpContext, inspection.Version);
        await Send.OkAsync(inspection, ct);
    }
}

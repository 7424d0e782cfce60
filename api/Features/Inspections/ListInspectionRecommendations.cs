using ActionPlanTracker.Data;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

public sealed class ListInspectionRecommendations(Database database)
    : Endpoint<InspectionIdRequest, IReadOnlyList<InspectionRecommendationResponse>>
{
    public override void Configure()
    {
        Get("/inspections/{inspectionId}/recommendations");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<InspectionRecommendationResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "List the report's recommendations in printed order, each with the plan items that answer it");
    }

    public override async Task HandleAsync(InspectionIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await InspectionData.RequireAsync(this, connection, request.InspectionId);

        await Send.OkAsync(await InspectionRecommendationData.ListAsync(connection, request.InspectionId), ct);
    }
}

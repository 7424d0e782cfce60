using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

public sealed record InspectionRecommendationIdRequest
{
    [RouteParam] public long InspectionId { get; init; }
    [RouteParam] public long RecommendationId { get; init; }
}

public sealed class GetInspectionRecommendation(Database database)
    : Endpoint<InspectionRecommendationIdRequest, InspectionRecommendationResponse>
{
    public override void Configure()
    {
        Get("/inspections/{inspectionId}/recommendations/{recommendationId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<InspectionRecommendationResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one of the report's recommendations with the plan items that answer it");
    }

    public override async Task HandleAsync(InspectionRecommendationIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await InspectionData.RequireAsync(this, connection, request.InspectionId);
        var recommendation = await InspectionRecommendationData.FindAsync(connection, request.InspectionId, request.RecommendationId);
        if (recommendation is null)
            this.NotFound("recommendationId", InspectionRecommendationData.NoSuchRecommendation(request.InspectionId, request.RecommendationId));

        Etags.Set(HttpContext, recommendation.Version);
        await Send.OkAsync(recommendation, ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Recommendations;

public sealed record RecommendationIdRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long RecommendationId { get; init; }
}

public sealed class GetRecommendation(Database database) : Endpoint<RecommendationIdRequest, RecommendationResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/recommendations/{recommendationId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<RecommendationResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one recommendation with its leads and understood deadline");
    }

    public override async Task HandleAsync(RecommendationIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        var recommendation = await RecommendationData.FindAsync(connection, request.PlanId, request.RecommendationId);
        if (recommendation is null)
            this.NotFound("recommendationId", $"Plan {request.PlanId} has no recommendation with id {request.RecommendationId}.");

        Etags.Set(HttpContext, recommendation.Version);
        await Send.OkAsync(recommendation, ct);
    }
}

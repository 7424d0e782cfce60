using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Recommendations;

public sealed class ListRecommendations(Database database) : Endpoint<PlanIdRequest, IReadOnlyList<RecommendationResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/recommendations");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<RecommendationResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "List a plan's recommendations in their printed order, with their leads and understood deadlines");
    }

    public override async Task HandleAsync(PlanIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);

        await Send.OkAsync(await RecommendationData.ListAsync(connection, request.PlanId), ct);
    }
}

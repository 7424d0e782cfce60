using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Reviews;

public sealed class ListReviews(Database database) : Endpoint<PlanIdRequest, IReadOnlyList<ReviewResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/reviews");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<ReviewResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "List a plan's review cycles in date order");
    }

    public override async Task HandleAsync(PlanIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await PlanData.RequireAsync(this, connection, request.PlanId);
        var reviews = await connection.QueryAsync<ReviewResponse>(ReviewData.ListSql, new { planId = request.PlanId });
        await Send.OkAsync(reviews.AsList(), ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Reviews;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.ReportedAverages;

public sealed class ListReportedAverages(Database database) : Endpoint<ReviewIdRequest, IReadOnlyList<ReportedAverageResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/reviews/{reviewId}/reported-averages");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<ReportedAverageResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "List the averages printed for one review, the overall figure first");
    }

    public override async Task HandleAsync(ReviewIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await ReviewData.RequireAsync(this, connection, request.PlanId, request.ReviewId);
        var figures = await connection.QueryAsync<ReportedAverageResponse>(ReportedAverageData.ListSql, new { reviewId = request.ReviewId });
        await Send.OkAsync(figures.AsList(), ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Reviews;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.ReportedAverages;

public sealed record ReportedAverageIdRequest
{
    public long PlanId { get; init; }
    public long ReviewId { get; init; }
    public long ReportedAverageId { get; init; }
}

public sealed class GetReportedAverage(Database database) : Endpoint<ReportedAverageIdRequest, ReportedAverageResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/reviews/{reviewId}/reported-averages/{reportedAverageId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<ReportedAverageResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one printed average");
    }

    public override async Task HandleAsync(ReportedAverageIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await ReviewData.RequireAsync(this, connection, request.PlanId, request.ReviewId);
        var figure = await ReportedAverageData.FindAsync(connection, request.ReviewId, request.ReportedAverageId);
        if (figure is null) this.NotFound("reportedAverageId", $"This review has no printed average with id {request.ReportedAverageId}.");

        Etags.Set(HttpContext, figure.Version);
        await Send.OkAsync(figure, ct);
    }
}

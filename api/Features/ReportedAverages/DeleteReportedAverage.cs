using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Reviews;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.ReportedAverages;

public sealed class DeleteReportedAverage(Database database, Clock clock) : Endpoint<ReportedAverageIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/reviews/{reviewId}/reported-averages/{reportedAverageId}");
        Roles(Allowed.Board);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Remove a printed average entered in error");
    }

    public override async Task HandleAsync(ReportedAverageIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await ReviewData.RequireAsync(this, connection, request.PlanId, request.ReviewId, transaction);
        var before = await ReportedAverageData.FindAsync(connection, request.ReviewId, request.ReportedAverageId, transaction);
        if (before is null) this.NotFound("reportedAverageId", $"This review has no printed average with id {request.ReportedAverageId}.");
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync("DELETE FROM reported_averages WHERE id = @id", new { id = before.Id }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "reportedAverage", before.Id, request.PlanId, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

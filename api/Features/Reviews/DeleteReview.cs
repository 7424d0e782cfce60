using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Reviews;

public sealed class DeleteReview(Database database, Clock clock) : Endpoint<ReviewIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/reviews/{reviewId}");
        Roles(Allowed.Board);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(409)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Delete a review cycle that holds no scores");
    }

    public override async Task HandleAsync(ReviewIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var before = await ReviewData.FindAsync(connection, request.PlanId, request.ReviewId, transaction);
        if (before is null) this.NotFound("reviewId", ReviewData.NoSuchReview(request.PlanId, request.ReviewId));
        Etags.Require(this, HttpContext, before.Version);

        // Scores are the plan's history; deleting them by accident is the spreadsheet's failure we replace.
        var scores = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM scores WHERE review_id = @ReviewId", new { request.ReviewId }, transaction);
        if (scores > 0)
            this.Conflict("reviewId", $"{before.Label} holds {scores} score{(scores == 1 ? "" : "s")}; delete them first if this review really was made in error.");

        await connection.ExecuteAsync("DELETE FROM reviews WHERE id = @ReviewId", new { request.ReviewId }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "review", before.Id, before.PlanId, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scores;

public sealed class DeleteScore(Database database, Clock clock) : Endpoint<ScoreRouteRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}");
        Roles(Allowed.Scorers);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(409)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Remove an item's score from an open review (the audit log keeps what it was)");
    }

    public override async Task HandleAsync(ScoreRouteRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var target = await ScoreTarget.ResolveAsync(this, connection, transaction, request, forWrite: true, User);
        var before = await ScoreData.FindAsync(connection, request.ReviewId, target.Type, request.ItemId, transaction);
        if (before is null) this.NotFound("itemId", $"{target.Review.Label} has no score for this {target.Type.Name}.");
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync("DELETE FROM scores WHERE id = @Id", new { before.Id }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "score", before.Id, request.PlanId, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Updates;

public sealed class DeleteItemUpdate(Database database, Clock clock) : Endpoint<ItemUpdateIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/items/{kind}/{itemId}/updates/{updateId}");
        Roles(Allowed.Scorers);
        Description(b => b.Produces(204).ProducesProblemDetails(403).ProducesProblemDetails(404).ProducesProblemDetails(409)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Remove an entry from an item's update log (the audit log keeps what it said)");
    }

    public override async Task HandleAsync(ItemUpdateIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var item = await ItemUpdateTarget.ResolveAsync(this, connection, transaction, request, forWrite: true, User);
        var before = await ItemUpdateData.FindAsync(connection, item, request.UpdateId, transaction);
        if (before is null) this.NotFound("updateId", ItemUpdateData.NoSuchUpdate(item, request.UpdateId));
        Etags.Require(this, HttpContext, before.Version);
        await ItemUpdateTarget.RequireOpenReviewAsync(this, connection, transaction, request.PlanId, before.ReviewId);

        await connection.ExecuteAsync("DELETE FROM item_updates WHERE id = @Id", new { before.Id }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "update", before.Id, request.PlanId, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Deletions;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Actions;

public sealed class DeleteAction(Database database, Clock clock) : Endpoint<ActionIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/actions/{actionId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).WithMetadata(DeletionData.UndoLocationDocumented).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Delete an action with its success measures and scores (the audit log keeps their history)";
            s.Description = DeletionData.UndoSentence.TrimStart();
        });
    }

    public override async Task HandleAsync(ActionIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await ActionData.FindAsync(connection, request.PlanId, request.ActionId, transaction);
        if (before is null) this.NotFound("actionId", $"Plan {request.PlanId} has no action with id {request.ActionId}.");
        Etags.Require(this, HttpContext, before.Version);
        var deletionId = await DeletionData.RecordAsync(connection, transaction, write, request.PlanId, "action", before.Id);

        await ActionData.RecordRemovalAsync(connection, transaction, write, [before]);
        await connection.ExecuteAsync("DELETE FROM actions WHERE id = @ActionId", new { request.ActionId }, transaction);
        await transaction.CommitAsync(ct);
        DeletionData.SetUndoLocation(HttpContext, request.PlanId, deletionId);
        await Send.NoContentAsync(ct);
    }
}

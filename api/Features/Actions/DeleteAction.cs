using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
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
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Delete an action with its success measures and scores (the audit log keeps their history)");
    }

    public override async Task HandleAsync(ActionIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await ActionData.FindAsync(connection, request.PlanId, request.ActionId, transaction);
        if (before is null) this.NotFound("actionId", $"Plan {request.PlanId} has no action with id {request.ActionId}.");
        Etags.Require(this, HttpContext, before.Version);

        await ActionData.RecordRemovalAsync(connection, transaction, write, [before]);
        await connection.ExecuteAsync("DELETE FROM actions WHERE id = @ActionId", new { request.ActionId }, transaction);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Deletions;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Measures;

public sealed class DeleteMeasure(Database database, Clock clock) : Endpoint<MeasureIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/actions/{actionId}/measures/{measureId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).WithMetadata(DeletionData.UndoLocationDocumented).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Delete a success measure with its scores (the audit log keeps its history)";
            s.Description = DeletionData.UndoSentence.TrimStart();
        });
    }

    public override async Task HandleAsync(MeasureIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        if (!await ActionData.ExistsAsync(connection, request.PlanId, request.ActionId, transaction))
            this.NotFound("actionId", $"Plan {request.PlanId} has no action with id {request.ActionId}.");
        var before = await MeasureData.FindAsync(connection, request.PlanId, request.ActionId, request.MeasureId, transaction);
        if (before is null) this.NotFound("measureId", $"Action {request.ActionId} has no success measure with id {request.MeasureId}.");
        Etags.Require(this, HttpContext, before.Version);
        var deletionId = await DeletionData.RecordAsync(connection, transaction, write, request.PlanId, "measure", before.Id);

        await connection.ExecuteAsync("DELETE FROM success_measures WHERE id = @MeasureId", new { request.MeasureId }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "measure", before.Id, before.PlanId, before, null);
        await transaction.CommitAsync(ct);
        DeletionData.SetUndoLocation(HttpContext, request.PlanId, deletionId);
        await Send.NoContentAsync(ct);
    }
}

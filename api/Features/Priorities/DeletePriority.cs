using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Deletions;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Recommendations;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Priorities;

public sealed class DeletePriority(Database database, Clock clock) : Endpoint<PriorityIdRequest>
{
    // Done here rather than left to ON DELETE SET NULL so each ungrouped recommendation gets a new version (its ETag
    // changes with its content) and an audit entry.
    private const string UngroupSql = """
        UPDATE recommendations
        SET priority_id = NULL, updated_at = @Now, row_version = row_version + 1
        WHERE priority_id = @PriorityId;
        """;

    public override void Configure()
    {
        Delete("/plans/{planId}/priorities/{priorityId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).WithMetadata(DeletionData.UndoLocationDocumented).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Delete a priority with the actions under it; its recommendations stay in the plan, ungrouped";
            s.Description = "The actions directly under the priority are deleted with their success measures and scores. "
                + "Recommendations grouped under it are kept without a priority, and the actions answering them are kept. "
                + "The audit log records every item removed or ungrouped."
                + DeletionData.UndoSentence;
        });
    }

    public override async Task HandleAsync(PriorityIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await PriorityData.FindAsync(connection, request.PlanId, request.PriorityId, transaction);
        if (before is null) this.NotFound("priorityId", $"Plan {request.PlanId} has no priority with id {request.PriorityId}.");
        Etags.Require(this, HttpContext, before.Version);
        var deletionId = await DeletionData.RecordAsync(connection, transaction, write, request.PlanId, "priority", before.Id);

        var grouped = await RecommendationData.ListAsync(connection, request.PlanId, priorityId: before.Id, transaction: transaction);
        await connection.ExecuteAsync(UngroupSql, new { request.PriorityId, write.Now }, transaction);
        foreach (var recommendation in grouped)
        {
            var ungrouped = (await RecommendationData.FindAsync(connection, request.PlanId, recommendation.Id, transaction))!;
            await AuditLog.RecordAsync(connection, transaction, write, "recommendation", ungrouped.Id, ungrouped.PlanId, recommendation, ungrouped);
        }
        var actions = await ActionData.ListAsync(connection, request.PlanId, priorityId: before.Id, transaction: transaction);
        await ActionData.RecordRemovalAsync(connection, transaction, write, actions);
        await connection.ExecuteAsync("DELETE FROM priorities WHERE id = @PriorityId", new { request.PriorityId }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "priority", before.Id, before.PlanId, before, null);
        await transaction.CommitAsync(ct);
        DeletionData.SetUndoLocation(HttpContext, request.PlanId, deletionId);
        await Send.NoContentAsync(ct);
    }
}

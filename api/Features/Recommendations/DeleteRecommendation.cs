using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Deletions;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Recommendations;

public sealed class DeleteRecommendation(Database database, Clock clock) : Endpoint<RecommendationIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/recommendations/{recommendationId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).WithMetadata(DeletionData.UndoLocationDocumented).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Delete a recommendation with the actions answering it, their success measures and its scores (the audit log keeps their history)";
            s.Description = DeletionData.UndoSentence.TrimStart();
        });
    }

    public override async Task HandleAsync(RecommendationIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await RecommendationData.FindAsync(connection, request.PlanId, request.RecommendationId, transaction);
        if (before is null)
            this.NotFound("recommendationId", $"Plan {request.PlanId} has no recommendation with id {request.RecommendationId}.");
        Etags.Require(this, HttpContext, before.Version);
        var deletionId = await DeletionData.RecordAsync(connection, transaction, write, request.PlanId, "recommendation", before.Id);

        var actions = await ActionData.ListAsync(connection, request.PlanId, recommendationId: before.Id, transaction: transaction);
        await ActionData.RecordRemovalAsync(connection, transaction, write, actions);
        await connection.ExecuteAsync("DELETE FROM recommendations WHERE id = @RecommendationId", new { request.RecommendationId }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "recommendation", before.Id, before.PlanId, before, null);
        await transaction.CommitAsync(ct);
        DeletionData.SetUndoLocation(HttpContext, request.PlanId, deletionId);
        await Send.NoContentAsync(ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

public sealed class DeleteInspectionRecommendation(Database database, Clock clock) : Endpoint<InspectionRecommendationIdRequest>
{
    public override void Configure()
    {
        Delete("/inspections/{inspectionId}/recommendations/{recommendationId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary =
            "Remove one of the report's recommendations entered in error, with its links; the plan items stay (the audit log keeps its history)");
    }

    public override async Task HandleAsync(InspectionRecommendationIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await InspectionData.RequireAsync(this, connection, request.InspectionId, transaction);
        var before = await InspectionRecommendationData.FindAsync(connection, request.InspectionId, request.RecommendationId, transaction);
        if (before is null)
            this.NotFound("recommendationId", InspectionRecommendationData.NoSuchRecommendation(request.InspectionId, request.RecommendationId));
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync("DELETE FROM inspection_recommendations WHERE id = @id", new { id = before.Id }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "inspectionRecommendation", before.Id, null, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

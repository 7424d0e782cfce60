using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Inspections;

public sealed class DeleteInspection(Database database, Clock clock) : Endpoint<InspectionIdRequest>
{
    public override void Configure()
    {
        Delete("/inspections/{inspectionId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(409)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary =
            "Delete an inspection that no plan answers, with its judgements and recommendations (the audit log keeps their history)");
    }

    public override async Task HandleAsync(InspectionIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await InspectionData.FindAsync(connection, request.InspectionId, transaction);
        if (before is null) this.NotFound("inspectionId", InspectionData.NoSuchInspection(request.InspectionId));
        Etags.Require(this, HttpContext, before.Version);
        // A plan that answers an inspection is evidence of what the council was asked to do: it must be pointed
        // elsewhere (or at nothing) on purpose, not lose its inspection as a side effect.
        if (before.Plans.Count > 0)
        {
            var one = before.Plans.Count == 1;
            this.Conflict("inspectionId", (one ? "A plan answers" : $"{before.Plans.Count} plans answer") + " this inspection ("
                + string.Join(", ", before.Plans.Take(3).Select(p => $"\"{p.Title}\", id {p.Id}")) + (before.Plans.Count > 3 ? ", …" : "")
                + $"), so it cannot be deleted. First change the inspection {(one ? "that plan answers" : "those plans answer")}.");
        }

        var recommendations = await InspectionRecommendationData.ListAsync(connection, before.Id, transaction: transaction);
        foreach (var recommendation in recommendations)
            await AuditLog.RecordAsync(connection, transaction, write, "inspectionRecommendation", recommendation.Id, null, recommendation, null);
        await connection.ExecuteAsync("DELETE FROM inspections WHERE id = @id", new { id = before.Id }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "inspection", before.Id, null, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

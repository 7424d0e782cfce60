using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Plans;

public sealed class DeletePlan(Database database, Clock clock) : Endpoint<PlanIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Delete a plan with everything in it (the audit log keeps its history)");
    }

    public override async Task HandleAsync(PlanIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await PlanData.FindAsync(connection, request.PlanId, transaction);
        if (before is null) this.NotFound("planId", PlanData.NoSuchPlan(request.PlanId));
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync("DELETE FROM plans WHERE id = @PlanId", new { request.PlanId }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "plan", before.Id, before.Id, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

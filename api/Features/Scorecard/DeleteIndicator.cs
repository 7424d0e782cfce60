using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Scorecard;

public sealed class DeleteIndicator(Database database, Clock clock) : Endpoint<IndicatorIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/indicators/{indicatorId}");
        Roles(Allowed.Board);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Delete an indicator with its targets, comparators and values (the audit log keeps its history)");
    }

    public override async Task HandleAsync(IndicatorIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await IndicatorData.RequireAsync(this, connection, request.PlanId, request.IndicatorId, transaction);
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync("DELETE FROM indicators WHERE id = @IndicatorId", new { request.IndicatorId }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "indicator", before.Id, before.PlanId, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

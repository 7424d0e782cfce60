using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.PrintedFigures;

public sealed class DeletePrintedFigure(Database database, Clock clock) : Endpoint<PrintedFigureIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/printed-figures/{printedFigureId}");
        Roles(Allowed.Board);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Remove a printed figure entered in error (the audit log keeps what it was)");
    }

    public override async Task HandleAsync(PrintedFigureIdRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await PrintedFigureData.FindAsync(connection, request.PlanId, request.PrintedFigureId, transaction);
        if (before is null) this.NotFound("printedFigureId", PrintedFigureData.NoSuchFigure(request.PlanId, request.PrintedFigureId));
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync("DELETE FROM printed_figures WHERE id = @Id", new { before.Id }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "printedFigure", before.Id, request.PlanId, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

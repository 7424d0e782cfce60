using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Scorecard;

public sealed record ComparatorIdRequest : ComparatorRouteRequest;

public sealed class DeleteComparator(Database database, Clock clock) : Endpoint<ComparatorIdRequest>
{
    public override void Configure()
    {
        Delete("/plans/{planId}/indicators/{indicatorId}/years/{year}/comparators/{kind}");
        Roles(Allowed.Board);
        Description(b => b.Produces(204).ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Remove a comparator of an indicator's year (the audit log keeps its history)");
    }

    public override async Task HandleAsync(ComparatorIdRequest request, CancellationToken ct)
    {
        if (!ScorecardWords.ComparatorKinds.Contains(request.Kind))
            this.NotFound("kind", $"Kind must be one of {string.Join(", ", ScorecardWords.ComparatorKinds)}.");
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        await IndicatorData.RequireAsync(this, connection, request.PlanId, request.IndicatorId, transaction);
        var row = await connection.QuerySingleOrDefaultAsync<SaveComparator.Row>(SaveComparator.FindSql, request, transaction);
        if (row is null) this.NotFound("kind", $"Indicator {request.IndicatorId} has no {request.Kind} comparator for {request.Year}.");
        var before = row.ToResponse();
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync("DELETE FROM indicator_comparators WHERE id = @Id", new { row.Id }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "indicatorComparator", row.Id, request.PlanId, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

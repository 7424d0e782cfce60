using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Reviews;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.ReportedAverages;

public sealed record ChangeReportedAverageRequest : ReportedAverageRequest
{
    [RouteParam] public long ReportedAverageId { get; init; }
}

public sealed class ChangeReportedAverage(Database database, Clock clock) : Endpoint<ChangeReportedAverageRequest, ReportedAverageResponse>
{
    public sealed class Validator : Validator<ChangeReportedAverageRequest>
    {
        public Validator() => Include(new ReportedAverageRules());
    }

    private const string UpdateSql = """
        UPDATE reported_averages
        SET priority_id = @PriorityId, value = @Value, source = @Source, recorded_by = @Actor, recorded_at = @Now,
            row_version = row_version + 1
        WHERE id = @ReportedAverageId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/reviews/{reviewId}/reported-averages/{reportedAverageId}");
        Roles(Allowed.Board);
        Description(b => b.Produces<ReportedAverageResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Correct a printed average");
    }

    public override async Task HandleAsync(ChangeReportedAverageRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await ReviewData.RequireAsync(this, connection, request.PlanId, request.ReviewId, transaction);
        var before = await ReportedAverageData.FindAsync(connection, request.ReviewId, request.ReportedAverageId, transaction);
        if (before is null) this.NotFound("reportedAverageId", $"This review has no printed average with id {request.ReportedAverageId}.");
        Etags.Require(this, HttpContext, before.Version);
        await ReportedAverageChecks.CheckAsync(this, connection, transaction, request, exceptId: before.Id);

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.ReportedAverageId, before.Version, request.PriorityId, request.Value,
            Source = request.Source?.Trim() is { Length: > 0 } s ? s : null, write.Actor, write.Now,
        }, transaction);
        var after = (await ReportedAverageData.FindAsync(connection, request.ReviewId, request.ReportedAverageId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "reportedAverage", after.Id, request.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

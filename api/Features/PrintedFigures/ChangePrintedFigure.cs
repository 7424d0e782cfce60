using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.PrintedFigures;

public sealed record ChangePrintedFigureRequest : PrintedFigureRequest
{
    [RouteParam] public long PrintedFigureId { get; init; }
}

public sealed class ChangePrintedFigure(Database database, Clock clock) : Endpoint<ChangePrintedFigureRequest, PrintedFigureResponse>
{
    public sealed class Validator : Validator<ChangePrintedFigureRequest>
    {
        public Validator() => Include(new PrintedFigureRules());
    }

    private const string UpdateSql = """
        UPDATE printed_figures
        SET review_id = @ReviewId, priority_id = @PriorityId, kind = @Kind, level = @Level, label = @Label, value_text = @ValueText,
            value = @Value, claims = @Claims, source = @Source, recorded_by = @Actor, recorded_at = @Now, row_version = row_version + 1
        WHERE id = @PrintedFigureId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/printed-figures/{printedFigureId}");
        Roles(Allowed.Board);
        Description(b => b.Produces<PrintedFigureResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Correct a printed figure");
    }

    public override async Task HandleAsync(ChangePrintedFigureRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await PrintedFigureData.FindAsync(connection, request.PlanId, request.PrintedFigureId, transaction);
        if (before is null) this.NotFound("printedFigureId", PrintedFigureData.NoSuchFigure(request.PlanId, request.PrintedFigureId));
        Etags.Require(this, HttpContext, before.Version);
        await PrintedFigureChecks.CheckAsync(this, connection, transaction, request);

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.PrintedFigureId, before.Version, request.ReviewId, request.PriorityId, request.Kind, request.Level, Label = request.Label.Trim(),
            ValueText = request.ValueText.Trim(), Value = PrintedFigureChecks.ValueOf(request), Claims = PrintedFigureRules.Clean(request.Claims),
            Source = PrintedFigureRules.Clean(request.Source), write.Actor, write.Now,
        }, transaction);
        var after = (await PrintedFigureData.FindAsync(connection, request.PlanId, request.PrintedFigureId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "printedFigure", after.Id, request.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

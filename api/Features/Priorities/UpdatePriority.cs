using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Priorities;

public sealed record UpdatePriorityRequest : PriorityRequest
{
    [RouteParam] public long PriorityId { get; init; }
}

public sealed class UpdatePriority(Database database, Clock clock) : Endpoint<UpdatePriorityRequest, PriorityResponse>
{
    public sealed class Validator : Validator<UpdatePriorityRequest>
    {
        public Validator() => Include(new PriorityRules());
    }

    private const string UpdateSql = """
        UPDATE priorities
        SET number = @Number, title = @Title, outcome_statement = @OutcomeStatement,
            sort_order = COALESCE(@SortOrder, sort_order),
            updated_at = @Now, row_version = row_version + 1
        WHERE id = @PriorityId AND plan_id = @PlanId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/priorities/{priorityId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<PriorityResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Change a priority's number, title, outcome statement or place in the order");
    }

    public override async Task HandleAsync(UpdatePriorityRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var number = Written.OrNull(request.Number);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await PriorityData.FindAsync(connection, request.PlanId, request.PriorityId, transaction);
        if (before is null) this.NotFound("priorityId", $"Plan {request.PlanId} has no priority with id {request.PriorityId}.");
        Etags.Require(this, HttpContext, before.Version);
        if (number is not null && await PriorityData.NumberTakenAsync(connection, request.PlanId, number, before.Id, transaction))
            this.Conflict("number", $"This plan already has a priority numbered \"{number}\".");

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.PlanId, request.PriorityId, before.Version, Number = number, request.Title, request.OutcomeStatement,
            request.SortOrder, write.Now,
        }, transaction);
        var after = (await PriorityData.FindAsync(connection, request.PlanId, request.PriorityId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "priority", after.Id, after.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

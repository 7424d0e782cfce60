using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Actions;

public sealed record UpdateActionRequest : ActionRequest
{
    [RouteParam] public long ActionId { get; init; }
}

public sealed class UpdateAction(Database database, Clock clock) : Endpoint<UpdateActionRequest, ActionResponse>
{
    public sealed class Validator : Validator<UpdateActionRequest>
    {
        public Validator() => Include(new ActionRules());
    }

    private const string UpdateSql = """
        UPDATE actions
        SET recommendation_id = @RecommendationId, priority_id = @PriorityId, code = @Code, description = @Description,
            source_reference = @SourceReference, deadline_text = @DeadlineText, sort_order = COALESCE(@SortOrder, sort_order),
            updated_at = @Now, row_version = row_version + 1
        WHERE id = @ActionId AND plan_id = @PlanId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/actions/{actionId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<ActionResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Change an action, where it sits, its people or its deadline (the lead and owner lists are replaced)");
    }

    public override async Task HandleAsync(UpdateActionRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var code = Written.OrNull(request.Code);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        var before = await ActionData.FindAsync(connection, request.PlanId, request.ActionId, transaction);
        if (before is null) this.NotFound("actionId", $"Plan {request.PlanId} has no action with id {request.ActionId}.");
        Etags.Require(this, HttpContext, before.Version);
        await ActionData.CheckAgainstPlanAsync(this, connection, transaction, request, code, before.Id);

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.PlanId, request.ActionId, before.Version, request.RecommendationId, request.PriorityId, Code = code,
            request.Description, request.SourceReference, request.DeadlineText,
            request.SortOrder, write.Now,
        }, transaction);
        await ItemPeople.SaveAsync(connection, PeopleItemKind.Action, before.Id, request.LeadIds ?? [], request.OwnerIds ?? [], transaction);
        var after = (await ActionData.FindAsync(connection, request.PlanId, before.Id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "action", after.Id, after.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

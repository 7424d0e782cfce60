using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Measures;

public sealed record UpdateMeasureRequest : MeasureRequest
{
    [RouteParam] public long MeasureId { get; init; }
    /// <summary>Another action of the same plan to move the measure to, with its scores; leave it out to keep it under its action. It goes last there unless sortOrder says otherwise.</summary>
    public long? MoveToActionId { get; init; }
}

public sealed class UpdateMeasure(Database database, Clock clock) : Endpoint<UpdateMeasureRequest, MeasureResponse>
{
    public sealed class Validator : Validator<UpdateMeasureRequest>
    {
        public Validator() => Include(new MeasureRules());
    }

    private const string UpdateSql = """
        UPDATE success_measures
        SET action_id = @TargetActionId, number = @Number, text = @Text, deadline_text = @DeadlineText,
            sort_order = COALESCE(@SortOrder,
                                  CASE WHEN @TargetActionId = action_id THEN sort_order
                                       ELSE (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM success_measures WHERE action_id = @TargetActionId) END),
            updated_at = @Now, row_version = row_version + 1
        WHERE id = @MeasureId AND action_id = @ActionId AND plan_id = @PlanId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/actions/{actionId}/measures/{measureId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<MeasureResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Change a success measure's number, text, people, deadline, place in the order or action (the lead and owner lists are replaced)");
    }

    public override async Task HandleAsync(UpdateMeasureRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        if (!await ActionData.ExistsAsync(connection, request.PlanId, request.ActionId, transaction))
            this.NotFound("actionId", $"Plan {request.PlanId} has no action with id {request.ActionId}.");
        var before = await MeasureData.FindAsync(connection, request.PlanId, request.ActionId, request.MeasureId, transaction);
        if (before is null) this.NotFound("measureId", $"Action {request.ActionId} has no success measure with id {request.MeasureId}.");
        Etags.Require(this, HttpContext, before.Version);
        await MeasureData.CheckAgainstPlanAsync(this, connection, transaction, request);
        var targetActionId = request.MoveToActionId ?? request.ActionId;
        if (request.MoveToActionId is { } moveTo && !await ActionData.ExistsAsync(connection, request.PlanId, moveTo, transaction))
            this.Invalid("moveToActionId", $"Plan {request.PlanId} has no action with id {moveTo}.");

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.PlanId, request.ActionId, request.MeasureId, before.Version, Number = Written.OrNull(request.Number),
            request.Text, DeadlineText = Written.OrNull(request.DeadlineText), request.SortOrder, TargetActionId = targetActionId, write.Now,
        }, transaction);
        await ItemPeople.SaveAsync(connection, PeopleItemKind.Measure, request.MeasureId, request.LeadIds ?? [], request.OwnerIds ?? [], transaction);
        var after = (await MeasureData.FindAsync(connection, request.PlanId, targetActionId, request.MeasureId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "measure", after.Id, after.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

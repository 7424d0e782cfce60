using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Actions;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Measures;

public record MeasureRequest
{
    [RouteParam] public long PlanId { get; init; }
    [RouteParam] public long ActionId { get; init; }
    /// <summary>The number as the plan prints it ("1.1.2"); leave it out when it prints none.</summary>
    public string? Number { get; init; }
    public string Text { get; init; } = "";
    /// <summary>Its own leads, in printed order; leave the list empty when it answers to its action's leads. An update replaces it.</summary>
    public IReadOnlyList<long>? LeadIds { get; init; }
    /// <summary>Its own owners (responsible officers), in printed order; empty when they are its action's. An update replaces it.</summary>
    public IReadOnlyList<long>? OwnerIds { get; init; }
    /// <summary>Its own deadline as written; leave it out when it is due when its action is.</summary>
    public string? DeadlineText { get; init; }
    /// <summary>Position among the action's measures; leave it out to put it last (an update keeps its place).</summary>
    public int? SortOrder { get; init; }
}

public sealed class MeasureRules : AbstractValidator<MeasureRequest>
{
    public MeasureRules()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage("Enter the success measure, for example \"95% of plans up to date\".").MaximumLength(2000);
        RuleFor(r => r.Number).MaximumLength(20);
        RuleFor(r => r.DeadlineText).MaximumLength(500);
        RuleFor(r => r.LeadIds).PeopleList("lead");
        RuleFor(r => r.OwnerIds).PeopleList("owner");
        RuleFor(r => r.SortOrder).InclusiveBetween(0, 1_000_000);
    }
}

public sealed class CreateMeasure(Database database, Clock clock) : Endpoint<MeasureRequest, MeasureResponse>
{
    public sealed class Validator : Validator<MeasureRequest>
    {
        public Validator() => Include(new MeasureRules());
    }

    private const string InsertSql = """
        INSERT INTO success_measures (plan_id, action_id, number, text, deadline_text, sort_order, created_at, updated_at)
        VALUES (@PlanId, @ActionId, @Number, @Text, @DeadlineText,
                COALESCE(@SortOrder, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM success_measures WHERE action_id = @ActionId)),
                @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/plans/{planId}/actions/{actionId}/measures");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<MeasureResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(404));
        Summary(s => s.Summary = "Add a success measure to an action, with its own number, people and deadline where the plan prints them");
    }

    public override async Task HandleAsync(MeasureRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        if (!await ActionData.ExistsAsync(connection, request.PlanId, request.ActionId, transaction))
            this.NotFound("actionId", $"Plan {request.PlanId} has no action with id {request.ActionId}.");
        await MeasureData.CheckAgainstPlanAsync(this, connection, transaction, request);

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.PlanId, request.ActionId, Number = Written.OrNull(request.Number), request.Text,
            DeadlineText = Written.OrNull(request.DeadlineText), request.SortOrder, write.Now,
        }, transaction);
        await ItemPeople.SaveAsync(connection, PeopleItemKind.Measure, id, request.LeadIds ?? [], request.OwnerIds ?? [], transaction);
        var created = (await MeasureData.FindAsync(connection, request.PlanId, request.ActionId, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "measure", id, request.PlanId, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetMeasure>(new { planId = request.PlanId, actionId = request.ActionId, measureId = id }, created, cancellation: ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Recommendations;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Actions;

public record ActionRequest
{
    [RouteParam] public long PlanId { get; init; }
    /// <summary>The recommendation of the same plan it answers. Give this or priorityId, not both.</summary>
    public long? RecommendationId { get; init; }
    /// <summary>The priority of the same plan it sits under directly. Give this or recommendationId, not both.</summary>
    public long? PriorityId { get; init; }
    /// <summary>The letter the plan gives it ("A"); unique under its recommendation or priority. Leave it out when the source prints none (an action written under its recommendation without a letter). Spaces around it are dropped.</summary>
    public string? Code { get; init; }
    public string Description { get; init; } = "";
    /// <summary>Where it came from, as written: "Ofsted rec 14".</summary>
    public string? SourceReference { get; init; }
    /// <summary>The ids of the people who lead it, in the order to print them; an update replaces the list.</summary>
    public IReadOnlyList<long>? LeadIds { get; init; }
    /// <summary>The ids of its owners (the plan may call them responsible officers), in the order to print them; an update replaces the list.</summary>
    public IReadOnlyList<long>? OwnerIds { get; init; }
    /// <summary>The deadline as the plan writes it ("Sept 16 / ongoing"); the tracker keeps the words and reads the dates.</summary>
    public string? DeadlineText { get; init; }
    /// <summary>Position among the actions of its recommendation or priority; leave it out to put it last (an update keeps its place).</summary>
    public int? SortOrder { get; init; }
}

/// <summary>The rules shared by create and update; parents, people and a used code are checked in the handler.</summary>
public sealed class ActionRules : AbstractValidator<ActionRequest>
{
    public ActionRules()
    {
        RuleFor(r => r.RecommendationId).Must((r, _) => (r.RecommendationId is null) != (r.PriorityId is null))
            .WithMessage("Choose the recommendation this action answers or the priority it sits under: one of them, not both.");
        RuleFor(r => r.Code).MaximumLength(20);
        RuleFor(r => r.Description).NotEmpty().WithMessage("Describe the action.").MaximumLength(4000);
        RuleFor(r => r.SourceReference).MaximumLength(200);
        RuleFor(r => r.DeadlineText).MaximumLength(500);
        RuleFor(r => r.LeadIds).PeopleList("lead");
        RuleFor(r => r.OwnerIds).PeopleList("owner");
        RuleFor(r => r.SortOrder).InclusiveBetween(0, 1_000_000);
    }
}

public sealed class CreateAction(Database database, Clock clock) : Endpoint<ActionRequest, ActionResponse>
{
    public sealed class Validator : Validator<ActionRequest>
    {
        public Validator() => Include(new ActionRules());
    }

    private const string InsertSql = """
        INSERT INTO actions (plan_id, recommendation_id, priority_id, code, description, source_reference,
                             deadline_text, sort_order, created_at, updated_at)
        VALUES (@PlanId, @RecommendationId, @PriorityId, @Code, @Description, @SourceReference, @DeadlineText,
                COALESCE(@SortOrder, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM actions
                                      WHERE recommendation_id = @RecommendationId OR priority_id = @PriorityId)),
                @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/plans/{planId}/actions");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<ActionResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(409));
        Summary(s => s.Summary = "Add an action under a recommendation or a priority, with its leads and owners");
    }

    public override async Task HandleAsync(ActionRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var code = Written.OrNull(request.Code);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        await ActionData.CheckAgainstPlanAsync(this, connection, transaction, request, code, exceptId: null);

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.PlanId, request.RecommendationId, request.PriorityId, Code = code, request.Description, request.SourceReference,
            request.DeadlineText, request.SortOrder, write.Now,
        }, transaction);
        await ItemPeople.SaveAsync(connection, PeopleItemKind.Action, id, request.LeadIds ?? [], request.OwnerIds ?? [], transaction);
        var created = (await ActionData.FindAsync(connection, request.PlanId, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "action", id, request.PlanId, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetAction>(new { planId = request.PlanId, actionId = id }, created, cancellation: ct);
    }
}

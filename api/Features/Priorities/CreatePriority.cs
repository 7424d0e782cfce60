using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Priorities;

public record PriorityRequest
{
    [RouteParam] public long PlanId { get; init; }
    /// <summary>The number as the plan prints it ("1", "3b"); unique in the plan. Leave it out when the plan prints none. Spaces around it are dropped.</summary>
    public string? Number { get; init; }
    public string Title { get; init; } = "";
    public string? OutcomeStatement { get; init; }
    /// <summary>Position in the printed order; leave it out to put the priority after the last one.</summary>
    public int? SortOrder { get; init; }
}

/// <summary>The rules shared by create and update; a number already used in the plan is checked in the handler.</summary>
public sealed class PriorityRules : AbstractValidator<PriorityRequest>
{
    public PriorityRules()
    {
        RuleFor(r => r.Number).MaximumLength(20);
        RuleFor(r => r.Title).NotEmpty().WithMessage("Enter the priority's title.").MaximumLength(500);
        RuleFor(r => r.OutcomeStatement).MaximumLength(4000);
        RuleFor(r => r.SortOrder).InclusiveBetween(0, 1_000_000);
    }
}

public sealed class CreatePriority(Database database, Clock clock) : Endpoint<PriorityRequest, PriorityResponse>
{
    public sealed class Validator : Validator<PriorityRequest>
    {
        public Validator() => Include(new PriorityRules());
    }

    private const string InsertSql = """
        INSERT INTO priorities (plan_id, number, title, outcome_statement, sort_order, created_at, updated_at)
        VALUES (@PlanId, @Number, @Title, @OutcomeStatement,
                COALESCE(@SortOrder, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM priorities WHERE plan_id = @PlanId)),
                @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/plans/{planId}/priorities");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<PriorityResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(409));
        Summary(s => s.Summary = "Add a priority to a plan");
    }

    public override async Task HandleAsync(PriorityRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var number = Written.OrNull(request.Number);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        if (number is not null && await PriorityData.NumberTakenAsync(connection, request.PlanId, number, null, transaction))
            this.Conflict("number", $"This plan already has a priority numbered \"{number}\".");

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.PlanId, Number = number, request.Title, request.OutcomeStatement, request.SortOrder, write.Now,
        }, transaction);
        var created = (await PriorityData.FindAsync(connection, request.PlanId, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "priority", id, request.PlanId, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetPriority>(new { planId = request.PlanId, priorityId = id }, created, cancellation: ct);
    }
}

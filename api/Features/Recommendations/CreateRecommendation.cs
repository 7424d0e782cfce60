using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Recommendations;

public record RecommendationRequest
{
    [RouteParam] public long PlanId { get; init; }
    /// <summary>The number as the report prints it, kept as written ("7 (14)"); unique in the plan. Leave it out when the source prints none. Spaces around it are dropped.</summary>
    public string? Number { get; init; }
    public string Text { get; init; } = "";
    public string? JudgementArea { get; init; }
    /// <summary>The report paragraphs it is drawn from, as written: "12, 14, 31".</summary>
    public string? SourceParagraphs { get; init; }
    /// <summary>The priority of the same plan to group it under; null leaves it ungrouped.</summary>
    public long? PriorityId { get; init; }
    /// <summary>The deadline as the plan writes it ("Sept 16 / ongoing"); the tracker keeps the words and reads the dates.</summary>
    public string? DeadlineText { get; init; }
    /// <summary>The ids of the people who lead it, in the order to print them; an update replaces the list.</summary>
    public IReadOnlyList<long>? LeadIds { get; init; }
    /// <summary>The ids of its owners (or responsible officers), in the order to print them; an update replaces the list.</summary>
    public IReadOnlyList<long>? OwnerIds { get; init; }
    /// <summary>Who the report addresses it to, as printed ("the local authority"), in printed order; an update replaces the list.</summary>
    public IReadOnlyList<string>? Addressees { get; init; }
    /// <summary>Position in the printed order; leave it out to put it after the last one (an update keeps its place).</summary>
    public int? SortOrder { get; init; }
}

/// <summary>The rules shared by create and update; the priority, the leads and a used number are checked in the handler.</summary>
public sealed class RecommendationRules : AbstractValidator<RecommendationRequest>
{
    public RecommendationRules()
    {
        RuleFor(r => r.Number).MaximumLength(20);
        RuleFor(r => r.Text).NotEmpty().WithMessage("Enter the recommendation's text.").MaximumLength(4000);
        RuleFor(r => r.JudgementArea).MaximumLength(200);
        RuleFor(r => r.SourceParagraphs).MaximumLength(200);
        RuleFor(r => r.DeadlineText).MaximumLength(500);
        RuleFor(r => r.LeadIds).PeopleList("lead");
        RuleFor(r => r.OwnerIds).PeopleList("owner");
        RuleFor(r => r.Addressees).Must(a => a is null || a.Count <= 10).WithMessage("Name at most 10 addressees.")
            .Must(a => a is null || a.All(x => !string.IsNullOrWhiteSpace(x))).WithMessage("An addressee cannot be blank.")
            .Must(a => a is null || a.Select(x => x.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == a.Count)
            .WithMessage("Name each addressee once.");
        RuleForEach(r => r.Addressees).MaximumLength(200);
        RuleFor(r => r.SortOrder).InclusiveBetween(0, 1_000_000);
    }
}

public sealed class CreateRecommendation(Database database, Clock clock) : Endpoint<RecommendationRequest, RecommendationResponse>
{
    public sealed class Validator : Validator<RecommendationRequest>
    {
        public Validator() => Include(new RecommendationRules());
    }

    private const string InsertSql = """
        INSERT INTO recommendations (plan_id, priority_id, number, text, judgement_area, source_paragraphs, deadline_text,
                                     sort_order, created_at, updated_at)
        VALUES (@PlanId, @PriorityId, @Number, @Text, @JudgementArea, @SourceParagraphs, @DeadlineText,
                COALESCE(@SortOrder, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM recommendations WHERE plan_id = @PlanId)),
                @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/plans/{planId}/recommendations");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<RecommendationResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(409));
        Summary(s => s.Summary = "Add a recommendation to a plan, with its leads, owners and addressees");
    }

    public override async Task HandleAsync(RecommendationRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var number = Written.OrNull(request.Number);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);
        await RecommendationData.CheckAgainstPlanAsync(this, connection, transaction, request, number, exceptId: null);

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.PlanId, request.PriorityId, Number = number, request.Text, request.JudgementArea, request.SourceParagraphs,
            request.DeadlineText, request.SortOrder, write.Now,
        }, transaction);
        await ItemPeople.SaveAsync(connection, PeopleItemKind.Recommendation, id, request.LeadIds ?? [], request.OwnerIds ?? [], transaction);
        await RecommendationData.SaveAddresseesAsync(connection, id, RecommendationData.Addressees(request), transaction);
        var created = (await RecommendationData.FindAsync(connection, request.PlanId, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "recommendation", id, request.PlanId, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetRecommendation>(new { planId = request.PlanId, recommendationId = id }, created, cancellation: ct);
    }
}

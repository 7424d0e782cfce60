using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Reviews;

public record ReviewRequest
{
    [RouteParam] public long PlanId { get; init; }
    /// <summary>The label the plan prints over the score column: "RAG 03/18", "Update November 16".</summary>
    public string Label { get; init; } = "";
    /// <summary>The date of the review; leave it out when the source printed only the label.</summary>
    public DateOnly? ReviewDate { get; init; }
    public string? Reviewer { get; init; }
    /// <summary>open (default) or closed.</summary>
    [OpenApi.OneOf(typeof(ReviewData), nameof(ReviewData.StatusValues))]
    public string Status { get; init; } = "open";
    /// <summary>
    /// The date by which the people who answer for the items should have recorded their update (optional). On or before
    /// the review date when the review has one: the review is when the updates are read.
    /// </summary>
    public DateOnly? UpdatesDueBy { get; init; }
    /// <summary>Its place among the plan's reviews, from 1. Leave it out to place it by its date (an undated review goes last; an update keeps its place).</summary>
    public int? Position { get; init; }
}

public sealed class ReviewRules : AbstractValidator<ReviewRequest>
{
    public ReviewRules()
    {
        RuleFor(r => r.Label).NotEmpty().WithMessage("Enter the review's label, for example \"RAG 03/18\" or \"Update November 16\".").MaximumLength(100);
        RuleFor(r => r.ReviewDate)
            .Must(d => d is null || d.Value.Year is >= 1990 and <= 2100).WithMessage("Enter a review date between 1990 and 2100.");
        RuleFor(r => r.Position).InclusiveBetween(1, 10_000);
        RuleFor(r => r.Reviewer).MaximumLength(200);
        RuleFor(r => r.Status).Must(s => ReviewData.StatusValues.Contains(s)).WithMessage("Status must be open or closed.");
        RuleFor(r => r.UpdatesDueBy)
            .Must(d => d is null || d.Value.Year is >= 1990 and <= 2100).WithMessage("Enter an \"updates due by\" date between 1990 and 2100.")
            .Must((r, d) => d is null || r.ReviewDate is null || d <= r.ReviewDate)
            .WithMessage(r => $"Updates must be due on or before the review date ({r.ReviewDate:d MMMM yyyy}), so that they can be read at the review.");
    }
}

public sealed class CreateReview(Database database, Clock clock, Mail.MailSignal mail) : Endpoint<ReviewRequest, ReviewResponse>
{
    public sealed class Validator : Validator<ReviewRequest>
    {
        public Validator() => Include(new ReviewRules());
    }

    private const string InsertSql = """
        INSERT INTO reviews (plan_id, label, review_date, reviewer, status, updates_due_by, sort_order, created_at, updated_at)
        VALUES (@PlanId, @Label, @ReviewDate, @Reviewer, @Status, @UpdatesDueBy, 0, @Now, @Now)
        RETURNING id;
        """;

    public override void Configure()
    {
        Post("/plans/{planId}/reviews");
        Roles(Allowed.Board);
        Description(b => b.Produces<ReviewResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(404).ProducesProblemDetails(409));
        Summary(s => s.Summary = "Start a review cycle of a plan");
    }

    public override async Task HandleAsync(ReviewRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.PlanId, request.Label, request.ReviewDate, request.Reviewer, request.Status, request.UpdatesDueBy, write.Now,
        }, transaction);
        await ReviewData.PlaceAsync(connection, request.PlanId, id, request.Position, transaction);
        var created = (await ReviewData.FindAsync(connection, request.PlanId, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "review", id, request.PlanId, null, created);
        await transaction.CommitAsync(ct);
        // Its emails (a review's opening or closing, a decision; or what waited while email was off) go now, not at the next poll.
        mail.Poke();

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetReview>(new { planId = request.PlanId, reviewId = id }, created, cancellation: ct);
    }
}

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
    public string Label { get; init; } = "";
    public DateOnly? ReviewDate { get; init; }
    public string? Reviewer { get; init; }
    /// <summary>open (default) or closed.</summary>
    public string Status { get; init; } = "open";
}

public sealed class ReviewRules : AbstractValidator<ReviewRequest>
{
    public ReviewRules()
    {
        RuleFor(r => r.Label).NotEmpty().WithMessage("Enter the review's label, for example \"RAG 03/18\" or \"Update November 16\".").MaximumLength(100);
        RuleFor(r => r.ReviewDate).NotNull().WithMessage("Enter the date of the review.")
            .Must(d => d is null || d.Value.Year is >= 1990 and <= 2100).WithMessage("Enter a review date between 1990 and 2100.");
        RuleFor(r => r.Reviewer).MaximumLength(200);
        RuleFor(r => r.Status).Must(s => ReviewData.StatusValues.Contains(s)).WithMessage("Status must be open or closed.");
    }
}

public sealed class CreateReview(Database database, Clock clock) : Endpoint<ReviewRequest, ReviewResponse>
{
    public sealed class Validator : Validator<ReviewRequest>
    {
        public Validator() => Include(new ReviewRules());
    }

    private const string InsertSql = """
        INSERT INTO reviews (plan_id, label, review_date, reviewer, status, created_at, updated_at)
        VALUES (@PlanId, @Label, @ReviewDate, @Reviewer, @Status, @Now, @Now)
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
        await using var transaction = connection.BeginTransaction();
        await PlanData.RequireAsync(this, connection, request.PlanId, transaction);

        var id = await connection.ExecuteScalarAsync<long>(InsertSql, new
        {
            request.PlanId, request.Label, request.ReviewDate, request.Reviewer, request.Status, write.Now,
        }, transaction);
        var created = (await ReviewData.FindAsync(connection, request.PlanId, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "review", id, request.PlanId, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetReview>(new { planId = request.PlanId, reviewId = id }, created, cancellation: ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Reviews;

public sealed record UpdateReviewRequest : ReviewRequest
{
    [RouteParam] public long ReviewId { get; init; }
}

public sealed class UpdateReview(Database database, Clock clock, Mail.MailSignal mail) : Endpoint<UpdateReviewRequest, ReviewResponse>
{
    public sealed class Validator : Validator<UpdateReviewRequest>
    {
        public Validator() => Include(new ReviewRules());
    }

    private const string UpdateSql = """
        UPDATE reviews
        SET label = @Label, review_date = @ReviewDate, reviewer = @Reviewer, status = @Status, updates_due_by = @UpdatesDueBy,
            updated_at = @Now, row_version = row_version + 1
        WHERE id = @ReviewId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/reviews/{reviewId}");
        Roles(Allowed.Board);
        Description(b => b.Produces<ReviewResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Change a review's label, date, reviewer or place among the plan's reviews, or open or close it");
    }

    public override async Task HandleAsync(UpdateReviewRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var before = await ReviewData.FindAsync(connection, request.PlanId, request.ReviewId, transaction);
        if (before is null) this.NotFound("reviewId", ReviewData.NoSuchReview(request.PlanId, request.ReviewId));
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.ReviewId, before.Version, request.Label, request.ReviewDate, request.Reviewer, request.Status, request.UpdatesDueBy, write.Now,
        }, transaction);
        if (request.Position is not null) await ReviewData.PlaceAsync(connection, request.PlanId, request.ReviewId, request.Position, transaction);
        var after = (await ReviewData.FindAsync(connection, request.PlanId, request.ReviewId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "review", after.Id, after.PlanId, before, after);
        await transaction.CommitAsync(ct);
        // Its emails (a review's opening or closing, a decision; or what waited while email was off) go now, not at the next poll.
        mail.Poke();

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

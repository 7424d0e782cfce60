using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Reviews;

public sealed record ReviewIdRequest
{
    public long PlanId { get; init; }
    public long ReviewId { get; init; }
}

public sealed class GetReview(Database database) : Endpoint<ReviewIdRequest, ReviewResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/reviews/{reviewId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<ReviewResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one review cycle");
    }

    public override async Task HandleAsync(ReviewIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var review = await ReviewData.FindAsync(connection, request.PlanId, request.ReviewId);
        if (review is null) this.NotFound("reviewId", ReviewData.NoSuchReview(request.PlanId, request.ReviewId));

        Etags.Set(HttpContext, review.Version);
        await Send.OkAsync(review, ct);
    }
}

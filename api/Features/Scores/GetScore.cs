using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scores;

public sealed class GetScore(Database database) : Endpoint<ScoreRouteRequest, ScoreResponse>
{
    public override void Configure()
    {
        Get("/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}");
        Roles(Allowed.Readers);
        Description(b => b.Produces<ScoreResponse>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "Read one item's score and update in one review");
    }

    public override async Task HandleAsync(ScoreRouteRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var target = await ScoreTarget.ResolveAsync(this, connection, null, request, forWrite: false);
        var score = await ScoreData.FindAsync(connection, request.ReviewId, target.Type, request.ItemId);
        if (score is null) this.NotFound("itemId", $"{target.Review.Label} has no score for this {target.Type.Name} yet.");

        Etags.Set(HttpContext, score.Version);
        await Send.OkAsync(score, ct);
    }
}

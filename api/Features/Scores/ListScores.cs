using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Reviews;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scores;

public sealed class ListScores(Database database) : Endpoint<ReviewIdRequest, IReadOnlyList<ScoreResponse>>
{
    public override void Configure()
    {
        Get("/plans/{planId}/reviews/{reviewId}/scores");
        Roles(Allowed.Readers);
        Description(b => b.Produces<IReadOnlyList<ScoreResponse>>(200).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s => s.Summary = "List every score recorded in one review");
    }

    public override async Task HandleAsync(ReviewIdRequest request, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await ReviewData.RequireAsync(this, connection, request.PlanId, request.ReviewId);
        var scores = await connection.QueryAsync<ScoreResponse>(ScoreData.SelectSql + "\nWHERE sc.review_id = @ReviewId ORDER BY sc.id", new { request.ReviewId });
        await Send.OkAsync(scores.AsList(), ct);
    }
}

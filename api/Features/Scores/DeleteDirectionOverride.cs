using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scores;

public sealed class DeleteDirectionOverride(Database database, Clock clock) : Endpoint<ScoreRouteRequest, ScoreResponse>
{
    private const string ClearSql = """
        UPDATE scores
        SET direction_override = NULL, direction_override_reason = NULL, direction_override_by = NULL,
            direction_override_at = NULL, row_version = row_version + 1
        WHERE id = @Id AND row_version = @Version;
        """;

    public override void Configure()
    {
        Delete("/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}/direction-override");
        Roles(Allowed.Board);
        Description(b => b.Produces<ScoreResponse>(200).ProducesProblemDetails(404).ProducesProblemDetails(409)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s => s.Summary = "Withdraw a direction-of-travel override, leaving the computed direction");
    }

    public override async Task HandleAsync(ScoreRouteRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var target = await ScoreTarget.ResolveAsync(this, connection, transaction, request, forWrite: true, User);
        var before = await ScoreData.FindAsync(connection, request.ReviewId, target.Type, request.ItemId, transaction);
        if (before?.DirectionOverride is null)
            this.NotFound("itemId", $"This {target.Type.Name} has no direction-of-travel override in {target.Review.Label}.");
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync(ClearSql, new { before.Id, before.Version }, transaction);
        var after = (await ScoreData.FindByIdAsync(connection, before.Id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "score", after.Id, request.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scores;

public sealed record SaveDirectionOverrideRequest : ScoreRouteRequest
{
    /// <summary>improving, maintained or declining: the judgement a person records instead of the computed one.</summary>
    [OpenApi.OneOf(typeof(SaveDirectionOverride), nameof(SaveDirectionOverride.Directions))]
    public string Direction { get; init; } = "";
    /// <summary>Why the scores do not tell the whole story. Required: an override without a reason is the hand-picked arrow we replace.</summary>
    public string Reason { get; init; } = "";
}

public sealed class SaveDirectionOverride(Database database, Clock clock) : Endpoint<SaveDirectionOverrideRequest, ScoreResponse>
{
    public static readonly string[] Directions = ["improving", "maintained", "declining"];

    public sealed class Validator : Validator<SaveDirectionOverrideRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Direction).Must(d => Directions.Contains(d)).WithMessage("Direction must be improving, maintained or declining.");
            RuleFor(r => r.Reason).NotEmpty().WithMessage("Say why the direction of travel differs from what the scores show.").MaximumLength(2000);
        }
    }

    private const string UpdateSql = """
        UPDATE scores
        SET direction_override = @Direction, direction_override_reason = @Reason,
            direction_override_by = @Actor, direction_override_at = @Now, row_version = row_version + 1
        WHERE id = @Id AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}/direction-override");
        Roles(Allowed.Board);
        Description(b => b.Produces<ScoreResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Record a person's direction-of-travel judgement, with a reason, beside the computed one";
            s.Description = "The computed direction is never replaced: the grid and summary show both, and flag overrides that contradict the scores.";
        });
    }

    public override async Task HandleAsync(SaveDirectionOverrideRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var target = await ScoreTarget.ResolveAsync(this, connection, transaction, request, forWrite: true, User);
        var before = await ScoreData.FindAsync(connection, request.ReviewId, target.Type, request.ItemId, transaction);
        if (before is null)
            this.Conflict("itemId", $"Record a score or update for this {target.Type.Name} in {target.Review.Label} before overriding its direction of travel.");
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync(UpdateSql, new { before.Id, before.Version, request.Direction, Reason = request.Reason.Trim(), write.Actor, write.Now }, transaction);
        var after = (await ScoreData.FindByIdAsync(connection, before.Id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "score", after.Id, request.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

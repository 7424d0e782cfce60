using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Scores;

public sealed record SignOffScoreRequest : ScoreRouteRequest
{
    /// <summary>signedOff (the evidence shows it is complete) or rejected (it is not, yet).</summary>
    [OpenApi.OneOf(typeof(SignOffScore), nameof(SignOffScore.Decisions))]
    public string Decision { get; init; } = "";
    /// <summary>What the board said; required when rejecting, so the lead knows what is missing.</summary>
    public string? Note { get; init; }
}

/// <summary>The board's decision on an item marked complete: until it signs off, the item does not count as complete.</summary>
public sealed class SignOffScore(Database database, Clock clock, Mail.MailSignal mail) : Endpoint<SignOffScoreRequest, ScoreResponse>
{
    public static readonly string[] Decisions = ["signedOff", "rejected"];

    public sealed class Validator : Validator<SignOffScoreRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Decision).Must(d => Decisions.Contains(d)).WithMessage("Decision must be signedOff or rejected.");
            RuleFor(r => r.Note).NotEmpty().When(r => r.Decision == "rejected").WithMessage("Say what is missing, so the lead knows what to do.");
            RuleFor(r => r.Note).MaximumLength(2000);
        }
    }

    private const string DecideSql = """
        UPDATE scores
        SET sign_off_status = @Decision, sign_off_by = @Actor, sign_off_at = @Now, sign_off_note = @Note,
            row_version = row_version + 1
        WHERE id = @Id AND row_version = @Version AND sign_off_status = 'pending';
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}/sign-off");
        Roles(Allowed.Board);
        Description(b => b.Produces<ScoreResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Sign off, or reject, an item marked complete, after looking at its evidence";
            s.Description = "Only a score that is waiting for sign-off can be decided (409 otherwise). Who decided and when are recorded.";
        });
    }

    public override async Task HandleAsync(SignOffScoreRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var target = await ScoreTarget.ResolveAsync(this, connection, transaction, request, forWrite: true, User);
        var before = await ScoreData.FindAsync(connection, request.ReviewId, target.Type, request.ItemId, transaction);
        if (before is null) this.NotFound("itemId", $"{target.Review.Label} has no score for this {target.Type.Name}.");
        Etags.Require(this, HttpContext, before.Version);
        if (before.SignOffStatus != "pending")
            this.Conflict("itemId", before.SignOffStatus is null
                ? "This score is not at a level that means complete, so there is nothing to sign off."
                : $"This score has already been {(before.SignOffStatus == "signedOff" ? "signed off" : "rejected")}; a new claim of completion starts a new sign-off.");

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        await connection.ExecuteAsync(DecideSql, new { before.Id, before.Version, request.Decision, Note = note, write.Actor, write.Now }, transaction);
        var after = (await ScoreData.FindByIdAsync(connection, before.Id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "score", after.Id, request.PlanId, before, after);
        await transaction.CommitAsync(ct);
        // Its emails (a review's opening or closing, a decision; or what waited while email was off) go now, not at the next poll.
        mail.Poke();

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

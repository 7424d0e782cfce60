using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using FluentValidation;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Features.Scores;

public sealed record SaveScoreRequest : ScoreRouteRequest
{
    /// <summary>The level's value on the plan's scale; null (or absent) records "no score" explicitly.</summary>
    public int? Level { get; init; }
    /// <summary>What a spreadsheet cell said, kept when importing ("update not available").</summary>
    public string? RecordedAs { get; init; }
    /// <summary>The dated progress update for this review.</summary>
    public string? Narrative { get; init; }
    /// <summary>Date of the update as written; leave out when it was undated, and it stays undated (it is never dated for you).</summary>
    public DateOnly? NarrativeDate { get; init; }
    /// <summary>Required at a level that means complete: a link to the evidence, or a note of what it is and where. Not needed when the score is copied from a source document.</summary>
    public string? Evidence { get; init; }
    /// <summary>The document this score was copied from ("Improvement plan v3.2, November 2016"), for scores printed before the tracker existed. A complete level recorded this way is "complete as printed in the source": it needs no evidence and no sign-off, and is shown apart from completions signed off in the tracker.</summary>
    public string? SourceDocument { get; init; }
    /// <summary>The direction of travel the source printed for this review, read as improving, maintained or declining; kept beside the computed one.</summary>
    [OpenApi.OneOf(typeof(SaveDirectionOverride), nameof(SaveDirectionOverride.Directions))]
    public string? PrintedDirection { get; init; }
    /// <summary>The direction of travel exactly as printed ("Improved", "↑").</summary>
    public string? PrintedDirectionText { get; init; }
}

public sealed class SaveScore(Database database, Clock clock) : Endpoint<SaveScoreRequest, ScoreResponse>
{
    public sealed class Validator : Validator<SaveScoreRequest>
    {
        public Validator()
        {
            // A zero in the councils' sheets was a placeholder for "no score"; accepting it as a level would drag averages down.
            RuleFor(r => r.Level).GreaterThanOrEqualTo(0).When(r => r.Level is not null)
                .WithMessage("Choose a level from the plan's scale, or leave the score empty for \"no score\".");
            RuleFor(r => r.SourceDocument).MaximumLength(300);
            RuleFor(r => r.PrintedDirection).Must(d => d is null || SaveDirectionOverride.Directions.Contains(d))
                .WithMessage("Printed direction must be improving, maintained or declining; keep the words as printed in printedDirectionText.");
            RuleFor(r => r.PrintedDirectionText).MaximumLength(100);
            RuleFor(r => r.RecordedAs).MaximumLength(200);
            RuleFor(r => r.Narrative).MaximumLength(10_000);
            RuleFor(r => r.Evidence).MaximumLength(2000);
            RuleFor(r => r.NarrativeDate).Must(d => d is null || d.Value.Year is >= 1990 and <= 2100)
                .WithMessage("Enter an update date between 1990 and 2100.");
        }
    }

    internal const string LevelSql = "SELECT id AS Id, means_complete AS MeansComplete FROM scale_levels WHERE scale_id = @scaleId AND value = @value";

    internal sealed record LevelRow(long Id, long MeansComplete);
    private const string LevelListSql = "SELECT value || ' ' || label FROM scale_levels WHERE scale_id = @scaleId ORDER BY value";

    internal const string InsertSql = """
        INSERT INTO scores (review_id, recommendation_id, action_id, measure_id, level_id, recorded_as, narrative, narrative_date,
                            evidence, sign_off_status, sign_off_by, sign_off_at, sign_off_note, source_document,
                            printed_direction, printed_direction_text, updated_by, updated_at)
        VALUES (@ReviewId, @RecommendationId, @ActionId, @MeasureId, @LevelId, @RecordedAs, @Narrative, @NarrativeDate,
                @Evidence, @SignOffStatus, @SignOffBy, @SignOffAt, @SignOffNote, @SourceDocument,
                @PrintedDirection, @PrintedDirectionText, @Actor, @Now)
        RETURNING id;
        """;

    internal const string UpdateSql = """
        UPDATE scores
        SET level_id = @LevelId, recorded_as = @RecordedAs, narrative = @Narrative, narrative_date = @NarrativeDate,
            evidence = @Evidence, sign_off_status = @SignOffStatus, sign_off_by = @SignOffBy, sign_off_at = @SignOffAt,
            sign_off_note = @SignOffNote, source_document = @SourceDocument,
            printed_direction = @PrintedDirection, printed_direction_text = @PrintedDirectionText,
            updated_by = @Actor, updated_at = @Now, row_version = row_version + 1
        WHERE id = @Id AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/plans/{planId}/reviews/{reviewId}/scores/{itemType}/{itemId}");
        Roles(Allowed.Scorers);
        Description(b => b.Produces<ScoreResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428).WithMetadata(OpenApi.IfMatchWhenExisting.Instance));
        Summary(s =>
        {
            s.Summary = "Record or change an item's score and update in one review";
            s.Description = "Creates the score when the item has none in this review (no If-Match needed); otherwise If-Match must carry the score's ETag.";
        });
    }

    public override async Task HandleAsync(SaveScoreRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var target = await ScoreTarget.ResolveAsync(this, connection, transaction, request, forWrite: true, User);

        long? levelId = null;
        var complete = false;
        if (request.Level is { } value)
        {
            var level = await connection.QuerySingleOrDefaultAsync<LevelRow>(LevelSql, new { scaleId = target.ScaleId, value }, transaction);
            levelId = level?.Id;
            complete = level?.MeansComplete == 1;
            if (level is null)
            {
                var levels = await connection.QueryAsync<string>(LevelListSql, new { scaleId = target.ScaleId }, transaction);
                // A zero typed into a future review's column meant "no score" in the councils' sheets, never a level.
                var placeholder = value == 0 ? " A 0 in a sheet means no score: leave the level empty and keep the \"0\" in recordedAs." : "";
                this.Invalid("level", $"{value} is not a level of this plan's scale. Choose one of: {string.Join(", ", levels)}.{placeholder}");
            }
        }

        var before = await ScoreData.FindAsync(connection, request.ReviewId, target.Type, request.ItemId, transaction);
        Etags.RequireIfExists(this, HttpContext, before?.Version);

        // Saying something is finished is a claim the board must be able to test (issue 3): evidence, then sign-off.
        // A completion copied from a document printed before the tracker existed is held as printed, not re-judged:
        // inventing evidence for it would be worse than saying where it came from.
        var evidence = string.IsNullOrWhiteSpace(request.Evidence) ? null : request.Evidence.Trim();
        var sourceDocument = string.IsNullOrWhiteSpace(request.SourceDocument) ? null : request.SourceDocument.Trim();
        var asPrinted = complete && sourceDocument is not null;
        if (complete && !asPrinted && evidence is null)
            this.Invalid("evidence", "This level means complete: give the evidence, a link or a note of what it is and where to find it.");
        var signOff = SignOffFor(complete, asPrinted, before, request.Level, evidence);

        var narrative = string.IsNullOrWhiteSpace(request.Narrative) ? null : request.Narrative.Trim();
        // An undated update stays undated: plans copied in keep updates with no date, and stamping them with the day they were
        // typed would make them look newer than they are (docs/domain-rules.md, "Update logs"). The web form sends today's date itself.
        var narrativeDate = request.NarrativeDate;
        var values = new
        {
            request.ReviewId,
            RecommendationId = target.Type == ScoredItemType.Recommendation ? request.ItemId : (long?)null,
            ActionId = target.Type == ScoredItemType.Action ? request.ItemId : (long?)null,
            MeasureId = target.Type == ScoredItemType.Measure ? request.ItemId : (long?)null,
            LevelId = levelId,
            RecordedAs = string.IsNullOrWhiteSpace(request.RecordedAs) ? null : request.RecordedAs.Trim(),
            Narrative = narrative,
            NarrativeDate = narrativeDate,
            Evidence = complete ? evidence : null,
            SourceDocument = sourceDocument,
            PrintedDirection = string.IsNullOrWhiteSpace(request.PrintedDirection) ? null : request.PrintedDirection,
            PrintedDirectionText = string.IsNullOrWhiteSpace(request.PrintedDirectionText) ? null : request.PrintedDirectionText.Trim(),
            SignOffStatus = signOff?.Status,
            SignOffBy = signOff?.By,
            SignOffAt = signOff?.At,
            SignOffNote = signOff?.Note,
            write.Actor,
            write.Now,
            before?.Id,
            before?.Version,
        };
        long id = 0;
        if (before is null)
            id = await connection.ExecuteScalarAsync<long>(InsertSql, values, transaction);
        else if (await connection.ExecuteAsync(UpdateSql, values, transaction) == 1)
            id = before.Id;
        else
            this.Stop(412, "ifMatch", "This score was changed by someone else while you were saving. Reload it and apply your change again.");

        var after = (await ScoreData.FindByIdAsync(connection, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "score", after.Id, request.PlanId, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }

    /// <summary>
    /// The sign-off a saved score starts with: none below a complete level or for a completion as printed in a source; a
    /// completion the board signed off stays signed off while its level and evidence stand; any other completion waits
    /// for the board. Shared with the monthly return, which saves scores by the same rules.
    /// </summary>
    internal static SignOff? SignOffFor(bool complete, bool asPrinted, ScoreResponse? before, int? level, string? evidence)
    {
        var keepsSignOff = complete && before is { SignOffStatus: "signedOff" } && before.Level == level && before.Evidence == evidence;
        return !complete || asPrinted ? null
            : keepsSignOff ? new SignOff("signedOff", before!.SignOffBy, before.SignOffAt, before.SignOffNote)
            : new SignOff("pending", null, null, null);
    }
}

/// <summary>The sign-off state a saved score carries.</summary>
internal sealed record SignOff(string Status, string? By, string? At, string? Note);

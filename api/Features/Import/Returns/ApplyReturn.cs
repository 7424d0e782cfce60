using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Import.Returns;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Reviews;
using ActionPlanTracker.Features.Scores;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using System.Data.Common;

namespace ActionPlanTracker.Features.Import.Returns;

/// <summary>
/// Applies a return: every changed row that may be saved, in one transaction, by the score endpoint's rules (evidence for
/// a completion, which then waits for sign-off; an audit entry per score with the uploader as its author). Conflicts,
/// invalid rows and rows left out are listed and not written; a score changed between the dry run and the apply is a
/// conflict too, found under the write lock, so nothing is ever overwritten silently.
/// </summary>
public sealed class ApplyReturn(Database database, Clock clock, TrackerSettings settings) : Endpoint<ReturnUploadRequest, ReturnResponse>
{
    private const string AppliedSql = """
        UPDATE imports
        SET status = 'committed', committed_by = @actor, committed_at = @now, outcome_json = @outcomeJson, row_version = row_version + 1
        WHERE id = @importId AND row_version = @version AND status = 'pending';
        """;

    public override void Configure()
    {
        Post("/plans/{planId}/returns/uploads/{importId}/apply");
        Roles(Allowed.Scorers);
        Description(b => b.ClearDefaultAccepts().Produces<ReturnResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Apply a return you uploaded: save its changed rows in one transaction, leave the rest, and say what was done";
            s.Description = "Needs the upload's ETag in If-Match. The rows are judged again under the write lock: a score changed since the dry run becomes a conflict and is not overwritten. A closed review, or a return already applied, is a 409. The answer lists what was saved (counts.changes), the conflicts with both values, and every row left out and why.";
        });
    }

    public override async Task HandleAsync(ReturnUploadRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        var now = TimeZoneInfo.ConvertTime(clock.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone));
        await using var connection = await database.OpenAsync(ct);
        var row = await ReturnUploads.RequireAsync(this, connection, request.PlanId, request.ImportId, User);
        Etags.Require(this, HttpContext, row.Version);
        if (row.Status != "pending") this.Conflict("importId", "This return has already been applied; upload the workbook again to apply newer entries.");
        var judged = await ReturnUploads.JudgeAsync(this, connection, request.PlanId, row.FileName, row.Content, User, clock, now);

        await using var transaction = connection.BeginWriteTransaction();
        var review = await ReviewData.FindAsync(connection, request.PlanId, judged.State.Review.Id, transaction);
        if (review?.Status != "open")
            this.Conflict("reviewId", $"{judged.State.Review.Label} is closed, so its scores can no longer change. Ask the board to reopen it, or enter the updates in the open review.");

        var rows = new List<ReturnRowJudgement>();
        foreach (var judgement in judged.Rows)
            rows.Add(judgement.Outcome == ReturnOutcome.Change
                ? await SaveAsync(connection, transaction, write, judged, judgement)
                : judgement);

        var applied = new JudgedReturn(judged.File, judged.State, rows);
        var outcome = new AppliedReturn(ReturnDryRun.Counts(rows), ReturnDryRun.Rows(judged.File, judged.State.Scale, rows),
            rows.SelectMany(r => r.Findings).ToList(), ReturnUploads.Notes(applied), judged.State.Review.Id, judged.State.Review.Label,
            judged.File.MadeFor, judged.File.MadeAt);
        if (await connection.ExecuteAsync(AppliedSql, new
            {
                actor = write.Actor, now = write.Now, outcomeJson = ReturnUploads.Write(outcome), importId = row.Id, version = row.Version,
            }, transaction) == 0)
            this.Stop(412, "ifMatch", "This return was applied or changed by someone else meanwhile. Reload it and try again.");
        await AuditLog.RecordAsync(connection, transaction, write, "import", row.Id, request.PlanId, null,
            new { Kind = "return", row.FileName, row.Sha256, row.SizeBytes, ReviewId = judged.State.Review.Id, outcome.Counts });
        await transaction.CommitAsync(ct);

        var after = (await ImportData.FindAsync(connection, row.Id))!;
        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(ReturnUploads.Response(after, outcome, canApply: false), ct);
    }

    /// <summary>
    /// Saves one changed row as the score endpoint would, guarded by the version the dry run judged: a score changed since
    /// becomes a conflict. A level left as it was keeps what the source printed beside it (recorded words, source document,
    /// printed direction); a new level replaces the printed score, so those go with it.
    /// </summary>
    private static async Task<ReturnRowJudgement> SaveAsync(DbConnection connection, DbTransaction transaction, WriteContext write,
        JudgedReturn judged, ReturnRowJudgement judgement)
    {
        var item = judgement.Item!;
        var yours = judgement.Yours!;
        var type = ScoredItemType.FromName(item.ItemType)!;
        var reviewId = judged.State.Review.Id;
        var before = await ScoreData.FindAsync(connection, reviewId, type, item.ItemId, transaction);
        var file = judged.File;
        ReturnRowJudgement Refused(ReturnOutcome outcome, ReturnFindingKind kind, string message) => judgement with
        {
            Outcome = outcome,
            Findings = [.. judgement.Findings, new ReturnFinding(kind, message, file.Where(judgement.Row), judgement.Row)],
        };
        if (before?.Version != item.Version)
            return Refused(ReturnOutcome.Conflict, ReturnFindingKind.Conflict,
                $"{before?.UpdatedBy ?? "Someone"} changed this {item.ItemType} while the return was being applied: theirs was kept. Check it and enter your update in the tracker.");

        SaveScore.LevelRow? level = null;
        if (yours.Level is { } value)
        {
            level = await connection.QuerySingleOrDefaultAsync<SaveScore.LevelRow>(SaveScore.LevelSql, new { scaleId = judged.State.Plan.ScaleId, value }, transaction);
            if (level is null)
                return Refused(ReturnOutcome.Invalid, ReturnFindingKind.NotOnScale, $"{value} is no longer a level of this plan's scale. The row was left out.");
        }
        var complete = level?.MeansComplete == 1;
        var keepsPrinted = before is not null && before.Level == yours.Level;
        var sourceDocument = keepsPrinted ? before!.SourceDocument : null;
        var signOff = SaveScore.SignOffFor(complete, complete && sourceDocument is not null, before, yours.Level, yours.Evidence);
        var values = new
        {
            ReviewId = reviewId,
            RecommendationId = type == ScoredItemType.Recommendation ? item.ItemId : (long?)null,
            ActionId = type == ScoredItemType.Action ? item.ItemId : (long?)null,
            MeasureId = type == ScoredItemType.Measure ? item.ItemId : (long?)null,
            LevelId = level?.Id,
            RecordedAs = keepsPrinted ? before!.RecordedAs : null,
            Narrative = yours.Update,
            NarrativeDate = yours.UpdateDate,
            Evidence = complete ? yours.Evidence : null,
            SourceDocument = sourceDocument,
            PrintedDirection = keepsPrinted ? before!.PrintedDirection : null,
            PrintedDirectionText = keepsPrinted ? before!.PrintedDirectionText : null,
            SignOffStatus = signOff?.Status,
            SignOffBy = signOff?.By,
            SignOffAt = signOff?.At,
            SignOffNote = signOff?.Note,
            write.Actor,
            write.Now,
            before?.Id,
            before?.Version,
        };
        var id = before is null
            ? await connection.ExecuteScalarAsync<long>(SaveScore.InsertSql, values, transaction)
            : await connection.ExecuteAsync(SaveScore.UpdateSql, values, transaction) == 1 ? before.Id : 0;
        var after = (await ScoreData.FindByIdAsync(connection, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "score", after.Id, judged.State.Plan.Id, before, after);
        return judgement;
    }
}

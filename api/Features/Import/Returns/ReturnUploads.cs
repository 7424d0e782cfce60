using System.Security.Claims;
using System.Text.Json;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Domain.Import.Returns;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Reviews;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using System.Data.Common;

namespace ActionPlanTracker.Features.Import.Returns;

/// <summary>A return read from its file and judged, row by row, against the tracker as it is now, with the uploader's rights.</summary>
public sealed record JudgedReturn(ReturnFile File, ReturnState State, IReadOnlyList<ReturnRowJudgement> Rows);

/// <summary>What an applied return did, kept with the import so reading it later shows what happened then, not a re-judgement.</summary>
public sealed record AppliedReturn(ReturnCounts Counts, IReadOnlyList<ReturnRowView> Rows, IReadOnlyList<ReturnFinding> Findings, IReadOnlyList<string> Notes,
    long ReviewId, string ReviewLabel, string? MadeFor, string? MadeAt);

/// <summary>What the upload, the dry run and the apply of a return share: reading, the checks that it belongs here, judging, answering.</summary>
public static class ReturnUploads
{
    /// <summary>
    /// Reads and judges a return for the plan in the route: a 400 naming <c>file</c> when it is not a return the tracker
    /// made, or was made for another plan or a review the plan no longer has; 404 naming planId when there is no such plan.
    /// </summary>
    public static async Task<JudgedReturn> JudgeAsync(IValidationErrors endpoint, DbConnection connection, long planId, string fileName,
        byte[] content, ClaimsPrincipal user, Clock clock, DateTimeOffset now)
    {
        var document = ImportReader.Read(endpoint, fileName, null, content);
        ReturnFile file;
        try { file = ReturnFileReader.Read(document); }
        catch (ReturnUnreadableException e) { endpoint.Invalid("file", e.Message); throw; }

        await PlanData.RequireAsync(endpoint, connection, planId);
        if (file.PlanId != planId)
            endpoint.Invalid("file", $"This return was made for another plan (plan {file.PlanId}), not plan {planId}. Upload it to the plan it was made for, or download this plan's return.");
        if (await ReviewData.FindAsync(connection, planId, file.ReviewId) is null)
            endpoint.Invalid("file", $"This return was made for a review the plan no longer has (review {file.ReviewId}). Download the return for the open review.");

        var state = await ReturnState.LoadAsync(endpoint, connection, planId, file.ReviewId, user, clock, now);
        return new JudgedReturn(file, state, ReturnJudge.Judge(file, state.Scale, state.Now()));
    }

    /// <summary>The pending answer: the dry run as judged now.</summary>
    public static ReturnResponse Response(ImportRow row, JudgedReturn judged) => Response(row, new AppliedReturn(
        ReturnDryRun.Counts(judged.Rows), ReturnDryRun.Rows(judged.File, judged.State.Scale, judged.Rows),
        judged.Rows.SelectMany(r => r.Findings).ToList(), Notes(judged), judged.State.Review.Id, judged.State.Review.Label,
        judged.File.MadeFor, judged.File.MadeAt), canApply: row.Status == "pending" && judged.State.Review.Status == "open");

    public static ReturnResponse Response(ImportRow row, AppliedReturn outcome, bool canApply) => new()
    {
        Id = row.Id, PlanId = row.PlanId ?? 0, ReviewId = outcome.ReviewId, ReviewLabel = outcome.ReviewLabel, Status = row.Status,
        FileName = row.FileName, Sha256 = row.Sha256, SizeBytes = row.SizeBytes, CreatedBy = row.CreatedBy, CreatedAt = row.CreatedAt,
        CommittedAt = row.CommittedAt, MadeFor = outcome.MadeFor, MadeAt = outcome.MadeAt, Version = row.Version,
        Counts = outcome.Counts, Rows = outcome.Rows, Findings = outcome.Findings, Notes = outcome.Notes, CanApply = canApply,
    };

    /// <summary>What is true of the whole return; the reader's note that the details sheet is hidden is no news.</summary>
    public static IReadOnlyList<string> Notes(JudgedReturn judged)
    {
        var notes = judged.File.Document.Notes.Where(n => !n.Contains($"'{ReturnLayout.DetailsSheet}'", StringComparison.Ordinal)).ToList();
        if (judged.State.Review.Status == "closed")
            notes.Insert(0, $"{judged.State.Review.Label} is closed, so this return cannot be applied. Ask the board to reopen it, or enter the updates in the open review.");
        return notes;
    }

    /// <summary>
    /// A return uploaded to this plan by the signed-in account: 404 naming importId otherwise. A return is judged with its
    /// uploader's rights, so only they read its dry run and apply it.
    /// </summary>
    public static async Task<ImportRow> RequireAsync(IValidationErrors endpoint, DbConnection connection, long planId, long importId,
        ClaimsPrincipal user, DbTransaction? transaction = null)
    {
        var row = await ImportData.FindAsync(connection, importId, transaction);
        var account = SignedInUser.From(user);
        if (row is null || row.Kind != "return" || row.PlanId != planId || account is null || row.CreatedByUserId != account.Id)
            endpoint.NotFound("importId", $"Plan {planId} has no return with id {importId} uploaded by you.");
        return row;
    }

    public static string Write(AppliedReturn outcome) => ImportJson.Write(outcome);

    public static AppliedReturn? ReadApplied(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<AppliedReturn>(json, ImportJson.Options);
}

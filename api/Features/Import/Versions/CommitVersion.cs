using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Domain.Import.Versions;
using ActionPlanTracker.Features.Common;
using Dapper;
using FastEndpoints;
using FluentValidation.Results;
using System.Data.Common;

namespace ActionPlanTracker.Features.Import.Versions;

/// <summary>What committing a newer version did to its plan.</summary>
/// <param name="ScoresWritten">Scores added, plus those taken from the file by a person's choice.</param>
public sealed record VersionApplied(VersionSummary Summary, int ScoresWritten, int ScoresTakenFromFile);

/// <summary>
/// The commit of a newer version of a plan, in the caller's transaction: compares the file with the plan as it is now,
/// refuses (409, nothing written) when a score a person chose to take from the file has changed in the tracker since
/// the dry run showed it, then adds and changes what the diff says. Nothing is deleted.
/// </summary>
internal static class CommitVersion
{
    private const string CommittedSql = """
        UPDATE imports
        SET status = 'committed', plan_id = @planId, committed_by = @actor, committed_at = @now, outcome_json = @outcomeJson,
            row_version = row_version + 1
        WHERE id = @importId AND row_version = @version AND status = 'pending';
        """;

    public static async Task<VersionApplied> WriteAsync(IValidationErrors endpoint, DbConnection connection, DbTransaction transaction,
        WriteContext write, ImportRow row, ImportReading reading, long planId)
    {
        var version = await VersionComparison.ReadAsync(connection, planId, reading, transaction);
        if (version is null) endpoint.Conflict("importId", $"Plan {planId}, which this file is a newer version of, is no longer in the tracker.");
        var decisions = VersionDecisions.Read(row.DecisionsJson);
        RefuseChangedSince(endpoint, version, decisions);
        var levelIds = await VersionScoreWriter.LevelIdsAsync(connection, transaction, planId);
        var scores = VersionScoreWriter.ToWrite(version.Diff, decisions).ToList();
        RefuseLevelsOffScale(endpoint, reading.Draft, scores, levelIds);

        var (items, reviews) = await new VersionWriter(connection, transaction, write, reading.Draft, version.Plan).WriteAsync(version.Diff);
        var written = await VersionScoreWriter.WriteAsync(connection, transaction, write, reading.Draft, planId, scores, items, reviews, levelIds, row.FileName);
        var applied = new VersionApplied(VersionView.Summary(version.Diff), written, scores.Count(s => s.Outcome != ScoreOutcome.Add));

        if (await connection.ExecuteAsync(CommittedSql, new
            {
                planId, actor = write.Actor, now = write.Now, outcomeJson = ImportJson.Write(applied), importId = row.Id, version = row.Version,
            }, transaction) == 0)
            endpoint.Stop(412, "ifMatch", "This import was changed by someone else while you were committing it. Reload it and try again.");
        await AuditLog.RecordAsync(connection, transaction, write, "import", row.Id, planId, null,
            new { row.FileName, row.Sha256, row.SizeBytes, VersionOf = applied });
        return applied;
    }

    /// <summary>A score to be taken from the file that someone changed after the dry run showed it: 409 naming each, so nothing is overwritten unseen.</summary>
    private static void RefuseChangedSince(IValidationErrors endpoint, VersionComparison version, IReadOnlyDictionary<string, StoredDecision> decisions)
    {
        var now = version.Diff.Scores.Where(s => s.Key is not null).ToDictionary(s => s.Key!);
        var items = version.Plan.Items.ToDictionary(i => (i.Level, i.Id));
        foreach (var (key, chosen) in decisions.Where(d => d.Value.Choice == ScoreChoice.TakeFile))
        {
            if (!now.TryGetValue(key, out var score) || score.Version == chosen.Version) continue;
            endpoint.AddError(new ValidationFailure("decisions",
                $"{VersionView.Describe(items[(score.Item.Level, score.ExistingItemId!.Value)])}, review \"{score.ReviewLabel}\": the score was changed in the tracker " +
                $"after the dry run (it is now {score.Tracker?.ToString() ?? "no score"}). Reload the import and choose again."));
        }
        endpoint.ThrowIfAnyErrors(409);
    }

    private static void RefuseLevelsOffScale(IValidationErrors endpoint, PlanDraft draft, IEnumerable<ScoreComparison> scores, IReadOnlyDictionary<long, long> levelIds)
    {
        foreach (var level in scores.Select(s => draft.Scores[s.Score].Level).OfType<int>().Where(l => !levelIds.ContainsKey(l)).Distinct())
            endpoint.AddError(new ValidationFailure("mapping", $"The file scores {level}, which is not a level of the plan's scale: map that value to one of its levels."));
        endpoint.ThrowIfAnyErrors(409);
    }
}

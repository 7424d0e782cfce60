using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Domain.Import.Versions;
using ActionPlanTracker.Features.Scores;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Import.Versions;

/// <summary>
/// Writes the scores of a newer version: every score the tracker lacks, and those a person chose to take from the file,
/// through SaveScore's statements (each audited, each update bumping row_version). A score copied from the file keeps the
/// file's name as its source document, so a complete level is "complete as printed" and needs no sign-off.
/// </summary>
internal static class VersionScoreWriter
{
    private const string LevelIdsSql = """
        SELECT l.value AS Value, l.id AS Id FROM scale_levels l JOIN plans p ON p.scale_id = l.scale_id WHERE p.id = @planId
        """;

    public static async Task<IReadOnlyDictionary<long, long>> LevelIdsAsync(DbConnection connection, DbTransaction transaction, long planId) =>
        (await connection.QueryAsync<(long Value, long Id)>(LevelIdsSql, new { planId }, transaction)).ToDictionary(l => l.Value, l => l.Id);

    /// <summary>The scores a commit writes: added ones, and disagreements where the person chose the file's.</summary>
    public static IEnumerable<ScoreComparison> ToWrite(PlanVersionDiff diff, IReadOnlyDictionary<string, StoredDecision> decisions) =>
        diff.Scores.Where(s => s.Outcome == ScoreOutcome.Add || decisions.ChoiceFor(s) == ScoreChoice.TakeFile);

    public static async Task<int> WriteAsync(DbConnection connection, DbTransaction transaction, WriteContext write, PlanDraft draft,
        long planId, IEnumerable<ScoreComparison> scores, Dictionary<ItemRef, long> items, long[] reviews, IReadOnlyDictionary<long, long> levelIds,
        string sourceDocument)
    {
        var written = 0;
        foreach (var score in scores)
        {
            var file = draft.Scores[score.Score];
            var type = Type(score.Item.Level);
            var itemId = items[score.Item];
            var reviewId = reviews[file.Review];
            var before = await ScoreData.FindAsync(connection, reviewId, type, itemId, transaction);
            var values = new
            {
                ReviewId = reviewId,
                RecommendationId = type == ScoredItemType.Recommendation ? itemId : (long?)null,
                ActionId = type == ScoredItemType.Action ? itemId : (long?)null,
                MeasureId = type == ScoredItemType.Measure ? itemId : (long?)null,
                LevelId = file.Level is { } level ? levelIds[level] : (long?)null,
                RecordedAs = Text(file.RecordedAs), Narrative = Text(file.Narrative), NarrativeDate = Text(file.NarrativeDate),
                Evidence = Text(file.Evidence), SignOffStatus = (string?)null, SignOffBy = (string?)null, SignOffAt = (string?)null,
                SignOffNote = (string?)null, SourceDocument = sourceDocument, PrintedDirection = Text(file.PrintedDirection),
                PrintedDirectionText = Text(file.PrintedDirectionText), write.Actor, write.Now, before?.Id, before?.Version,
            };
            var id = before is null ? await connection.ExecuteScalarAsync<long>(SaveScore.InsertSql, values, transaction)
                : await connection.ExecuteAsync(SaveScore.UpdateSql, values, transaction) == 1 ? before.Id
                : throw new InvalidOperationException($"Score {before.Id} changed within the commit's own transaction.");
            await AuditLog.RecordAsync(connection, transaction, write, "score", id, planId, before, await ScoreData.FindByIdAsync(connection, id, transaction));
            written++;
        }
        return written;
    }

    private static ScoredItemType Type(ItemLevel level) => level switch
    {
        ItemLevel.Recommendation => ScoredItemType.Recommendation,
        ItemLevel.Action => ScoredItemType.Action,
        _ => ScoredItemType.Measure,
    };

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

using System.Text.Json;
using ActionPlanTracker.Domain.Import.Versions;

namespace ActionPlanTracker.Features.Import.Versions;

/// <summary>A person's choice for one score the file disagrees with, and the score's row version when they were shown it.</summary>
public sealed record StoredDecision(ScoreChoice Choice, int? Version);

/// <summary>The choices an import keeps (imports.decisions_json), by decision key. A key with no entry keeps the tracker's score.</summary>
public static class VersionDecisions
{
    public static IReadOnlyDictionary<string, StoredDecision> Read(string? json) => string.IsNullOrEmpty(json)
        ? new Dictionary<string, StoredDecision>()
        : JsonSerializer.Deserialize<Dictionary<string, StoredDecision>>(json, ImportJson.Options) ?? [];

    public static string Write(IReadOnlyDictionary<string, StoredDecision> decisions) => ImportJson.Write(decisions);

    /// <summary>
    /// What the dry run showed for each decision, kept when the import is made: keep the tracker's, at the score's version then.
    /// A commit refuses to take the file's value over a score whose version has moved on since.
    /// </summary>
    public static Dictionary<string, StoredDecision> AsShown(PlanVersionDiff diff) =>
        diff.Decisions.Where(d => d.Key is not null).ToDictionary(d => d.Key!, d => new StoredDecision(ScoreChoice.KeepTracker, d.Version));

    public static ScoreChoice ChoiceFor(this IReadOnlyDictionary<string, StoredDecision> decisions, ScoreComparison score) =>
        score.Outcome == ScoreOutcome.Differs && score.Key is { } key && decisions.TryGetValue(key, out var stored) ? stored.Choice : ScoreChoice.KeepTracker;
}

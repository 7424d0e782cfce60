using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Domain.Import.Versions;

namespace ActionPlanTracker.Features.Import.Versions;

/// <summary>What a newer version of a plan's file would change in that plan; nothing is deleted, and disagreeing scores wait for a person.</summary>
/// <param name="Missing">Items in the plan that the file no longer has: listed, never deleted.</param>
public sealed record VersionOf(
    long PlanId, string PlanTitle, VersionSummary Summary, IReadOnlyList<VersionDecision> Decisions, IReadOnlyList<VersionFieldChange> FieldChanges,
    IReadOnlyList<string> NewReviews, IReadOnlyList<string> Missing);

public sealed record VersionSummary(
    int ItemsMatched, int ItemsNew, int ItemsMissing, int NewReviews, int ScoresAdded, int ScoresSame, int ScoresDifferent,
    int ScoresLeftBlankInFile, int FieldChanges);

/// <param name="Key">Send it back in PUT /api/imports/{importId}/decisions.</param>
/// <param name="Choice">keepTracker (the default) or takeFile.</param>
/// <param name="ReviewClosed">A closed review's score is listed but always kept: an import does not change a closed review.</param>
public sealed record VersionDecision(string Key, string Item, string Review, string Tracker, string File, string Choice, bool ReviewClosed);

/// <param name="Field">text, deadline, leads or owners.</param>
public sealed record VersionFieldChange(string Item, string Field, string? Tracker, string? File);

public static class VersionView
{
    public static VersionOf Build(ExistingPlan plan, PlanVersionDiff diff, IReadOnlyDictionary<string, StoredDecision> decisions)
    {
        var items = plan.Items.ToDictionary(i => (i.Level, i.Id));
        string Item(ItemLevel level, long id) => Describe(items[(level, id)]);
        return new VersionOf(plan.Id, plan.Title, Summary(diff),
            diff.Decisions.Select(d => new VersionDecision(d.Key!, Item(d.Item.Level, d.ExistingItemId!.Value), d.ReviewLabel,
                d.Tracker?.ToString() ?? "no score", d.File.ToString(), ChoiceName(decisions.ChoiceFor(d)),
                d.Outcome == ScoreOutcome.DiffersInClosedReview)).ToList(),
            diff.FieldChanges.Select(c => new VersionFieldChange(Item(c.Draft.Level, c.ExistingId), c.Field.ToString().ToLowerInvariant(),
                c.Tracker, c.File)).ToList(),
            diff.NewReviews.Select(r => r.Label).ToList(),
            diff.Missing.Select(Describe).ToList());
    }

    public static VersionSummary Summary(PlanVersionDiff diff) => new(
        diff.Matched.Count, diff.NewItems.Count, diff.Missing.Count, diff.NewReviews.Count,
        diff.Scores.Count(s => s.Outcome == ScoreOutcome.Add), diff.Scores.Count(s => s.Outcome == ScoreOutcome.Same),
        diff.Decisions.Count(), diff.Scores.Count(s => s.Outcome == ScoreOutcome.FileBlank), diff.FieldChanges.Count);

    public static string ChoiceName(ScoreChoice choice) => choice == ScoreChoice.TakeFile ? "takeFile" : "keepTracker";

    /// <summary>"Action 1.1: Audit supervision monthly", or without the number when the plan prints none.</summary>
    public static string Describe(ExistingItem item)
    {
        var kind = item.Level == ItemLevel.Measure ? "Success measure" : item.Level.ToString();
        var text = item.Text.Length > 80 ? item.Text[..77] + "..." : item.Text;
        return string.IsNullOrWhiteSpace(item.Number) ? $"{kind}: {text}" : $"{kind} {item.Number.Trim()}: {text}";
    }
}

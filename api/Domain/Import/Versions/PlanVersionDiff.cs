namespace ActionPlanTracker.Domain.Import.Versions;

/// <summary>
/// What a newer version of a plan's file would change in the plan the tracker holds. Nothing here deletes: items the
/// file no longer has are listed, and a score the file disagrees with is a decision for a person, kept until they choose.
/// </summary>
public sealed record PlanVersionDiff(
    IReadOnlyList<ItemMatch> Matched,
    IReadOnlyList<NewItem> NewItems,
    IReadOnlyList<ExistingItem> Missing,
    IReadOnlyList<FieldChange> FieldChanges,
    IReadOnlyList<NewReview> NewReviews,
    IReadOnlyList<ScoreComparison> Scores)
{
    public IEnumerable<ScoreComparison> Decisions => Scores.Where(s => s.Outcome is ScoreOutcome.Differs or ScoreOutcome.DiffersInClosedReview);
}

/// <summary>How a row of the file was found in the tracker.</summary>
public enum MatchedBy
{
    /// <summary>Same level, same parent, same number as printed.</summary>
    Number,
    /// <summary>An unnumbered row: same level, same parent, same text once spaces and capitals are set aside.</summary>
    Text,
}

public sealed record ItemMatch(ItemRef Draft, long ExistingId, MatchedBy By);

/// <summary>An item's parent in a diff: one the tracker has (ExistingId) or one this file adds (Draft); both null at the top of the plan.</summary>
public sealed record ParentRef(ItemLevel Level, long? ExistingId, int? Draft);

public sealed record NewItem(ItemRef Draft, ParentRef? Parent);

public enum ItemField { Text, Deadline, Leads, Owners }

/// <summary>A field of a matched item the file prints differently: the commit takes the file's, through the item's history.</summary>
/// <param name="Tracker">What the tracker holds, as people read it.</param>
/// <param name="File">What the file prints.</param>
/// <param name="Version">The item's row version the diff saw.</param>
public sealed record FieldChange(ItemRef Draft, long ExistingId, ItemField Field, string? Tracker, string? File, int Version);

/// <param name="Draft">The review's index in the draft (its column order).</param>
public sealed record NewReview(int Draft, string Label, bool IsOpen);

public enum ScoreOutcome
{
    /// <summary>The tracker has no score for the item in that review (or the item or review is new): added.</summary>
    Add,
    /// <summary>The same level and narrative: nothing to do.</summary>
    Same,
    /// <summary>The file leaves the cell blank where the tracker has a score: the tracker's is kept, a blank never erases.</summary>
    FileBlank,
    /// <summary>Different in an open review: a person chooses; until then the tracker's is kept.</summary>
    Differs,
    /// <summary>Different in a closed review: listed, and the tracker's is kept (a closed review's scores are not changed by an import).</summary>
    DiffersInClosedReview,
}

public enum ScoreChoice { KeepTracker, TakeFile }

/// <summary>What a score is: its level (null = no score, with what was written) and its narrative.</summary>
public sealed record ScoreValue(int? Level, string? RecordedAs, string? Narrative)
{
    public override string ToString() =>
        (Level is { } l ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : RecordedAs is { Length: > 0 } r ? $"no score (\u201c{r}\u201d)" : "no score")
        + (string.IsNullOrWhiteSpace(Narrative) ? "" : $": {Narrative.Trim()}");
}

/// <param name="Score">The score's index in the draft's list.</param>
/// <param name="Key">Stable while the plan's ids stand ("action-12/review-3"); null when the item or review is new.</param>
/// <param name="ExistingItemId">The tracker's item, null for a new item.</param>
/// <param name="ReviewId">The tracker's review, null for a new review.</param>
/// <param name="Tracker">What the tracker holds; null when it has no score there.</param>
/// <param name="Version">The tracker's score row version the diff saw; a commit refuses to overwrite one that has moved on.</param>
public sealed record ScoreComparison(
    int Score, string? Key, ItemRef Item, long? ExistingItemId, string ReviewLabel, long? ReviewId, ScoreOutcome Outcome,
    ScoreValue? Tracker, ScoreValue File, int? Version);

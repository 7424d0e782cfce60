namespace ActionPlanTracker.Domain.Import.Versions;

/// <summary>
/// The plan as the tracker holds it, as much as a newer version of its file is compared against: items, reviews and
/// scores, with the row versions the diff saw so a commit can tell what changed since.
/// </summary>
/// <param name="People">Display names by person id, for the messages that say whose name changed.</param>
public sealed record ExistingPlan(
    long Id, string Title, IReadOnlyList<ExistingItem> Items, IReadOnlyList<ExistingReview> Reviews, IReadOnlyList<ExistingScore> Scores,
    IReadOnlyDictionary<long, string> People);

/// <summary>Where an item sits in the tracker: under a priority, a recommendation or an action; null for the plan itself.</summary>
public sealed record ExistingParent(ItemLevel Level, long Id);

/// <param name="Text">The priority's title, the recommendation's text, the action's description or the measure's text.</param>
/// <param name="Leads">Person ids in printed order; empty for a priority.</param>
public sealed record ExistingItem(
    ItemLevel Level, long Id, ExistingParent? Parent, string? Number, string Text, string? DeadlineText,
    IReadOnlyList<long> Leads, IReadOnlyList<long> Owners, int Version);

public sealed record ExistingReview(long Id, string Label, bool IsOpen);

/// <param name="Item">The scored item (recommendation, action or measure) by level and id.</param>
/// <param name="Level">The level's value; null = no score, RecordedAs keeping what was written.</param>
public sealed record ExistingScore(ExistingParent Item, long ReviewId, int? Level, string? RecordedAs, string? Narrative, int Version);

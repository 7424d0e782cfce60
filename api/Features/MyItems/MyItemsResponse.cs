using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Scores;

namespace ActionPlanTracker.Features.MyItems;

/// <summary>
/// Every item the signed-in person must update, in each active plan's open review: the service manager's to-do list.
/// Empty with <see cref="Reason"/> when the account is not linked to a person.
/// </summary>
public sealed record MyItemsResponse
{
    /// <summary>The person whose items these are (the account's linked person); null when the account has none.</summary>
    public long? PersonId { get; init; }
    /// <summary>Why the list is empty when it cannot be otherwise: noPersonLinked. Null when the list is the person's.</summary>
    public MyItemsEmptyReason? Reason { get; init; }
    /// <summary>The date (UK time) that deadlines were judged on and that a new update is dated by default.</summary>
    /// <summary>The date overdue and due soon were judged on: today, or the asOf date asked for.</summary>
    public DateOnly Today { get; init; }
    /// <summary>The asOf date asked for, if any.</summary>
    public DateOnly? AsOf { get; init; }
    /// <summary>Plans with an open review and at least one item of the person's, by title.</summary>
    public IReadOnlyList<MyItemsPlan> Plans { get; init; } = [];
    /// <summary>Active plans where the person has items but no review is open, so there is nothing to update yet.</summary>
    public IReadOnlyList<MyItemsWaitingPlan> PlansWithoutOpenReview { get; init; } = [];
}

public enum MyItemsEmptyReason
{
    /// <summary>The account is not linked to a person, so it leads and owns nothing: an administrator can link it.</summary>
    NoPersonLinked,
}

/// <summary>One plan's open review and the person's items in it, in the plan's order.</summary>
public sealed record MyItemsPlan
{
    public long PlanId { get; init; }
    public string PlanTitle { get; init; } = "";
    /// <summary>Which rows the plan scores: recommendation, action or measure.</summary>
    public string ScoreLevel { get; init; } = "";
    public required GridScale Scale { get; init; }
    /// <summary>The open review the scores go in (the plan's current review).</summary>
    public required MyItemsReview Review { get; init; }
    /// <summary>The review before it, whose scores are shown for context; null for a plan's first review.</summary>
    public MyItemsReview? PreviousReview { get; init; }
    public int ItemCount { get; init; }
    public int NeedsUpdateCount { get; init; }
    public IReadOnlyList<MyItem> Items { get; init; } = [];
}

/// <summary>ReviewDate is null for a review known only by its column label.</summary>
public sealed record MyItemsReview(long Id, string Label, DateOnly? ReviewDate);

public sealed record MyItemsWaitingPlan(long PlanId, string PlanTitle, int ItemCount);

/// <summary>One item to update, with what the score form needs: this review's score (and its version) and the last one.</summary>
public sealed record MyItem
{
    /// <summary>recommendation, action or measure (the score routes use the plural: recommendations, actions, measures).</summary>
    public string ItemType { get; init; } = "";
    public long ItemId { get; init; }
    /// <summary>The full reference as the grid shows it: "2 / 7 (14) / B / 1".</summary>
    public string Reference { get; init; } = "";
    public string Text { get; init; } = "";
    /// <summary>The deadline as written on the item or inherited (a measure takes its action's, an action its recommendation's).</summary>
    public string? DeadlineText { get; init; }
    public DeadlineStatus DeadlineStatus { get; init; }
    /// <summary>Why the person answers for it, by the same rule that lets a manager save its score.</summary>
    public IReadOnlyList<MyItemReason> Why { get; init; } = [];
    /// <summary>This review's score; null when none has been recorded yet (save it without If-Match).</summary>
    public ScoreResponse? Score { get; init; }
    /// <summary>The previous review's score, for context; null when there was no previous review or no score in it.</summary>
    public MyItemPreviousScore? Previous { get; init; }
    /// <summary>Why this review's entry is not yet a fresh update (no score, no update, update copied forward); empty when it is.</summary>
    public IReadOnlyList<StaleReason> Stale { get; init; } = [];
    /// <summary>True while the entry is stale, or the board rejected the claim of completion.</summary>
    public bool NeedsUpdate { get; init; }
}

public enum MyItemReason
{
    /// <summary>They lead the recommendation (or the recommendation the action or measure answers).</summary>
    RecommendationLead,
    /// <summary>They own the recommendation (or the one the action or measure answers).</summary>
    RecommendationOwner,
    /// <summary>They lead the action (the one the measure belongs to, or, for a recommendation, one of its actions).</summary>
    ActionLead,
    /// <summary>They own the action (the plan may call them its responsible officer).</summary>
    ActionOwner,
    /// <summary>They lead the success measure (or, for an action or recommendation, one of its measures).</summary>
    MeasureLead,
    /// <summary>They own the success measure (or one of the action's or recommendation's measures).</summary>
    MeasureOwner,
}

public sealed record MyItemPreviousScore(long ReviewId, string ReviewLabel, int? Level, string? LevelLabel, string? RecordedAs,
    string? Narrative, DateOnly? NarrativeDate);

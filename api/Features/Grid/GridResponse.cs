using System.Text.Json.Serialization;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Deadlines;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Features.Plans;
using ActionPlanTracker.Features.Reviews;

namespace ActionPlanTracker.Features.Grid;

/// <summary>Everything the action-plan grid draws for a plan, in one response.</summary>
public sealed record GridResponse
{
    public required PlanResponse Plan { get; init; }
    public required GridScale Scale { get; init; }
    /// <summary>Review cycles in date order: one score column each.</summary>
    public required IReadOnlyList<ReviewResponse> Reviews { get; init; }
    /// <summary>The latest open review, or the latest review when all are closed; null when there are none.</summary>
    public long? CurrentReviewId { get; init; }
    /// <summary>The review before the current one, which direction of travel compares against.</summary>
    public long? PreviousReviewId { get; init; }
    /// <summary>The review the grid opens on: the latest (up to the current one) that holds scores, not an empty column added for the future.</summary>
    public long? OpenOnReviewId { get; init; }
    /// <summary>The date (UK time) that overdue and due-soon were judged on: today, or the asOf date asked for.</summary>
    public DateOnly Today { get; init; }
    /// <summary>The date the figures are as of, when one was asked for (asOf); reviews held after it are left out.</summary>
    public DateOnly? AsOf { get; init; }
    /// <summary>Everyone the items name as a lead or owner (own or inherited), once each, in id order: items name them by id.</summary>
    public required IReadOnlyList<GridPerson> People { get; init; }
    /// <summary>The plan's hierarchy: priorities (in grouped plans), recommendations, actions, success measures, written small (GridSent.cs).</summary>
    public required IReadOnlyList<GridItemSent> Items { get; init; }
}

/// <summary>HigherIsBetter is null when the source never said which end of the scale is good.</summary>
public sealed record GridScale(long Id, string Name, bool? HigherIsBetter, IReadOnlyList<GridLevel> Levels);

/// <summary>Colour is null when the plan gives the level none.</summary>
public sealed record GridLevel(int Value, string Label, string? Meaning, string? Colour, bool MeansComplete);

public sealed record GridItem
{
    /// <summary>priority, recommendation, action or measure.</summary>
    public required string Kind { get; init; }
    public required long Id { get; init; }
    /// <summary>The item's own number as written: "3", "7 (14)", action code "B", measure "1.1.2"; null when the source printed none (shown as unnumbered).</summary>
    public string? Number { get; init; }
    /// <summary>Its place among its siblings, from 1: printed order, and how an unnumbered row is told apart.</summary>
    public int Position { get; init; }
    /// <summary>The full reference for lists and reports, from the printed numbers: "2 / 7 (14) / B / 1". Unnumbered levels are left out.</summary>
    public required string Reference { get; init; }
    /// <summary>Priority title, recommendation text, action description or success measure.</summary>
    public required string Text { get; init; }
    public string? OutcomeStatement { get; init; }
    public string? JudgementArea { get; init; }
    public string? SourceParagraphs { get; init; }
    /// <summary>On actions carried over from an inspection: "Ofsted rec 14".</summary>
    public string? SourceReference { get; init; }
    /// <summary>The inspection report's recommendations this item answers (the links made on the inspection), numbered as the report prints them.</summary>
    public IReadOnlyList<AnsweredReportRecommendation> AnswersReportRecommendations { get; init; } = [];
    /// <summary>Who the report addresses a recommendation to, as printed.</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];
    /// <summary>The item's own leads, in printed order.</summary>
    public IReadOnlyList<PersonRef> Leads { get; init; } = [];
    /// <summary>The item's own owners (responsible officers), in printed order.</summary>
    public IReadOnlyList<PersonRef> Owners { get; init; } = [];
    /// <summary>When the item names no leads of its own: the nearest row above that does (a measure answers to its action's lead).</summary>
    public InheritedPeople? InheritedLeads { get; init; }
    /// <summary>When the item names no owners of its own: the nearest row above that does.</summary>
    public InheritedPeople? InheritedOwners { get; init; }
    /// <summary>The deadline written on this item, with what was understood of it.</summary>
    public DeadlineResponse? Deadline { get; init; }
    /// <summary>When the item has no deadline of its own: the one it takes from the row above (a measure is due when its action is).</summary>
    public InheritedDeadline? InheritedDeadline { get; init; }
    /// <summary>For items with a deadline of their own or inherited (a measure takes its action's): overdue, dueSoon, ...</summary>
    public DeadlineStatus? DeadlineStatus { get; init; }
    /// <summary>True for the rows the plan scores (its score level).</summary>
    public bool IsScored { get; init; }
    /// <summary>One entry per review that holds a score row for this item.</summary>
    public IReadOnlyList<GridScore> Scores { get; init; } = [];
    /// <summary>Direction of travel at the current review (scored items only).</summary>
    public GridDirection? Direction { get; init; }
    /// <summary>
    /// The latest update as of the review shown: from the score narratives and the item's update log, by the rule in
    /// docs/domain-rules.md ("Update logs"); null when there is none.
    /// </summary>
    public GridUpdate? LatestUpdate { get; init; }
    /// <summary>How many updates count as of the review shown: non-empty score narratives and entries of the update log.</summary>
    public int UpdateCount { get; init; }
    /// <summary>Why this scored item is stale in the current review; empty when it is fresh.</summary>
    public IReadOnlyList<StaleReason> Stale { get; init; } = [];
    /// <summary>The item's own concurrency version (ETag of its edit endpoint).</summary>
    public long Version { get; init; }
    public IReadOnlyList<GridItem> Children { get; init; } = [];
}

/// <summary>
/// An item's score in one review. The latest two reviews (the current one and the column before it, and any column after
/// the current one) carry everything; an older review's score carries what a cell draws (level, direction, sign-off and
/// source flags, version) but not its words: narrative, its date, evidence, who saved it and when are left out
/// (TextOmitted says there was an update), and come from GET /plans/{planId}/items/{kind}/{itemId}/narratives.
/// Properties that are null (false for the flags) are not sent at all; a client reads a missing property as null.
/// </summary>
public sealed record GridScore
{
    public long ReviewId { get; init; }
    /// <summary>The level's value, or null for "no score" (always sent).</summary>
    public int? Level { get; init; }
    /// <summary>The level's label; left out on older reviews' scores (the scale's levels say it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Label { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? RecordedAs { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Narrative { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public DateOnly? NarrativeDate { get; init; }
    /// <summary>Direction of travel computed at this review.</summary>
    public Direction Direction { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? DirectionOverride { get; init; }
    /// <summary>The evidence given for a complete level.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Evidence { get; init; }
    /// <summary>pending, signedOff or rejected for complete levels; null otherwise. A pending or rejected item is not yet complete.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SignOffStatus { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SignOffBy { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SignOffAt { get; init; }
    /// <summary>The document the score was copied from, for scores printed before the tracker existed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? SourceDocument { get; init; }
    /// <summary>A complete level copied from a source document: "complete as printed in the source", not signed off in the tracker.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool CompleteAsPrinted { get; init; }
    /// <summary>The direction of travel the source printed for this review (improving, maintained, declining), and as printed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? PrintedDirection { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? PrintedDirectionText { get; init; }
    /// <summary>Who saved it and when; left out on older reviews' scores.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? UpdatedBy { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? UpdatedAt { get; init; }
    /// <summary>True on an older review's score whose update text (or evidence) was left out of the grid: ask the narratives endpoint.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] public bool TextOmitted { get; init; }
    /// <summary>The score's ETag value, for If-Match when changing it.</summary>
    public long Version { get; init; }
    /// <summary>Its review's column (0 first); not sent.</summary>
    [JsonIgnore] public int Column { get; init; }
}

public sealed record GridDirection
{
    public Direction Computed { get; init; }
    /// <summary>The review whose score this one was compared with (it may skip reviews without a score).</summary>
    public long? ComparedWithReviewId { get; init; }
    public bool SkippedGap { get; init; }
    public string? Override { get; init; }
    public string? OverrideReason { get; init; }
    public string? OverrideBy { get; init; }
    public string? OverrideAt { get; init; }
    /// <summary>The override says something the scores do not (e.g. "improving" on an unchanged score).</summary>
    public bool OverrideContradicts { get; init; }
    /// <summary>The direction the source printed for this review, read as a word, and exactly as printed.</summary>
    public string? Printed { get; init; }
    public string? PrintedText { get; init; }
    /// <summary>The printed direction says something the scores do not.</summary>
    public bool PrintedContradicts { get; init; }
    /// <summary>When the scale's direction is not stated: what the direction would be if higher were better, and if lower were.</summary>
    public Direction? IfHigherIsBetter { get; init; }
    public Direction? IfLowerIsBetter { get; init; }
}

/// <summary>People an item takes from the row above because it names none itself: from says which row ("action", "recommendation").</summary>
public sealed record InheritedPeople(string From, string? FromReference, IReadOnlyList<PersonRef> People);

/// <summary>A report recommendation an item answers: its id on the inspection and its number as the report prints it ("14").</summary>
public sealed record AnsweredReportRecommendation(long Id, string? Number);

/// <summary>The deadline an item takes from the row above because it has none itself.</summary>
public sealed record InheritedDeadline(string From, string? FromReference, DeadlineResponse Deadline);

/// <summary>An update: a score's narrative or an entry of the item's update log.</summary>
/// <param name="ReviewId">The review it was written for; null for a log entry written for no review.</param>
/// <param name="ReviewLabel">That review's label.</param>
/// <param name="Narrative">The update's text.</param>
/// <param name="NarrativeDate">Its own date as written; null when undated (it is then placed by its review's date).</param>
/// <param name="UpdatedBy">Who saved it in the tracker.</param>
public sealed record GridUpdate(long? ReviewId, string? ReviewLabel, string Narrative, DateOnly? NarrativeDate, string UpdatedBy)
{
    /// <summary>score (a review's narrative) or log (an entry of the item's update log).</summary>
    public UpdateSource Source { get; init; }
    /// <summary>The log entry's id, for /items/{kind}/{itemId}/updates/{updateId}; null for a score's narrative.</summary>
    public long? UpdateId { get; init; }
    /// <summary>Who wrote it, as printed ("JS"); log entries only.</summary>
    public string? Author { get; init; }
    /// <summary>True when it carries no date of its own: it is never given one, and counts by its review's date, if any.</summary>
    public bool Undated { get; init; }
}

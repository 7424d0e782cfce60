using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Features.Reports;

/// <summary>
/// The scrutiny report of a plan at one review: the one model behind the JSON (the SPA's print view), Word, Excel and
/// CSV. Built by <see cref="ReportBuilder"/> from the grid's analysis and the board's summary; docs/reports.md
/// describes every field.
/// </summary>
public sealed record ReportResponse
{
    public required ReportPlan Plan { get; init; }
    /// <summary>The review reported on; null when the plan has no reviews yet.</summary>
    public ReportReview? Review { get; init; }
    /// <summary>The review before it, which direction of travel and the averages compare with; null for the first review.</summary>
    public ReportReview? PreviousReview { get; init; }
    /// <summary>True when the review reported on is the plan's current one (the latest open, or the latest).</summary>
    public bool IsCurrentReview { get; init; }
    /// <summary>The date (UK time) that overdue and due soon were judged on: today, the asOf date, or a past review's own date.</summary>
    public DateOnly Today { get; init; }
    /// <summary>Why <see cref="Today"/> is that date: today, asOf (the date asked for) or reviewDate (a past review is judged as at its meeting).</summary>
    public string JudgedOn { get; init; } = "today";
    /// <summary>The date the figures are as of, when one was asked for: reviews held after it are left out.</summary>
    public DateOnly? AsOf { get; init; }
    /// <summary>The header's sentence saying which date was judged on and why.</summary>
    public string JudgedOnText { get; init; } = "";
    /// <summary>When the report was made, UTC, ISO 8601.</summary>
    public string GeneratedAt { get; init; } = "";
    public required ReportSummary Summary { get; init; }
    /// <summary>Averages per priority; empty for plans not grouped by priority.</summary>
    public IReadOnlyList<ReportPriority> Priorities { get; init; } = [];
    /// <summary>
    /// Declining, at the worst level, overdue, stale, contradicting overrides, awaiting sign-off, complete as printed,
    /// deadlines to confirm, deadlines not understood: always all nine, in that order.
    /// </summary>
    public IReadOnlyList<ReportException> Exceptions { get; init; } = [];
    /// <summary>What the plan printed (averages, directions of travel, the scale's sense) checked against the scores.</summary>
    public required ReportReconciliation Reconciliation { get; init; }
    /// <summary>The score-history columns: every review up to and including the one reported on, oldest first.</summary>
    public IReadOnlyList<ReportReview> Reviews { get; init; } = [];
    /// <summary>The whole plan in reading order (priorities, recommendations, actions, measures), scored rows marked.</summary>
    public IReadOnlyList<ReportRow> Rows { get; init; } = [];
    /// <summary>The performance scorecard as at the period the report's date falls after; null when the plan has no indicators.</summary>
    public ReportScorecard? Scorecard { get; init; }
    /// <summary>"Plan version v3.2 · Review: RAG 11/26 (20 November 2026) · Generated 23 November 2026 09:30".</summary>
    public string Footer { get; init; } = "";
}

public sealed record ReportPlan
{
    public long Id { get; init; }
    public string Title { get; init; } = "";
    public string SourceType { get; init; } = "";
    public DateOnly? SourceReportDate { get; init; }
    public string? OverallJudgement { get; init; }
    public string? PlanVersion { get; init; }
    /// <summary>The date the plan's header gives for this version.</summary>
    public DateOnly? PlanDate { get; init; }
    /// <summary>What the plan calls its leads column, as printed ("Assigned lead"); null for the tracker's word.</summary>
    public string? LeadHeading { get; init; }
    /// <summary>What the plan calls its owners column, as printed ("Responsible officer"); null for the tracker's word.</summary>
    public string? OwnerHeading { get; init; }
    public string Status { get; init; } = "";
    public string ScaleName { get; init; } = "";
    /// <summary>Null when the scale does not say which end is better.</summary>
    public bool? HigherIsBetter { get; init; }
    public bool GroupedByPriority { get; init; }
    /// <summary>recommendation, action or measure: the rows that carry scores.</summary>
    public string ScoreLevel { get; init; } = "";
    /// <summary>What the scored rows are called: "recommendation", "action", "success measure".</summary>
    public string ItemNoun { get; init; } = "";
    public string ItemNounPlural { get; init; } = "";
}

/// <summary>ReviewDate is null for a review the source knew only by its column label.</summary>
public sealed record ReportReview(long Id, string Label, DateOnly? ReviewDate, string Status);

public sealed record ReportSummary
{
    /// <summary>The summary in plain English, in reading order.</summary>
    public IReadOnlyList<string> Sentences { get; init; } = [];
    /// <summary>How many items the plan scores.</summary>
    public int ScoredItems { get; init; }
    /// <summary>Scored items with no score in the review.</summary>
    public int NoScoreCount { get; init; }
    /// <summary>The mean over scored items, before and now, rounded to one decimal as printed.</summary>
    public required ReportAverage Overall { get; init; }
    /// <summary>The mean of the priority averages (grouped plans only).</summary>
    public ReportAverage? OverPriorities { get; init; }
    public string AverageMethod { get; init; } = "";
    /// <summary>Every level of the scale, lowest value first, with its count (zeros included).</summary>
    public IReadOnlyList<ReportLevelCount> LevelCounts { get; init; } = [];
    public required ReportDirectionCounts DirectionCounts { get; init; }
    /// <summary>Items complete as printed in a source document, not signed off in the tracker (listed under exceptions).</summary>
    public int CompleteAsPrinted { get; init; }
    /// <summary>Scored items by who the recommendation above them is addressed to; empty when no recommendation names anyone.</summary>
    public IReadOnlyList<ReportAddresseeCount> Addressees { get; init; } = [];
}

/// <summary>"the safeguarding partnership": 3 recommendations, 7 scored items under them. "(none)" counts those that name nobody.</summary>
public sealed record ReportAddresseeCount(string Addressee, int Recommendations, int ScoredItems);

/// <summary>An average at the previous review and at this one, to one decimal, and its direction of travel.</summary>
public sealed record ReportAverage(double? Previous, double? Current, Direction Direction, string DirectionText, int ScoredPrevious, int ScoredCurrent);

public sealed record ReportLevelCount(int Value, string Label, string? Colour, string TextColour, int Count);

/// <summary>Changed: scores that moved on a scale that does not say which end is better (always 0 on other scales).</summary>
public sealed record ReportDirectionCounts(int Improving, int Maintained, int Declining, int New, int NoData, int Changed);

public sealed record ReportPriority(string? Number, string Title, double? Previous, double? Current, Direction Direction, string DirectionText, string Sentence);

/// <summary>A level as shown in a cell: colour (null when the plan gives none: the cell is left unshaded), a text colour with AA contrast on it, and the words.</summary>
public sealed record ReportLevel(int Value, string Label, string? Colour, string TextColour)
{
    /// <summary>"3 Green": what every cell says, so colour never carries the meaning alone.</summary>
    public string Text => LevelWords.Text(Value, Label);
}

public sealed record ReportException
{
    /// <summary>
    /// declining, worstLevel, overdue, stale, contradictingOverride, awaitingSignOff, completeAsPrinted or deadlineToConfirm;
    /// contradictingPrintedDirection in the reconciliation.
    /// </summary>
    public string Kind { get; init; } = "";
    public string Heading { get; init; } = "";
    /// <summary>What to print when the list is empty ("No recommendation is overdue.").</summary>
    public string EmptyText { get; init; } = "";
    public IReadOnlyList<ReportExceptionItem> Items { get; init; } = [];
}

public sealed record ReportExceptionItem
{
    public string Kind { get; init; } = "";
    public long Id { get; init; }
    public string Reference { get; init; } = "";
    public string Text { get; init; } = "";
    /// <summary>Who answers for the item: its own leads or the nearest above it, joined with commas.</summary>
    public string Leads { get; init; } = "";
    /// <summary>Where the leads come from when the item names none of its own ("action 1.1"); null when they are its own.</summary>
    public string? LeadsInheritedFrom { get; init; }
    /// <summary>What every format prints: "Dana Whitfield (from action 1.1)" for inherited leads, the names alone for its own.</summary>
    public string LeadsText => ReportRow.People(Leads, LeadsInheritedFrom);
    /// <summary>The score in the review; null for no score.</summary>
    public ReportLevel? Level { get; init; }
    public string? LatestUpdate { get; init; }
    public DateOnly? LatestUpdateDate { get; init; }
    /// <summary>Why it is on this list, in words: "Down from 4 Complete in RAG 09/26", "Deadline Sep-26 (due by 30 September 2026)".</summary>
    public string Detail { get; init; } = "";
}

public sealed record ReportRow
{
    /// <summary>priority, recommendation, action or measure.</summary>
    public string Kind { get; init; } = "";
    public long Id { get; init; }
    /// <summary>0 for the top rows (priorities, or recommendations of an ungrouped plan), one more for each level down.</summary>
    public int Depth { get; init; }
    /// <summary>True for the rows the plan scores; only those carry scores, direction and updates.</summary>
    public bool IsScored { get; init; }
    /// <summary>"1 / 1.1 / 2": the printed numbers; an unnumbered level is left out.</summary>
    public string Reference { get; init; } = "";
    /// <summary>The row's own number as printed; null when the source printed none.</summary>
    public string? Number { get; init; }
    public string Text { get; init; } = "";
    /// <summary>Who the recommendation is addressed to, as printed: the row's own on a recommendation, its recommendation's below it.</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];
    /// <summary>The rows above, as "number text": for one-row-per-item exports. Null where the plan has no such level.</summary>
    public string? Priority { get; init; }
    public string? Recommendation { get; init; }
    public string? Action { get; init; }
    /// <summary>The row's own leads, or where it names none the nearest row above that does (names joined with commas).</summary>
    public string Leads { get; init; } = "";
    /// <summary>Set when the leads are taken from a row above: "action 1.1", "recommendation 7 (14)", "the action above" (unnumbered).</summary>
    public string? LeadsInheritedFrom { get; init; }
    public string Owners { get; init; } = "";
    /// <summary>Set when the owners are taken from a row above, as for leads.</summary>
    public string? OwnersInheritedFrom { get; init; }
    /// <summary>What every format prints: "Sam Okafor (from recommendation 3)" for inherited leads, the names alone for its own.</summary>
    public string LeadsText => People(Leads, LeadsInheritedFrom);
    /// <summary>As <see cref="LeadsText"/>, for the owners.</summary>
    public string OwnersText => People(Owners, OwnersInheritedFrom);
    /// <summary>The deadline as written, on the row or inherited from the row above (a measure is due when its action is).</summary>
    public string? DeadlineText { get; init; }
    /// <summary>Set when the deadline is taken from a row above, as for leads.</summary>
    public string? DeadlineInheritedFrom { get; init; }
    /// <summary>Why the date taken from that deadline should be confirmed (it could be read another way); empty when it need not be.</summary>
    public IReadOnlyList<string> DeadlineToConfirm { get; init; } = [];
    /// <summary>The final due date understood from it, when one was.</summary>
    public DateOnly? DueBy { get; init; }
    public DeadlineStatus? DeadlineStatus { get; init; }
    public string DeadlineStatusText { get; init; } = "";
    /// <summary>One entry per review column: null when the item has no entry in that review.</summary>
    public IReadOnlyList<ReportScore?> Scores { get; init; } = [];
    public Direction? Direction { get; init; }
    /// <summary>The direction in words, with any override beside it.</summary>
    public string DirectionText { get; init; } = "";
    /// <summary>The direction of travel the source printed for the review reported on (improving, maintained, declining); null when none was.</summary>
    public string? PrintedDirection { get; init; }
    /// <summary>That direction exactly as printed ("Improved", "↑").</summary>
    public string? PrintedDirectionText { get; init; }
    /// <summary>True when the printed direction says something the scores do not.</summary>
    public bool PrintedDirectionContradicts { get; init; }
    public string? LatestUpdate { get; init; }
    public DateOnly? LatestUpdateDate { get; init; }

    /// <summary>Names, with where they come from when the row names nobody itself; empty when nobody is named at all.</summary>
    public static string People(string names, string? inheritedFrom) =>
        names.Length > 0 && inheritedFrom is not null ? $"{names} (from {inheritedFrom})" : names;

    /// <summary>"Improving", or the words as printed beside the reading: "Improved (improving)", "↑ (improving)". Empty when none was printed.</summary>
    public static string Printed(string? direction, string? asPrinted) =>
        direction is null ? ""
        : string.IsNullOrWhiteSpace(asPrinted) || string.Equals(asPrinted.Trim(), direction, StringComparison.OrdinalIgnoreCase)
            ? char.ToUpperInvariant(direction[0]) + direction[1..]
            : $"{asPrinted.Trim()} ({direction})";
}

/// <summary>
/// A score in one review column: the level (null when the review recorded no score) and what the sheet said.
/// CompleteAsPrinted: a complete level copied from SourceDocument, which nobody signed off in the tracker.
/// SignOffStatus: pending, signedOff or rejected for a complete level marked in the tracker; null otherwise.
/// </summary>
public sealed record ReportScore(long ReviewId, ReportLevel? Level, string? RecordedAs, bool CompleteAsPrinted = false,
    string? SourceDocument = null, string? SignOffStatus = null)
{
    /// <summary>
    /// "3 Green", "No score" (with what was recorded, e.g. "No score (update not available)"), or for a completion copied
    /// from a source "5 Completed (complete as printed in Improvement plan v3.2)", so it never reads as signed off.
    /// </summary>
    public string Text => Level is null
        ? string.IsNullOrWhiteSpace(RecordedAs) ? "No score" : $"No score ({RecordedAs})"
        : CompleteAsPrinted ? $"{Level.Text} (complete as printed in {SourceDocument})" : Level.Text;
}

/// <summary>What the plan printed, checked against the scores: the board's reconciliation.</summary>
public sealed record ReportReconciliation
{
    /// <summary>Averages printed for the review reported on (the whole plan's, a priority's), each beside both means.</summary>
    public IReadOnlyList<ReportPrintedAverage> PrintedAverages { get; init; } = [];
    /// <summary>What to print when no average was recorded as printed.</summary>
    public string PrintedAveragesEmptyText { get; init; } = "";
    /// <summary>Directions of travel printed in the source for this review that contradict the scores (kind contradictingPrintedDirection).</summary>
    public required ReportException ContradictingPrintedDirections { get; init; }
    /// <summary>Whether the scale says which end is better, and when it does not, what the printed directions imply.</summary>
    public required ReportScaleDirection ScaleDirection { get; init; }
    /// <summary>Other figures printed for the review (counts and percentages at a level, item counts, boxes kept as text), each checked where the scores can tell.</summary>
    public IReadOnlyList<ReportPrintedFigure> PrintedFigures { get; init; } = [];
    /// <summary>What to print when no other figure was recorded as printed.</summary>
    public string PrintedFiguresEmptyText { get; init; } = "";
    /// <summary>The inspection the plan answers, with the report's recommendations no plan item answers; null when it answers none.</summary>
    public ReportInspectionCoverage? Inspection { get; init; }
}

/// <summary>
/// A figure as printed (ValueText, exactly as typed) beside what the scores give (Computed, in the same form), with the
/// verdict: agrees, disagrees, or cannotCheck (kept as printed with its source).
/// </summary>
public sealed record ReportPrintedFigure(long Id, string Scope, string Kind, string Label, string ValueText, string? Claims, string? Source,
    double? Computed, string Verdict, string VerdictText, string Explanation);

/// <summary>How many of the inspection report's recommendations plan items answer, and the gaps, as the report numbers them.</summary>
public sealed record ReportInspectionCoverage(string Name, string? OverallJudgement, int ReportRecommendations, int Answered,
    IReadOnlyList<ReportInspectionGap> Gaps);

public sealed record ReportInspectionGap(string? Number, string Text, string? Addressee, string? Paragraphs);

/// <summary>
/// A printed average beside the means worked out from the scores, to one decimal. OverPriorities is given only for the
/// whole plan of a grouped plan. Matches: overItems, overPriorities, or null when neither agrees (Disagrees).
/// </summary>
public sealed record ReportPrintedAverage(long Id, long? PriorityId, string Scope, double Printed, string? Source, double? OverItems,
    double? OverPriorities, string? Matches, string MatchesText, bool Disagrees, string Explanation);

/// <summary>
/// Stated: the scale says which end is better (HigherIsBetter). Otherwise Implied is what the printed directions of travel
/// suggest (true: higher is better, false: lower, null: they do not say), from Compared printed directions beside a moved score.
/// </summary>
public sealed record ReportScaleDirection(bool Stated, bool? HigherIsBetter, bool? Implied, int Compared, int AgreeIfHigherIsBetter,
    int AgreeIfLowerIsBetter, string Text);

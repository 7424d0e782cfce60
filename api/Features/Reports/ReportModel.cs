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
    /// <summary>The date (UK time) that overdue was judged on.</summary>
    public DateOnly Today { get; init; }
    /// <summary>When the report was made, UTC, ISO 8601.</summary>
    public string GeneratedAt { get; init; } = "";
    public required ReportSummary Summary { get; init; }
    /// <summary>Averages per priority; empty for plans not grouped by priority.</summary>
    public IReadOnlyList<ReportPriority> Priorities { get; init; } = [];
    /// <summary>Declining, at the worst level, overdue, stale, contradicting overrides, awaiting sign-off: always all six, in that order.</summary>
    public IReadOnlyList<ReportException> Exceptions { get; init; } = [];
    /// <summary>The score-history columns: every review up to and including the one reported on, oldest first.</summary>
    public IReadOnlyList<ReportReview> Reviews { get; init; } = [];
    /// <summary>The whole plan in reading order (priorities, recommendations, actions, measures), scored rows marked.</summary>
    public IReadOnlyList<ReportRow> Rows { get; init; } = [];
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
}

/// <summary>An average at the previous review and at this one, to one decimal, and its direction of travel.</summary>
public sealed record ReportAverage(double? Previous, double? Current, Direction Direction, string DirectionText, int ScoredPrevious, int ScoredCurrent);

public sealed record ReportLevelCount(int Value, string Label, string? Colour, string TextColour, int Count);

/// <summary>Changed: scores that moved on a scale that does not say which end is better, so neither improving nor declining.</summary>
public sealed record ReportDirectionCounts(int Improving, int Maintained, int Declining, int New, int NoData, int Changed)
{
    /// <summary>
    /// The rows of a direction-of-travel table in words. "Changed" is a row on a scale whose direction was not stated (or
    /// wherever a score is counted as changed), so the rows always add up to the items scored.
    /// </summary>
    public IReadOnlyList<(string Word, int Count)> Rows(bool? higherIsBetter)
    {
        var rows = new List<(string, int)> { ("Improving", Improving), ("Maintained", Maintained), ("Declining", Declining) };
        if (higherIsBetter is null || Changed > 0) rows.Add((ReportWords.Direction(Direction.Changed), Changed));
        rows.Add(("New", New));
        rows.Add(("No data", NoData));
        return rows;
    }
}

public sealed record ReportPriority(string? Number, string Title, double? Previous, double? Current, Direction Direction, string DirectionText, string Sentence);

/// <summary>A level as shown in a cell: colour (null when the plan gives none: the cell is left unshaded), a text colour with AA contrast on it, and the words.</summary>
public sealed record ReportLevel(int Value, string Label, string? Colour, string TextColour)
{
    /// <summary>"3 Green": what every cell says, so colour never carries the meaning alone.</summary>
    public string Text => $"{Value} {Label}";
}

public sealed record ReportException
{
    /// <summary>declining, worstLevel, overdue, stale, contradictingOverride or awaitingSignOff.</summary>
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
    /// <summary>"1 / 1.1 / 2".</summary>
    public string Reference { get; init; } = "";
    public string Text { get; init; } = "";
    /// <summary>The rows above, as "number text": for one-row-per-item exports. Null where the plan has no such level.</summary>
    public string? Priority { get; init; }
    public string? Recommendation { get; init; }
    public string? Action { get; init; }
    public string Leads { get; init; } = "";
    public string Owners { get; init; } = "";
    /// <summary>The deadline as written, on the row or inherited from the row above (a measure is due when its action is).</summary>
    public string? DeadlineText { get; init; }
    /// <summary>The final due date understood from it, when one was.</summary>
    public DateOnly? DueBy { get; init; }
    public DeadlineStatus? DeadlineStatus { get; init; }
    public string DeadlineStatusText { get; init; } = "";
    /// <summary>One entry per review column: null when the item has no entry in that review.</summary>
    public IReadOnlyList<ReportScore?> Scores { get; init; } = [];
    public Direction? Direction { get; init; }
    /// <summary>The direction in words, with any override beside it.</summary>
    public string DirectionText { get; init; } = "";
    public string? LatestUpdate { get; init; }
    public DateOnly? LatestUpdateDate { get; init; }
}

/// <summary>A score in one review column: the level (null when the review recorded no score) and what the sheet said.</summary>
public sealed record ReportScore(long ReviewId, ReportLevel? Level, string? RecordedAs)
{
    /// <summary>"3 Green", or "No score" (with what was recorded, e.g. "No score (update not available)").</summary>
    public string Text => Level?.Text ?? (string.IsNullOrWhiteSpace(RecordedAs) ? "No score" : $"No score ({RecordedAs})");
}

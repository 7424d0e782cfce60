namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// A plan as an import will write it, with nothing written yet: every item, person, review, score, update and printed
/// figure read from the source, each pointing back at the row it came from. Items refer to each other by their index in
/// these lists. The commit (Features/Import) writes it in one transaction; the dry run counts and shows it.
/// </summary>
public sealed record PlanDraft
{
    public PlanDetails Plan { get; init; } = new();
    public ScaleChoice Scale { get; init; } = new();
    /// <summary>The plan's levels and which carries the scores (as the mapping chose).</summary>
    public bool GroupedByPriority { get; init; }
    public ItemLevel ScoreLevel { get; init; }
    public List<ReviewDraft> Reviews { get; init; } = [];
    public List<PersonDraft> People { get; init; } = [];
    public List<PriorityDraft> Priorities { get; init; } = [];
    public List<RecommendationDraft> Recommendations { get; init; } = [];
    public List<ActionDraft> Actions { get; init; } = [];
    public List<MeasureDraft> Measures { get; init; } = [];
    public List<ScoreDraft> Scores { get; init; } = [];
    public List<UpdateDraft> Updates { get; init; } = [];
    public List<AverageDraft> ReportedAverages { get; init; } = [];
    public List<FigureDraft> PrintedFigures { get; init; } = [];
}

/// <summary>Where something came from: table index, row number and column number as the source shows them (column 0 = the whole row).</summary>
public sealed record SourcePlace(int Table, int Row, int Column = 0);

/// <summary>An item of a plan, by level and index in that level's list.</summary>
public sealed record ItemRef(ItemLevel Level, int Index);

/// <param name="IsOpen">False for every review but the current one.</param>
public sealed record ReviewDraft(string Label, string? Date, bool IsOpen);

/// <param name="ExistingId">Set when the person is already in the tracker (matched by email, name or job title); the rest is then what the source wrote.</param>
/// <param name="MatchedBy">How the match was made: "email", "name", "jobTitle"; null for a new person.</param>
public sealed record PersonDraft(long? ExistingId, string? Name, string? JobTitle, string? Email, string? MatchedBy, string Seen);

public sealed record PriorityDraft(string? Number, string Title, string? OutcomeStatement, SourcePlace From);

public sealed record RecommendationDraft(
    int? Priority, string? Number, string Text, string? DeadlineText, IReadOnlyList<int> Leads, IReadOnlyList<int> Owners,
    IReadOnlyList<string> Addressees, string? SourceParagraphs, string? JudgementArea, SourcePlace From);

/// <summary>Exactly one of Recommendation and Priority is set (an action sits under one of them).</summary>
public sealed record ActionDraft(
    int? Recommendation, int? Priority, string? Code, string Description, string? SourceReference, string? DeadlineText,
    IReadOnlyList<int> Leads, IReadOnlyList<int> Owners, SourcePlace From);

public sealed record MeasureDraft(
    int Action, string? Number, string Text, string? DeadlineText, IReadOnlyList<int> Leads, IReadOnlyList<int> Owners,
    SourcePlace From);

/// <param name="Level">The level value; null = no score, with RecordedAs saying what the cell held ("0", "Score - please select", "colour #ff0000").</param>
/// <param name="NarrativeDate">ISO date of the narrative when the source gives one; never filled in.</param>
/// <param name="PrintedDirection">improving / maintained / declining as the source printed it, with its text.</param>
public sealed record ScoreDraft(
    ItemRef Item, int Review, int? Level, string? RecordedAs, string? Narrative, string? NarrativeDate, string? Evidence,
    string? PrintedDirection, string? PrintedDirectionText, SourcePlace From);

/// <summary>One entry of an item's running log; Review null when the column belongs to no review.</summary>
public sealed record UpdateDraft(ItemRef Item, int? Review, string? WrittenOn, string Text, int Position, SourcePlace From);

/// <param name="Priority">Null for the whole plan's average.</param>
public sealed record AverageDraft(int Review, int? Priority, double Value, string ValueText, SourcePlace From);

/// <param name="Kind">A <see cref="PrintedFigures.KindNames"/> name.</param>
public sealed record FigureDraft(int? Review, int? Priority, string Kind, int? Level, string Label, string ValueText, double? Value, SourcePlace From);

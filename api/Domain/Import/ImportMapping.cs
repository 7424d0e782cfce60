namespace ActionPlanTracker.Domain.Import;

/// <summary>The four levels a plan's items can sit at, top to bottom.</summary>
public enum ItemLevel { Priority, Recommendation, Action, Measure }

/// <summary>What one column of the source holds.</summary>
public enum ColumnRole
{
    /// <summary>Not imported (kept in the stored original file only).</summary>
    Ignore,
    /// <summary>An item's number or code as printed ("1.1", "A", "7 (14)"). With Level null, the depth of the numbering decides the level.</summary>
    Number,
    /// <summary>An item's text: a priority's title, a recommendation's text, an action's description, a measure's text. With Level null (numbering hierarchy) the row's number decides.</summary>
    Text,
    /// <summary>A priority's outcome statement.</summary>
    OutcomeStatement,
    Lead,
    Owner,
    /// <summary>A deadline as written ("Mar-18", "Ongoing").</summary>
    Deadline,
    /// <summary>A score column of one review (Review names it).</summary>
    Score,
    /// <summary>The direction of travel the source printed for a review (improving / maintained / declining or a symbol).</summary>
    PrintedDirection,
    /// <summary>A progress update. With Review, the narrative of that review's score; without, a running log of dated notes.</summary>
    Update,
    /// <summary>The date of the update in the same review's Update column.</summary>
    UpdateDate,
    /// <summary>Evidence for a review's score.</summary>
    Evidence,
    /// <summary>An action's tag for the recommendation it answers ("Ofsted rec 14").</summary>
    SourceReference,
    /// <summary>Who a recommendation is addressed to.</summary>
    Addressee,
    /// <summary>The report paragraphs a recommendation is drawn from.</summary>
    SourceParagraphs,
    JudgementArea,
}

/// <summary>How rows become a hierarchy.</summary>
public enum HierarchyFrom
{
    /// <summary>Each level has its own text column; a row starts an item at every level whose text cell is filled, and the levels above carry on from the rows before.</summary>
    Columns,
    /// <summary>One number column (or numbers at the start of one text column): "1" starts a top-level item, "1.1" the next level, "1.1.2" the next; a lone letter ("A") is one level below the last numbered item.</summary>
    Numbering,
}

/// <summary>What rows that span the table with one text ("Priority 1: Early help") are.</summary>
public enum SectionRows { Priority, Ignore }

/// <summary>
/// How to read a source into a plan: proposed by <see cref="MappingProposer"/>, adjusted by a person (web app or API),
/// saved for reuse next month. Every part is plain data so it round-trips as JSON.
/// </summary>
public sealed record ImportMapping
{
    /// <summary>The tables (sheets, Word tables) to read, in order; usually one sheet, or every table of a Word document.</summary>
    public IReadOnlyList<TableChoice> Tables { get; init; } = [];

    /// <summary>What each column holds, by column number in the first chosen table (later tables are matched by header text, falling back to the same number).</summary>
    public IReadOnlyList<ColumnMapping> Columns { get; init; } = [];

    /// <summary>The levels this plan has, top first (e.g. Priority, Action, Measure; or Recommendation, Action).</summary>
    public IReadOnlyList<ItemLevel> Levels { get; init; } = [ItemLevel.Recommendation];

    /// <summary>The level scores belong to: the plan's score level (recommendation, action or measure).</summary>
    public ItemLevel ScoreLevel { get; init; } = ItemLevel.Recommendation;

    public HierarchyFrom Hierarchy { get; init; } = HierarchyFrom.Columns;

    /// <summary>True when numbers are written at the start of the text cells ("1.1 Open a front door") and are split off as the item's number.</summary>
    public bool NumbersInText { get; init; }

    public SectionRows SectionRows { get; init; } = SectionRows.Priority;

    /// <summary>For Word documents: a table's heading paragraph starts a priority (one table per priority).</summary>
    public bool TableHeadingsArePriorities { get; init; }

    /// <summary>A recommendation's actions written in one cell, lettered "A.", "B)" ...: split into one action per letter.</summary>
    public bool SplitLetteredActions { get; init; } = true;

    /// <summary>The review columns in order, with the labels as printed; the last one is left open, the others are closed unless OpenReview names one.</summary>
    public IReadOnlyList<ReviewColumn> Reviews { get; init; } = [];

    /// <summary>The label of the review left open after the import (the current cycle); null = the last one.</summary>
    public string? OpenReview { get; init; }

    /// <summary>The scale scores are read on.</summary>
    public ScaleChoice Scale { get; init; } = new();

    /// <summary>What each distinct score cell means: its text (upper-cased, trimmed) or its fill ("#92d050") → a level value, or null for "no score".</summary>
    public IReadOnlyList<ValueMapping> Values { get; init; } = [];

    /// <summary>Who each distinct name in a people column is: an existing person, or a new one.</summary>
    public IReadOnlyList<PersonMapping> People { get; init; } = [];

    /// <summary>Source row numbers (of the first chosen table, or "table:row" keys for others) to leave out.</summary>
    public IReadOnlyList<RowRef> SkipRows { get; init; } = [];

    /// <summary>The new plan's details (title from the title rows above the header or the file name).</summary>
    public PlanDetails Plan { get; init; } = new();

    /// <summary>What the proposer chose and why, in plain English ("No scale in the tracker explains ..."), for the mapping screen; a person's changes need not keep them.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <param name="Table">Index of the table in <see cref="SourceDocument.Tables"/>.</param>
/// <param name="HeaderFrom">First header row (row number as the source shows it).</param>
/// <param name="HeaderTo">Last header row; data starts below it. Equal to HeaderFrom for a one-row header.</param>
public sealed record TableChoice(int Table, int HeaderFrom, int HeaderTo);

/// <param name="Column">Column number (1-based) in the first chosen table.</param>
/// <param name="Header">The column's header text as printed (header rows joined with a space); how later tables and next month's mapping find it.</param>
/// <param name="Role">What it holds.</param>
/// <param name="Level">For Number, Text, Lead, Owner, Deadline: which level's; null = the deepest item the row starts (or, for Number/Text with Numbering, the numbering decides).</param>
/// <param name="Review">For Score, PrintedDirection, Update, UpdateDate, Evidence: the review's label.</param>
public sealed record ColumnMapping(int Column, string Header, ColumnRole Role, ItemLevel? Level = null, string? Review = null);

/// <param name="Label">The review's label as the header prints it ("RAG 01/18", "Update November 16").</param>
/// <param name="Date">The review's date when the source gives one (ISO yyyy-MM-dd); never guessed from a label.</param>
public sealed record ReviewColumn(string Label, string? Date = null);

/// <summary>Either an existing scale (by id) or a new one made from the values seen.</summary>
public sealed record ScaleChoice
{
    public long? ScaleId { get; init; }
    public NewScale? New { get; init; }
}

public sealed record NewScale(string Name, bool? HigherIsBetter, IReadOnlyList<NewScaleLevel> Levels);

public sealed record NewScaleLevel(int Value, string Label, string? Colour, bool MeansComplete);

/// <param name="Seen">The cell's text upper-cased and trimmed ("AMBER", "3", "SCORE - PLEASE SELECT"), or a fill "#ffcc00" for a cell with no text.</param>
/// <param name="Level">The level value it means; null = no score (a placeholder or junk, kept as printed).</param>
public sealed record ValueMapping(string Seen, int? Level);

/// <param name="Seen">One person as a people cell writes them ("Priya Raman, Head of Service", "Head of Service", "PR").</param>
/// <param name="PersonId">An existing person; null = create one from Name / JobTitle.</param>
public sealed record PersonMapping(string Seen, long? PersonId, string? Name, string? JobTitle, string? Email = null);

/// <param name="Table">Index of the table in the source document.</param>
/// <param name="Row">Row number as the source shows it.</param>
public sealed record RowRef(int Table, int Row);

public sealed record PlanDetails
{
    public string Title { get; init; } = "";
    public string SourceType { get; init; } = "";
    public string? PlanVersion { get; init; }
    public string? PlanDate { get; init; }
    public string? LeadHeading { get; init; }
    public string? OwnerHeading { get; init; }
}

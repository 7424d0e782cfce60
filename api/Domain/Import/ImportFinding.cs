namespace ActionPlanTracker.Domain.Import;

/// <summary>The kinds of thing a dry run tells a person, each a list on the dry-run page.</summary>
public enum FindingKind
{
    /// <summary>A cell it could not read (a score that is no level, a formula with no value): held as written, or left out, as the message says.</summary>
    UnreadableCell,
    /// <summary>A deadline whose dates it had to choose between or could not read.</summary>
    DeadlineQuestion,
    /// <summary>A score colour or word that is not on the scale: held as no score until a person maps it.</summary>
    ValueNotOnScale,
    /// <summary>A placeholder ("0", "Score - please select", blank) held as no score with its text kept.</summary>
    Placeholder,
    /// <summary>A person it will create.</summary>
    PersonCreated,
    /// <summary>A person it matched to one already in the tracker.</summary>
    PersonMatched,
    /// <summary>A printed average or figure that disagrees with the scores beneath it.</summary>
    FigureDisagrees,
    /// <summary>A row left out (blank, a repeated header, or chosen by the person) and why.</summary>
    RowSkipped,
    /// <summary>Something that stops the commit (a duplicate number under the same parent, an item with no text): the commit refuses until the mapping or the file is fixed.</summary>
    Blocking,
    /// <summary>Anything else worth knowing.</summary>
    Note,
}

/// <param name="Where">"Sheet 'Plan', row 12, column D" or "Table 2, row 5, column 3"; null for the file as a whole.</param>
public sealed record ImportFinding(FindingKind Kind, string Message, string? Where = null, SourcePlace? Place = null);

/// <summary>A row of the source as it will be stored: what the mapping screen shows for its first rows.</summary>
/// <param name="Item">"priority", "recommendation", "action", "measure", "section", "figure", "skipped".</param>
/// <param name="Scores">Per review, in review order: the level as it will be stored ("3 Green", "no score (“0”)"), null where the row has none.</param>
public sealed record PreviewRow(
    SourcePlace From, string Item, string? Number, string? Text, IReadOnlyList<string> Leads, IReadOnlyList<string> Owners,
    string? Deadline, IReadOnlyList<string?> Scores);

/// <summary>What an interpretation gives: the draft, what it found, and the rows as they will be stored.</summary>
public sealed record ImportInterpretation(PlanDraft Draft, IReadOnlyList<ImportFinding> Findings, IReadOnlyList<PreviewRow> Preview)
{
    public bool CanCommit => Findings.All(f => f.Kind != FindingKind.Blocking);
}

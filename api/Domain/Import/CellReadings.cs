namespace ActionPlanTracker.Domain.Import;

/// <summary>An item number as printed, and how deep it sits: "1" depth 1, "1.1" depth 2, "1.1.2" depth 3; a lone letter "A" is <see cref="IsLetter"/> (one below the last numbered item); "7 (14)" depth 1 with the original number 14 kept in the text.</summary>
/// <param name="Text">The number exactly as printed, trimmed ("7 (14)", "1.1", "A").</param>
public sealed record ItemNumber(string Text, int Depth, bool IsLetter);

/// <summary>One person as a people cell writes them.</summary>
/// <param name="Seen">The part of the cell naming this person, trimmed.</param>
/// <param name="Name">The person's name when one is written; null for a role only ("Head of Service").</param>
/// <param name="JobTitle">The job title when one is written.</param>
/// <param name="Email">An email address when one is written.</param>
public sealed record SeenPerson(string Seen, string? Name, string? JobTitle, string? Email);

/// <summary>One dated (or undated) note of a running log held in one cell.</summary>
/// <param name="WrittenOn">ISO date when the note starts with a full date; null otherwise (never guessed).</param>
public sealed record DatedEntry(string? WrittenOn, string Text);

/// <summary>
/// How the importer reads single cells: numbers, people, score values, running logs, printed directions. Shared by the
/// proposer and the interpreter so both read a cell the same way. Pure.
/// </summary>
public static partial class CellReadings
{
    /// <summary>The number of a cell that holds only a number ("1.1", "A", "7 (14)", "Priority 2"?), or null.</summary>
    public static partial ItemNumber? Number(string text);

    /// <summary>Splits a number written at the start of a text ("1.1 Open a front door", "A. Audit ...", "7 (14) Improve...").</summary>
    public static partial (ItemNumber? Number, string Text) SplitLeadingNumber(string text);

    /// <summary>The people a cell names, in printed order ("Priya Raman (Head of Service) / Owen Hughes", "Head of Service &amp; PR").</summary>
    public static partial IReadOnlyList<SeenPerson> People(string text);

    /// <summary>What a score cell holds, as <see cref="ValueMapping.Seen"/> writes it: its text upper-cased and trimmed, or "#rrggbb" for a cell with only a fill; null for an empty unfilled cell.</summary>
    public static partial string? SeenValue(SourceCell cell);

    /// <summary>True for what councils type where there is no score yet: "0", "SCORE - PLEASE SELECT", "N/A", "TBC", "-", "UPDATE NOT AVAILABLE".</summary>
    public static partial bool IsPlaceholder(string seen);

    /// <summary>The notes of a running log in one cell, split where a line starts with a date ("12/03/2026 -", "March 2026:").</summary>
    public static partial IReadOnlyList<DatedEntry> DatedEntries(string text);

    /// <summary>improving / maintained / declining from the words or symbols a sheet prints (↑ ↔ ↓, "Improved", "Same"), or null.</summary>
    public static partial string? Direction(string text);
}

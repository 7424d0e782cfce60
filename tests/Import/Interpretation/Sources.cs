using ActionPlanTracker.Domain;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Tests.Import.Interpretation;

/// <summary>
/// Builds the sources a reader would give, in code. A cell is written as a string: plain text; "" for empty; "^" for a
/// cell covered by a merge from above; "fill:#92d050" for a fill with no text; "Green|fill:#92d050" for both;
/// "formula:" for a formula with no saved value.
/// </summary>
internal sealed class TableBuilder(string name, int columns, string? heading = null)
{
    private readonly List<SourceRow> _rows = [];

    public TableBuilder Row(params string[] cells)
    {
        var number = _rows.Count + 1;
        var row = Enumerable.Range(0, columns).Select(i => i < cells.Length ? Cell(cells[i]) : SourceCell.Empty).ToList();
        _rows.Add(new SourceRow(number, row));
        return this;
    }

    /// <summary>A heading merged across the whole table ("Priority 1: Early help").</summary>
    public TableBuilder Section(string text)
    {
        var row = new List<SourceCell> { new(text, Merge: CellMerge.Origin, SpanColumns: columns) };
        row.AddRange(Enumerable.Range(1, columns - 1).Select(_ => new SourceCell("", Merge: CellMerge.CoveredFromLeft)));
        _rows.Add(new SourceRow(_rows.Count + 1, row));
        return this;
    }

    public SourceTable Build() => new(name, heading, columns, _rows.ToList());

    private static SourceCell Cell(string written)
    {
        if (written == "^")
            return new SourceCell("", Merge: CellMerge.CoveredFromAbove);
        if (written == "formula:")
            return new SourceCell("", FormulaWithoutValue: true);
        var parts = written.Split("|fill:");
        if (written.StartsWith("fill:", StringComparison.Ordinal))
            return new SourceCell("", Fill: written["fill:".Length..]);
        return parts.Length == 2 ? new SourceCell(parts[0], Fill: parts[1]) : new SourceCell(written);
    }
}

internal static class Sources
{
    public static SourceDocument Workbook(params SourceTable[] sheets) => new("plan.xlsx", "xlsx", sheets, []);

    public static SourceDocument Word(params SourceTable[] tables) => new("plan.docx", "docx", tables, []);

    /// <summary>The built-in scales as db/0002 holds them.</summary>
    public static readonly KnownScale Progress = new(1, new RatingScale("Progress 1 to 5", true,
    [
        new(1, "Not started or seriously delayed", null, "#d4351c", false),
        new(2, "Started with some delay", null, "#ffcc00", false),
        new(3, "On track", null, "#92d050", false),
        new(4, "Complete, monitoring", null, "#5694ca", true),
        new(5, "Complete and sustained", null, "#1d70b8", true),
    ]));

    public static readonly KnownScale LowerIsBetter = new(2, new RatingScale("Score 1 to 3 (lower is better)", false,
    [
        new(1, "Good progress", null, "#92d050", false),
        new(2, "Some progress", null, "#ffcc00", false),
        new(3, "Insufficient progress", null, "#d4351c", false),
    ]));

    public static readonly KnownScale RagWords = new(3, new RatingScale("RAG words", true,
    [
        new(1, "Red", null, "#d4351c", false),
        new(2, "Amber", null, "#ffcc00", false),
        new(3, "Green", null, "#92d050", false),
        new(4, "Completed", null, "#1d70b8", true),
    ]));

    public static readonly IReadOnlyList<KnownScale> Scales = [Progress, LowerIsBetter, RagWords];

    public static ImportInterpretation Interpret(SourceDocument source, ImportMapping mapping, params KnownPerson[] people) =>
        PlanInterpreter.Interpret(source, mapping, Scales, people);

    public static IEnumerable<ImportFinding> Of(this ImportInterpretation read, FindingKind kind) =>
        read.Findings.Where(f => f.Kind == kind);

    /// <summary>The people of an item as "name / job title" strings, in order.</summary>
    public static IEnumerable<string> Named(this PlanDraft draft, IEnumerable<int> people) =>
        people.Select(i => draft.People[i]).Select(p => $"{p.Name ?? "-"} / {p.JobTitle ?? "-"}");

    public static ScoreDraft? ScoreOf(this PlanDraft draft, ItemLevel level, int index, int review) =>
        draft.Scores.SingleOrDefault(s => s.Item == new ItemRef(level, index) && s.Review == review);
}

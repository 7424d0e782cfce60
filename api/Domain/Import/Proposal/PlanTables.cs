using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// A data row of a chosen table: below the header, not blank, not a header repeated on a printed page. A section row
/// spans the table with one text ("Priority 1: Early help"); a figure row holds printed averages ("Overall average"),
/// so it is no item and its numbers are no scores.
/// </summary>
internal sealed record DataRow(int Table, SourceRow Row, bool IsSection, bool IsFigure)
{
    public SourceCell Cell(int column) => Row.Cells[column - 1];
}

/// <summary>
/// The tables that hold the plan, their header, the title rows above it and the rows below it: what every other part of
/// the proposal reads. Columns are those of the first chosen table.
/// </summary>
internal sealed partial record PlanTables(
    SourceDocument Source, IReadOnlyList<FoundHeader> Headers, IReadOnlyList<string> TitleRows, IReadOnlyList<DataRow> Rows)
{
    public FoundHeader First => Headers[0];

    public IReadOnlyList<HeaderColumn> Columns => First.Columns;

    public IEnumerable<DataRow> ItemRows => Rows.Where(r => r is { IsSection: false, IsFigure: false });

    public bool HasSectionRows => Rows.Any(r => r.IsSection);

    public IReadOnlyList<TableChoice> Choices => Headers
        .Select(h => new TableChoice(h.Table, Source.Tables[h.Table].Rows[h.FromIndex].Number, Source.Tables[h.Table].Rows[h.ToIndex].Number))
        .ToList();

    /// <summary>The non-blank cells of a column below the header, section rows left out.</summary>
    public IEnumerable<SourceCell> CellsOf(int column) =>
        ItemRows.Select(r => r.Cell(column)).Where(c => !c.IsBlank || c.Fill is not null);

    public static PlanTables From(SourceDocument source, IReadOnlyList<FoundHeader> headers)
    {
        var first = source.Tables[headers[0].Table];
        var titles = first.Rows.Take(headers[0].FromIndex).Select(RowText).Where(t => t.Length > 0).ToList();
        // A Word plan's title is a paragraph above its first table; the priority heading just above the table is not.
        if (titles.Count == 0 && first.TextAbove is { } above)
            titles = above.Where(t => !PriorityHeading().IsMatch(t)).ToList();
        var rows = headers.SelectMany(h => DataRows(source.Tables[h.Table], h, titles)).ToList();
        return new PlanTables(source, headers, titles, rows);
    }

    /// <summary>A row's texts joined: "Date of review:" and "01/04/2026" in two cells read "Date of review: 01/04/2026".</summary>
    public static string RowText(SourceRow row) => string.Join(' ', row.Cells.Where(c => !c.IsBlank).Select(c => c.Text.Trim()));

    private static IEnumerable<DataRow> DataRows(SourceTable table, FoundHeader header, IReadOnlyList<string> titles)
    {
        var headerKeys = KeysOf(table.Rows[header.FromIndex]);
        var titleKeys = titles.Select(ProposalText.Key).ToHashSet();
        for (var index = header.ToIndex + 1; index < table.Rows.Count; index++)
        {
            var row = table.Rows[index];
            if (row.Cells.All(c => c.IsBlank && c.Fill is null))
                continue;
            if (IsRepeatedHeader(row, headerKeys))
            {
                // A header repeated on each printed page repeats all its rows.
                index += header.ToIndex - header.FromIndex;
                continue;
            }
            if (titleKeys.Contains(ProposalText.Key(RowText(row))))
                continue;
            yield return new DataRow(header.Table, row, IsSectionRow(row, table.ColumnCount), IsFigureRow(row));
        }
    }

    private static List<string> KeysOf(SourceRow row) =>
        row.Cells.Select(c => ProposalText.Key(c.Text)).ToList();

    private static bool IsRepeatedHeader(SourceRow row, List<string> headerKeys)
    {
        var filled = headerKeys.Count(k => k.Length > 0);
        var same = row.Cells.Select((c, i) => ProposalText.Key(c.Text)).Where((k, i) => k.Length > 0 && k == headerKeys[i]).Count();
        return filled >= 2 && same >= 2 && same * 5 >= filled * 4;
    }

    /// <summary>
    /// A row that spans the table with one text ("Priority 1: Early help"): one filled cell, at the left or merged across
    /// half the table or more, that is words rather than a number or a printed average.
    /// </summary>
    private static bool IsSectionRow(SourceRow row, int columnCount)
    {
        var filled = row.Cells.Select((cell, i) => (cell, column: i + 1)).Where(x => !x.cell.IsBlank).ToList();
        if (columnCount < 3 || filled.Count != 1)
            return false;
        var (cell, column) = filled[0];
        return (column <= 2 || cell.SpanColumns * 2 >= columnCount) &&
               cell.Text.Count(char.IsLetter) >= 3 && !PrintedFigure().IsMatch(cell.Text);
    }

    /// <summary>
    /// Averages and totals typed under a priority or the table: a cell that is only such a label ("Priority 1 average",
    /// "Overall average: 3.1", "Total"), with a number in the row. A measure that mentions an average is a sentence, not a label.
    /// </summary>
    private static bool IsFigureRow(SourceRow row) =>
        (row.Cells.Any(c => FigureLabel().IsMatch(c.Text)) && row.Cells.Any(c => Digit().IsMatch(c.Text))) || IsCountRow(row);

    /// <summary>
    /// Counts and shares typed under the table ("Number of actions completed 6", "% Green 45%"): the label first and
    /// only figures after it, so a measure "Number of children seen..." with its lead and deadline beside it is not one.
    /// </summary>
    private static bool IsCountRow(SourceRow row)
    {
        var written = row.Cells.Where(c => !c.IsBlank).Select(c => c.Text.Trim()).ToList();
        return written.Count >= 2 && CountLabel().IsMatch(written[0]) && written.Skip(1).All(FigureValue().IsMatch);
    }

    [GeneratedRegex(@"^(?:(?:number|no\.|count|total)\s+of\b|percentage\b|%)|%$", RegexOptions.IgnoreCase)]
    private static partial Regex CountLabel();

    [GeneratedRegex(@"^\d+(?:\.\d+)?\s*%?$")]
    private static partial Regex FigureValue();

    [GeneratedRegex(@"^\s*(?:(?:priority|outcome|section)\s*\d*\s+|overall\s+|plan\s+)?(?:average|mean|total)s?(?:\s+(?:score|scores|rag|rating))?(?:\s+(?:for|of)\s+(?:priority\s*\d+|the\s+plan|plan))?\s*[:\-–]?\s*(?:\d+(?:\.\d+)?)?\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex FigureLabel();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    [GeneratedRegex(@"^\s*(?:priority|outcome|objective|theme|section|area)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityHeading();

    [GeneratedRegex(@"\b(average|mean|total|overall|count)\b.*\d|\d.*\b(average|mean|total)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PrintedFigure();
}

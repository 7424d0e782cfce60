using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import.Interpretation;

// What kind of row a row is, in this order: left out by the person, blank, a repeat of the header (printed on every
// page), printed figures (an "Average" row under the table), a section heading spanning the table, or an item row.
internal sealed partial class PlanReading
{
    private void ReadRow(TableLayout layout, SourceRow row)
    {
        var place = new SourcePlace(layout.Index, row.Number);
        if (_mapping.SkipRows.Any(s => s.Table == layout.Index && s.Row == row.Number))
            Skip(place, "left out as you chose.");
        else if (IsBlank(layout, row))
        {
            _blankRows++;
            _afterGap = true;
        }
        else if (RepeatsHeader(layout, row))
            Skip(place, "a repeat of the header row (as printed on every page), left out.");
        else if (FigureLabel(layout, row) is { } label)
            ReadFigures(layout, row, label);
        else
        {
            _afterGap = false;
            if (SectionText(layout, row) is { } section)
                ReadSection(layout, row, section);
            else
                ReadItemRow(layout, row);
        }
    }

    private void Skip(SourcePlace place, string why)
    {
        Add(FindingKind.RowSkipped, $"{_where.Of(place)} is {why}", place);
        _preview.Add(Preview(place, "skipped"));
    }

    // A row with no text is blank even when a fill runs across it, unless a score column is filled: a colour is a score.
    private static bool IsBlank(TableLayout layout, SourceRow row) =>
        row.Cells.All(c => c.IsBlank && !c.FormulaWithoutValue)
        && layout.Having(ColumnRole.Score).All(c => TableLayout.Cell(row, c.Column).Fill is null);

    private static bool RepeatsHeader(TableLayout layout, SourceRow row) =>
        layout.HeaderRows.Any(header => NonBlank(header).SequenceEqual(NonBlank(row)));

    private static IEnumerable<(int Column, string Text)> NonBlank(SourceRow row) =>
        row.Cells.Select((cell, i) => (Column: i + 1, Text: TableLayout.Normal(cell.Text))).Where(c => c.Text.Length > 0);

    /// <summary>
    /// The label of a row of printed figures ("Average", "Priority average", "Total", "Number of actions", "% Green"):
    /// its first cell with text is such a label, every other cell with text is a number, and a score column holds one.
    /// An item whose text starts "Number of children..." has a lead and a deadline beside it, so is never taken for one.
    /// </summary>
    private static string? FigureLabel(TableLayout layout, SourceRow row)
    {
        var cells = NonBlank(row).ToList();
        if (cells.Count < 2 || !FigureWords().IsMatch(cells[0].Text))
            return null;
        var rest = cells.Skip(1).ToList();
        var scoreColumns = layout.Having(ColumnRole.Score).Select(c => c.Column).ToHashSet();
        return rest.All(c => PrintedFigures.ParseValue(c.Text) is not null) && rest.Any(c => scoreColumns.Contains(c.Column))
            ? TableLayout.Cell(row, cells[0].Column).Text.Trim()
            : null;
    }

    /// <summary>
    /// The text of a section heading: one cell with text (or a merge across at least half the table) and nothing in the
    /// score columns. A lone cell in a text column (an unnumbered action with nothing beside it yet) is an item, not a
    /// heading, unless it is in the numbering column and starts "Priority", "Outcome"...; so is a lone number.
    /// </summary>
    private string? SectionText(TableLayout layout, SourceRow row)
    {
        var cells = row.Cells.Select((cell, i) => (Cell: cell, Column: i + 1)).Where(c => !c.Cell.IsBlank).ToList();
        if (cells.Count == 0 || layout.Having(ColumnRole.Score).Any(c => !TableLayout.Cell(row, c.Column).IsBlank))
            return null;
        var wide = cells.FirstOrDefault(c => c.Cell.Merge == CellMerge.Origin && c.Cell.SpanColumns * 2 >= layout.Table.ColumnCount);
        if (wide.Cell is not null)
            return wide.Cell.Text.Trim();
        if (cells.Count != 1)
            return null;
        var (cell, column) = cells[0];
        var mapped = layout.Columns.Where(c => c.Column == column && c.Role is ColumnRole.Text or ColumnRole.Number).ToList();
        var text = cell.Text.Trim();
        var isItem = mapped.Any(c => (c.Role, c.Mapping.Level) switch
        {
            (ColumnRole.Text, not null) => true,
            (ColumnRole.Text, null) => !HeadingWord().IsMatch(text),
            _ => CellReadings.Number(text) is not null,
        });
        return isItem ? null : text;
    }

    private void ReadSection(TableLayout layout, SourceRow row, string text)
    {
        var place = new SourcePlace(layout.Index, row.Number);
        if (_mapping.SectionRows == SectionRows.Ignore)
        {
            Add(FindingKind.RowSkipped, $"{_where.Of(place)} is a heading row (\"{text}\"), left out as the mapping says.", place);
            _preview.Add(Preview(place, "section", text: text));
            return;
        }
        if (!_mapping.Levels.Contains(ItemLevel.Priority))
        {
            Add(FindingKind.RowSkipped, $"{_where.Of(place)} is a heading row (\"{text}\"); the plan has no priorities, so it was "
                + "left out. Add priorities to the plan's levels to keep headings as priorities.", place);
            _preview.Add(Preview(place, "section", text: text));
            return;
        }
        var (number, title) = CellReadings.SplitLeadingNumber(text);
        StartPriority(number?.Text, title, place);
        _prioritiesFromHeadings = true;
        _preview.Add(Preview(place, "priority", number?.Text, title));
    }

    private PreviewRow Preview(SourcePlace place, string item, string? number = null, string? text = null,
        IReadOnlyList<string>? leads = null, IReadOnlyList<string>? owners = null, string? deadline = null,
        IReadOnlyList<string?>? scores = null) =>
        new(place, item, number, text, leads ?? [], owners ?? [], deadline, scores ?? _draft.Reviews.Select(_ => (string?)null).ToList());

    [GeneratedRegex(@"\b(?:average|mean|total|count|overall)\b|^(?:number|no\.)(?![a-z])|%", RegexOptions.IgnoreCase)]
    private static partial Regex FigureWords();

    [GeneratedRegex(@"^(?:priority|outcome|objective|theme|section|area)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingWord();
}

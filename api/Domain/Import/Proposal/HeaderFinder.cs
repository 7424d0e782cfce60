namespace ActionPlanTracker.Domain.Import;

/// <summary>One column of a found header: its text as printed (header rows joined) and what its words say.</summary>
internal sealed record HeaderColumn(int Column, string Text, HeaderKind Kind)
{
    public string Key => ProposalText.Key(Text);
}

/// <summary>The header of one table: its rows (indexes into <see cref="SourceTable.Rows"/>) and its columns.</summary>
internal sealed record FoundHeader(int Table, int FromIndex, int ToIndex, IReadOnlyList<HeaderColumn> Columns)
{
    public int Matches => Columns.Count(c => c.Kind != HeaderKind.Unknown);

    public HeaderColumn Column(int column) => Columns[column - 1];
}

/// <summary>
/// Finds the header of a table: the first row with several short texts that are header words, below any title rows
/// ("Action plan v3.2", "Date of review: ...") and blank rows, and the row under it when the header is two rows deep (a
/// merged "RAG" over "01/18", "03/18").
/// </summary>
internal static class HeaderFinder
{
    // Real plans put a handful of title rows above the header; a header further down is not this table's.
    private const int RowsSearched = 40;
    private const int LongestSubHeader = 40;

    public static FoundHeader? Find(SourceTable table, int tableIndex)
    {
        for (var index = 0; index < Math.Min(RowsSearched, table.Rows.Count); index++)
        {
            if (!LooksLikeHeader(table.Rows[index]))
                continue;
            var to = HasSubHeader(table, index) ? index + 1 : index;
            return new FoundHeader(tableIndex, index, to, Columns(table, index, to));
        }
        return null;
    }

    /// <summary>The header as it would read from given rows: how a saved mapping's header is found again in a new file.</summary>
    public static FoundHeader At(SourceTable table, int tableIndex, int fromIndex, int toIndex) =>
        new(tableIndex, fromIndex, toIndex, Columns(table, fromIndex, toIndex));

    public static bool LooksLikeHeader(SourceRow row)
    {
        var texts = row.Cells.Where(c => !c.IsBlank).Select(c => c.Text).ToList();
        if (texts.Count < 2)
            return false;
        var matches = texts.Count(t => HeaderWords.Kind(t) != HeaderKind.Unknown);
        return matches >= 2 && matches * 2 >= texts.Count;
    }

    /// <summary>
    /// True when the row under the header continues it: only short texts, each under a merged or blank header cell or
    /// under the start of a group (a CSV has no merges, so "RAG" then blanks over "01/18", "03/18" is a group too).
    /// </summary>
    private static bool HasSubHeader(SourceTable table, int index)
    {
        if (index + 1 >= table.Rows.Count)
            return false;
        var top = table.Rows[index].Cells;
        var under = table.Rows[index + 1].Cells;
        var filled = Enumerable.Range(0, under.Count).Where(c => !under[c].IsBlank).ToList();
        return filled.Count > 0 &&
               filled.All(c => under[c].Text.Length <= LongestSubHeader && !under[c].Text.Contains('\n')) &&
               filled.All(c => IsGroupCell(top, under, c));
    }

    private static bool IsGroupCell(IReadOnlyList<SourceCell> top, IReadOnlyList<SourceCell> under, int c) =>
        top[c] switch
        {
            { Merge: CellMerge.Origin, SpanColumns: > 1 } or { Merge: CellMerge.CoveredFromLeft } => true,
            { IsBlank: true } => GroupStartLeftOf(top, under, c) is not null,
            _ => c + 1 < top.Count && (top[c + 1].IsBlank || top[c + 1].Merge == CellMerge.CoveredFromLeft) &&
                 !under[c + 1].IsBlank,
        };

    /// <summary>In a two-row header with no merges, the filled top cell a blank top cell continues, or null.</summary>
    private static int? GroupStartLeftOf(IReadOnlyList<SourceCell> top, IReadOnlyList<SourceCell> under, int c)
    {
        for (var k = c - 1; k >= 0; k--)
        {
            if (under[k].IsBlank)
                return null;
            if (!top[k].IsBlank)
                return k;
        }
        return null;
    }

    private static IReadOnlyList<HeaderColumn> Columns(SourceTable table, int from, int to) =>
        Enumerable.Range(0, table.ColumnCount).Select(c =>
        {
            var text = HeaderText(table, from, to, c);
            return new HeaderColumn(c + 1, text, HeaderWords.Kind(text));
        }).ToList();

    private static string HeaderText(SourceTable table, int from, int to, int c)
    {
        var parts = new List<string>();
        for (var r = from; r <= to; r++)
        {
            var cells = table.Rows[r].Cells;
            var text = cells[c].Merge == CellMerge.CoveredFromLeft ? OriginLeftOf(cells, c).Text : cells[c].Text;
            if (text.Length == 0 && r == from && to > from && !table.Rows[to].Cells[c].IsBlank &&
                GroupStartLeftOf(cells, table.Rows[to].Cells, c) is { } start)
                text = cells[start].Text;
            var oneLine = string.Join(' ', text.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (oneLine.Length > 0 && !parts.Contains(oneLine))
                parts.Add(oneLine);
        }
        return string.Join(' ', parts);
    }

    private static SourceCell OriginLeftOf(IReadOnlyList<SourceCell> cells, int c)
    {
        for (var k = c - 1; k >= 0; k--)
            if (cells[k].Merge != CellMerge.CoveredFromLeft)
                return cells[k];
        return cells[c];
    }
}

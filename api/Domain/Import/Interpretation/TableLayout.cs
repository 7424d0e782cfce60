using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import.Interpretation;

/// <summary>A mapped column as it sits in one table: the mapping's role, at this table's column number.</summary>
internal sealed record PlacedColumn(ColumnMapping Mapping, int Column)
{
    public ColumnRole Role => Mapping.Role;
}

/// <summary>
/// One chosen table with the mapping's columns found in it. The first table uses the mapping's column numbers; a later
/// table (a Word document's table per priority) finds each column by its header text, ignoring case and spacing, and
/// falls back to the same column number, because the tables of one document are usually laid out alike.
/// </summary>
internal sealed partial class TableLayout
{
    public TableLayout(SourceDocument source, TableChoice choice, IReadOnlyList<ColumnMapping> columns, bool first)
    {
        Index = choice.Table;
        Table = source.Tables[choice.Table];
        Choice = choice;
        HeaderRows = Table.Rows.Where(r => r.Number >= choice.HeaderFrom && r.Number <= choice.HeaderTo).ToList();
        var headers = Enumerable.Range(1, Table.ColumnCount).ToDictionary(c => c, HeaderText);
        Columns = columns
            .Where(c => c.Role != ColumnRole.Ignore)
            .Select(c => new PlacedColumn(c, first ? c.Column : Find(headers, c)))
            .Where(c => c.Column >= 1 && c.Column <= Table.ColumnCount)
            .ToList();
    }

    public int Index { get; }
    public SourceTable Table { get; }
    public TableChoice Choice { get; }
    public IReadOnlyList<SourceRow> HeaderRows { get; }
    public IReadOnlyList<PlacedColumn> Columns { get; }

    /// <summary>The rows below the header.</summary>
    public IEnumerable<SourceRow> DataRows => Table.Rows.Where(r => r.Number > Choice.HeaderTo);

    public IEnumerable<PlacedColumn> Having(ColumnRole role) => Columns.Where(c => c.Role == role);

    public static SourceCell Cell(SourceRow row, int column) =>
        column >= 1 && column <= row.Cells.Count ? row.Cells[column - 1] : SourceCell.Empty;

    /// <summary>Header text compared without case or spacing: "RAG  01/18" and "rag 01/18" are one column.</summary>
    public static string Normal(string text) => Spaces().Replace(text.Trim(), " ").ToLowerInvariant();

    private string HeaderText(int column) =>
        Normal(string.Join(" ", HeaderRows.Select(r => Cell(r, column).Text).Where(t => t.Length > 0)));

    private static int Find(Dictionary<int, string> headers, ColumnMapping column)
    {
        var wanted = Normal(column.Header);
        if (headers.GetValueOrDefault(column.Column) == wanted)
            return column.Column;
        var found = headers.Where(h => wanted.Length > 0 && h.Value == wanted).Select(h => h.Key).FirstOrDefault();
        return found > 0 ? found : column.Column;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

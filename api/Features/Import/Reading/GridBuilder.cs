using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// Collects one table's cells as a reader finds them (sparse, in any order) and makes the dense grid a
/// <see cref="SourceTable"/> holds. The one place the limits on rows, columns and cell length are kept, with messages
/// that point at the cell a person sees.
/// </summary>
public sealed class GridBuilder
{
    private readonly string name;
    private readonly string? heading;
    private readonly RowBudget budget;
    private readonly bool columnLetters;
    private readonly string where;
    private readonly Dictionary<(int Row, int Column), SourceCell> cells = [];
    private readonly List<(int FromRow, int FromColumn, int ToRow, int ToColumn)> merges = [];
    private int rowCount;
    private int columnCount;

    /// <summary>A grid for one sheet or table; columnLetters names columns as Excel does ("column D"), where a Word table's are numbered.</summary>
    /// <summary>For a Word table, the paragraphs above it (see <see cref="SourceTable.TextAbove"/>).</summary>
    public IReadOnlyList<string>? TextAbove { get; init; }

    public GridBuilder(string name, string? heading, RowBudget budget, bool columnLetters = true)
    {
        this.name = name;
        this.heading = heading;
        this.budget = budget;
        this.columnLetters = columnLetters;
        where = new SourceTable(name, heading, 0, []).Where;
    }

    /// <summary>"Sheet 'Plan', row 12, column D".</summary>
    public string Place(int row, int column) =>
        $"{where}, row {row:N0}, column {(columnLetters ? CellReference.Letters(column) : column.ToString("N0"))}";

    /// <summary>
    /// Adds a cell; one with no text, no fill and no formula (only formatted) is not part of the grid. The fill is as
    /// <see cref="Fills.Shown"/> gives it ("#92d050", or null for none or white).
    /// </summary>
    public void Add(int row, int column, string? text, string? fill = null, bool formulaWithoutValue = false, bool isNumber = false, bool isDate = false)
    {
        var clean = CellText.Clean(text);
        var shown = fill;
        if (clean.Length == 0 && shown is null && !formulaWithoutValue) return;
        CheckLimits(row, column);
        if (clean.Length > ReadingLimits.MaxCellLength)
            throw new SourceUnreadableException(
                $"{Place(row, column)} holds {clean.Length:N0} characters, more than the {ReadingLimits.MaxCellLength:N0} a cell can hold. " +
                "Shorten it and upload again.", where, row, column);
        cells[(row, column)] = new SourceCell(clean, shown, FormulaWithoutValue: formulaWithoutValue, IsNumber: isNumber && clean.Length > 0, IsDate: isDate && clean.Length > 0);
        rowCount = Math.Max(rowCount, row);
        columnCount = Math.Max(columnCount, column);
    }

    /// <summary>A merged range; the part of it outside the grid (only formatted, with nothing in it) is left out.</summary>
    public void Merge(int fromRow, int fromColumn, int toRow, int toColumn) =>
        merges.Add((fromRow, fromColumn, toRow, toColumn));

    /// <summary>Makes the grid at least this size: a Word table's rows and columns are its structure, empty or not.</summary>
    public void Extend(int rows, int columns)
    {
        if (rows == 0 || columns == 0) return;
        CheckLimits(rows, columns);
        rowCount = Math.Max(rowCount, rows);
        columnCount = Math.Max(columnCount, columns);
    }

    /// <summary>The table, or null when nothing in it has any content (an empty sheet is left out).</summary>
    public SourceTable? Build()
    {
        if (rowCount == 0) return null;
        budget.Spend(rowCount);
        var grid = new SourceCell[rowCount][];
        for (var r = 0; r < rowCount; r++)
        {
            grid[r] = new SourceCell[columnCount];
            for (var c = 0; c < columnCount; c++)
                grid[r][c] = cells.GetValueOrDefault((r + 1, c + 1), SourceCell.Empty);
        }
        foreach (var merge in merges) ApplyMerge(grid, merge);
        var rows = grid.Select((row, r) => new SourceRow(r + 1, row)).ToList();
        return new SourceTable(name, heading, columnCount, rows, TextAbove);
    }

    private void ApplyMerge(SourceCell[][] grid, (int FromRow, int FromColumn, int ToRow, int ToColumn) merge)
    {
        var toRow = Math.Min(merge.ToRow, rowCount);
        var toColumn = Math.Min(merge.ToColumn, columnCount);
        if (merge.FromRow > toRow || merge.FromColumn > toColumn) return;
        if (merge.FromRow == toRow && merge.FromColumn == toColumn) return;
        for (var r = merge.FromRow; r <= toRow; r++)
        for (var c = merge.FromColumn; c <= toColumn; c++)
        {
            var cell = grid[r - 1][c - 1];
            grid[r - 1][c - 1] = r == merge.FromRow && c == merge.FromColumn
                ? cell with { Merge = CellMerge.Origin, SpanColumns = toColumn - c + 1, SpanRows = toRow - r + 1 }
                // A merge shows only its first cell's value, so whatever else the range held is not what a person sees.
                : new SourceCell("", cell.Fill, r == merge.FromRow ? CellMerge.CoveredFromLeft : CellMerge.CoveredFromAbove);
        }
    }

    private void CheckLimits(int row, int column)
    {
        if (column > ReadingLimits.MaxColumns)
            throw new SourceUnreadableException(
                $"{Place(row, column)}: the table is wider than the {ReadingLimits.MaxColumns:N0} columns the tracker reads. " +
                "Copy the plan's own columns into a new file and upload that.", where, row, column);
        if (row > budget.Remaining)
        {
            var first = budget.Remaining + 1;
            throw new SourceUnreadableException(
                $"{where} goes past the {ReadingLimits.MaxRows:N0} rows the tracker reads from one file " +
                $"(counting every sheet or table in it): row {first:N0} is over the limit. A plan is rarely this long; " +
                "if the file holds other data too, copy the plan alone into a new file and upload that.", where, first);
        }
    }
}

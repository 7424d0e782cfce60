namespace ActionPlanTracker.Domain.Import.Interpretation;

/// <summary>
/// Where a cell is, in the words a person looking at the file uses: "Sheet 'Plan', row 12, column D" for a workbook
/// (Excel's column letters), "Table 2, row 5, column 3" for a Word table or a CSV export, which have no letters.
/// </summary>
internal sealed class SourceWhere(SourceDocument source)
{
    private readonly bool _lettered = source.Format is "xlsx" or "xlsm" or "xls";

    /// <summary>Row 0 is a Word table's heading, the paragraph above it.</summary>
    public string Row(int table, int row) =>
        row == 0 ? $"{source.Tables[table].Where}, its heading" : $"{source.Tables[table].Where}, row {row}";

    public string Cell(int table, int row, int column) => $"{Row(table, row)}, column {ColumnName(column)}";

    public string Of(SourcePlace place) => place.Column == 0 ? Row(place.Table, place.Row) : Cell(place.Table, place.Row, place.Column);

    public string ColumnName(int column) => _lettered ? Places.ColumnLetters(column) : column.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

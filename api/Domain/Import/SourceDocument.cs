namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// What a council's file holds, read cell by cell and nothing interpreted: the tables of a workbook's sheets, of a Word
/// document or of a CSV export, in the order the source has them. The importer's only view of a file, so every source
/// format ends here and the interpretation (Domain/Import) never touches a file library.
/// </summary>
/// <param name="FileName">The name the file was uploaded with ("pasted cells" for a paste).</param>
/// <param name="Format">xlsx, xlsm, xls, docx, csv or tsv (pasted cells).</param>
/// <param name="Tables">Sheets or Word tables in source order; an empty sheet is left out.</param>
/// <param name="Notes">What the reader noticed about the file as a whole, in plain English ("The workbook has macros; they were not run.").</param>
public sealed record SourceDocument(string FileName, string Format, IReadOnlyList<SourceTable> Tables, IReadOnlyList<string> Notes);

/// <summary>
/// One sheet or one Word table: a dense grid of cells. Row and column numbers are those the source shows (Excel's row 12,
/// column D is Row 12, Column 4), so every message can point at the cell a person sees.
/// </summary>
/// <param name="Name">The sheet's name, or "Table 2" for the second table of a Word document.</param>
/// <param name="Heading">For a Word table, the text of the last non-empty paragraph above it (often the priority's heading); null otherwise.</param>
/// <param name="ColumnCount">The width of every row's Cells.</param>
/// <param name="Rows">Rows in order, empty rows included (their cells have empty text), so numbering has no gaps.</param>
/// <param name="TextAbove">For a Word table, every non-empty paragraph between the table before it (or the start of the document) and this table, in order (Heading is the last); null otherwise. The first table's are the document's title lines.</param>
public sealed record SourceTable(string Name, string? Heading, int ColumnCount, IReadOnlyList<SourceRow> Rows, IReadOnlyList<string>? TextAbove = null)
{
    /// <summary>"Sheet 'Plan'" or "Table 2": how a message names where a cell is.</summary>
    public string Where => Name.StartsWith("Table ", StringComparison.Ordinal) ? Name : $"Sheet '{Name}'";
}

/// <param name="Number">The row number the source shows (1-based); for a Word table, its row within the table.</param>
/// <param name="Cells">Exactly <see cref="SourceTable.ColumnCount"/> cells, column 1 first.</param>
public sealed record SourceRow(int Number, IReadOnlyList<SourceCell> Cells);

/// <summary>
/// One cell as the source holds it.
/// </summary>
/// <param name="Text">
/// The text as displayed: line breaks inside a cell (Alt+Enter, several paragraphs in a Word cell) kept as "\n", spaces
/// at the ends trimmed; a number as Excel shows it without thousands separators ("3", "2.8"); a percentage with the
/// places its format shows ("45%"); a date cell as dd/MM/yyyy (the UK default the deadline reader takes), except a date
/// whose format shows no day ("mmm-yy") as "Mar 2018" and a year alone as "2018", so no day is made up for a month; a
/// time as "HH:mm"; TRUE/FALSE; an error value as written ("#N/A"); a formula's cached value. Empty for an empty cell and
/// for a cell covered by a merge.
/// </param>
/// <param name="Fill">The cell's solid fill as lower-case "#rrggbb" (theme and indexed colours resolved), null for no fill or white.</param>
/// <param name="Merge">Whether the cell starts a merged range, or is covered by one (from the left or from above).</param>
/// <param name="SpanColumns">For a merge origin: how many columns the range covers (1 otherwise).</param>
/// <param name="SpanRows">For a merge origin: how many rows the range covers (1 otherwise).</param>
/// <param name="FormulaWithoutValue">True when the cell holds a formula that was never calculated (no cached value): its Text is empty.</param>
/// <param name="IsNumber">True when the source stored a number (not text that looks like one) shown as a number or a percentage; false for a date or time, which Excel also stores as a number, and for everything in a CSV or Word table.</param>
/// <param name="IsDate">True when the source stored a date (a workbook's date cell), so its Text names the day exactly: "01/09/2018" is 1 September, never a choice between readings.</param>
public sealed record SourceCell(
    string Text,
    string? Fill = null,
    CellMerge Merge = CellMerge.None,
    int SpanColumns = 1,
    int SpanRows = 1,
    bool FormulaWithoutValue = false,
    bool IsNumber = false,
    bool IsDate = false)
{
    public static readonly SourceCell Empty = new("");

    public bool IsBlank => Text.Length == 0;
}

public enum CellMerge
{
    None,
    /// <summary>The top-left cell of a merged range: it carries the range's text.</summary>
    Origin,
    /// <summary>Covered by a merge whose origin is in the same row, to the left.</summary>
    CoveredFromLeft,
    /// <summary>Covered by a merge whose origin is in a row above (a cell merged down several rows).</summary>
    CoveredFromAbove,
}

/// <summary>
/// A file the tracker cannot read, with where (sheet or table, row, column) when the fault is in one place. Becomes a 400
/// problem naming the file field; nothing is written.
/// </summary>
public sealed class SourceUnreadableException(string message, string? where = null, int? row = null, int? column = null)
    : Exception(message)
{
    public string? Where { get; } = where;
    public int? Row { get; } = row;
    public int? Column { get; } = column;
}

/// <summary>The limits every reader keeps, so a hostile or mistaken file costs its sender, not the server.</summary>
public static class ReadingLimits
{
    /// <summary>Largest upload accepted (also the request body limit of the upload endpoints).</summary>
    public const int MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>Largest total of the uncompressed parts of an Office file (zip bomb guard).</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>Most rows read from all tables together; a plan with more is not a plan but a data dump.</summary>
    public const int MaxRows = 20_000;

    /// <summary>Most columns in one table.</summary>
    public const int MaxColumns = 200;

    /// <summary>Longest text of one cell kept.</summary>
    public const int MaxCellLength = 32_767;
}

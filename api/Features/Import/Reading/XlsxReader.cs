using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// Reads an .xlsx or .xlsm workbook with the Open XML SDK: every sheet in workbook order, cell text as Excel shows it,
/// solid fills, merged ranges. Sheets are read as a stream of elements (not loaded whole), so a 2,000-row sheet costs
/// milliseconds. Nothing in the workbook is run: macros and formulas are never evaluated, only their saved values read.
/// </summary>
public static class XlsxReader
{
    public static SourceDocument Read(string fileName, Stream content, RowBudget budget)
    {
        using var document = SpreadsheetDocument.Open(content, false);
        var workbookPart = document.WorkbookPart ?? throw Damaged();
        var notes = new List<string>();
        var macros = document.DocumentType == SpreadsheetDocumentType.MacroEnabledWorkbook
                     || document.DocumentType == SpreadsheetDocumentType.MacroEnabledTemplate;
        if (macros) notes.Add("The workbook has macros; they were not run.");

        var context = new SheetContext(
            SharedStrings(workbookPart), XlsxStyles.Read(workbookPart),
            workbookPart.Workbook?.WorkbookProperties?.Date1904?.Value == true);
        var tables = new List<SourceTable>();
        foreach (var sheet in workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            var name = sheet.Name?.Value ?? $"Sheet {tables.Count + 1}";
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                notes.Add($"Sheet '{name}' is a chart or dialog sheet; it holds no cells to read.");
                continue;
            }
            if (sheet.State?.Value is { } state && state != SheetStateValues.Visible)
                notes.Add($"Sheet '{name}' is hidden in the workbook; it was read all the same.");
            var table = ReadSheet(name, part, context, budget, notes);
            if (table is not null) tables.Add(table);
        }
        if (context.FormulasWithoutValue.Count > 0) notes.Add(FormulaNote(context.FormulasWithoutValue));
        return new SourceDocument(fileName, macros ? "xlsm" : "xlsx", tables, notes);
    }

    private sealed record SheetContext(IReadOnlyList<string> Strings, XlsxStyles Styles, bool Date1904)
    {
        public List<string> FormulasWithoutValue { get; } = [];
    }

    private static SourceTable? ReadSheet(string name, WorksheetPart part, SheetContext context, RowBudget budget, List<string> notes)
    {
        var grid = new GridBuilder(name, null, budget);
        var conditional = false;
        int row = 0, column = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement) continue;
            if (reader.ElementType == typeof(Row))
            {
                row = RowNumber(reader) ?? row + 1;
                column = 0;
            }
            else if (reader.ElementType == typeof(Cell))
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var at = CellReference.Parse(cell.CellReference?.Value) ?? (row, column + 1);
                column = at.Column;
                AddCell(grid, at.Row, at.Column, cell, context);
            }
            else if (reader.ElementType == typeof(MergeCell))
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                if (CellReference.ParseRange(merge.Reference?.Value) is { } range)
                    grid.Merge(range.FromRow, range.FromColumn, range.ToRow, range.ToColumn);
            }
            else if (reader.ElementType == typeof(ConditionalFormatting))
            {
                conditional = true;
                reader.Skip();
            }
        }
        var table = grid.Build();
        if (table is not null && conditional)
            notes.Add($"Sheet '{name}' colours some cells by conditional formatting; those colours were not read (the cells' values were).");
        return table;
    }

    private static int? RowNumber(OpenXmlReader reader)
    {
        foreach (var attribute in reader.Attributes)
            if (attribute.LocalName == "r" && int.TryParse(attribute.Value, out var number) && number > 0) return number;
        return null;
    }

    private static void AddCell(GridBuilder grid, int row, int column, Cell cell, SheetContext context)
    {
        var style = cell.StyleIndex?.Value ?? 0;
        var fill = context.Styles.FillOf(style);
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value ?? CellValues.Number;
        if (type == CellValues.InlineString)
        {
            grid.Add(row, column, cell.InlineString is { } inline ? XlsxText.Of(inline) : value, fill);
            return;
        }
        if (value is null)
        {
            var formula = cell.CellFormula is not null;
            if (formula) context.FormulasWithoutValue.Add(grid.Place(row, column));
            grid.Add(row, column, "", fill, formulaWithoutValue: formula);
            return;
        }
        if (type == CellValues.SharedString)
            grid.Add(row, column, int.TryParse(value, out var index) && index >= 0 && index < context.Strings.Count ? context.Strings[index] : value, fill);
        else if (type == CellValues.Boolean) grid.Add(row, column, value is "1" or "true" ? "TRUE" : "FALSE", fill);
        else if (type == CellValues.String) grid.Add(row, column, XlsxText.Unescape(value), fill);
        else if (type == CellValues.Error) grid.Add(row, column, value, fill);
        else if (type == CellValues.Date) grid.Add(row, column, IsoDate(value, context.Styles.FormatOf(style)), fill);
        else AddNumber(grid, row, column, value, fill, context.Styles.FormatOf(style), context.Date1904);
    }

    private static void AddNumber(GridBuilder grid, int row, int column, string value, string? fill, NumberFormat format, bool date1904)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            grid.Add(row, column, value, fill);
            return;
        }
        var plain = format.Shape is NumberShape.General or NumberShape.Percent;
        grid.Add(row, column, format.Show(number, date1904), fill, isNumber: plain);
    }

    /// <summary>A cell stored as an ISO 8601 date (t="d", rare outside Strict workbooks), shown as its format shows a date.</summary>
    private static string IsoDate(string value, NumberFormat format)
    {
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return value;
        return (format.Shape is NumberShape.General or NumberShape.Percent ? new NumberFormat(NumberShape.Date) : format).ShowDate(date);
    }

    private static IReadOnlyList<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part) return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem))
                strings.Add(XlsxText.Of((SharedStringItem)reader.LoadCurrentElement()!));
        return strings;
    }

    private static string FormulaNote(List<string> places) =>
        places.Count == 1
            ? $"1 cell holds a formula that was never calculated, so it has no value to read ({places[0]}). Open the workbook in Excel, let it calculate, save it and upload again if that cell matters."
            : $"{places.Count:N0} cells hold formulas that were never calculated, so they have no value to read (the first is {places[0]}). Open the workbook in Excel, let it calculate, save it and upload again if those cells matter.";

    public static SourceUnreadableException Damaged() =>
        new("The file looks like an Excel workbook but could not be opened; it may be damaged. Open it in Excel, save it again and upload the new copy.");
}

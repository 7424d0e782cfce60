using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// Reads an .xlsx or .xlsm workbook: the Open XML SDK opens the package and reads the workbook, styles and theme; each
/// sheet's cells are streamed (<see cref="XlsxSheet"/>), so a 2,000-row sheet costs a fraction of a second. Nothing in
/// the workbook is run: macros and formulas are never evaluated, only their saved values read.
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

        var context = new WorkbookContext(
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
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            var table = XlsxSheet.Read(name, stream, context, budget, out var conditional);
            if (table is null) continue;
            tables.Add(table);
            if (conditional)
                notes.Add($"Sheet '{name}' colours some cells by conditional formatting; those colours were not read (the cells' values were).");
        }
        if (context.FormulasWithoutValue.Count > 0) notes.Add(FormulaNote(context.FormulasWithoutValue));
        return new SourceDocument(fileName, macros ? "xlsm" : "xlsx", tables, notes);
    }

    private static IReadOnlyList<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part) return strings;
        using var xml = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), XlsxSheet.Settings);
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si") strings.Add(XlsxText.Read(xml));
            else xml.Read();
        }
        return strings;
    }

    private static string FormulaNote(List<string> places) =>
        places.Count == 1
            ? $"1 cell holds a formula that was never calculated, so it has no value to read ({places[0]}). Open the workbook in Excel, let it calculate, save it and upload again if that cell matters."
            : $"{places.Count:N0} cells hold formulas that were never calculated, so they have no value to read (the first is {places[0]}). Open the workbook in Excel, let it calculate, save it and upload again if those cells matter.";

    public static SourceUnreadableException Damaged() =>
        new("The file looks like an Excel workbook but could not be opened; it may be damaged. Open it in Excel, save it again and upload the new copy.");
}

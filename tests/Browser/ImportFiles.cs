using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Small plan files for the import pages' browser tests, built in code: a CSV as a council exports it, and a one-sheet
/// workbook written with the Open XML SDK (title row, header, rows; a cell may carry only a fill, as a colour-only RAG
/// does). Each carries a marker so no two tests upload the same file (the tracker treats a repeated file as done).
/// </summary>
public static class ImportFiles
{
    public static byte[] Csv(params string[][] rows) =>
        Encoding.UTF8.GetBytes(string.Join("\r\n", rows.Select(r => string.Join(",", r.Select(Quote)))) + "\r\n");

    private static string Quote(string cell) =>
        cell.Contains(',') || cell.Contains('"') || cell.Contains('\n') ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;

    /// <summary>One cell of a workbook: its text, and optionally a solid fill ("92D050").</summary>
    public sealed record Cell(string Text, string? Fill = null)
    {
        public static implicit operator Cell(string text) => new(text);
    }

    /// <summary>A workbook with one sheet named <paramref name="sheetName"/>; rows from row 1, cells from column A.</summary>
    public static byte[] Workbook(string sheetName, params Cell[][] rows)
    {
        var fills = rows.SelectMany(r => r).Select(c => c.Fill).OfType<string>().Distinct().ToList();
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Stylesheet(fills);
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var cell = rows[r][c];
                    var xml = new DocumentFormat.OpenXml.Spreadsheet.Cell { CellReference = $"{(char)('A' + c)}{r + 1}" };
                    if (cell.Text.Length > 0)
                    {
                        xml.DataType = CellValues.InlineString;
                        xml.InlineString = new InlineString(new Text(cell.Text));
                    }
                    // Style 0 is the default; each fill has its own cell format after it.
                    if (cell.Fill is not null) xml.StyleIndex = (uint)(fills.IndexOf(cell.Fill) + 1);
                    row.Append(xml);
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Stylesheet Stylesheet(IReadOnlyList<string> fills)
    {
        // Excel reserves fills 0 (none) and 1 (gray125); solid fills start at 2.
        var fillList = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        foreach (var fill in fills)
            fillList.Append(new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + fill }) { PatternType = PatternValues.Solid }));
        var formats = new CellFormats(new CellFormat());
        for (var i = 0; i < fills.Count; i++) formats.Append(new CellFormat { FillId = (uint)(i + 2), ApplyFill = true });
        return new Stylesheet(
            new Fonts(new Font()),
            fillList,
            new Borders(new Border()),
            new CellStyleFormats(new CellFormat()),
            formats);
    }
}

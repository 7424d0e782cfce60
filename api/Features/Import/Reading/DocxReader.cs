using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>
/// Reads the tables of a .docx with the Open XML SDK: every top-level table in body order ("Table 1", "Table 2"...), each
/// with the paragraph above it as its heading, because councils often put one priority per table with its title above.
/// </summary>
public static class DocxReader
{
    public static SourceDocument Read(string fileName, Stream content, RowBudget budget)
    {
        using var document = WordprocessingDocument.Open(content, false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw Damaged();
        var notes = new List<string>();
        if (document.DocumentType == WordprocessingDocumentType.MacroEnabledDocument
            || document.DocumentType == WordprocessingDocumentType.MacroEnabledTemplate)
            notes.Add("The document has macros; they were not run.");

        var tables = new List<SourceTable>();
        var nested = new List<string>();
        var above = new List<string>();
        foreach (var block in Blocks<OpenXmlElement>(body, element => element is Paragraph or Table))
        {
            if (block is Paragraph paragraph)
            {
                var text = CellText.Clean(TextOf(paragraph));
                if (text.Length > 0) above.Add(text);
                continue;
            }
            var table = ReadTable($"Table {tables.Count + 1}", above.ToList(), (Table)block, budget, nested);
            if (table is not null) tables.Add(table);
            above.Clear();
        }
        if (tables.Count == 0)
            throw new SourceUnreadableException(
                "The Word document has no tables. The tracker reads a plan from a table (one row per recommendation, action or " +
                "success measure); put the plan in a table, or upload the workbook it came from.");
        if (nested.Count > 0) notes.Add(NestedNote(nested));
        return new SourceDocument(fileName, "docx", tables, notes);
    }

    /// <summary>A cell merged down from the row above it continues the merge that started there.</summary>
    private sealed class VerticalMerge(int row, int column, int span)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public int Span { get; } = span;
        public int LastRow { get; set; } = row;
    }

    private static SourceTable? ReadTable(string name, List<string> paragraphs, Table table, RowBudget budget, List<string> nested)
    {
        var grid = new GridBuilder(name, paragraphs.LastOrDefault(), budget, columnLetters: false) { TextAbove = paragraphs };
        var open = new Dictionary<int, VerticalMerge>();
        var rowNumber = 0;
        var widest = 0;
        foreach (var row in Blocks<TableRow>(table, element => element is TableRow))
        {
            rowNumber++;
            var column = 1 + (row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
            foreach (var cell in Blocks<TableCell>(row, element => element is TableCell))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var fill = Fills.Shown(properties?.Shading?.Fill?.Value);
                var merge = properties?.VerticalMerge;
                if (merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue)
                    && open.TryGetValue(column, out var above))
                {
                    above.LastRow = rowNumber;
                    grid.Add(rowNumber, column, "", fill);
                }
                else
                {
                    Close(grid, open, column);
                    grid.Add(rowNumber, column, CellTextOf(cell, grid.Place(rowNumber, column), nested), fill);
                    if (merge?.Val?.Value == MergedCellValues.Restart) open[column] = new VerticalMerge(rowNumber, column, span);
                    else if (span > 1) grid.Merge(rowNumber, column, rowNumber, column + span - 1);
                }
                column += span;
            }
            widest = Math.Max(widest, column - 1);
            grid.Extend(rowNumber, widest);
        }
        foreach (var key in open.Keys.ToList()) Close(grid, open, key);
        return grid.Build();
    }

    private static void Close(GridBuilder grid, Dictionary<int, VerticalMerge> open, int column)
    {
        if (!open.Remove(column, out var merge)) return;
        grid.Merge(merge.Row, merge.Column, merge.LastRow, merge.Column + merge.Span - 1);
    }

    /// <summary>A cell's paragraphs, one to a line; a table inside the cell is read into the text, a row to a line and its cells apart by tabs.</summary>
    private static string CellTextOf(TableCell cell, string place, List<string> nested)
    {
        var lines = new List<string>();
        foreach (var block in Blocks<OpenXmlElement>(cell, element => element is Paragraph or Table))
        {
            if (block is Paragraph paragraph) lines.Add(TextOf(paragraph));
            else
            {
                nested.Add(place);
                lines.AddRange(Blocks<TableRow>(block, element => element is TableRow)
                    .Select(row => string.Join("\t", Blocks<TableCell>(row, element => element is TableCell)
                        .Select(inner => CellTextOf(inner, place, []).Replace('\n', ' ')))));
            }
        }
        return string.Join("\n", lines);
    }

    /// <summary>What a paragraph shows: its text runs, tabs and line breaks; deleted text and field codes are not shown, so not read.</summary>
    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text run: text.Append(run.Text); break;
                case TabChar: text.Append('\t'); break;
                case Break or CarriageReturn: text.Append('\n'); break;
                case NoBreakHyphen: text.Append('-'); break;
            }
        }
        return text.ToString();
    }

    /// <summary>The children a container holds directly, looking through content controls and custom XML, which only wrap them.</summary>
    private static IEnumerable<T> Blocks<T>(OpenXmlElement container, Func<OpenXmlElement, bool> wanted) where T : OpenXmlElement
    {
        foreach (var child in container.ChildElements)
        {
            if (wanted(child)) yield return (T)child;
            else if (child is SdtElement or CustomXmlElement || child.LocalName == "sdtContent")
                foreach (var inner in Blocks<T>(child, wanted)) yield return inner;
        }
    }

    private static string NestedNote(List<string> places) =>
        places.Count == 1
            ? $"{places[0]} holds a table of its own; its cells were read into that cell's text, a row to a line."
            : $"{places.Count} cells hold tables of their own (the first is {places[0]}); their cells were read into the cell's text, a row to a line.";

    public static SourceUnreadableException Damaged() =>
        new("The file looks like a Word document but could not be opened; it may be damaged. Open it in Word, save it again and upload the new copy.");
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Tests.Import.Returns;

/// <summary>
/// A downloaded return opened with the Open XML SDK, as a person filling it in would change it: read a row by its
/// reference, type into a cell by its column's header, add a row, save. Cells are written as inline text, as Excel does
/// for typed text it keeps as text.
/// </summary>
public sealed class ReturnWorkbookFile : IDisposable
{
    private readonly MemoryStream stream = new();
    private readonly SpreadsheetDocument document;
    private readonly SheetData data;
    private readonly Dictionary<string, string> columns = new(StringComparer.OrdinalIgnoreCase);

    public const uint HeaderRow = 6;

    public ReturnWorkbookFile(byte[] bytes)
    {
        stream.Write(bytes);
        stream.Position = 0;
        document = SpreadsheetDocument.Open(stream, true);
        Sheet = Part("Return").Worksheet;
        data = Sheet.GetFirstChild<SheetData>()!;
        foreach (var cell in Row(HeaderRow).Elements<Cell>())
            columns[Text(cell)] = Letters(cell.CellReference!);
    }

    public Worksheet Sheet { get; }

    public WorkbookPart Workbook => document.WorkbookPart!;

    public WorksheetPart Part(string name)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)Workbook.GetPartById(sheet.Id!);
    }

    public IReadOnlyDictionary<string, string> Columns => columns;

    /// <summary>Item rows below the header, by their Reference cell.</summary>
    public IReadOnlyList<uint> ItemRows => data.Elements<Row>().Where(r => r.RowIndex! > HeaderRow).Select(r => r.RowIndex!.Value).ToList();

    public uint RowOf(string reference) => ItemRows.Single(r => Get(r, "Reference") == reference);

    public string Get(uint row, string header) =>
        Row(row).Elements<Cell>().FirstOrDefault(c => c.CellReference == columns[header] + row) is { } cell ? Text(cell) : "";

    public void Set(uint row, string header, string text)
    {
        var reference = columns[header] + row;
        var target = Row(row);
        var cell = target.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        // The tracker's reader finds cells by their reference, so a new cell may go at the row's end.
        if (cell is null) target.Append(cell = new Cell { CellReference = reference });
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new Text(text));
    }

    /// <summary>A new row after the last, with text under the given headers.</summary>
    public uint AddRow(params (string Header, string Text)[] cells)
    {
        var index = ItemRows.Max() + 1;
        data.Append(new Row { RowIndex = index });
        foreach (var (header, text) in cells) Set(index, header, text);
        return index;
    }

    public byte[] Save()
    {
        document.Save();
        document.Dispose();
        return stream.ToArray();
    }

    public string Text(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.SharedString)
            return Workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText;
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString!.InnerText;
        return cell.CellValue?.Text ?? "";
    }

    private Row Row(uint index) => data.Elements<Row>().Single(r => r.RowIndex! == index);

    private static string Letters(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());

    public void Dispose() => document.Dispose();
}

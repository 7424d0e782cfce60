using System.Globalization;
using System.Xml;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Features.Import.Reading;

/// <summary>What every sheet of one workbook shares: its strings, its styles and its date system, and the formulas found without values.</summary>
public sealed record WorkbookContext(IReadOnlyList<string> Strings, XlsxStyles Styles, bool Date1904)
{
    public List<string> FormulasWithoutValue { get; } = [];
}

/// <summary>
/// One worksheet's cells and merged ranges, read from its XML with a plain forward-only XmlReader: the SDK's element
/// objects cost several times more per cell, and a sheet is only rows of cells. Element names are matched without
/// their namespace, so Strict Open XML workbooks read the same.
/// </summary>
public static class XlsxSheet
{
    public static SourceTable? Read(string name, Stream part, WorkbookContext context, RowBudget budget, out bool conditionalFormatting)
    {
        var grid = new GridBuilder(name, null, budget);
        conditionalFormatting = false;
        int row = 0, column = 0;
        using var xml = XmlReader.Create(part, Settings);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            switch (xml.LocalName)
            {
                case "row":
                    row = Number(xml.GetAttribute("r")) ?? row + 1;
                    column = 0;
                    break;
                case "c":
                    var at = CellReference.Parse(xml.GetAttribute("r")) ?? (row, column + 1);
                    column = at.Column;
                    ReadCell(xml, grid, at.Row, at.Column, context);
                    break;
                case "mergeCell":
                    if (CellReference.ParseRange(xml.GetAttribute("ref")) is { } range)
                        grid.Merge(range.FromRow, range.FromColumn, range.ToRow, range.ToColumn);
                    break;
                case "conditionalFormatting":
                    conditionalFormatting = true;
                    break;
            }
        }
        return grid.Build();
    }

    public static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    private static void ReadCell(XmlReader xml, GridBuilder grid, int row, int column, WorkbookContext context)
    {
        var style = (uint)(Number(xml.GetAttribute("s")) ?? 0);
        var type = xml.GetAttribute("t") ?? "n";
        string? value = null, inline = null;
        var formula = false;
        if (!xml.IsEmptyElement)
        {
            var depth = xml.Depth;
            xml.Read();
            while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType != XmlNodeType.Element) { if (!xml.Read()) break; }
                else if (xml.LocalName == "v") value = xml.ReadElementContentAsString();
                else if (xml.LocalName == "is") inline = XlsxText.Read(xml);
                else
                {
                    formula |= xml.LocalName == "f";
                    xml.Skip();
                }
            }
        }
        Add(grid, row, column, style, type, value, inline, formula, context);
    }

    private static void Add(GridBuilder grid, int row, int column, uint style, string type, string? value, string? inline, bool formula, WorkbookContext context)
    {
        var fill = context.Styles.FillOf(style);
        if (type == "inlineStr")
        {
            grid.Add(row, column, inline ?? value, fill);
            return;
        }
        if (value is null)
        {
            if (formula) context.FormulasWithoutValue.Add(grid.Place(row, column));
            grid.Add(row, column, "", fill, formulaWithoutValue: formula);
            return;
        }
        switch (type)
        {
            case "s":
                grid.Add(row, column, Number(value) is { } index && index < context.Strings.Count ? context.Strings[index] : value, fill);
                break;
            case "b":
                grid.Add(row, column, value.Trim() is "1" or "true" ? "TRUE" : "FALSE", fill);
                break;
            case "str":
                grid.Add(row, column, XlsxText.Unescape(value), fill);
                break;
            case "e":
                grid.Add(row, column, value, fill);
                break;
            case "d":
                grid.Add(row, column, IsoDate(value, context.Styles.FormatOf(style)), fill, isDate: true);
                break;
            default:
                AddNumber(grid, row, column, value, fill, context.Styles.FormatOf(style), context.Date1904);
                break;
        }
    }

    private static void AddNumber(GridBuilder grid, int row, int column, string value, string? fill, NumberFormat format, bool date1904)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            grid.Add(row, column, value, fill);
            return;
        }
        grid.Add(row, column, format.Show(number, date1904), fill, isNumber: format.Shape is NumberShape.General or NumberShape.Percent,
            isDate: format.Shape is NumberShape.Date or NumberShape.MonthAndYear or NumberShape.Year);
    }

    /// <summary>A cell stored as an ISO 8601 date (t="d", rare outside Strict workbooks), shown as its format shows a date.</summary>
    private static string IsoDate(string value, NumberFormat format)
    {
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return value;
        return (format.Shape is NumberShape.General or NumberShape.Percent ? new NumberFormat(NumberShape.Date) : format).ShowDate(date);
    }

    private static int? Number(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}

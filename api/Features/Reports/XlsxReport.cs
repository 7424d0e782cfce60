using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Features.Reports;

/// <summary>
/// The Excel download, written with the Open XML SDK. Sheet "Action plan": one row per scored item
/// (<see cref="ReportGrid"/>), a column per review whose cells say the level ("3 Green") and are filled with its colour,
/// deadlines as written beside a real date cell, a frozen header row and an auto-filter over the table.
/// Sheet "Summary": the report's sentences and figures.
/// </summary>
public static class XlsxReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string GridSheet = "Action plan";
    public const string SummarySheet = "Summary";

    // Cell formats in the styles part, by index: the default, the bold header, a date, then one per level of the scale.
    private const uint HeaderStyle = 1, DateStyle = 2, TitleStyle = 3, FirstLevelStyle = 4;
    private const uint DateFormatId = 164; // the first id free for custom number formats

    public static byte[] Write(ReportResponse report)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = $"{report.Plan.Title}: scrutiny report";
            document.PackageProperties.Creator = DocxReport.Creator;

            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var levels = report.Summary.LevelCounts;
            var levelStyles = levels.Select((l, i) => (l.Value, Style: FirstLevelStyle + (uint)i)).ToDictionary(x => x.Value, x => x.Style);
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles(levels);
            var strings = new SharedStrings();

            var grid = workbook.AddNewPart<WorksheetPart>();
            var columns = ReportGrid.Columns(report);
            var rows = ReportGrid.Rows(report);
            grid.Worksheet = GridWorksheet(columns, rows, strings, levelStyles);

            var summary = workbook.AddNewPart<WorksheetPart>();
            summary.Worksheet = SummaryWorksheet(report, strings, levelStyles);

            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
            workbook.Workbook.Append(
                new Sheets(
                    new Sheet { Id = workbook.GetIdOfPart(grid), SheetId = 1, Name = GridSheet },
                    new Sheet { Id = workbook.GetIdOfPart(summary), SheetId = 2, Name = SummarySheet }),
                // Excel keeps an auto-filter's range in this hidden name as well as on the sheet.
                new DefinedNames(new DefinedName($"'{GridSheet}'!{Absolute(FilterRange(columns.Count, rows.Count))}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
                }));
        }
        return stream.ToArray();
    }

    /// <summary>"A1:X2001": the header row and every item row.</summary>
    public static string FilterRange(int columns, int rows) => $"A1:{ColumnName(columns - 1)}{rows + 1}";

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static Worksheet GridWorksheet(IReadOnlyList<ReportColumn> columns, IReadOnlyList<ReportRow> rows, SharedStrings strings,
        IReadOnlyDictionary<int, uint> levelStyles)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < columns.Count; c++) header.Append(strings.Cell(Reference(c, 1), columns[c].Header, HeaderStyle));
        data.Append(header);

        for (var r = 0; r < rows.Count; r++)
        {
            var index = (uint)r + 2;
            var row = new Row { RowIndex = index };
            for (var c = 0; c < columns.Count; c++)
            {
                var reference = Reference(c, index);
                switch (columns[c].Value(rows[r]))
                {
                    case DateOnly date:
                        row.Append(new Cell
                        {
                            CellReference = reference, StyleIndex = DateStyle,
                            CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
                        });
                        break;
                    case ReportScore score:
                        row.Append(strings.Cell(reference, score.Text,
                            score.Level is { } level && levelStyles.TryGetValue(level.Value, out var style) ? style : 0));
                        break;
                    case string { Length: > 0 } text:
                        row.Append(strings.Cell(reference, text, 0));
                        break;
                }
            }
            data.Append(row);
        }

        return new Worksheet(
            new SheetViews(new SheetView(
                // The header row stays in view while scrolling through two thousand items.
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }),
            new Columns(columns.Select((column, i) => new Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = column.Width, CustomWidth = true,
            })),
            data,
            new AutoFilter { Reference = FilterRange(columns.Count, rows.Count) });
    }

    private static Worksheet SummaryWorksheet(ReportResponse report, SharedStrings strings, IReadOnlyDictionary<int, uint> levelStyles)
    {
        var data = new SheetData();
        uint index = 0;
        void Line(params (string? Text, uint Style)[] cells)
        {
            index++;
            var row = new Row { RowIndex = index };
            for (var c = 0; c < cells.Length; c++)
                if (!string.IsNullOrEmpty(cells[c].Text)) row.Append(strings.Cell(Reference(c, index), cells[c].Text!, cells[c].Style));
            data.Append(row);
        }
        Cell Number(int column, double? value) => new()
        {
            CellReference = Reference(column, index), CellValue = value is { } v ? new CellValue(v.ToString(CultureInfo.InvariantCulture)) : null,
        };

        Line(($"{report.Plan.Title}: scrutiny report", TitleStyle));
        Line((report.Footer, 0));
        Line();
        foreach (var sentence in report.Summary.Sentences) Line((sentence, 0));
        Line();
        Line(("Level", HeaderStyle), ($"{Capitalised(report.Plan.ItemNounPlural)} at this level", HeaderStyle));
        foreach (var level in report.Summary.LevelCounts)
        {
            Line(($"{level.Value} {level.Label}", levelStyles[level.Value]));
            data.Elements<Row>().Last().Append(Number(1, level.Count));
        }
        Line(("No score", 0));
        data.Elements<Row>().Last().Append(Number(1, report.Summary.NoScoreCount));
        Line();
        Line(("Direction of travel", HeaderStyle), ($"{Capitalised(report.Plan.ItemNounPlural)}", HeaderStyle));
        var d = report.Summary.DirectionCounts;
        foreach (var (word, count) in d.Rows(report.Plan.HigherIsBetter))
        {
            Line((word, 0));
            data.Elements<Row>().Last().Append(Number(1, count));
        }
        Line();
        Line(("Average", HeaderStyle), ("Previous review", HeaderStyle), ("This review", HeaderStyle), ("Direction of travel", HeaderStyle));
        void Average(string name, double? previous, double? current, string direction)
        {
            Line((name, 0));
            var row = data.Elements<Row>().Last();
            row.Append(Number(1, previous), Number(2, current));
            row.Append(strings.Cell(Reference(3, index), direction, 0));
        }
        Average("Whole plan (over items)", report.Summary.Overall.Previous, report.Summary.Overall.Current, report.Summary.Overall.DirectionText);
        if (report.Summary.OverPriorities is { } op) Average("Whole plan (over priorities)", op.Previous, op.Current, op.DirectionText);
        foreach (var p in report.Priorities)
            Average(string.IsNullOrEmpty(p.Number) ? p.Title : $"Priority {p.Number}: {p.Title}", p.Previous, p.Current, p.DirectionText);
        Line();
        Line((report.Summary.AverageMethod, 0));

        return new Worksheet(
            new Columns(new Column { Min = 1, Max = 1, Width = 60, CustomWidth = true }, new Column { Min = 2, Max = 4, Width = 20, CustomWidth = true }),
            data);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(r => "$" + string.Concat(r.TakeWhile(char.IsLetter)) + "$" + string.Concat(r.SkipWhile(char.IsLetter))));

    private static Stylesheet Styles(IReadOnlyList<ReportLevelCount> levels)
    {
        static Font Font(bool bold = false, string? colour = null, double size = 11)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            font.Append(new FontSize { Val = size });
            if (colour is not null) font.Append(new Color { Rgb = Argb(colour) });
            font.Append(new FontName { Val = "Calibri" });
            return font;
        }

        // Fonts: 0 normal, 1 bold, 2 bold title, then near-black and white for text on level colours (AA contrast, Contrast.TextColourOn).
        var fonts = new Fonts(Font(), Font(bold: true), Font(bold: true, size: 14), Font(colour: Domain.Contrast.Black), Font(colour: Domain.Contrast.White));
        // Fills 0 and 1 are reserved by the format (none, gray125); then one solid fill per level.
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        // A level the plan gives no colour gets no fill: the cell carries its number and label alone.
        foreach (var level in levels)
            fills.Append(level.Colour is null
                ? new Fill(new PatternFill { PatternType = PatternValues.None })
                : new Fill(new PatternFill(new ForegroundColor { Rgb = Argb(level.Colour) }, new BackgroundColor { Indexed = 64 })
                {
                    PatternType = PatternValues.Solid,
                }));

        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, NumberFormatId = DateFormatId, ApplyNumberFormat = true },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true });
        for (var i = 0; i < levels.Count; i++)
            formats.Append(new CellFormat
            {
                FontId = levels[i].TextColour == Domain.Contrast.White ? 4u : 3u, FillId = 2 + (uint)i, BorderId = 0, FormatId = 0,
                ApplyFill = true, ApplyFont = true,
            });

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }),
            fonts, fills,
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    /// <summary>"#92d050" → "FF92D050", the ARGB form spreadsheets store.</summary>
    public static string Argb(string colour) => "FF" + colour.TrimStart('#').ToUpperInvariant();

    /// <summary>Each distinct text once in the shared-string table; cells refer to it by index.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
        public SharedStringTable Table { get; } = new();

        public Cell Cell(string reference, string text, uint style)
        {
            if (!indexes.TryGetValue(text, out var index))
            {
                index = indexes.Count;
                indexes[text] = index;
                // Preserve spaces: an update may start or end with one, and Excel would drop it otherwise.
                Table.AppendChild(new SharedStringItem(new Text(DocxReport.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
            }
            var cell = new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index) };
            if (style != 0) cell.StyleIndex = style;
            return cell;
        }
    }
}

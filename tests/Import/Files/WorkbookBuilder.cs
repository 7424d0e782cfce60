using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;

namespace ActionPlanTracker.Tests.Import.Files;

/// <summary>
/// Builds an .xlsx (or .xlsm) in code, shaped as councils' plans are: title rows, merged cells, fills by RGB, theme or
/// palette, number formats and dates, formulas with or without cached values, hidden sheets.
/// <code>
/// var bytes = new WorkbookBuilder()
///     .Sheet("Plan", sheet => sheet
///         .Row("Improvement plan").Merge("A1:C1")
///         .Row()
///         .Row("No.", "Recommendation", "RAG")
///         .Row(1, "Open a front door", WorkbookCell.Blank().Filled("92D050")))
///     .Build();
/// </code>
/// </summary>
public sealed class WorkbookBuilder
{
    /// <summary>Office's default theme colours in the order the theme part lists them (dk1, lt1, dk2, lt2, accent1-6, hlink, folHlink).</summary>
    public static readonly IReadOnlyList<string> OfficeThemeColours =
        ["000000", "FFFFFF", "44546A", "E7E6E6", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"];

    private readonly List<SheetBuilder> sheets = [];
    private bool macros;
    private IReadOnlyList<string>? theme = OfficeThemeColours;
    private IReadOnlyList<string>? palette;

    public WorkbookBuilder Sheet(string name, Action<SheetBuilder> build, bool hidden = false)
    {
        var sheet = new SheetBuilder(name, hidden);
        build(sheet);
        sheets.Add(sheet);
        return this;
    }

    /// <summary>Saves as a macro-enabled workbook (.xlsm content type).</summary>
    public WorkbookBuilder MacroEnabled()
    {
        macros = true;
        return this;
    }

    /// <summary>The theme's colours in the theme part's order (dk1, lt1, dk2, lt2, accent1-6, hlink, folHlink); null for no theme part at all.</summary>
    public WorkbookBuilder Theme(IReadOnlyList<string>? colours)
    {
        theme = colours;
        return this;
    }

    /// <summary>A redefined legacy palette (styles' indexedColors), as RGB hex.</summary>
    public WorkbookBuilder Palette(IReadOnlyList<string> colours)
    {
        palette = colours;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, macros ? SpreadsheetDocumentType.MacroEnabledWorkbook : SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var styles = new StyleTable(palette);
            var strings = new Dictionary<string, int>();
            var sheetList = new Sheets();
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = sheet.ToWorksheet(styles, strings);
                sheetList.Append(new Sheet
                {
                    Name = sheet.Name, SheetId = id++, Id = workbookPart.GetIdOfPart(part),
                    State = sheet.Hidden ? SheetStateValues.Hidden : null,
                });
            }
            workbookPart.Workbook = new Workbook(sheetList);
            var sharedStrings = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedStrings.SharedStringTable = new SharedStringTable(
                strings.OrderBy(pair => pair.Value).Select(pair => new SharedStringItem(new Text(pair.Key) { Space = SpaceProcessingModeValues.Preserve })));
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.ToStylesheet();
            if (theme is not null) workbookPart.AddNewPart<ThemePart>().Theme = ThemeOf(theme);
        }
        return stream.ToArray();
    }

    private static A.Theme ThemeOf(IReadOnlyList<string> colours)
    {
        OpenXmlCompositeElement Colour(OpenXmlCompositeElement slot, string rgb)
        {
            slot.Append(new A.RgbColorModelHex { Val = rgb });
            return slot;
        }
        var scheme = new A.ColorScheme(
            Colour(new A.Dark1Color(), colours[0]), Colour(new A.Light1Color(), colours[1]),
            Colour(new A.Dark2Color(), colours[2]), Colour(new A.Light2Color(), colours[3]),
            Colour(new A.Accent1Color(), colours[4]), Colour(new A.Accent2Color(), colours[5]),
            Colour(new A.Accent3Color(), colours[6]), Colour(new A.Accent4Color(), colours[7]),
            Colour(new A.Accent5Color(), colours[8]), Colour(new A.Accent6Color(), colours[9]),
            Colour(new A.Hyperlink(), colours[10]), Colour(new A.FollowedHyperlinkColor(), colours[11])) { Name = "Office" };
        return new A.Theme(new A.ThemeElements(scheme)) { Name = "Office Theme" };
    }

    /// <summary>One sheet's rows, cells and merged ranges.</summary>
    public sealed class SheetBuilder(string name, bool hidden)
    {
        private readonly SortedDictionary<int, SortedDictionary<int, WorkbookCell>> rows = [];
        private readonly List<string> merges = [];
        private readonly List<(string Range, string Rgb)> conditional = [];
        private int lastRow;

        public string Name { get; } = name;
        public bool Hidden { get; } = hidden;

        /// <summary>The next row, its cells from column A; null leaves a cell out.</summary>
        public SheetBuilder Row(params object?[] cells) => RowAt(lastRow + 1, cells);

        /// <summary>Row <paramref name="number"/> (rows between are left empty).</summary>
        public SheetBuilder RowAt(int number, params object?[] cells)
        {
            lastRow = Math.Max(lastRow, number);
            for (var i = 0; i < cells.Length; i++)
                if (cells[i] is not null) Set(number, i + 1, WorkbookCell.From(cells[i]));
            return this;
        }

        /// <summary>One cell by its reference ("D12").</summary>
        public SheetBuilder Cell(string reference, object? value)
        {
            var (row, column) = Parse(reference);
            lastRow = Math.Max(lastRow, row);
            Set(row, column, WorkbookCell.From(value));
            return this;
        }

        public SheetBuilder Merge(string range)
        {
            merges.Add(range);
            return this;
        }

        /// <summary>Conditional formatting over a range: cells above 2 filled with a colour (kept in a differential style, not the cells' own).</summary>
        public SheetBuilder ColouredWhenOverTwo(string range, string rgb)
        {
            conditional.Add((range, rgb));
            return this;
        }

        private void Set(int row, int column, WorkbookCell cell)
        {
            if (!rows.TryGetValue(row, out var cells)) rows[row] = cells = [];
            cells[column] = cell;
        }

        internal Worksheet ToWorksheet(StyleTable styles, Dictionary<string, int> strings)
        {
            var data = new SheetData();
            foreach (var (number, cells) in rows)
            {
                var row = new Row { RowIndex = (uint)number };
                foreach (var (column, cell) in cells) row.Append(CellOf($"{Letters(column)}{number}", cell, styles, strings));
                data.Append(row);
            }
            var worksheet = new Worksheet(data);
            if (merges.Count > 0) worksheet.Append(new MergeCells(merges.Select(range => new MergeCell { Reference = range })));
            var priority = 1;
            foreach (var (range, rgb) in conditional)
                worksheet.Append(new ConditionalFormatting(new ConditionalFormattingRule(new Formula("2"))
                {
                    Type = ConditionalFormatValues.CellIs, Operator = ConditionalFormattingOperatorValues.GreaterThan,
                    FormatId = styles.DifferentialFill(rgb), Priority = priority++,
                }) { SequenceOfReferences = new ListValue<StringValue> { InnerText = range } });
            return worksheet;
        }

        private static Cell CellOf(string reference, WorkbookCell cell, StyleTable styles, Dictionary<string, int> strings)
        {
            var xml = new Cell { CellReference = reference };
            var style = styles.IndexOf(cell);
            if (style > 0) xml.StyleIndex = style;
            switch (cell.Holds)
            {
                case WorkbookCell.Kind.Text:
                    xml.DataType = CellValues.SharedString;
                    xml.CellValue = new CellValue(SharedIndex(cell.Text!, strings));
                    break;
                case WorkbookCell.Kind.InlineText:
                    xml.DataType = CellValues.InlineString;
                    xml.InlineString = new InlineString(new Text(cell.Text!) { Space = SpaceProcessingModeValues.Preserve });
                    break;
                case WorkbookCell.Kind.RichText:
                    xml.DataType = CellValues.InlineString;
                    xml.InlineString = new InlineString(cell.Runs.Select(run =>
                        new Run(new RunProperties(new Bold()), new Text(run) { Space = SpaceProcessingModeValues.Preserve })));
                    break;
                case WorkbookCell.Kind.Number:
                    xml.CellValue = new CellValue(cell.Number.ToString("R", CultureInfo.InvariantCulture));
                    break;
                case WorkbookCell.Kind.Boolean:
                    xml.DataType = CellValues.Boolean;
                    xml.CellValue = new CellValue(cell.Flag ? "1" : "0");
                    break;
                case WorkbookCell.Kind.Error:
                    xml.DataType = CellValues.Error;
                    xml.CellValue = new CellValue(cell.Text!);
                    break;
                case WorkbookCell.Kind.Formula:
                    xml.CellFormula = new CellFormula(cell.FormulaText!);
                    if (cell.Cached is string text)
                    {
                        xml.DataType = CellValues.String;
                        xml.CellValue = new CellValue(text);
                    }
                    else if (cell.Cached is not null)
                        xml.CellValue = new CellValue(Convert.ToDouble(cell.Cached, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                    break;
            }
            return xml;
        }

        private static string SharedIndex(string text, Dictionary<string, int> strings)
        {
            if (!strings.TryGetValue(text, out var index)) strings[text] = index = strings.Count;
            return index.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static string Letters(int column)
    {
        var letters = "";
        for (var n = column; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    private static (int Row, int Column) Parse(string reference)
    {
        var split = reference.TakeWhile(char.IsLetter).Count();
        var column = reference[..split].ToUpperInvariant().Aggregate(0, (sum, c) => sum * 26 + c - 'A' + 1);
        return (int.Parse(reference[split..], CultureInfo.InvariantCulture), column);
    }

    /// <summary>The styles the cells use: one fill and one cell format per distinct look, as Excel writes them.</summary>
    internal sealed class StyleTable(IReadOnlyList<string>? palette)
    {
        private readonly List<WorkbookFill> fills = [];
        private readonly List<string> codes = [];
        private readonly List<(int Fill, int Format)> formats = [(0, 0)];
        private readonly List<string> differentialFills = [];

        public uint DifferentialFill(string rgb)
        {
            differentialFills.Add(rgb);
            return (uint)(differentialFills.Count - 1);
        }

        public uint IndexOf(WorkbookCell cell)
        {
            var fill = 0;
            if (cell.Fill is { } wanted)
            {
                var at = fills.IndexOf(wanted);
                if (at < 0)
                {
                    fills.Add(wanted);
                    at = fills.Count - 1;
                }
                fill = at + 2; // after the two fills every stylesheet starts with: none and gray125
            }
            var format = cell.FormatId ?? 0;
            if (cell.FormatCode is { } code)
            {
                var at = codes.IndexOf(code);
                if (at < 0)
                {
                    codes.Add(code);
                    at = codes.Count - 1;
                }
                format = 164 + at;
            }
            var key = (fill, format);
            var index = formats.IndexOf(key);
            if (index < 0)
            {
                formats.Add(key);
                index = formats.Count - 1;
            }
            return (uint)index;
        }

        public Stylesheet ToStylesheet()
        {
            var stylesheet = new Stylesheet();
            if (codes.Count > 0)
                stylesheet.Append(new NumberingFormats(codes.Select((code, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = code }))
                    { Count = (uint)codes.Count });
            stylesheet.Append(new Fonts(new Font()) { Count = 1 });
            var fillList = new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
            foreach (var fill in fills) fillList.Append(new Fill(PatternOf(fill)));
            fillList.Count = (uint)fillList.ChildElements.Count;
            stylesheet.Append(fillList);
            stylesheet.Append(new Borders(new Border()) { Count = 1 });
            stylesheet.Append(new CellStyleFormats(new CellFormat()) { Count = 1 });
            stylesheet.Append(new CellFormats(formats.Select(format => new CellFormat
            {
                FillId = (uint)format.Fill, NumberFormatId = (uint)format.Format, FontId = 0, BorderId = 0,
                ApplyFill = format.Fill > 0 ? true : null, ApplyNumberFormat = format.Format > 0 ? true : null,
            })) { Count = (uint)formats.Count });
            if (differentialFills.Count > 0)
                stylesheet.Append(new DifferentialFormats(differentialFills.Select(rgb => new DifferentialFormat(
                    new Fill(new PatternFill(new BackgroundColor { Rgb = "FF" + rgb }) { PatternType = PatternValues.Solid }))))
                    { Count = (uint)differentialFills.Count });
            if (palette is not null)
                stylesheet.Append(new Colors(new IndexedColors(palette.Select(rgb => new RgbColor { Rgb = "FF" + rgb }))));
            return stylesheet;
        }

        private static PatternFill PatternOf(WorkbookFill fill)
        {
            var colour = new ForegroundColor();
            if (fill.Rgb is { } rgb) colour.Rgb = rgb.Length == 6 ? "FF" + rgb : rgb;
            if (fill.Theme is { } theme) colour.Theme = (uint)theme;
            if (fill.Indexed is { } indexed) colour.Indexed = (uint)indexed;
            if (fill.Tint != 0) colour.Tint = fill.Tint;
            return new PatternFill(colour, new BackgroundColor { Indexed = 64 }) { PatternType = new PatternValues(fill.Pattern) };
        }
    }
}

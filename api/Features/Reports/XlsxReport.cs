using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Features.Reports;

/// <summary>
/// The Excel download, written with the Open XML SDK. Sheet "Action plan": one row per scored item
/// (<see cref="ReportGrid"/>), a column per review whose cells say the level ("3 Green") and are filled with its colour,
/// deadlines as written beside a real date cell, a frozen header row and an auto-filter over the table.
/// Sheet "Summary": the report's sentences and figures, and the date judged on. Sheet "Reconciliation": what the plan
/// printed (averages, directions of travel) checked against its scores, and which end of the scale is better.
/// </summary>
public static class XlsxReport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string GridSheet = "Action plan";
    public const string SummarySheet = "Summary";
    public const string ReconciliationSheet = "Reconciliation";
    public const string ScorecardSheet = "Scorecard";

    // Cell formats in the styles part, by index: the default, the bold header, a date, then one per level of the scale.
    private const uint HeaderStyle = 1, DateStyle = 2, TitleStyle = 3, FirstLevelStyle = 4;
    private const uint DateFormatId = 164; // the first id free for custom number formats

    public static byte[] Write(ReportResponse report, CompressionOption compression = ReportFile.Compression)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.CompressionOption = compression;
            document.PackageProperties.Title = DocxReport.Clean($"{report.Plan.Title}: scrutiny report");
            document.PackageProperties.Creator = DocxReport.Creator;

            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var levels = report.Summary.LevelCounts;
            var levelStyles = levels.Select((l, i) => (l.Value, Style: FirstLevelStyle + (uint)i)).ToDictionary(x => x.Value, x => x.Style);
            var numberFormats = NumberFormats(report.Scorecard);
            var numberStyles = numberFormats.Select((code, i) => (code, Style: FirstLevelStyle + (uint)levels.Count + (uint)i))
                .ToDictionary(x => x.code, x => x.Style);
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles(levels, numberFormats);
            var strings = new SharedStrings();

            var grid = workbook.AddNewPart<WorksheetPart>();
            var columns = ReportGrid.Columns(report);
            var rows = ReportGrid.Rows(report);
            grid.Worksheet = GridWorksheet(columns, rows, strings, levelStyles);

            var summary = workbook.AddNewPart<WorksheetPart>();
            summary.Worksheet = SummaryWorksheet(report, strings, levelStyles);

            var reconciliation = workbook.AddNewPart<WorksheetPart>();
            reconciliation.Worksheet = ReconciliationWorksheet(report, strings, levelStyles);

            var sheets = new Sheets(
                new Sheet { Id = workbook.GetIdOfPart(grid), SheetId = 1, Name = GridSheet },
                new Sheet { Id = workbook.GetIdOfPart(summary), SheetId = 2, Name = SummarySheet },
                new Sheet { Id = workbook.GetIdOfPart(reconciliation), SheetId = 3, Name = ReconciliationSheet });
            // Excel keeps an auto-filter's range in this hidden name as well as on the sheet.
            var names = new DefinedNames(new DefinedName($"'{GridSheet}'!{Absolute(FilterRange(columns.Count, rows.Count))}")
            {
                Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true,
            });
            if (report.Scorecard is { } scorecard)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = ScorecardWorksheet(scorecard, strings, numberStyles);
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 4, Name = ScorecardSheet });
                names.Append(new DefinedName($"'{ScorecardSheet}'!{Absolute(FilterRange(ScorecardHeaders.Length, scorecard.Indicators.Count))}")
                {
                    Name = "_xlnm._FilterDatabase", LocalSheetId = 3, Hidden = true,
                });
            }

            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
            workbook.Workbook.Append(sheets, names);
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

    /// <summary>A sheet written line by line: text cells (shared strings, with a style) and number cells, left to right.</summary>
    private sealed class Lines(SharedStrings strings)
    {
        public SheetData Data { get; } = new();
        private uint index;

        /// <summary>A row of cells; null or empty text leaves its cell out, a double is written as a number.</summary>
        public void Line(params (object? Value, uint Style)[] cells)
        {
            index++;
            var row = new Row { RowIndex = index };
            for (var c = 0; c < cells.Length; c++)
                switch (cells[c].Value)
                {
                    case string { Length: > 0 } text:
                        row.Append(strings.Cell(Reference(c, index), text, cells[c].Style));
                        break;
                    case double or int:
                        row.Append(new Cell
                        {
                            CellReference = Reference(c, index),
                            CellValue = new CellValue(Convert.ToDouble(cells[c].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
                        });
                        break;
                }
            Data.Append(row);
        }
    }

    private static Worksheet SummaryWorksheet(ReportResponse report, SharedStrings strings, IReadOnlyDictionary<int, uint> levelStyles)
    {
        var sheet = new Lines(strings);
        var items = Capitalised(report.Plan.ItemNounPlural);
        sheet.Line(($"{report.Plan.Title}: scrutiny report", TitleStyle));
        sheet.Line(($"{ReportWords.PlanVersion(report.Plan.PlanVersion, report.Plan.PlanDate)}.", 0));
        sheet.Line((report.JudgedOnText, 0));
        sheet.Line((report.Footer, 0));
        sheet.Line();
        foreach (var sentence in report.Summary.Sentences) sheet.Line((sentence, 0));
        sheet.Line();
        sheet.Line(("Level", HeaderStyle), ($"{items} at this level", HeaderStyle));
        foreach (var level in report.Summary.LevelCounts) sheet.Line((Domain.LevelWords.Text(level.Value, level.Label), levelStyles[level.Value]), (level.Count, 0));
        sheet.Line(("No score", 0), (report.Summary.NoScoreCount, 0));
        sheet.Line();
        sheet.Line(("Direction of travel", HeaderStyle), (items, HeaderStyle));
        foreach (var (word, count) in DocxReport.DirectionCounts(report)) sheet.Line((word, 0), (count, 0));
        sheet.Line();
        sheet.Line(("Average", HeaderStyle), ("Previous review", HeaderStyle), ("This review", HeaderStyle), ("Direction of travel", HeaderStyle));
        void Average(string name, double? previous, double? current, string direction) => sheet.Line((name, 0), (previous, 0), (current, 0), (direction, 0));
        Average("Whole plan (over items)", report.Summary.Overall.Previous, report.Summary.Overall.Current, report.Summary.Overall.DirectionText);
        if (report.Summary.OverPriorities is { } op) Average("Whole plan (over priorities)", op.Previous, op.Current, op.DirectionText);
        foreach (var p in report.Priorities)
            Average(string.IsNullOrEmpty(p.Number) ? p.Title : $"Priority {p.Number}: {p.Title}", p.Previous, p.Current, p.DirectionText);
        sheet.Line();
        sheet.Line((report.Summary.AverageMethod, 0));
        sheet.Line();
        // The Word report lists each exception's items; here each list's count, beside the grid that can be filtered for them.
        sheet.Line(("Exception", HeaderStyle), ("How many", HeaderStyle));
        foreach (var exception in report.Exceptions) sheet.Line((exception.Heading, 0), (exception.Items.Count, 0));
        if (report.Summary.Addressees.Count > 0)
        {
            sheet.Line();
            sheet.Line(("Addressed to", HeaderStyle), ("Recommendations", HeaderStyle), ($"{items} under them", HeaderStyle));
            foreach (var a in report.Summary.Addressees) sheet.Line((a.Addressee, 0), (a.Recommendations, 0), (a.ScoredItems, 0));
        }

        return new Worksheet(
            new Columns(new Column { Min = 1, Max = 1, Width = 60, CustomWidth = true }, new Column { Min = 2, Max = 4, Width = 20, CustomWidth = true }),
            sheet.Data);
    }

    /// <summary>The board's reconciliation: printed averages beside both means, printed directions that contradict the scores, the scale's sense.</summary>
    private static Worksheet ReconciliationWorksheet(ReportResponse report, SharedStrings strings, IReadOnlyDictionary<int, uint> levelStyles)
    {
        var reconciliation = report.Reconciliation;
        var sheet = new Lines(strings);
        sheet.Line(($"{report.Plan.Title}: reconciliation of what the plan printed with its scores", TitleStyle));
        sheet.Line((report.Footer, 0));
        sheet.Line();

        sheet.Line(($"Printed averages checked against the scores ({reconciliation.PrintedAverages.Count})", TitleStyle));
        if (reconciliation.PrintedAverages.Count == 0) sheet.Line((reconciliation.PrintedAveragesEmptyText, 0));
        else
        {
            sheet.Line(("Figure", HeaderStyle), ("Printed", HeaderStyle), ("Where printed", HeaderStyle), ("Mean over scored items", HeaderStyle),
                ("Mean of the priority figures", HeaderStyle), ("Which it matches", HeaderStyle), ("Finding", HeaderStyle));
            foreach (var a in reconciliation.PrintedAverages)
                sheet.Line((a.Scope, 0), (a.Printed, 0), (a.Source, 0), (a.OverItems, 0),
                    (a.PriorityId is null ? a.OverPriorities : "Not applicable", 0), (a.MatchesText, 0), (a.Explanation, 0));
        }
        sheet.Line();

        sheet.Line(($"Other printed figures checked against the scores ({reconciliation.PrintedFigures.Count})", TitleStyle));
        if (reconciliation.PrintedFigures.Count == 0) sheet.Line((reconciliation.PrintedFiguresEmptyText, 0));
        else
        {
            sheet.Line(("Figure", HeaderStyle), ("Printed", HeaderStyle), ("What it claims", HeaderStyle), ("Where printed", HeaderStyle),
                ("The scores give", HeaderStyle), ("Finding", HeaderStyle), ("Explanation", HeaderStyle));
            foreach (var f in reconciliation.PrintedFigures)
                sheet.Line(($"{f.Scope}: {f.Label}", 0), (f.ValueText, 0), (f.Claims, 0), (f.Source, 0), (f.Computed, 0), (f.VerdictText, 0), (f.Explanation, 0));
        }
        sheet.Line();

        if (reconciliation.Inspection is { } inspection)
        {
            sheet.Line(($"The inspection's recommendations: {inspection.Answered} of {inspection.ReportRecommendations} answered ({inspection.Name})", TitleStyle));
            if (inspection.Gaps.Count == 0) sheet.Line(("Every recommendation of the report is answered by an item of a plan.", 0));
            else
            {
                sheet.Line(("Report number", HeaderStyle), ("Recommendation answered by no plan item", HeaderStyle), ("Addressed to", HeaderStyle), ("Paragraphs", HeaderStyle));
                foreach (var g in inspection.Gaps) sheet.Line((g.Number, 0), (g.Text, 0), (g.Addressee, 0), (g.Paragraphs, 0));
            }
            sheet.Line();
        }

        var printed = reconciliation.ContradictingPrintedDirections;
        sheet.Line(($"{printed.Heading} ({printed.Items.Count})", TitleStyle));
        if (printed.Items.Count == 0) sheet.Line((printed.EmptyText, 0));
        else
        {
            sheet.Line(("Reference", HeaderStyle), (Capitalised(report.Plan.ItemNoun), HeaderStyle), (ReportGrid.Heading(report.Plan.LeadHeading, "Leads"), HeaderStyle),
                ("Score", HeaderStyle), ("Why it is listed", HeaderStyle), ("Latest update", HeaderStyle));
            foreach (var i in printed.Items)
                sheet.Line((i.Reference, 0), (i.Text, 0), (i.LeadsText, 0),
                    (i.Level?.Text ?? "No score", i.Level is { } level && levelStyles.TryGetValue(level.Value, out var style) ? style : 0),
                    (i.Detail, 0), (i.LatestUpdate, 0));
        }
        sheet.Line();

        var scale = reconciliation.ScaleDirection;
        sheet.Line(("Which end of the scale is better", TitleStyle));
        sheet.Line((scale.Text, 0));
        if (!scale.Stated && scale.Compared > 0)
        {
            sheet.Line(("Reading of the scale", HeaderStyle), ("Printed directions that fit it", HeaderStyle), ("Printed directions beside a moved score", HeaderStyle));
            sheet.Line(("Higher is better", 0), (scale.AgreeIfHigherIsBetter, 0), (scale.Compared, 0));
            sheet.Line(("Lower is better", 0), (scale.AgreeIfLowerIsBetter, 0), (scale.Compared, 0));
        }

        return new Worksheet(
            new Columns(
                new Column { Min = 1, Max = 1, Width = 30, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 40, CustomWidth = true },
                new Column { Min = 3, Max = 3, Width = 30, CustomWidth = true }, new Column { Min = 4, Max = 5, Width = 24, CustomWidth = true },
                new Column { Min = 6, Max = 6, Width = 30, CustomWidth = true }, new Column { Min = 7, Max = 7, Width = 80, CustomWidth = true }),
            sheet.Data);
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    internal static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    private static string Absolute(string range) =>
        string.Join(':', range.Split(':').Select(r => "$" + string.Concat(r.TakeWhile(char.IsLetter)) + "$" + string.Concat(r.SkipWhile(char.IsLetter))));

    /// <summary>The Scorecard sheet's columns, in order.</summary>
    public static readonly string[] ScorecardHeaders =
    [
        "Reference", "Indicator", "Unit", "Polarity", "Owners", "Period", "Latest value", "Why no value", "Target", "Target as shown", "RAG",
        "Since the previous period", "Year on year", "Year to date", "Baseline (last year's outturn)", "Statistical neighbours' average",
        "Gap to statistical neighbours", "Against statistical neighbours", "Against target",
        "Numerator", "Denominator", "Year to date numerator", "Year to date denominator", "Numerator counts", "Denominator counts",
    ];

    /// <summary>The first of the counts' columns: plain numbers (General), not in the indicator's format.</summary>
    private static readonly int FirstCountColumn = Array.IndexOf(ScorecardHeaders, "Numerator");

    /// <summary>
    /// The number format of an indicator's figures: its decimal places, and a % sign for percentages (the figure is 87.5,
    /// as entered, not 0.875, so the sign is literal text). "0.0\"%\"", "0", "0.00".
    /// </summary>
    public static string NumberFormat(string unit, int places) =>
        (places > 0 ? "0." + new string('0', places) : "0") + (unit == "percentage" ? "\"%\"" : "");

    private static List<string> NumberFormats(ReportScorecard? scorecard) =>
        scorecard is null ? [] : scorecard.Indicators.Select(i => NumberFormat(i.Unit, i.DecimalPlaces)).Distinct().ToList();

    /// <summary>
    /// One row per indicator: numbers in typed number cells formatted by unit and decimal places (so they sum and sort),
    /// the state in words where there is no number, RAG and directions as words; a frozen header row and an auto-filter.
    /// </summary>
    private static Worksheet ScorecardWorksheet(ReportScorecard scorecard, SharedStrings strings, IReadOnlyDictionary<string, uint> numberStyles)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < ScorecardHeaders.Length; c++) header.Append(strings.Cell(Reference(c, 1), ScorecardHeaders[c], HeaderStyle));
        data.Append(header);
        for (var r = 0; r < scorecard.Indicators.Count; r++)
        {
            var i = scorecard.Indicators[r];
            var index = (uint)r + 2;
            var style = numberStyles[NumberFormat(i.Unit, i.DecimalPlaces)];
            object?[] cells =
            [
                i.Reference, i.Name, i.Unit, i.PolarityText, i.Owners, i.PeriodLabel, i.Value, i.Value is null ? i.ValueText : null, i.Target,
                i.TargetText, i.RagText, i.DirectionText, i.YearOnYearText, i.YearToDate, i.Baseline,
                i.Neighbours, i.NeighboursGap, i.NeighboursJudgement, i.RagSentence,
                i.Numerator, i.Denominator, i.YearToDateNumerator, i.YearToDateDenominator,
                i.CountsText is null && i.YearToDateCountsText is null ? null : i.NumeratorLabel,
                i.CountsText is null && i.YearToDateCountsText is null ? null : i.DenominatorLabel,
            ];
            var row = new Row { RowIndex = index };
            for (var c = 0; c < cells.Length; c++)
                switch (cells[c])
                {
                    case double number:
                        row.Append(new Cell
                        {
                            CellReference = Reference(c, index), StyleIndex = c >= FirstCountColumn ? 0u : style,
                            CellValue = new CellValue(number.ToString("R", CultureInfo.InvariantCulture)),
                        });
                        break;
                    case string { Length: > 0 } text:
                        row.Append(strings.Cell(Reference(c, index), text, 0));
                        break;
                }
            data.Append(row);
        }
        double[] widths = [12, 50, 14, 24, 24, 22, 12, 18, 12, 30, 10, 20, 16, 12, 14, 16, 14, 16, 80, 12, 12, 14, 14, 30, 30];
        return new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }),
            new Columns(widths.Select((w, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = w, CustomWidth = true })),
            data,
            new AutoFilter { Reference = FilterRange(ScorecardHeaders.Length, scorecard.Indicators.Count) });
    }

    private static Stylesheet Styles(IReadOnlyList<ReportLevelCount> levels, IReadOnlyList<string> numberFormats)
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
        // Then one per scorecard number format, after the date's custom id.
        var numbering = new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" });
        for (var i = 0; i < numberFormats.Count; i++)
        {
            numbering.Append(new NumberingFormat { NumberFormatId = DateFormatId + 1 + (uint)i, FormatCode = numberFormats[i] });
            formats.Append(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, NumberFormatId = DateFormatId + 1 + (uint)i, ApplyNumberFormat = true });
        }

        return new Stylesheet(
            numbering,
            fonts, fills,
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    /// <summary>"#92d050" → "FF92D050", the ARGB form spreadsheets store.</summary>
    public static string Argb(string colour) => "FF" + colour.TrimStart('#').ToUpperInvariant();

    /// <summary>Each distinct text once in the shared-string table; cells refer to it by index.</summary>
    internal sealed class SharedStrings
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

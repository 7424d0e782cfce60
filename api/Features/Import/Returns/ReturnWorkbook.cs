using System.Globalization;
using ActionPlanTracker.Domain.Import.Returns;
using ActionPlanTracker.Features.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Features.Import.Returns;

/// <summary>What a return workbook is written from: the plan and review, who it is for, and one row per item.</summary>
/// <param name="MadeAt">When it was made, in the council's time zone, as the title says it.</param>
/// <param name="Stamp">When it was made, UTC ISO 8601, as the hidden sheet keeps it.</param>
public sealed record ReturnWorkbookModel(
    long PlanId, string PlanTitle, long ReviewId, string ReviewLabel, DateOnly? ReviewDate, string MadeFor, bool Mine,
    DateTimeOffset MadeAt, string Stamp, string ItemNoun, string LeadsHeading, string OwnersHeading, string? PreviousReviewLabel,
    ReturnScale Scale, IReadOnlyList<ReturnWorkbookRow> Rows);

/// <summary>One item's row: what it is, what it had last time, and what it holds now in the columns to fill.</summary>
public sealed record ReturnWorkbookRow(
    string Reference, string Text, string Leads, string Owners, string? Deadline, string? PreviousScore, string? PreviousUpdate,
    string? Score, string? Update, DateOnly? UpdateDate, string? Evidence, string Key);

/// <summary>
/// The monthly update return as an .xlsx, written with the Open XML SDK and the report's shared-string helper. Sheet
/// "Return": title lines, a header, one row per item; the Score column offers the scale's levels as a dropdown; the Key
/// column is hidden and its cells locked (the sheet is protected without a password, so a council can lift it, and every
/// other cell stays editable). Sheet "Return details", hidden: the plan and review ids, when and for whom it was made,
/// the dropdown's levels and a copy of every row's values as downloaded, which the upload compares with.
/// </summary>
public static class ReturnWorkbook
{
    // Cell formats by index: 0 the default (locked), then unlocked header, title, wrapped text and date, the locked key, unwrapped text.
    private const uint HeaderStyle = 1, TitleStyle = 2, TextStyle = 3, DateStyle = 4, KeyStyle = 5, PlainStyle = 6;
    private const uint DateFormatId = 164;
    private const int HeaderRow = 6;

    public static byte[] Write(ReturnWorkbookModel model)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = DocxReport.Clean($"{model.PlanTitle}: update return for {model.ReviewLabel}");
            document.PackageProperties.Creator = DocxReport.Creator;
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var strings = new XlsxReport.SharedStrings();

            var columns = Columns(model);
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = ReturnSheet(model, columns, strings);
            var details = workbook.AddNewPart<WorksheetPart>();
            details.Worksheet = DetailsSheet(model, strings);

            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Table;
            var detailsName = $"'{ReturnLayout.DetailsSheet}'!";
            workbook.Workbook.Append(
                new Sheets(
                    new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = ReturnLayout.Sheet },
                    new Sheet { Id = workbook.GetIdOfPart(details), SheetId = 2, Name = ReturnLayout.DetailsSheet, State = SheetStateValues.Hidden }),
                new DefinedNames(
                    new DefinedName(detailsName + "$B$1") { Name = ReturnLayout.PlanIdName },
                    new DefinedName(detailsName + "$B$2") { Name = ReturnLayout.ReviewIdName },
                    new DefinedName(detailsName + "$B$3") { Name = ReturnLayout.MadeAtName },
                    new DefinedName($"{detailsName}$A${HeaderRow + 1}:$A${HeaderRow + model.Scale.Choices.Count}") { Name = ReturnLayout.LevelsName }));
        }
        return stream.ToArray();
    }

    private sealed record Column(string Header, double Width, Func<ReturnWorkbookRow, object?> Value, uint Style = TextStyle);

    private static IReadOnlyList<Column> Columns(ReturnWorkbookModel model)
    {
        var previous = model.PreviousReviewLabel is { } label ? $" ({label})" : "";
        return
        [
            new("Reference", 12, r => r.Reference),
            new(char.ToUpperInvariant(model.ItemNoun[0]) + model.ItemNoun[1..], 60, r => r.Text),
            new(model.LeadsHeading, 24, r => r.Leads),
            new(model.OwnersHeading, 24, r => r.Owners),
            new("Deadline", 18, r => r.Deadline),
            new($"Previous score{previous}", 16, r => r.PreviousScore),
            new($"Previous update{previous}", 50, r => r.PreviousUpdate),
            new(ReturnLayout.ScoreHeader, 18, r => r.Score),
            new(ReturnLayout.UpdateHeader, 60, r => r.Update),
            new(ReturnLayout.UpdateDateHeader, 13, r => r.UpdateDate, DateStyle),
            new(ReturnLayout.EvidenceHeader, 40, r => r.Evidence),
            new(ReturnLayout.KeyHeader, 28, r => r.Key, KeyStyle),
        ];
    }

    private static Worksheet ReturnSheet(ReturnWorkbookModel model, IReadOnlyList<Column> columns, XlsxReport.SharedStrings strings)
    {
        var data = new SheetData();
        foreach (var (text, index) in Title(model).Select((t, i) => (t, (uint)i + 1)))
            data.Append(new Row(strings.Cell(XlsxReport.Reference(0, index), text, index == 1 ? TitleStyle : PlainStyle)) { RowIndex = index });

        var header = new Row { RowIndex = HeaderRow };
        for (var c = 0; c < columns.Count; c++)
            header.Append(strings.Cell(XlsxReport.Reference(c, HeaderRow), columns[c].Header, c == columns.Count - 1 ? KeyStyle : HeaderStyle));
        data.Append(header);

        for (var r = 0; r < model.Rows.Count; r++)
        {
            var index = (uint)(HeaderRow + 1 + r);
            var row = new Row { RowIndex = index };
            for (var c = 0; c < columns.Count; c++)
            {
                var reference = XlsxReport.Reference(c, index);
                row.Append(columns[c].Value(model.Rows[r]) switch
                {
                    DateOnly date => new Cell
                    {
                        CellReference = reference, StyleIndex = DateStyle,
                        CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)),
                    },
                    string { Length: > 0 } text => strings.Cell(reference, text, columns[c].Style),
                    // Empty cells are written too, so the columns to fill are unlocked like the rest.
                    _ => new Cell { CellReference = reference, StyleIndex = columns[c].Style },
                });
            }
            data.Append(row);
        }
        if (model.Rows.Count == 0)
            data.Append(new Row(strings.Cell(XlsxReport.Reference(0, HeaderRow + 1), model.Mine
                ? $"You lead or own none of the {model.ItemNoun}s this plan scores, so there is nothing to fill in."
                : $"The plan has no {model.ItemNoun}s to score.", TextStyle)) { RowIndex = HeaderRow + 1 });

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(
                // The header stays in view while scrolling through a long return.
                new Pane { VerticalSplit = HeaderRow, TopLeftCell = $"A{HeaderRow + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = ScoreCell(columns, HeaderRow + 1), SequenceOfReferences = new ListValue<StringValue> { InnerText = ScoreCell(columns, HeaderRow + 1) } })
            { WorkbookViewId = 0 }),
            new Columns(columns.Select((column, i) => new DocumentFormat.OpenXml.Spreadsheet.Column
            {
                Min = (uint)i + 1, Max = (uint)i + 1, Width = column.Width, CustomWidth = true,
                Style = i == columns.Count - 1 ? KeyStyle : TextStyle, Hidden = i == columns.Count - 1 ? true : null,
            })),
            data,
            // No password: a council edits its own copy freely. Protection only makes the locked key cells read-only;
            // every other cell is unlocked, and formatting, inserting and deleting rows, sorting and filtering stay allowed.
            new SheetProtection
            {
                Sheet = true, Objects = true, Scenarios = true, FormatCells = false, FormatColumns = false, FormatRows = false,
                InsertRows = false, DeleteRows = false, Sort = false, AutoFilter = false,
            });
        if (model.Rows.Count > 0)
            worksheet.Append(new DataValidations(new DataValidation(new Formula1(ReturnLayout.LevelsName))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowInputMessage = true, ShowErrorMessage = true,
                ErrorStyle = DataValidationErrorStyleValues.Stop,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{ScoreColumn(columns)}{HeaderRow + 1}:{ScoreColumn(columns)}{HeaderRow + model.Rows.Count}" },
                PromptTitle = "Score", Prompt = "Choose a level from the list, or No score.",
                ErrorTitle = "Not a level of this plan's scale", Error = $"Choose one of {model.Scale.ChoiceList}.",
            }) { Count = 1 });
        return worksheet;
    }

    private static string ScoreColumn(IReadOnlyList<Column> columns) =>
        XlsxReport.ColumnName(columns.ToList().FindIndex(c => c.Header == ReturnLayout.ScoreHeader));

    private static string ScoreCell(IReadOnlyList<Column> columns, int row) => ScoreColumn(columns) + row.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string> Title(ReturnWorkbookModel model)
    {
        yield return $"{model.PlanTitle}: update return for {model.ReviewLabel}";
        yield return model.ReviewDate is { } date
            ? $"Updates due by {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}."
            : $"{model.ReviewLabel} has no date set in the tracker: send your updates when the improvement team asks.";
        var which = model.Mine ? $"the {model.ItemNoun}s they lead or own" : $"every {model.ItemNoun} the plan scores";
        yield return $"Made for {model.MadeFor} ({which}) on {model.MadeAt.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture)}.";
        yield return $"Fill in {ReturnLayout.ScoreHeader} (choose from the list), {ReturnLayout.UpdateHeader}, {ReturnLayout.UpdateDateHeader} and " +
                     $"{ReturnLayout.EvidenceHeader}; a level that means complete needs evidence. Leave the hidden {ReturnLayout.KeyHeader} column " +
                     "as it is, then upload the workbook to the tracker.";
    }

    private static Worksheet DetailsSheet(ReturnWorkbookModel model, XlsxReport.SharedStrings strings)
    {
        var data = new SheetData();
        var rows = new SortedDictionary<uint, Row>();
        void Put(int column, uint row, string? text)
        {
            if (string.IsNullOrEmpty(text)) return;
            if (!rows.TryGetValue(row, out var r)) rows[row] = r = new Row { RowIndex = row };
            r.Append(strings.Cell(XlsxReport.Reference(column, row), text, 0));
        }
        Put(0, 1, ReturnLayout.PlanIdLabel); Put(1, 1, model.PlanId.ToString(CultureInfo.InvariantCulture));
        Put(0, 2, ReturnLayout.ReviewIdLabel); Put(1, 2, model.ReviewId.ToString(CultureInfo.InvariantCulture));
        Put(0, 3, ReturnLayout.MadeAtLabel); Put(1, 3, model.Stamp);
        Put(0, 4, ReturnLayout.MadeForLabel); Put(1, 4, model.MadeFor);
        Put(2, 5, ReturnLayout.ShownLabel);
        Put(0, HeaderRow, ReturnLayout.LevelsLabel);
        string[] shownHeaders = [ReturnLayout.KeyHeader, ReturnLayout.ScoreHeader, ReturnLayout.UpdateHeader, ReturnLayout.UpdateDateHeader, ReturnLayout.EvidenceHeader];
        for (var c = 0; c < shownHeaders.Length; c++) Put(2 + c, HeaderRow, shownHeaders[c]);
        for (var i = 0; i < model.Scale.Choices.Count; i++) Put(0, (uint)(HeaderRow + 1 + i), model.Scale.Choices[i]);
        for (var i = 0; i < model.Rows.Count; i++)
        {
            var row = model.Rows[i];
            var index = (uint)(HeaderRow + 1 + i);
            Put(2, index, row.Key);
            Put(3, index, row.Score);
            Put(4, index, row.Update);
            Put(5, index, row.UpdateDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Put(6, index, row.Evidence);
        }
        foreach (var row in rows.Values) data.Append(row);
        return new Worksheet(data);
    }

    private static Stylesheet Styles()
    {
        static CellFormat Unlocked(uint font = 0, uint numberFormat = 0, bool wrap = false) =>
            new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null }, new Protection { Locked = false })
            {
                FontId = font, FillId = 0, BorderId = 0, FormatId = 0, NumberFormatId = numberFormat,
                ApplyFont = font != 0 ? true : null, ApplyNumberFormat = numberFormat != 0 ? true : null, ApplyAlignment = true, ApplyProtection = true,
            };

        var bold = new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" });
        var title = new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" });
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), bold, title) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                Unlocked(font: 1, wrap: true),
                Unlocked(font: 2),
                Unlocked(wrap: true),
                Unlocked(numberFormat: DateFormatId),
                new CellFormat(new Protection { Locked = true }) { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyProtection = true },
                Unlocked())
            { Count = 7 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}

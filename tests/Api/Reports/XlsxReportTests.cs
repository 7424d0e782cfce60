using ActionPlanTracker.Tests.Api.Grid;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// The Excel download opened with the Open XML SDK: the grid's rows and headers, a level cell's words and fill (followed
/// through the styles part, as Excel does), the frozen header, the auto-filter and real date cells.
/// </summary>
public sealed class XlsxReportTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    /// <summary>A sheet as Excel shows it: cell reference → text (shared strings resolved) and the cells themselves.</summary>
    public sealed class Sheet(SpreadsheetDocument document, string name)
    {
        private readonly WorkbookPart workbook = document.WorkbookPart!;
        public Worksheet Worksheet { get; } = ((WorksheetPart)document.WorkbookPart!.GetPartById(
            document.WorkbookPart.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == name).Id!)).Worksheet!;

        public IReadOnlyList<Row> Rows => Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();

        public Cell? Cell(string reference) => Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

        public string Text(Cell? cell)
        {
            if (cell?.CellValue is null) return "";
            return cell.DataType?.Value == CellValues.SharedString
                ? workbook.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue.Text)).InnerText
                : cell.CellValue.Text;
        }

        public string[] RowTexts(Row row) => row.Elements<Cell>().Select(Text).ToArray();

        /// <summary>The column letter of a header, read from row 1.</summary>
        public string Column(string header) =>
            new string(Rows[0].Elements<Cell>().Single(c => Text(c) == header).CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());

        public CellFormat Format(Cell cell) =>
            workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

        public string? FillColour(Cell cell) =>
            workbook.WorkbookStylesPart!.Stylesheet!.Fills!.Elements<Fill>().ElementAt((int)Format(cell).FillId!.Value).PatternFill?.ForegroundColor?.Rgb?.Value;

        public string? FontColour(Cell cell) =>
            workbook.WorkbookStylesPart!.Stylesheet!.Fonts!.Elements<Font>().ElementAt((int)Format(cell).FontId!.Value).Color?.Rgb?.Value;

        public string? NumberFormat(Cell cell) =>
            workbook.WorkbookStylesPart!.Stylesheet!.NumberingFormats?.Elements<NumberingFormat>()
                .FirstOrDefault(f => f.NumberFormatId!.Value == Format(cell).NumberFormatId?.Value)?.FormatCode?.Value;
    }

    [Test]
    public async Task The_action_plan_sheet_has_a_row_per_scored_item_and_a_column_per_review()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var file = await Downloads.GetAsync(client, $"/api/plans/{plan.PlanId}/report/xlsx");
        Assert.That(file.ContentType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.That(file.FileName, Is.EqualTo("known-development-plan-rag-11-26.xlsx"));

        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        Assert.That(document.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value),
            Is.EqualTo(new[] { "Action plan", "Summary", "Reconciliation" }));
        var sheet = new Sheet(document, "Action plan");

        Assert.That(sheet.RowTexts(sheet.Rows[0]), Is.EqualTo(new[]
        {
            "Reference", "Priority", "Action", "Success measure", "Leads", "Owners", "Deadline as written", "Deadline taken from", "Due by",
            "Deadline status", "Status judged as at", "Why that date", "RAG 07/26", "RAG 09/26", "RAG 11/26", "Direction of travel", "Latest update", "Update date",
        }));
        // Three scored success measures under the header; the priorities and actions are columns, not rows.
        Assert.That(sheet.Rows, Has.Count.EqualTo(1 + 3));
        Assert.That(sheet.Rows.Skip(1).Select(r => sheet.Text(sheet.Cell($"A{r.RowIndex}"))), Is.EqualTo(new[] { "1 / 1.1 / 1", "1 / 1.1 / 2", "2 / 2.1 / 1" }));
        Assert.That(sheet.Text(sheet.Cell("B2")), Is.EqualTo("1 Help and protection"));
        Assert.That(sheet.Text(sheet.Cell("D3")), Is.EqualTo("Audit grades good or better for 80% of files"));
        Assert.That(sheet.Text(sheet.Cell("E2")), Is.EqualTo("Dana Whitfield (from action 1.1)"), "M1 names no lead: it answers to its action's");

        // M1 in RAG 11/26: the words "3 On track", filled green (#92d050), in near-black.
        var rag = sheet.Cell($"{sheet.Column("RAG 11/26")}2")!;
        Assert.That(sheet.Text(rag), Is.EqualTo("3 On track"));
        Assert.That(sheet.FillColour(rag), Is.EqualTo("FF92D050"));
        Assert.That(sheet.FontColour(rag), Is.EqualTo("FF0B0C0C"));
        // M2 in RAG 07/26: level 1, red (#d4351c) with white text; in RAG 09/26 no score, no fill.
        var red = sheet.Cell($"{sheet.Column("RAG 07/26")}3")!;
        Assert.That((sheet.Text(red), sheet.FillColour(red), sheet.FontColour(red)), Is.EqualTo(("1 Not started or seriously delayed", "FFD4351C", "FFFFFFFF")));
        var none = sheet.Cell($"{sheet.Column("RAG 09/26")}3")!;
        Assert.That((sheet.Text(none), none.StyleIndex), Is.EqualTo(("No score (update not available)", (DocumentFormat.OpenXml.UInt32Value?)null)));

        // The deadline as written beside a real date: an Excel serial number formatted dd/mm/yyyy.
        Assert.That(sheet.Text(sheet.Cell($"{sheet.Column("Deadline as written")}2")), Is.EqualTo("Sep-26"));
        var due = sheet.Cell($"{sheet.Column("Due by")}2")!;
        Assert.That(due.DataType, Is.Null, "a number, not text");
        Assert.That(double.Parse(due.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(new DateTime(2026, 9, 30).ToOADate()));
        Assert.That(sheet.NumberFormat(due), Is.EqualTo("dd/mm/yyyy"));
        Assert.That(sheet.Text(sheet.Cell($"{sheet.Column("Due by")}4")), Is.EqualTo(new DateTime(2026, 12, 15).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(sheet.Text(sheet.Cell($"{sheet.Column("Deadline status")}4")), Is.EqualTo("Due within 30 days"));
        Assert.That(sheet.Text(sheet.Cell($"{sheet.Column("Direction of travel")}4")), Is.EqualTo("Declining"));
        Assert.That(sheet.Text(sheet.Cell($"{sheet.Column("Latest update")}4")), Is.EqualTo("Slipped: staff left"));

        // Frozen header row and an auto-filter over the whole table.
        var pane = sheet.Worksheet.Descendants<Pane>().Single();
        Assert.That((pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value), Is.EqualTo((PaneStateValues.Frozen, 1.0, "A2")));
        Assert.That(sheet.Worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value, Is.EqualTo("A1:R4"));
        Assert.That(sheet.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().Count(), Is.EqualTo(18), "every column has a width");
    }

    [Test]
    public async Task The_summary_sheet_carries_the_sentences_and_the_figures()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var file = await Downloads.GetAsync(client, $"/api/plans/{plan.PlanId}/report/xlsx?reviewId={plan.Reviews[1]}");
        Assert.That(file.FileName, Is.EqualTo("known-development-plan-rag-09-26.xlsx"));
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        var summary = new Sheet(document, "Summary");
        var texts = summary.Rows.Select(summary.RowTexts).ToList();

        Assert.That(texts[0], Is.EqualTo(new[] { "Known development plan: scrutiny report" }));
        Assert.That(texts.Select(t => t.FirstOrDefault()), Does.Contain("The overall average moved from 2.0 to 3.5; on this scale higher is better, so this is an improvement."));
        Assert.That(texts, Has.Some.EqualTo(new[] { "3 On track", "1" }));
        Assert.That(texts, Has.Some.EqualTo(new[] { "No score", "1" }));
        Assert.That(texts, Has.Some.EqualTo(new[] { "Whole plan (over items)", "2", "3.5", "Improving" }));

        // Reported at RAG 09/26, the grid has two review columns.
        var grid = new Sheet(document, "Action plan");
        Assert.That(grid.RowTexts(grid.Rows[0]).Where(h => h.StartsWith("RAG", StringComparison.Ordinal)), Is.EqualTo(new[] { "RAG 07/26", "RAG 09/26" }));
    }
}

using System.Text.Json.Nodes;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// One report in all four forms, fetched as a browser would and opened as Word, Excel and another program would read
/// them, so a test can check that each new thing appears in every form.
/// </summary>
public sealed class ReportForms : IDisposable
{
    public required JsonNode Json { get; init; }
    public required Downloads.Download Docx { get; init; }
    public required Downloads.Download Xlsx { get; init; }
    public required Downloads.Download CsvFile { get; init; }
    public required WordprocessingDocument Word { get; init; }
    public required SpreadsheetDocument Excel { get; init; }
    public required string[] CsvHeaders { get; init; }
    public required List<string[]> Csv { get; init; }

    /// <summary><paramref name="query"/> without the "?": "asOf=2026-08-15&amp;reviewId=3".</summary>
    public static async Task<ReportForms> GetAsync(HttpClient client, long planId, string query = "")
    {
        var suffix = query.Length == 0 ? "" : "?" + query;
        var json = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{planId}/report{suffix}"))!;
        var docx = await Downloads.GetAsync(client, $"/api/plans/{planId}/report/docx{suffix}");
        var xlsx = await Downloads.GetAsync(client, $"/api/plans/{planId}/report/xlsx{suffix}");
        var csv = await Downloads.GetAsync(client, $"/api/plans/{planId}/report/csv{suffix}");
        using var reader = CsvReader.Create(csv.Bytes, CsvReaderOptions.Default);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return new ReportForms
        {
            Json = json, Docx = docx, Xlsx = xlsx, CsvFile = csv,
            Word = WordprocessingDocument.Open(new MemoryStream(docx.Bytes), false),
            Excel = SpreadsheetDocument.Open(new MemoryStream(xlsx.Bytes), false),
            CsvHeaders = reader.Headers.ToArray(), Csv = rows,
        };
    }

    public Body Body => Word.MainDocumentPart!.Document!.Body!;

    /// <summary>The body's paragraphs outside tables, in order.</summary>
    public List<string> Paragraphs => Body.Elements<Paragraph>().Select(p => p.InnerText).ToList();

    public string[] Headings(int level) => Body.Elements<Paragraph>()
        .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == $"Heading{level}").Select(p => p.InnerText).ToArray();

    public string WordFooter => Word.MainDocumentPart!.FooterParts.Single().Footer!.InnerText;

    /// <summary>Every row of the table with this caption (alternative text), header first, as cell texts.</summary>
    public List<string[]> WordTable(string caption) => Cells(Body.Elements<Table>()
        .Single(t => t.GetFirstChild<TableProperties>()?.GetFirstChild<TableCaption>()?.Val?.Value == caption));

    /// <summary>The full plan's table (the last), header first.</summary>
    public List<string[]> WordPlanTable => Cells(Body.Elements<Table>().Last());

    public Table WordPlanTableElement => Body.Elements<Table>().Last();

    /// <summary>A cell's paragraphs joined with " | ", so a second line ("Addressed to …") can be told from the first.</summary>
    public static string TextOf(TableCell cell) => string.Join(" | ", cell.Elements<Paragraph>().Select(p => p.InnerText));

    private static List<string[]> Cells(Table table) =>
        table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(TextOf).ToArray()).ToList();

    public XlsxReportTests.Sheet Sheet(string name) => new(Excel, name);

    /// <summary>Every row of a sheet as its cells' texts (empty cells left out, as <see cref="XlsxReportTests.Sheet.RowTexts"/> does).</summary>
    public List<string[]> SheetTexts(string name)
    {
        var sheet = Sheet(name);
        return sheet.Rows.Select(sheet.RowTexts).ToList();
    }

    /// <summary>A cell of the Action plan sheet by its column header and data row (1 = the first item).</summary>
    public string GridCell(string header, int row)
    {
        var sheet = Sheet("Action plan");
        return sheet.Text(sheet.Cell($"{sheet.Column(header)}{row + 1}"));
    }

    /// <summary>A CSV field by its column header and record (0 = the first item).</summary>
    public string CsvCell(string header, int row)
    {
        var column = Array.IndexOf(CsvHeaders, header);
        Assert.That(column, Is.GreaterThanOrEqualTo(0), $"the CSV has a \"{header}\" column: {string.Join(", ", CsvHeaders)}");
        return Csv[row][column];
    }

    /// <summary>What Open XML's own validator finds wrong with the Word and Excel files (Office 2019 rules): nothing, for a valid file.</summary>
    public IReadOnlyList<string> ValidationErrors()
    {
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return validator.Validate(Word).Concat(validator.Validate(Excel))
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }

    public void Dispose()
    {
        Word.Dispose();
        Excel.Dispose();
    }
}

using System.Globalization;
using System.Text;
using ActionPlanTracker.Tests.Api.Grid;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// The CSV download parsed with CsvHelper, as another program would read it: UTF-8 with a byte-order mark, RFC 4180
/// quoting of quotes, commas and line breaks in narratives, CRLF records, and the same rows and values as Excel.
/// </summary>
public sealed class CsvReportTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    internal static List<string[]> Parse(byte[] bytes, out string[] headers)
    {
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        headers = reader.Headers.ToArray();
        return rows;
    }

    [Test]
    public async Task Narratives_with_quotes_commas_and_line_breaks_survive_the_round_trip()
    {
        const string text = "Make sure \"quotes\", commas and\na line break survive.";
        const string narrative = "Audit done, 12 of 20 files \"good\".\r\nNext: supervision for Siobhán's team.";
        var planId = await Arrange.PlanAsync(client, title: "Ysgol Gymraeg: SEND peer review plan");
        var lead = await Arrange.PersonAsync("Siobhán Ó Ceallaigh", "Head of SEND");
        var first = await Arrange.RecommendationAsync(client, planId, "1", text, leadIds: [lead], deadlineText: "31 March 2026");
        var second = await Arrange.RecommendationAsync(client, planId, "2", "Publish the local offer.");
        var review = await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "October 2026", reviewDate = "2026-10-30" }))
            .ReadAsync<Reviews.ReviewTests.ReviewDto>();
        async Task Score(long recommendation, int level, string update)
        {
            var response = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{review.Id}/scores/recommendations/{recommendation}",
                new { level, narrative = update, narrativeDate = "2026-10-28" }, null);
            Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        await Score(first, 2, narrative);
        await Score(second, 3, "=HYPERLINK(\"http://example.invalid\",\"click\")");

        var file = await Downloads.GetAsync(client, $"/api/plans/{planId}/report/csv");
        Assert.That(file.ContentType, Is.EqualTo("text/csv; charset=utf-8"));
        Assert.That(file.FileName, Is.EqualTo("ysgol-gymraeg-send-peer-review-plan-october-2026.csv"));
        Assert.That(file.Bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "a UTF-8 byte-order mark, so Excel reads the accents right");

        var raw = Encoding.UTF8.GetString(file.Bytes[3..]);
        Assert.That(raw, Does.Contain("\"Make sure \"\"quotes\"\", commas and\na line break survive.\""), "RFC 4180: quoted, quotes doubled");
        Assert.That(raw, Does.EndWith("\r\n"));
        Assert.That(raw.Split("\r\n"), Has.Length.EqualTo(1 + 2 + 1 + 1), "header, two records (one narrative holds its own CRLF), and the final line end");

        var rows = Parse(file.Bytes, out var headers);
        Assert.That(headers, Is.EqualTo(new[]
        {
            "Reference", "Recommendation", "Leads", "Deadline as written", "Due by", "Deadline status", "Status judged as at", "Why that date",
            "October 2026", "Direction of travel", "Latest update", "Update date",
        }));
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0], Is.EqualTo(new[]
        {
            "1", text, "Siobhán Ó Ceallaigh", "31 March 2026", "2026-03-31", "Overdue", "2026-11-23", "Today", "2 Some progress", "New", narrative, "2026-10-28",
        }));
        // A cell that would run as a formula in a spreadsheet is kept as text behind an apostrophe.
        Assert.That(rows[1][headers.ToList().IndexOf("Latest update")], Is.EqualTo("'=HYPERLINK(\"http://example.invalid\",\"click\")"));
        Assert.That(rows[1][headers.ToList().IndexOf("October 2026")], Is.EqualTo("3 Insufficient progress"));
    }

    [Test]
    public async Task The_csv_has_the_same_rows_and_values_as_the_excel_sheet()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var csv = Parse((await Downloads.GetAsync(client, $"/api/plans/{plan.PlanId}/report/csv")).Bytes, out var headers);
        using var document = SpreadsheetDocument.Open(new MemoryStream((await Downloads.GetAsync(client, $"/api/plans/{plan.PlanId}/report/xlsx")).Bytes), false);
        var sheet = new XlsxReportTests.Sheet(document, "Action plan");

        Assert.That(headers, Is.EqualTo(sheet.RowTexts(sheet.Rows[0])));
        Assert.That(csv, Has.Count.EqualTo(sheet.Rows.Count - 1).And.Count.EqualTo(3));
        var dates = new[] { "Due by", "Status judged as at", "Update date" }.Select(h => headers.ToList().IndexOf(h)).ToArray();
        for (var r = 0; r < csv.Count; r++)
            for (var c = 0; c < headers.Length; c++)
            {
                var cell = sheet.Cell($"{XlsxColumn(c)}{r + 2}");
                var expected = dates.Contains(c) && cell is not null
                    ? DateTime.FromOADate(double.Parse(sheet.Text(cell), CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : sheet.Text(cell);
                Assert.That(csv[r][c], Is.EqualTo(expected), $"row {r + 1}, {headers[c]}");
            }
        Assert.That(csv.Select(r => r[0]), Is.EqualTo(new[] { "1 / 1.1 / 1", "1 / 1.1 / 2", "2 / 2.1 / 1" }));
        Assert.That(csv[1][headers.ToList().IndexOf("RAG 09/26")], Is.EqualTo("No score (update not available)"));
    }

    private static string XlsxColumn(int index) => ActionPlanTracker.Features.Reports.XlsxReport.ColumnName(index);
}

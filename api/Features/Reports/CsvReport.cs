using System.Globalization;
using CsvHelper;

namespace ActionPlanTracker.Features.Reports;

/// <summary>
/// The Excel download's grid as CSV: the same columns and rows (<see cref="ReportGrid"/>), UTF-8 with a byte-order mark
/// (without one Excel reads UTF-8 as the PC's code page and mangles names such as "Siobhán"), RFC 4180 quoting and CRLF
/// line ends. Dates are ISO 8601 (yyyy-MM-dd): unambiguous in any program and any locale.
/// </summary>
public static class CsvReport
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Mode = CsvMode.Rfc4180,
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        // A cell that starts with = + - @ or a tab would run as a formula when the file is opened in a spreadsheet:
        // CsvHelper puts an apostrophe in front of such cells (and quotes them), so a narrative can never become a command.
        Injection = CsvInjection.Escape,
    };

    public static byte[] Write(ReportResponse report)
    {
        var columns = ReportGrid.Columns(report);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            foreach (var column in columns) csv.WriteField(column.Header);
            csv.EndRecord();
            foreach (var row in ReportGrid.Rows(report))
            {
                foreach (var column in columns) csv.WriteField(Text(column, row));
                csv.EndRecord();
            }
        }
        return stream.ToArray();
    }

    private static string Text(ReportColumn column, ReportRow row) => column.Value(row) switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ReportScore score => score.Text,
        var value => value.ToString() ?? "",
    };
}

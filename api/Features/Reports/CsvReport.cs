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

    /// <summary>The scorecard CSV's columns, in order.</summary>
    public static readonly string[] ScorecardHeaders =
    [
        "Reference", "Indicator", "Unit", "Decimal places", "Polarity", "Owners", "Period", "Period label", "Value", "State", "Target",
        "Target as shown", "RAG", "Since the previous period", "Year on year", "Year to date", "Baseline", "Statistical neighbours' average",
        "Gap to statistical neighbours", "Against statistical neighbours", "Against target", "Figures to",
        "numerator", "denominator", "ytd numerator", "ytd denominator",
    ];

    /// <summary>
    /// The scorecard as its own table, one row per indicator: a second file beside the plan's, because one file holding
    /// two tables of different columns would break every program that loads it. Numbers are plain (87.5, invariant, at
    /// the precision held), the state is the API's word (being-collated) and RAG and direction the report's words.
    /// A plan without indicators gets the header row alone. The last four columns (numerator, denominator, ytd numerator,
    /// ytd denominator) are a ratio indicator's counts, empty for the others.
    /// </summary>
    public static byte[] WriteScorecard(ReportScorecard? scorecard)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            foreach (var header in ScorecardHeaders) csv.WriteField(header);
            csv.EndRecord();
            foreach (var i in scorecard?.Indicators ?? [])
            {
                object?[] fields =
                [
                    i.Reference, i.Name, i.Unit, i.DecimalPlaces.ToString(CultureInfo.InvariantCulture), i.Polarity, i.Owners, i.Period, i.PeriodLabel,
                    i.Value, i.State, i.Target, i.TargetText, i.RagText, i.DirectionText, i.YearOnYearText, i.YearToDate,
                    i.Baseline, i.Neighbours, i.NeighboursGap, i.NeighboursJudgement, i.RagSentence, scorecard!.AsOf,
                    // Added after the first columns (issue 15): a ratio indicator's counts, empty for the others.
                    i.Numerator, i.Denominator, i.YearToDateNumerator, i.YearToDateDenominator,
                ];
                foreach (var field in fields)
                    // Numbers are written as numbers, so a negative gap (-3.5) is not taken for a formula and escaped.
                    if (field is double number) csv.WriteField(number, "R", CultureInfo.InvariantCulture);
                    else csv.WriteField(field as string ?? "");
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

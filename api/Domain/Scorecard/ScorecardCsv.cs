using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ActionPlanTracker.Domain.Import;

namespace ActionPlanTracker.Domain.Scorecard;

/// <summary>The columns a scorecard CSV may have; only indicator, period and value are needed.</summary>
public enum ScorecardColumn { Indicator, Period, Value, State, Note, YearToDate, Direction, Numerator, Denominator }

/// <summary>A scorecard CSV as read: which column holds what, the data rows with their line numbers, and the headers not used.</summary>
public sealed record ScorecardCsvTable(IReadOnlyDictionary<ScorecardColumn, int> Columns, IReadOnlyList<string> Headers,
    IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Rows, IReadOnlyList<string> Ignored, bool Positional)
{
    /// <summary>The cell of a column in a row, trimmed; empty when the file has no such column.</summary>
    public string Cell(IReadOnlyList<string> cells, ScorecardColumn column) =>
        Columns.TryGetValue(column, out var index) && index < cells.Count ? cells[index].Trim() : "";

    public bool Has(ScorecardColumn column) => Columns.ContainsKey(column);

    /// <summary>The header as the file wrote it ("Month"), or the column's own name when the file had no header.</summary>
    public string HeaderOf(ScorecardColumn column) =>
        Columns.TryGetValue(column, out var index) && index < Headers.Count && Headers[index].Trim().Length > 0 ? Headers[index].Trim() : ScorecardCsv.Names[column];
}

/// <summary>
/// Reads a scorecard's values from CSV (issue 15): header names matched loosely ("Indicator", "Ref", "Month", "Actual"),
/// periods as <c>YYYY-MM</c>, "Apr-25", "April 2025", "Q1 2025/26" or "2025/26", values as "87.5%" or "1,234"
/// (<see cref="PrintedFigures.ParseValue"/>), and the words councils use for a period without a number. A 0 is read as
/// a 0 here; whether it looks like a placeholder is the import's question, not the reader's.
/// </summary>
public static partial class ScorecardCsv
{
    public static readonly IReadOnlyDictionary<ScorecardColumn, string> Names = new Dictionary<ScorecardColumn, string>
    {
        [ScorecardColumn.Indicator] = "Indicator", [ScorecardColumn.Period] = "Period", [ScorecardColumn.Value] = "Value",
        [ScorecardColumn.State] = "State", [ScorecardColumn.Note] = "Note", [ScorecardColumn.YearToDate] = "Year to date",
        [ScorecardColumn.Direction] = "Direction", [ScorecardColumn.Numerator] = "Numerator", [ScorecardColumn.Denominator] = "Denominator",
    };

    // Headers squeezed to letters and digits, lower case: "Indicator ref." → "indicatorref".
    private static readonly (ScorecardColumn Column, string[] Exact, string[] Contains)[] HeaderWords =
    [
        (ScorecardColumn.YearToDate, ["ytd", "yeartodate", "printedytd", "ytdvalue", "ytdactual", "cumulative"], ["yeartodate", "ytd"]),
        (ScorecardColumn.Direction, ["direction", "dot", "directionoftravel", "trend", "printeddirection", "travel"], ["direction"]),
        (ScorecardColumn.Numerator, ["numerator", "num", "top"], ["numerator"]),
        (ScorecardColumn.Denominator, ["denominator", "den", "denom", "bottom", "cohort"], ["denominator"]),
        (ScorecardColumn.Indicator, ["indicator", "ref", "reference", "indicatorref", "indicatorreference", "kpi", "kpiref", "pi", "piref", "code", "measure", "id"], ["indicator", "kpi", "ref"]),
        (ScorecardColumn.Period, ["period", "month", "quarter", "date", "periodstart", "monthending", "reportingperiod", "when"], ["period", "month", "quarter"]),
        (ScorecardColumn.State, ["state", "status", "reason", "datastatus", "flag"], ["state", "status"]),
        (ScorecardColumn.Note, ["note", "notes", "comment", "comments", "commentary", "narrative"], ["note", "comment"]),
        (ScorecardColumn.Value, ["value", "figure", "actual", "result", "outturn", "performance", "data", "amount", "number"], ["value", "actual", "outturn"]),
    ];

    /// <summary>The column a header names, or null.</summary>
    public static ScorecardColumn? ColumnFor(string header)
    {
        var squeezed = NotLetters().Replace(header.ToLowerInvariant(), "");
        if (squeezed.Length == 0) return null;
        foreach (var (column, exact, _) in HeaderWords)
            if (exact.Contains(squeezed)) return column;
        foreach (var (column, _, contains) in HeaderWords)
            if (contains.Any(squeezed.Contains)) return column;
        return null;
    }

    /// <summary>
    /// Reads a CSV already split into cells (the plan import's DelimitedReader: quoting, line breaks in cells, comma,
    /// semicolon or tab). The first row is the header when it names at least two of indicator, period and value; otherwise
    /// the columns are taken in order: indicator, period, value, state, note.
    /// </summary>
    public static ScorecardCsvTable Read(SourceTable? table)
    {
        var records = (table?.Rows ?? [])
            .Select(row => (Line: row.Number, Cells: (IReadOnlyList<string>)row.Cells.Select(c => c.Text).ToList()))
            .Where(row => !row.Cells.All(string.IsNullOrWhiteSpace))
            .ToList();
        if (records.Count == 0) return new(new Dictionary<ScorecardColumn, int>(), [], [], [], false);

        var header = records[0].Cells;
        var columns = new Dictionary<ScorecardColumn, int>();
        var ignored = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            if (ColumnFor(header[i]) is { } column && !columns.ContainsKey(column)) columns[column] = i;
            else if (!string.IsNullOrWhiteSpace(header[i])) ignored.Add(header[i].Trim());
        }
        var named = new[] { ScorecardColumn.Indicator, ScorecardColumn.Period, ScorecardColumn.Value }.Count(columns.ContainsKey);
        if (named >= 2) return new(columns, header, records.Skip(1).ToList(), ignored, false);

        var positional = new Dictionary<ScorecardColumn, int>
        {
            [ScorecardColumn.Indicator] = 0, [ScorecardColumn.Period] = 1, [ScorecardColumn.Value] = 2, [ScorecardColumn.State] = 3, [ScorecardColumn.Note] = 4,
        };
        return new(positional, [], records, [], true);
    }

    /// <summary>
    /// A period's first month from "2025-04", "2025-04-01", "01/04/2025", "Apr-25", "Apr 2025", "April 2025", "Q1 2025/26",
    /// "Q1 2025-26", "2025/26" (the year's first month), with the council's year starting in <paramref name="yearStartMonth"/>.
    /// Null when it is none of these.
    /// </summary>
    public static ReportingPeriod? ReadPeriod(string text, int yearStartMonth)
    {
        var t = Spaces().Replace(text.Trim(), " ");
        if (IsoMonth().Match(t) is { Success: true } iso
            && Month(int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture)) is { } isoMonth)
            return isoMonth;
        if (UkDate().Match(t) is { Success: true } uk)
            return Month(int.Parse(uk.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(uk.Groups["m"].Value, CultureInfo.InvariantCulture));
        if (Quarter().Match(t) is { Success: true } quarter)
        {
            var q = int.Parse(quarter.Groups["q"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(quarter.Groups["y"].Value, CultureInfo.InvariantCulture);
            return q is >= 1 and <= 4 ? new ReportingPeriod(year, yearStartMonth).AddMonths((q - 1) * 3) : null;
        }
        if (CouncilYear().Match(t) is { Success: true } whole)
        {
            var first = int.Parse(whole.Groups["y"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(whole.Groups["z"].Value, CultureInfo.InvariantCulture);
            return (first + 1) % 100 == second % 100 ? new ReportingPeriod(first, yearStartMonth) : null;
        }
        if (NamedMonth().Match(t) is { Success: true } named && MonthNumber(named.Groups["m"].Value) is { } month)
        {
            var y = int.Parse(named.Groups["y"].Value, CultureInfo.InvariantCulture);
            return Month(y < 100 ? 2000 + y : y, month);
        }
        return null;
    }

    /// <summary>
    /// The state a cell's words say, or null: "being collated", "collating", "awaiting data" → being collated; "not yet
    /// due" → not yet due; "not published", "n/a", "not available", ".." , "x" → not published; "suppressed", "*", "c",
    /// "&lt;5", "low numbers" → suppressed; "value" → value.
    /// </summary>
    public static ValueState? ReadState(string text)
    {
        var t = Spaces().Replace(text.Trim().ToLowerInvariant().Replace('_', ' ').Replace('-', ' '), " ");
        return t switch
        {
            "value" or "actual" => ValueState.Value,
            "being collated" or "collating" or "being collected" or "awaiting data" or "awaiting" or "pending" or "data awaited" or "tbc" or "to be confirmed" => ValueState.BeingCollated,
            "not yet due" or "not due" or "nyd" or "not due yet" => ValueState.NotYetDue,
            "not published" or "unpublished" or "n/a" or "na" or "n.a." or "not available" or ".." or "x" or "z" => ValueState.NotPublished,
            "suppressed" or "supp" or "*" or "c" or "<5" or "< 5" or "low numbers" or "small numbers" => ValueState.Suppressed,
            _ => null,
        };
    }

    /// <summary>A number as printed ("87.5%", "1,234", "-2"), through <see cref="PrintedFigures.ParseValue"/>; null when it is not one.</summary>
    public static double? ReadNumber(string text) => PrintedFigures.ParseValue(text.Trim());

    /// <summary>Text councils type where there is no figure ("-", "TBC", "?", "N/A"), as the plan import reads score cells; a 0 is not one here.</summary>
    public static bool IsBlankLike(string text) =>
        text.Trim().Length == 0 || (ReadNumber(text) is null && CellReadings.IsPlaceholder(text));

    private static ReportingPeriod? Month(int year, int month) => month is >= 1 and <= 12 && year is >= 1990 and <= 2100 ? new ReportingPeriod(year, month) : null;

    private static int? MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        if (lower == "sept") lower = "sep";
        for (var m = 1; m <= 12; m++)
        {
            var full = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m).ToLowerInvariant();
            if (lower == full || (lower.Length >= 3 && full.StartsWith(lower, StringComparison.Ordinal))) return m;
        }
        return null;
    }

    [GeneratedRegex(@"[^a-z0-9]")]
    private static partial Regex NotLetters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})(?:-\d{1,2})?$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^\d{1,2}/(?<m>\d{1,2})/(?<y>\d{4})$")]
    private static partial Regex UkDate();

    [GeneratedRegex(@"^Q(?<q>\d)\s*(?<y>\d{4})\s*[/\-–]\s*\d{2,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?<y>\d{4})\s*[/\-–]\s*(?<z>\d{2}|\d{4})$")]
    private static partial Regex CouncilYear();

    [GeneratedRegex(@"^(?<m>[A-Za-z]{3,9}\.?)[\s\-/']*(?<y>\d{4}|\d{2})$")]
    private static partial Regex NamedMonth();
}

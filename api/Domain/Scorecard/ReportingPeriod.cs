using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Scorecard;

/// <summary>A reporting period, named by its first calendar month and written <c>YYYY-MM</c>.</summary>
public readonly record struct ReportingPeriod(int Year, int Month) : IComparable<ReportingPeriod>
{
    /// <summary>Months since year 0, so periods can be compared and counted.</summary>
    public int Index => Year * 12 + Month - 1;

    public static ReportingPeriod FromIndex(int index) => new(index / 12, index % 12 + 1);

    public ReportingPeriod AddMonths(int months) => FromIndex(Index + months);

    public int CompareTo(ReportingPeriod other) => Index.CompareTo(other.Index);

    public static bool operator <(ReportingPeriod a, ReportingPeriod b) => a.Index < b.Index;
    public static bool operator >(ReportingPeriod a, ReportingPeriod b) => a.Index > b.Index;
    public static bool operator <=(ReportingPeriod a, ReportingPeriod b) => a.Index <= b.Index;
    public static bool operator >=(ReportingPeriod a, ReportingPeriod b) => a.Index >= b.Index;

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    /// <summary>"May 2025".</summary>
    public string MonthLabel => $"{MonthName(Month)} {Year}";

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}

/// <summary>The outcome of reading a period: the period, or a message naming what is allowed.</summary>
public sealed record PeriodReading(ReportingPeriod? Period, string? Error);

/// <summary>
/// The periods of one indicator: its frequency and the month the council's year starts in (April by default,
/// setting <c>Tracker:Scorecard:YearStartMonth</c>). A quarterly indicator's periods start at the year's start month
/// and every 3 months after; an annual one's at the start month. A year is named by the calendar year it starts in.
/// </summary>
public sealed partial class PeriodCalendar
{
    public const int DefaultYearStartMonth = 4;

    public PeriodCalendar(Frequency frequency, int yearStartMonth = DefaultYearStartMonth)
    {
        if (yearStartMonth is < 1 or > 12)
            throw new ArgumentOutOfRangeException(nameof(yearStartMonth), yearStartMonth, "The year's start month is 1 to 12.");
        Frequency = frequency;
        YearStartMonth = yearStartMonth;
    }

    public Frequency Frequency { get; }
    public int YearStartMonth { get; }

    /// <summary>1, 3 or 12.</summary>
    public int MonthsPerPeriod => Frequency switch { Frequency.Monthly => 1, Frequency.Quarterly => 3, _ => 12 };

    /// <summary>Reads <c>YYYY-MM</c> and checks that it starts one of this indicator's periods.</summary>
    public PeriodReading Parse(string? text)
    {
        var match = PeriodPattern().Match(text ?? "");
        if (!match.Success)
            return new(null, $"Write the period as YYYY-MM, the first month of the period (for example {new ReportingPeriod(2025, YearStartMonth)}); \"{text}\" was given.");
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
            return new(null, $"A period's month is 01 to 12; \"{text}\" was given.");
        var period = new ReportingPeriod(year, month);
        return StartsAPeriod(period) ? new(period, null) : new(null, $"{AllowedStarts()}; {period} ({period.MonthLabel}) is not one.");
    }

    /// <summary>True when the month starts one of this indicator's periods (any month, for a monthly indicator).</summary>
    public bool StartsAPeriod(ReportingPeriod period) => ((period.Month - YearStartMonth + 12) % 12) % MonthsPerPeriod == 0;

    /// <summary>"Quarterly periods start in April, July, October and January".</summary>
    public string AllowedStarts()
    {
        var months = Enumerable.Range(0, 12 / MonthsPerPeriod)
            .Select(i => ReportingPeriod.MonthName((YearStartMonth - 1 + i * MonthsPerPeriod) % 12 + 1)).ToList();
        return Frequency switch
        {
            Frequency.Monthly => "Monthly periods start in any month",
            Frequency.Quarterly => $"Quarterly periods start in {string.Join(", ", months[..^1])} and {months[^1]}",
            _ => $"Annual periods start in {months[0]}, when the council's year starts",
        };
    }

    /// <summary>Reads a year written by its starting calendar year, <c>YYYY</c> (2025 is April 2025 to March 2026 with an April start).</summary>
    public static (int? Year, string? Error) ParseYear(string? text) =>
        YearPattern().IsMatch(text ?? "") && int.Parse(text!, CultureInfo.InvariantCulture) is var year and >= 1900 and <= 2200
            ? (year, null)
            : (null, $"Write the year as YYYY, the calendar year it starts in (2025 for 2025/26); \"{text}\" was given.");

    /// <summary>The year (by its starting calendar year) that a month falls in: with an April start, March 2026 is in 2025.</summary>
    public int YearOf(ReportingPeriod period) => period.Month >= YearStartMonth ? period.Year : period.Year - 1;

    public ReportingPeriod FirstMonthOfYear(int year) => new(year, YearStartMonth);

    /// <summary>The periods of a year in order: 12 months, 4 quarters or 1 year.</summary>
    public IReadOnlyList<ReportingPeriod> PeriodsOf(int year) =>
        Enumerable.Range(0, 12 / MonthsPerPeriod).Select(i => FirstMonthOfYear(year).AddMonths(i * MonthsPerPeriod)).ToList();

    public ReportingPeriod Previous(ReportingPeriod period) => period.AddMonths(-MonthsPerPeriod);

    public ReportingPeriod SamePeriodYearBefore(ReportingPeriod period) => period.AddMonths(-12);

    /// <summary>The period's last day.</summary>
    public DateOnly LastDay(ReportingPeriod period) => new DateOnly(period.Year, period.Month, 1).AddMonths(MonthsPerPeriod).AddDays(-1);

    /// <summary>A period is not yet due while it has not ended: on its last day or before. <paramref name="today"/> is passed in, never read from the clock.</summary>
    public bool IsNotYetDue(ReportingPeriod period, DateOnly today) => today <= LastDay(period);

    /// <summary>"2025/26" for a year starting in April 2025; "2025" when the year is the calendar year.</summary>
    public string YearLabel(int year) => YearStartMonth == 1 ? year.ToString(CultureInfo.InvariantCulture) : $"{year}/{(year + 1) % 100:D2}";

    /// <summary>"May 2025", "Q1 2025/26 (April to June 2025)", or "2025/26".</summary>
    public string Label(ReportingPeriod period) => Frequency switch
    {
        Frequency.Monthly => period.MonthLabel,
        Frequency.Quarterly => $"Q{QuarterOf(period)} {YearLabel(YearOf(period))} ({MonthRange(period, period.AddMonths(2))})",
        _ => YearLabel(YearOf(period)),
    };

    /// <summary>The short name of a period in a list: "May 2025", "Q1 2025/26", "2025/26".</summary>
    public string ShortLabel(ReportingPeriod period) => Frequency == Frequency.Quarterly
        ? $"Q{QuarterOf(period)} {YearLabel(YearOf(period))}"
        : Label(period);

    /// <summary>"April to July 2025", "November 2025 to January 2026", "May 2025" (one month).</summary>
    public static string MonthRange(ReportingPeriod first, ReportingPeriod last) =>
        first == last ? first.MonthLabel
        : first.Year == last.Year ? $"{ReportingPeriod.MonthName(first.Month)} to {last.MonthLabel}"
        : $"{first.MonthLabel} to {last.MonthLabel}";

    /// <summary>The periods from <paramref name="first"/> to the end of <paramref name="last"/>, as months: "April to July 2025", "Q1 to Q2 2025/26 (April to September 2025)".</summary>
    public string RangeLabel(ReportingPeriod first, ReportingPeriod last) => MonthRange(first, last.AddMonths(MonthsPerPeriod - 1));

    private int QuarterOf(ReportingPeriod period) => (period.Month - YearStartMonth + 12) % 12 / 3 + 1;

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})$")]
    private static partial Regex PeriodPattern();
}

using System.Globalization;

namespace ActionPlanTracker.Features.Scorecard;

/// <summary>
/// The range and period checks the scorecard's writes make, in one place. Interim: when the calculations of
/// api/Domain/Scorecard (period parsing, value range rules) land, these delegate to them.
/// </summary>
public static class ScorecardChecks
{
    /// <summary>The setting naming the month the council's year starts in (1–12, default 4: April).</summary>
    public const string YearStartMonthSetting = "Tracker:Scorecard:YearStartMonth";

    public static int YearStartMonth(IConfiguration configuration) =>
        configuration.GetValue<int?>(YearStartMonthSetting) is { } month and >= 1 and <= 12 ? month : 4;

    /// <summary>The first day of a period written YYYY-MM, or null when it is not one.</summary>
    public static DateOnly? PeriodStart(string? period) =>
        period is { Length: 7 } && DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
        && start.Year is >= 1990 and <= 2100 ? start : null;

    public static int MonthsIn(string frequency) => frequency switch { "quarterly" => 3, "annual" => 12, _ => 1 };

    /// <summary>The period's last day.</summary>
    public static DateOnly PeriodEnd(DateOnly start, string frequency) => start.AddMonths(MonthsIn(frequency)).AddDays(-1);

    /// <summary>Why this period cannot be one of an indicator of this frequency, or null when it can.</summary>
    public static string? PeriodProblem(string period, string frequency, int yearStartMonth)
    {
        if (PeriodStart(period) is not { } start) return $"Write the period as YYYY-MM, its first month (\"2025-04\"); \"{period}\" is not one.";
        var months = MonthsIn(frequency);
        if (((start.Month - yearStartMonth) % months + months) % months == 0) return null;
        var firsts = Enumerable.Range(0, 12 / months).Select(i => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName((yearStartMonth - 1 + i * months) % 12 + 1));
        return $"This indicator is {frequency}: its periods start in {string.Join(", ", firsts)}, so {period} is not one of them.";
    }

    /// <summary>Why a number cannot be a value of this unit, or null when it can.</summary>
    public static string? ValueProblem(double value, string unit)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "Enter a number.";
        if (Math.Abs(value * 10_000 - Math.Round(value * 10_000)) > 1e-6 * Math.Max(1, Math.Abs(value)))
            return "Enter the value with at most 4 decimal places.";
        return unit switch
        {
            "percentage" when value is < 0 or > 100 => "A percentage is between 0 and 100.",
            "number" when value < 0 => "A count cannot be negative.",
            "rate-per-10000" when value < 0 => "A rate per 10,000 cannot be negative.",
            "days" when value < 0 => "A number of days cannot be negative.",
            "ratio" when value < 0 => "A ratio cannot be negative.",
            _ => null,
        };
    }

    /// <summary>A number with at most 4 decimal places, of any sign (targets, baselines, comparators).</summary>
    public static bool FourDecimals(double? value) =>
        value is not { } v || (!double.IsNaN(v) && !double.IsInfinity(v) && Math.Abs(v * 10_000 - Math.Round(v * 10_000)) <= 1e-6 * Math.Max(1, Math.Abs(v)));
}

using System.Globalization;
using ActionPlanTracker.Domain.Scorecard;

namespace ActionPlanTracker.Tests.Domain.Scorecard;

/// <summary>Values written as text, so a table row reads like the scorecard: "2025-04=80; 2025-05=being-collated; 2025-06=82.5(33/40)".</summary>
internal static class ScorecardTestData
{
    public static ReportingPeriod P(string text) =>
        new(int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..7], CultureInfo.InvariantCulture));

    public static IReadOnlyList<PeriodEntry> Values(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Entry).ToList();

    private static PeriodEntry Entry(string text)
    {
        var (period, rest) = (P(text[..7]), text[8..]);
        if (ScorecardTerms.ValueStateFrom(rest) is { } state)
            return new PeriodEntry(period, state);
        var open = rest.IndexOf('(', StringComparison.Ordinal);
        if (open < 0)
            return PeriodEntry.Of(period, Number(rest));
        var fraction = rest[(open + 1)..^1].Split('/');
        return PeriodEntry.Of(period, Number(rest[..open]), Number(fraction[0]), Number(fraction[1]));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    public static IndicatorSettings Settings(string unit = "percentage", int places = 1, string polarity = "higher-is-better",
        string frequency = "monthly", string rule = "average", int startMonth = 4) =>
        new(ScorecardTerms.UnitFrom(unit)!.Value, places, ScorecardTerms.PolarityFrom(polarity)!.Value,
            ScorecardTerms.FrequencyFrom(frequency)!.Value, ScorecardTerms.YtdRuleFrom(rule)!.Value, startMonth);
}

using System.Globalization;
using ActionPlanTracker.Domain.Scorecard;

namespace ActionPlanTracker.Features.Scorecard;

/// <summary>
/// What changed in an indicator, one of its years (baseline, target, tolerance, interim targets) or one of its
/// comparators, in words for the indicator page's history: each changed detail with its old and new text, and a
/// sentence. Pure: the audit log's before and after in, words out.
/// </summary>
public static class IndicatorHistoryWords
{
    private static readonly Dictionary<string, string> Words = new()
    {
        ["percentage"] = "percentage", ["number"] = "number", ["rate-per-10000"] = "rate per 10,000 children", ["days"] = "days", ["ratio"] = "ratio",
        ["higher-is-better"] = "higher is better", ["lower-is-better"] = "lower is better", ["neither"] = "neither (contextual)",
        ["monthly"] = "monthly", ["quarterly"] = "quarterly", ["annual"] = "annual",
        ["sum"] = "sum", ["average"] = "average", ["latest"] = "latest", ["ratio-rule"] = "numerator over denominator",
    };

    private static string Word(string? token) => token is null ? "none" : Words.GetValueOrDefault(token, token);

    /// <summary>"the statistical neighbours' average", "England", "the region".</summary>
    public static string ComparatorWords(string kind) => kind switch
    {
        "statistical-neighbours" => "the statistical neighbours' average",
        "england" => "the England figure",
        "region" => "the region's figure",
        _ => kind,
    };

    private static string Quoted(string? text) => string.IsNullOrWhiteSpace(text) ? "none" : $"“{text}”";

    private static void Add(List<IndicatorHistoryDetail> details, string what, string before, string after)
    {
        if (before != after) details.Add(new IndicatorHistoryDetail { What = what, Before = before, After = after });
    }

    /// <summary>The details of an indicator that differ (a created or deleted one: every detail on its side).</summary>
    public static List<IndicatorHistoryDetail> IndicatorDetails(IndicatorResponse? before, IndicatorResponse? after)
    {
        var details = new List<IndicatorHistoryDetail>();
        if (before is null || after is null) return details;
        Add(details, "Reference", before.Reference, after.Reference);
        Add(details, "Name", Quoted(before.Name), Quoted(after.Name));
        Add(details, "Definition", Quoted(before.Definition), Quoted(after.Definition));
        Add(details, "Unit", Word(before.Unit), Word(after.Unit));
        Add(details, "Decimal places", before.DecimalPlaces.ToString(CultureInfo.InvariantCulture), after.DecimalPlaces.ToString(CultureInfo.InvariantCulture));
        Add(details, "Polarity", Word(before.Polarity), Word(after.Polarity));
        Add(details, "Frequency", Word(before.Frequency), Word(after.Frequency));
        Add(details, "Year to date", Word(before.YtdRule == "ratio" ? "ratio-rule" : before.YtdRule), Word(after.YtdRule == "ratio" ? "ratio-rule" : after.YtdRule));
        Add(details, "Data source", Quoted(before.DataSource), Quoted(after.DataSource));
        Add(details, "Numerator counts", Quoted(before.NumeratorLabel), Quoted(after.NumeratorLabel));
        Add(details, "Denominator counts", Quoted(before.DenominatorLabel), Quoted(after.DenominatorLabel));
        Add(details, "Owners", Owners(before), Owners(after));
        Add(details, "Plan items it evidences", Links(before), Links(after));
        Add(details, "Place in the scorecard", (before.Position + 1).ToString(CultureInfo.InvariantCulture), (after.Position + 1).ToString(CultureInfo.InvariantCulture));
        return details;
    }

    private static string Owners(IndicatorResponse indicator) =>
        indicator.Owners.Count == 0 ? "none" : string.Join(", ", indicator.Owners.Select(o => o.Name ?? $"person {o.Id}"));

    private static string Links(IndicatorResponse indicator) =>
        indicator.Links.Count == 0 ? "none" : string.Join(", ", indicator.Links.Select(l => $"{l.Kind} {l.Id}"));

    /// <summary>A year's baseline, target, tolerance and interim targets, old and new, at the indicator's unit and places.</summary>
    public static List<IndicatorHistoryDetail> YearDetails(IndicatorYearResponse? before, IndicatorYearResponse? after, IndicatorSettings? settings)
    {
        var details = new List<IndicatorHistoryDetail>();
        string Figure(double? value) => value is not { } v ? "none"
            : settings is null ? v.ToString(CultureInfo.InvariantCulture) : ScorecardNumbers.Format(v, settings.Unit, settings.DecimalPlaces);
        string Band(double? value) => value is not { } v ? "none"
            : settings is null ? v.ToString(CultureInfo.InvariantCulture) : ScorecardNumbers.Difference(v, settings.Unit, settings.DecimalPlaces);
        string Interims(IndicatorYearResponse? year) => year is null || year.InterimTargets.Count == 0 ? "none"
            : string.Join(", ", year.InterimTargets.Select(t => $"{Figure(t.Target)} by {MonthOf(t.Period)}"));
        Add(details, "Baseline", Figure(before?.Baseline), Figure(after?.Baseline));
        Add(details, "Baseline as printed", Quoted(before?.BaselineText), Quoted(after?.BaselineText));
        Add(details, "Target", Figure(before?.Target), Figure(after?.Target));
        Add(details, "Target as printed", Quoted(before?.TargetText), Quoted(after?.TargetText));
        Add(details, "Tolerance", Band(before?.Tolerance), Band(after?.Tolerance));
        Add(details, "Interim targets", Interims(before), Interims(after));
        return details;
    }

    /// <summary>A comparator's figure, the year it is for and its source, old and new.</summary>
    public static List<IndicatorHistoryDetail> ComparatorDetails(ComparatorResponse? before, ComparatorResponse? after, IndicatorSettings? settings)
    {
        var details = new List<IndicatorHistoryDetail>();
        string Figure(double? value) => value is not { } v ? "none"
            : settings is null ? v.ToString(CultureInfo.InvariantCulture) : ScorecardNumbers.Format(v, settings.Unit, settings.DecimalPlaces);
        Add(details, "Value", Figure(before?.Value), Figure(after?.Value));
        Add(details, "Figures for", before?.FigureYear ?? "none", after?.FigureYear ?? "none");
        Add(details, "Source", before?.Source ?? "none", after?.Source ?? "none");
        return details;
    }

    /// <summary>"May 2025" for 2025-05.</summary>
    public static string MonthOf(string period) =>
        new PeriodCalendar(Frequency.Monthly).Parse(period).Period is { } p ? p.MonthLabel : period;

    /// <summary>"target from 100.0% to 95.0% and tolerance from none to 2.0 percentage points".</summary>
    public static string Listed(IReadOnlyList<IndicatorHistoryDetail> details) =>
        Joined(details.Select(d => $"{char.ToLowerInvariant(d.What[0])}{d.What[1..]} from {d.Before} to {d.After}").ToList());

    /// <summary>"baseline 80.0%, target 100.0% and tolerance 5.0 percentage points": the side of a create or delete.</summary>
    public static string Given(IReadOnlyList<IndicatorHistoryDetail> details, bool after) =>
        Joined(details.Select(d => (d.What, Text: after ? d.After : d.Before)).Where(d => d.Text != "none")
            .Select(d => $"{char.ToLowerInvariant(d.What[0])}{d.What[1..]} {d.Text}").ToList());

    private static string Joined(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
    };
}

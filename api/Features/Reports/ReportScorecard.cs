using System.Globalization;
using ActionPlanTracker.Domain.Scorecard;
using ActionPlanTracker.Features.Scorecard;

namespace ActionPlanTracker.Features.Reports;

/// <summary>
/// The report's "Performance scorecard" section (issue 15): the plan's indicators as at the scorecard period the report's
/// date falls after, taken from the scorecard read model as it is (RAG, direction of travel, year to date and their
/// sentences are the read model's; nothing here computes one). Null on a report of a plan without indicators.
/// </summary>
public sealed record ReportScorecard
{
    /// <summary>The period the figures run to, YYYY-MM: the latest period ended on or before the report's date, or the latest with a figure when that is earlier.</summary>
    public string AsOf { get; init; } = "";
    /// <summary>"September 2025".</summary>
    public string AsOfLabel { get; init; } = "";
    /// <summary>"2025/26": the council year the figures fall in.</summary>
    public string YearLabel { get; init; } = "";
    /// <summary>The section's heading: "Performance scorecard: figures to September 2025".</summary>
    public string Heading { get; init; } = "";
    /// <summary>The section's opening sentence: how many indicators, how many of each RAG, how many getting worse.</summary>
    public string Sentence { get; init; } = "";
    public required ReportScorecardCounts Counts { get; init; }
    /// <summary>Every indicator of the plan, in the plan's order.</summary>
    public IReadOnlyList<ReportIndicator> Indicators { get; init; } = [];
}

/// <summary>Indicators by RAG, and how many are getting worse (declining since the previous period).</summary>
public sealed record ReportScorecardCounts(int Green, int Amber, int Red, int NoTarget, int NoValue, int Declining);

/// <summary>One indicator's row: numbers for Excel and CSV beside the words every format prints.</summary>
public sealed record ReportIndicator
{
    public long Id { get; init; }
    public string Reference { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>percentage, number, rate-per-10000, days, ratio.</summary>
    public string Unit { get; init; } = "";
    public int DecimalPlaces { get; init; }
    /// <summary>higher-is-better, lower-is-better, neither.</summary>
    public string Polarity { get; init; } = "";
    /// <summary>"Higher is better".</summary>
    public string PolarityText { get; init; } = "";
    public string Frequency { get; init; } = "";
    /// <summary>Owners' names joined with commas; empty when none is named.</summary>
    public string Owners { get; init; } = "";
    /// <summary>The latest period with a value or state up to the section's period, YYYY-MM; null when none.</summary>
    public string? Period { get; init; }
    /// <summary>"September 2025", "Q2 2025/26 (July to September 2025)".</summary>
    public string? PeriodLabel { get; init; }
    /// <summary>The latest number; null when the period has a state instead.</summary>
    public double? Value { get; init; }
    /// <summary>value, not-yet-due, being-collated, not-published or suppressed.</summary>
    public string? State { get; init; }
    /// <summary>"87.5%", "Being collated", "No figure yet".</summary>
    public string ValueText { get; init; } = "";
    public double? Target { get; init; }
    /// <summary>"90.0%", the target as printed beside it when there is one, or "No target".</summary>
    public string TargetText { get; init; } = "";
    /// <summary>green, amber, red, no-target, no-value.</summary>
    public string Rag { get; init; } = "";
    /// <summary>"Green", "Amber", "Red", "No target", "No figure".</summary>
    public string RagText { get; init; } = "";
    public string RagSentence { get; init; } = "";
    /// <summary>Against the previous period: improving, maintained, declining, up, down, not-comparable.</summary>
    public string Direction { get; init; } = "";
    public string DirectionText { get; init; } = "";
    public string DirectionSentence { get; init; } = "";
    /// <summary>Against the same period a year before.</summary>
    public string YearOnYear { get; init; } = "";
    public string YearOnYearText { get; init; } = "";
    public double? YearToDate { get; init; }
    /// <summary>"86.3%", or "No year to date".</summary>
    public string YearToDateText { get; init; } = "";
    public string YearToDateSentence { get; init; } = "";
    public double? Baseline { get; init; }
    public string BaselineText { get; init; } = "";
    /// <summary>The statistical neighbours' average, its gap (value − average) and judgement (better, worse, level; null for none).</summary>
    public double? Neighbours { get; init; }
    public string NeighboursText { get; init; } = "";
    public double? NeighboursGap { get; init; }
    public string? NeighboursJudgement { get; init; }
    /// <summary>True when red or amber, or declining since the previous period: the rows the sentences below the table explain.</summary>
    public bool NeedsAttention { get; init; }
    /// <summary>What a ratio indicator's numerator counts ("plans reviewed within timescales"); null when not said.</summary>
    public string? NumeratorLabel { get; init; }
    /// <summary>What its denominator counts ("plans due a review"); null when not said.</summary>
    public string? DenominatorLabel { get; init; }
    /// <summary>The latest period's numerator, when it was entered as two counts; null otherwise.</summary>
    public double? Numerator { get; init; }
    /// <summary>The latest period's denominator, when it was entered as two counts.</summary>
    public double? Denominator { get; init; }
    /// <summary>"42 of 48 plans reviewed within timescales": the latest period's counts in words; null without both counts.</summary>
    public string? CountsText { get; init; }
    /// <summary>The ratio rule's year to date: the sum of the counted periods' numerators; null otherwise.</summary>
    public double? YearToDateNumerator { get; init; }
    /// <summary>The sum of the counted periods' denominators.</summary>
    public double? YearToDateDenominator { get; init; }
    /// <summary>"126 of 144 plans reviewed within timescales": the year to date's summed counts in words; null without them.</summary>
    public string? YearToDateCountsText { get; init; }
}

/// <summary>The scorecard's words shared by the report's formats and the dashboard's block.</summary>
public static class ScorecardReportWords
{
    public static string Rag(string rag) => rag switch
    {
        "green" => "Green",
        "amber" => "Amber",
        "red" => "Red",
        "no-target" => "No target",
        _ => "No figure",
    };

    public static string Direction(string direction) => direction switch
    {
        "improving" => "Improving",
        "maintained" => "Maintained",
        "declining" => "Declining",
        "up" => "Up",
        "down" => "Down",
        _ => "Not comparable",
    };

    /// <summary>Red or amber, or getting worse since the previous period.</summary>
    public static bool NeedsAttention(string rag, string direction) => rag is "red" or "amber" || direction == "declining";

    /// <summary>
    /// The scorecard period a report judged on <paramref name="date"/> shows: the latest month ended by that date, or the
    /// scorecard's own latest month with a figure when that is earlier (a report made in December of figures that run to
    /// September says "to September", not "to November").
    /// </summary>
    public static ReportingPeriod AsOf(ScorecardSnapshot snapshot, DateOnly date, DateOnly today)
    {
        var byDate = new ReportingPeriod(date.Year, date.Month).AddMonths(date.AddDays(1).Day == 1 ? 0 : -1);
        var latest = ScorecardBuilder.DefaultAsOf(snapshot, today);
        return latest < byDate ? latest : byDate;
    }

    /// <summary>The scorecard read model as at <see cref="AsOf"/>; null when the plan has no indicators.</summary>
    public static ScorecardResponse? Read(ScorecardSnapshot snapshot, DateOnly date, DateOnly today, int yearStartMonth) =>
        snapshot.Indicators.Count == 0 ? null : ScorecardBuilder.Build(snapshot, AsOf(snapshot, date, today), today, yearStartMonth);

    /// <summary>The report's section from the read model, in its words; nothing is computed here.</summary>
    public static ReportScorecard? Section(ScorecardResponse? scorecard)
    {
        if (scorecard is null) return null;
        var c = scorecard.Counts;
        var counts = new ReportScorecardCounts(c.Green, c.Amber, c.Red, c.NoTarget, c.NoValue, c.Declining);
        return new ReportScorecard
        {
            AsOf = scorecard.AsOf,
            AsOfLabel = scorecard.AsOfLabel,
            YearLabel = scorecard.YearLabel,
            Heading = $"Performance scorecard: figures to {scorecard.AsOfLabel}",
            Sentence = Sentence(scorecard.Indicators.Count, counts),
            Counts = counts,
            Indicators = scorecard.Indicators.Select(Row).ToList(),
        };
    }

    private static ReportIndicator Row(ScorecardIndicator i)
    {
        var neighbours = i.Comparators.FirstOrDefault(x => x.Kind == "statistical-neighbours");
        // The latest period's counts are its series entry's (the read model's Latest carries the figure, not the counts).
        var latest = i.Latest is { Value: not null } l ? i.Series.LastOrDefault(p => p.Period == l.Period) : null;
        return new ReportIndicator
        {
            Id = i.Id, Reference = i.Reference, Name = i.Name, Unit = i.Unit, DecimalPlaces = i.DecimalPlaces, Polarity = i.Polarity,
            PolarityText = ScorecardSentences.PolarityWords(ScorecardTerms.PolarityFrom(i.Polarity) ?? Domain.Scorecard.Polarity.Neither),
            Frequency = i.Frequency,
            Owners = string.Join(", ", i.Owners.Select(o => o.Name)),
            Period = i.Latest?.Period, PeriodLabel = i.Latest?.Label,
            Value = i.Latest?.Value, State = i.Latest?.State,
            ValueText = i.Latest?.Display ?? "No figure yet",
            Target = i.Target?.Value,
            TargetText = i.Target is { } t
                ? (string.IsNullOrWhiteSpace(t.PrintedText) ? t.Display : $"{t.Display} (printed: {t.PrintedText.Trim()})") + (t.Interim ? ", interim" : "")
                : "No target",
            Rag = i.Rag, RagText = Rag(i.Rag), RagSentence = i.RagSentence,
            Direction = i.FromPrevious.Direction, DirectionText = Direction(i.FromPrevious.Direction), DirectionSentence = i.FromPrevious.Sentence,
            YearOnYear = i.YearOnYear.Direction, YearOnYearText = Direction(i.YearOnYear.Direction),
            YearToDate = i.YearToDate?.Value, YearToDateText = i.YearToDate?.Display ?? "No year to date", YearToDateSentence = i.YearToDate?.Sentence ?? "",
            Baseline = i.Baseline?.Value, BaselineText = i.Baseline?.Display ?? "No baseline",
            Neighbours = neighbours?.Value, NeighboursGap = neighbours?.Gap, NeighboursJudgement = neighbours?.Judgement,
            NeighboursText = neighbours is null ? "None recorded"
                : neighbours.Judgement is { } j ? $"{neighbours.Display} ({j})" : neighbours.Display,
            NeedsAttention = NeedsAttention(i.Rag, i.FromPrevious.Direction),
            NumeratorLabel = i.NumeratorLabel, DenominatorLabel = i.DenominatorLabel,
            Numerator = latest?.Numerator, Denominator = latest?.Denominator,
            CountsText = Counts(latest?.Numerator, latest?.Denominator, i.NumeratorLabel),
            YearToDateNumerator = i.YearToDate?.Numerator, YearToDateDenominator = i.YearToDate?.Denominator,
            YearToDateCountsText = Counts(i.YearToDate?.Numerator, i.YearToDate?.Denominator, i.NumeratorLabel),
        };
    }

    /// <summary>A count as the scorecard pages show it (ratio-values.ts countText): "42", "1,204", "12.5".</summary>
    public static string Count(double count) => count.ToString("#,##0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// "42 of 48" or, with the indicator's words, "42 of 48 plans reviewed within timescales" (as ratio-values.ts countsText);
    /// null unless both counts are given.
    /// </summary>
    public static string? Counts(double? numerator, double? denominator, string? numeratorLabel) =>
        numerator is { } top && denominator is { } bottom
            ? $"{Count(top)} of {Count(bottom)}" + (string.IsNullOrWhiteSpace(numeratorLabel) ? "" : " " + numeratorLabel.Trim())
            : null;

    /// <summary>"87.5% — 42 of 48 plans reviewed within timescales", or the figure alone without counts.</summary>
    public static string WithCounts(string display, string? counts) => counts is null ? display : $"{display} — {counts}";

    /// <summary>"4 indicators: 1 green, 1 amber, 1 red and 1 with no target; 1 getting worse since the previous period."</summary>
    public static string Sentence(int total, ReportScorecardCounts counts)
    {
        static string Plural(int n, string one, string many) => n == 1 ? one : many;
        var parts = new List<string>();
        if (counts.Green > 0) parts.Add($"{counts.Green} green");
        if (counts.Amber > 0) parts.Add($"{counts.Amber} amber");
        if (counts.Red > 0) parts.Add($"{counts.Red} red");
        if (counts.NoTarget > 0) parts.Add($"{counts.NoTarget} with no target");
        if (counts.NoValue > 0) parts.Add($"{counts.NoValue} with no figure for the period");
        var list = parts.Count switch
        {
            0 => "none judged",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
        };
        var worse = counts.Declining == 0 ? "none getting worse since the previous period"
            : $"{counts.Declining} getting worse since the previous period";
        return $"{total} {Plural(total, "indicator", "indicators")}: {list}; {worse}.";
    }
}

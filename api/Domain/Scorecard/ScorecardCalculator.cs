namespace ActionPlanTracker.Domain.Scorecard;

/// <summary>
/// The scorecard's computed figures: RAG against target, direction of travel, year to date, gaps to comparators and
/// change since the baseline. Computed, never typed; printed ones are checked by <see cref="PrintedScorecardFigures"/>.
/// </summary>
/// <remarks>
/// Every comparison is made at the indicator's decimal places, as the figures are shown (docs/domain-rules.md,
/// "Performance scorecard: the rules"). A period with a state (not yet due, being collated, not published,
/// suppressed) or absent has no number: it is skipped, never read as zero.
/// </remarks>
public static class ScorecardCalculator
{
    /// <param name="asOf">Leave out periods after this one (a report as at a month); null for all.</param>
    public static ScorecardFigures Calculate(IndicatorData data, ReportingPeriod? asOf = null)
    {
        var settings = data.Settings;
        var entries = data.Values
            .Where(entry => asOf is null || entry.Period <= asOf)
            .GroupBy(entry => entry.Period).Select(group => group.Last())
            .OrderBy(entry => entry.Period).ToList();
        var periods = entries.Select(entry => ForPeriod(data, entries, entry)).ToList();

        var latest = periods.LastOrDefault(p => p.Value is not null);
        var latestEntered = periods.LastOrDefault(p => p.State != ValueState.NotYetDue);
        var ytd = latestEntered is null ? null : YearToDateOf(settings, entries, latestEntered.Period);
        var gaps = latest is null ? [] : Gaps(settings, data.Comparators ?? [], latest);
        var sinceBaseline = latest is null ? null : SinceBaseline(settings, data.Years ?? [], latest);
        return new ScorecardFigures(periods, latest, latestEntered, ytd, gaps, sinceBaseline);
    }

    private static PeriodFigures ForPeriod(IndicatorData data, IReadOnlyList<PeriodEntry> entries, PeriodEntry entry)
    {
        var calendar = data.Settings.Calendar;
        return new PeriodFigures(entry.Period, calendar.Label(entry.Period), entry.State, entry.HasNumber ? entry.Value : null,
            RagOf(data, entry), SincePrevious(data.Settings, entries, entry), YearOnYear(data.Settings, entries, entry));
    }

    /// <summary>RAG for one period: interim target first, then the year's; polarity and tolerance decide.</summary>
    public static RagResult RagOf(IndicatorData data, PeriodEntry entry)
    {
        var settings = data.Settings;
        var calendar = settings.Calendar;
        var year = (data.Years ?? []).FirstOrDefault(y => y.Year == calendar.YearOf(entry.Period));
        var interim = (data.Interims ?? []).LastOrDefault(i => i.Period == entry.Period);
        var tolerance = Math.Abs(year?.Tolerance ?? 0);
        TargetUsed? target = interim is not null ? new(interim.Target, true, tolerance)
            : year?.Target is { } yearTarget ? new(yearTarget, false, tolerance)
            : null;

        if (!entry.HasNumber)
            return new(Rag.NoValue, target, null, $"No value: {calendar.Label(entry.Period)} {StateWords(entry)}.");
        if (settings.Polarity == Polarity.Neither)
            return new(Rag.NoTarget, target, null, ScorecardSentences.NoJudgement(settings, entry.Value!.Value));
        if (target is null)
            return new(Rag.NoTarget, null, null, $"No target for {calendar.YearLabel(calendar.YearOf(entry.Period))}.");

        var value = ScorecardNumbers.Round(entry.Value!.Value, settings.DecimalPlaces);
        var goal = ScorecardNumbers.Round(target.Value, settings.DecimalPlaces);
        var gap = ScorecardNumbers.Round(value - goal, settings.DecimalPlaces);
        var met = settings.Polarity == Polarity.HigherIsBetter ? value >= goal : value <= goal;
        var rag = met ? Rag.Green : Math.Abs(gap) <= tolerance + 1e-9 ? Rag.Amber : Rag.Red;
        var interimOf = target.Interim ? calendar.Label(entry.Period) : null;
        return new(rag, target, gap, ScorecardSentences.AgainstTarget(settings, value, target.Value, tolerance, rag, interimOf));
    }

    /// <summary>Against the latest earlier period with a number, passing over periods with a state or absent (named in the result).</summary>
    public static TravelResult SincePrevious(IndicatorSettings settings, IReadOnlyList<PeriodEntry> entries, PeriodEntry entry)
    {
        var calendar = settings.Calendar;
        var noun = PeriodNoun(settings.Frequency);
        if (!entry.HasNumber)
            return NotComparable($"Not comparable: {calendar.Label(entry.Period)} {StateWords(entry)}.");
        var before = entries.Where(e => e.Period < entry.Period && e.HasNumber).MaxBy(e => e.Period);
        if (before is null)
            return NotComparable($"Not comparable: no earlier {noun} has a number.");

        var skipped = new List<ReportingPeriod>();
        for (var p = calendar.Previous(entry.Period); p > before.Period; p = calendar.Previous(p))
            skipped.Add(p);
        skipped.Reverse();
        var passedOver = skipped.Count == 0 ? ""
            : $", the last {noun} with a number ({string.Join("; ", skipped.Select(p => $"{calendar.ShortLabel(p)} {StateWords(entries.FirstOrDefault(e => e.Period == p))}"))})";
        return Travel(settings, entry, before, skipped, passedOver);
    }

    /// <summary>Against the same period a year before; not comparable when that period has no number.</summary>
    public static TravelResult YearOnYear(IndicatorSettings settings, IReadOnlyList<PeriodEntry> entries, PeriodEntry entry)
    {
        var calendar = settings.Calendar;
        if (!entry.HasNumber)
            return NotComparable($"Not comparable: {calendar.Label(entry.Period)} {StateWords(entry)}.");
        var yearBefore = calendar.SamePeriodYearBefore(entry.Period);
        var then = entries.FirstOrDefault(e => e.Period == yearBefore);
        if (then is not { HasNumber: true })
            return NotComparable($"Not comparable: {calendar.Label(yearBefore)} {StateWords(then)}.");
        return Travel(settings, entry, then, [], "");
    }

    /// <summary>How <paramref name="now"/> moved from <paramref name="then"/>, equal at the indicator's places being maintained.</summary>
    public static KpiDirection Judge(double then, double now, Polarity polarity, int decimalPlaces)
    {
        var before = ScorecardNumbers.Round(then, decimalPlaces);
        var after = ScorecardNumbers.Round(now, decimalPlaces);
        if (before == after)
            return KpiDirection.Maintained;
        return polarity switch
        {
            Polarity.Neither => after > before ? KpiDirection.Up : KpiDirection.Down,
            Polarity.HigherIsBetter => after > before ? KpiDirection.Improving : KpiDirection.Declining,
            _ => after < before ? KpiDirection.Improving : KpiDirection.Declining,
        };
    }

    /// <summary>
    /// The year to date of the year <paramref name="upTo"/> falls in, from the year's first period to <paramref name="upTo"/>,
    /// by the indicator's rule.
    /// </summary>
    public static YearToDate YearToDateOf(IndicatorSettings settings, IReadOnlyList<PeriodEntry> entries, ReportingPeriod upTo)
    {
        var calendar = settings.Calendar;
        var year = calendar.YearOf(upTo);
        var inYear = calendar.PeriodsOf(year).Where(p => p <= upTo).ToList();
        var byPeriod = entries.GroupBy(e => e.Period).ToDictionary(g => g.Key, g => g.Last());
        var counted = inYear.Where(p => byPeriod.TryGetValue(p, out var e) && e.HasNumber).Select(p => byPeriod[p]).ToList();
        var skipped = inYear.Where(p => byPeriod.TryGetValue(p, out var e) && !e.HasNumber).Select(p => byPeriod[p]).ToList();
        var missing = inYear.Where(p => !byPeriod.ContainsKey(p)).ToList();
        var countedPeriods = counted.Select(e => e.Period).ToList();
        var tail = Tail(calendar, skipped, missing);
        var label = calendar.YearLabel(year);

        if (counted.Count == 0)
            return new(year, null, countedPeriods, skipped, missing, $"No year to date: no {PeriodNoun(settings.Frequency)} of {label} has a number yet{tail}.");

        var over = $"{Count(counted.Count, PeriodNoun(settings.Frequency))} ({Describe(calendar, countedPeriods)})";
        double? value;
        string how;
        switch (settings.YtdRule)
        {
            case YtdRule.Sum:
                value = counted.Sum(e => e.Value!.Value);
                how = $"sum of {over}";
                break;
            case YtdRule.Average:
                value = counted.Average(e => e.Value!.Value);
                how = $"average of {over}";
                break;
            case YtdRule.Latest:
                value = counted[^1].Value!.Value;
                how = $"the latest {PeriodNoun(settings.Frequency)} with a number, {calendar.ShortLabel(counted[^1].Period)}";
                break;
            default:
                var without = counted.Where(e => e.Numerator is null || e.Denominator is not > 0).Select(e => e.Period).ToList();
                if (without.Count > 0)
                    return new(year, null, countedPeriods, skipped, missing,
                        $"No year to date: it is the sum of numerators over the sum of denominators, and {Describe(calendar, without)} "
                        + $"{(without.Count == 1 ? "has" : "have")} a value without them{tail}.");
                var top = counted.Sum(e => e.Numerator!.Value);
                var bottom = counted.Sum(e => e.Denominator!.Value);
                value = IndicatorValueRules.FromFraction(top, bottom, settings.Unit);
                var scale = IndicatorValueRules.Scale(settings.Unit) switch { 100 => " × 100", 10_000 => " × 10,000", _ => "" };
                how = $"{ScorecardNumbers.Number(top, 4).TrimEnd('0').TrimEnd('.')} ÷ {ScorecardNumbers.Number(bottom, 4).TrimEnd('0').TrimEnd('.')}{scale}, "
                    + $"the sums over {over}";
                break;
        }
        return new(year, value, countedPeriods, skipped, missing,
            $"Year to date {ScorecardNumbers.Format(value.Value, settings.Unit, settings.DecimalPlaces)}: {how}{tail}.");
    }

    private static IReadOnlyList<ComparatorGap> Gaps(IndicatorSettings settings, IReadOnlyList<Comparator> comparators, PeriodFigures latest)
    {
        var calendar = settings.Calendar;
        var year = calendar.YearOf(latest.Period);
        var value = ScorecardNumbers.Round(latest.Value!.Value, settings.DecimalPlaces);
        var gaps = new List<ComparatorGap>();
        foreach (var kind in Enum.GetValues<ComparatorKind>())
        {
            // The latest published figure for the year or before: comparators are published a year or more behind.
            var comparator = comparators.Where(c => c.Kind == kind && c.Year <= year).MaxBy(c => c.Year);
            if (comparator is null)
                continue;
            var against = ScorecardNumbers.Round(comparator.Value, settings.DecimalPlaces);
            var gap = ScorecardNumbers.Round(value - against, settings.DecimalPlaces);
            var standing = settings.Polarity == Polarity.Neither ? Standing.NoJudgement
                : gap == 0 ? Standing.Level
                : (gap > 0) == (settings.Polarity == Polarity.HigherIsBetter) ? Standing.Better : Standing.Worse;
            gaps.Add(new(kind, comparator.Year, comparator.Value, gap, standing, comparator.Source,
                ScorecardSentences.AgainstComparator(settings, latest.Label, value, comparator, gap, standing)));
        }
        return gaps;
    }

    private static BaselineChange? SinceBaseline(IndicatorSettings settings, IReadOnlyList<IndicatorYear> years, PeriodFigures latest)
    {
        var calendar = settings.Calendar;
        if (years.FirstOrDefault(y => y.Year == calendar.YearOf(latest.Period))?.Baseline is not { } baseline)
            return null;
        var value = latest.Value!.Value;
        var change = ScorecardNumbers.Round(ScorecardNumbers.Round(value, settings.DecimalPlaces) - ScorecardNumbers.Round(baseline, settings.DecimalPlaces), settings.DecimalPlaces);
        var direction = Judge(baseline, value, settings.Polarity, settings.DecimalPlaces);
        return new(baseline, change, direction,
            $"{ScorecardSentences.DirectionWord(direction)} since the baseline: {ScorecardNumbers.Format(value, settings.Unit, settings.DecimalPlaces)} in "
            + $"{latest.Label} against last year's outturn of {ScorecardNumbers.Format(baseline, settings.Unit, settings.DecimalPlaces)}.");
    }

    private static TravelResult Travel(IndicatorSettings settings, PeriodEntry now, PeriodEntry then, IReadOnlyList<ReportingPeriod> skipped, string passedOver)
    {
        var calendar = settings.Calendar;
        var direction = Judge(then.Value!.Value, now.Value!.Value, settings.Polarity, settings.DecimalPlaces);
        var change = ScorecardNumbers.Round(ScorecardNumbers.Round(now.Value!.Value, settings.DecimalPlaces)
            - ScorecardNumbers.Round(then.Value!.Value, settings.DecimalPlaces), settings.DecimalPlaces);
        var format = (double v) => ScorecardNumbers.Format(v, settings.Unit, settings.DecimalPlaces);
        return new(direction, then.Period, then.Value, change, skipped,
            $"{ScorecardSentences.DirectionWord(direction)}: {format(now.Value!.Value)} in {calendar.ShortLabel(now.Period)} against "
            + $"{format(then.Value!.Value)} in {calendar.ShortLabel(then.Period)}{passedOver}.");
    }

    private static TravelResult NotComparable(string explanation) => new(KpiDirection.NotComparable, null, null, null, [], explanation);

    private static string StateWords(PeriodEntry? entry) => entry switch
    {
        null => "has no entry",
        { State: ValueState.Value } => "has no number",
        _ => "is " + ScorecardTerms.Describe(entry.State),
    };

    private static string Tail(PeriodCalendar calendar, IReadOnlyList<PeriodEntry> skipped, IReadOnlyList<ReportingPeriod> missing) =>
        string.Concat(skipped.Select(e => (e.Period, Words: ScorecardTerms.Describe(e.State)))
            .Concat(missing.Select(p => (Period: p, Words: "missing")))
            .OrderBy(x => x.Period)
            .Select(x => $"; {calendar.ShortLabel(x.Period)} {x.Words}"));

    /// <summary>"April to July 2025" when the periods run on; otherwise "April 2025, May 2025 and July 2025".</summary>
    private static string Describe(PeriodCalendar calendar, IReadOnlyList<ReportingPeriod> periods)
    {
        var runsOn = periods.Zip(periods.Skip(1)).All(pair => calendar.Previous(pair.Second) == pair.First);
        if (runsOn && periods.Count > 1)
            return calendar.Frequency == Frequency.Quarterly
                ? $"{calendar.ShortLabel(periods[0])} to {calendar.ShortLabel(periods[^1])}: {calendar.RangeLabel(periods[0], periods[^1])}"
                : calendar.RangeLabel(periods[0], periods[^1]);
        var labels = periods.Select(calendar.ShortLabel).ToList();
        return labels.Count == 1 ? labels[0] : $"{string.Join(", ", labels[..^1])} and {labels[^1]}";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string PeriodNoun(Frequency frequency) => frequency switch
    {
        Frequency.Monthly => "month",
        Frequency.Quarterly => "quarter",
        _ => "year",
    };
}

namespace ActionPlanTracker.Domain.Scorecard;

/// <summary>The scorecard's figures in plain words, for screens, reports and the explanations the calculator returns.</summary>
public static class ScorecardSentences
{
    /// <summary>"Higher is better", "Lower is better", "Neither higher nor lower is better".</summary>
    public static string PolarityWords(Polarity polarity) => polarity switch
    {
        Polarity.HigherIsBetter => "Higher is better",
        Polarity.LowerIsBetter => "Lower is better",
        _ => "Neither higher nor lower is better",
    };

    /// <summary>"Improving", "Maintained", "Declining", "Up", "Down", "Not comparable".</summary>
    public static string DirectionWord(KpiDirection direction) => direction switch
    {
        KpiDirection.Improving => "Improving",
        KpiDirection.Maintained => "Maintained",
        KpiDirection.Declining => "Declining",
        KpiDirection.Up => "Up",
        KpiDirection.Down => "Down",
        _ => "Not comparable",
    };

    /// <summary>
    /// "Lower is better: 14.2 days against a target of 12.0 days (red: missed by 2.2 days, more than the tolerance of 0.0 days)".
    /// </summary>
    /// <param name="interimOf">The period's label when the target is that period's interim target; null for the year's.</param>
    public static string AgainstTarget(IndicatorSettings settings, double value, double target, double tolerance, Rag rag, string? interimOf = null)
    {
        var (unit, places) = (settings.Unit, settings.DecimalPlaces);
        var shownValue = ScorecardNumbers.Round(value, places);
        var shownTarget = ScorecardNumbers.Round(target, places);
        var gap = Math.Abs(ScorecardNumbers.Round(shownValue - shownTarget, places));
        var which = interimOf is null ? "a target" : $"the interim target for {interimOf}";
        var verdict = rag switch
        {
            Rag.Green when gap == 0 => "green: target met",
            Rag.Green => $"green: beaten by {ScorecardNumbers.Difference(gap, unit, places)}",
            Rag.Amber => $"amber: missed by {ScorecardNumbers.Difference(gap, unit, places)}, within the tolerance of {ScorecardNumbers.Difference(tolerance, unit, places)}",
            Rag.Red => $"red: missed by {ScorecardNumbers.Difference(gap, unit, places)}, more than the tolerance of {ScorecardNumbers.Difference(tolerance, unit, places)}",
            _ => ScorecardTerms.Word(rag),
        };
        return $"{PolarityWords(settings.Polarity)}: {ScorecardNumbers.Format(value, unit, places)} against {which} of "
            + $"{ScorecardNumbers.Format(target, unit, places)} ({verdict}).";
    }

    /// <summary>"Neither higher nor lower is better: 42, shown without a judgement."</summary>
    public static string NoJudgement(IndicatorSettings settings, double value) =>
        $"{PolarityWords(Polarity.Neither)}: {ScorecardNumbers.Format(value, settings.Unit, settings.DecimalPlaces)}, shown without a judgement.";

    /// <summary>"87.5% in July 2025 is 3.5 percentage points above the statistical neighbours' average of 84.0% (2024/25): better."</summary>
    public static string AgainstComparator(IndicatorSettings settings, string periodLabel, double value, Comparator comparator, double gap, Standing standing)
    {
        var (unit, places) = (settings.Unit, settings.DecimalPlaces);
        var name = comparator.Kind switch
        {
            ComparatorKind.StatisticalNeighbours => "the statistical neighbours' average",
            ComparatorKind.England => "England's figure",
            _ => "the region's figure",
        };
        var position = gap == 0 ? "level with" : $"{ScorecardNumbers.Difference(gap, unit, places)} {(gap > 0 ? "above" : "below")}";
        var judgement = standing switch
        {
            Standing.Better => "better",
            Standing.Worse => "worse",
            Standing.Level => "level",
            _ => "shown without a judgement",
        };
        return $"{ScorecardNumbers.Format(value, unit, places)} in {periodLabel} is {position} {name} of "
            + $"{ScorecardNumbers.Format(comparator.Value, unit, places)} ({settings.Calendar.YearLabel(comparator.Year)}): {judgement}.";
    }

    /// <summary>
    /// A scorecard row in one sentence, for reports: "July 2025: 87.5% (amber); improving since June 2025; improving on
    /// July 2024; year to date 86.3%; August 2025 being collated."
    /// </summary>
    public static string Row(IndicatorSettings settings, ScorecardFigures figures)
    {
        var calendar = settings.Calendar;
        if (figures.Latest is not { } latest)
            return figures.LatestEntered is { } entered
                ? $"No value yet: {calendar.Label(entered.Period)} is {ScorecardTerms.Describe(entered.State)}."
                : "No value yet.";

        var rag = latest.Rag.Rag switch
        {
            Rag.NoTarget when settings.Polarity == Polarity.Neither => "no judgement",
            Rag.NoTarget => "no target",
            var word => ScorecardTerms.Word(word),
        };
        var parts = new List<string> { $"{latest.Label}: {ScorecardNumbers.Format(latest.Value!.Value, settings.Unit, settings.DecimalPlaces)} ({rag})" };
        if (latest.SincePrevious is { Direction: not KpiDirection.NotComparable, ComparedWith: { } previous } since)
            parts.Add($"{DirectionWord(since.Direction).ToLowerInvariant()} since {calendar.ShortLabel(previous)}");
        if (latest.YearOnYear is { Direction: not KpiDirection.NotComparable, ComparedWith: { } yearBefore } onYear)
            parts.Add($"{DirectionWord(onYear.Direction).ToLowerInvariant()} on {calendar.ShortLabel(yearBefore)}");
        if (figures.YearToDate?.Value is { } ytd)
            parts.Add($"year to date {ScorecardNumbers.Format(ytd, settings.Unit, settings.DecimalPlaces)}");
        if (figures.LatestEntered is { } last && last.Period != latest.Period)
            parts.Add($"{calendar.ShortLabel(last.Period)} {ScorecardTerms.Describe(last.State)}");
        return string.Join("; ", parts) + ".";
    }
}

namespace ActionPlanTracker.Domain.Scorecard;

/// <summary>How an indicator is measured and judged.</summary>
public sealed record IndicatorSettings(IndicatorUnit Unit, int DecimalPlaces, Polarity Polarity, Frequency Frequency, YtdRule YtdRule,
    int YearStartMonth = PeriodCalendar.DefaultYearStartMonth)
{
    public PeriodCalendar Calendar => new(Frequency, YearStartMonth);
}

/// <summary>One period's entry: a number (state <c>value</c>) or the reason there is none. Numerator and denominator serve the ratio rule.</summary>
public sealed record PeriodEntry(ReportingPeriod Period, ValueState State, double? Value = null, double? Numerator = null, double? Denominator = null)
{
    public static PeriodEntry Of(ReportingPeriod period, double value, double? numerator = null, double? denominator = null) =>
        new(period, ValueState.Value, value, numerator, denominator);

    /// <summary>True when the period has a number (a 0 is a number).</summary>
    public bool HasNumber => State == ValueState.Value && Value is not null;
}

/// <summary>A year's baseline (last year's outturn), target and tolerance (in the indicator's unit; none is 0).</summary>
public sealed record IndicatorYear(int Year, double? Baseline = null, double? Target = null, double? Tolerance = null);

/// <summary>A target for one period, used before the year's target.</summary>
public sealed record InterimTarget(ReportingPeriod Period, double Target);

/// <summary>A comparator's figure for a year, with its source.</summary>
public sealed record Comparator(ComparatorKind Kind, int Year, double Value, string? Source = null);

/// <summary>Everything the calculator needs about one indicator.</summary>
public sealed record IndicatorData(IndicatorSettings Settings, IReadOnlyList<PeriodEntry> Values, IReadOnlyList<IndicatorYear>? Years = null,
    IReadOnlyList<InterimTarget>? Interims = null, IReadOnlyList<Comparator>? Comparators = null);

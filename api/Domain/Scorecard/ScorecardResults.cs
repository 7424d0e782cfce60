namespace ActionPlanTracker.Domain.Scorecard;

/// <summary>The target a period was judged against: the period's interim target or the year's, and the year's tolerance.</summary>
public sealed record TargetUsed(double Value, bool Interim, double Tolerance);

/// <summary>RAG against target, with the signed gap (value − target, at the indicator's places) and a sentence.</summary>
public sealed record RagResult(Rag Rag, TargetUsed? Target, double? Gap, string Explanation);

/// <summary>
/// A direction of travel: what was compared with what, the change (now − then, at the indicator's places), the periods
/// passed over to find a number, and a sentence.
/// </summary>
public sealed record TravelResult(KpiDirection Direction, ReportingPeriod? ComparedWith, double? ComparedValue, double? Change,
    IReadOnlyList<ReportingPeriod> Skipped, string Explanation);

/// <summary>One period's figures.</summary>
public sealed record PeriodFigures(ReportingPeriod Period, string Label, ValueState State, double? Value, RagResult Rag,
    TravelResult SincePrevious, TravelResult YearOnYear);

/// <summary>How a figure stands against a comparator, by polarity; no judgement for <c>neither</c>.</summary>
public enum Standing { Better, Level, Worse, NoJudgement }

/// <summary>The latest value against a comparator: gap = value − comparator at the indicator's places.</summary>
public sealed record ComparatorGap(ComparatorKind Kind, int Year, double Comparator, double Gap, Standing Standing, string? Source, string Explanation);

/// <summary>
/// The year to date by the indicator's rule: the periods counted (with a number), those skipped because they carry a
/// state (never counted as zero), those missing (absent) up to the last period, and a sentence.
/// </summary>
public sealed record YearToDate(int Year, double? Value, IReadOnlyList<ReportingPeriod> Counted, IReadOnlyList<PeriodEntry> Skipped,
    IReadOnlyList<ReportingPeriod> Missing, string Explanation);

/// <summary>The latest value against the baseline (last year's outturn) of its year.</summary>
public sealed record BaselineChange(double Baseline, double Change, KpiDirection Direction, string Explanation);

/// <summary>An indicator's computed figures.</summary>
/// <param name="Periods">Every entered period, in order.</param>
/// <param name="Latest">The latest period with a number (the scorecard row's value), or null.</param>
/// <param name="LatestEntered">The latest period entered that is not marked not yet due, whatever its state.</param>
public sealed record ScorecardFigures(IReadOnlyList<PeriodFigures> Periods, PeriodFigures? Latest, PeriodFigures? LatestEntered,
    YearToDate? YearToDate, IReadOnlyList<ComparatorGap> Gaps, BaselineChange? SinceBaseline)
{
    public ComparatorGap? NeighbourGap => Gaps.FirstOrDefault(gap => gap.Kind == ComparatorKind.StatisticalNeighbours);
}

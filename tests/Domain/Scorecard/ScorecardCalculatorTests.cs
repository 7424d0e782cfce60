using ActionPlanTracker.Domain.Scorecard;
using static ActionPlanTracker.Tests.Domain.Scorecard.ScorecardTestData;

namespace ActionPlanTracker.Tests.Domain.Scorecard;

/// <summary>
/// RAG, direction of travel, year to date, comparators and baseline, from domain.md's description of real KPI tables:
/// indicators of each polarity and unit, placeholders ("information being collated"), missing months, targets met
/// within tolerance, and a council year that runs April to March (or from another month).
/// </summary>
public class ScorecardCalculatorTests
{
    // unit, places, polarity, value, target, tolerance → RAG and the sentence.
    [TestCase("percentage", 1, "higher-is-better", 80.0, 80.0, 0.0, Rag.Green, "Higher is better: 80.0% against a target of 80.0% (green: target met).")]
    [TestCase("percentage", 1, "higher-is-better", 79.96, 80.0, 0.0, Rag.Green, "Higher is better: 80.0% against a target of 80.0% (green: target met).")]
    [TestCase("percentage", 1, "higher-is-better", 85.0, 80.0, 0.0, Rag.Green, "Higher is better: 85.0% against a target of 80.0% (green: beaten by 5.0 percentage points).")]
    [TestCase("percentage", 1, "higher-is-better", 78.0, 80.0, 2.0, Rag.Amber,
        "Higher is better: 78.0% against a target of 80.0% (amber: missed by 2.0 percentage points, within the tolerance of 2.0 percentage points).")]
    [TestCase("percentage", 1, "higher-is-better", 77.9, 80.0, 2.0, Rag.Red,
        "Higher is better: 77.9% against a target of 80.0% (red: missed by 2.1 percentage points, more than the tolerance of 2.0 percentage points).")]
    [TestCase("percentage", 1, "higher-is-better", 79.9, 80.0, 0.0, Rag.Red,
        "Higher is better: 79.9% against a target of 80.0% (red: missed by 0.1 percentage points, more than the tolerance of 0.0 percentage points).")]
    [TestCase("days", 1, "lower-is-better", 14.2, 12.0, 0.0, Rag.Red,
        "Lower is better: 14.2 days against a target of 12.0 days (red: missed by 2.2 days, more than the tolerance of 0.0 days).")]
    [TestCase("days", 0, "lower-is-better", 11.0, 12.0, 0.0, Rag.Green, "Lower is better: 11 days against a target of 12 days (green: beaten by 1 day).")]
    [TestCase("days", 1, "lower-is-better", 12.5, 12.0, 1.0, Rag.Amber,
        "Lower is better: 12.5 days against a target of 12.0 days (amber: missed by 0.5 days, within the tolerance of 1.0 days).")]
    [TestCase("days", 1, "lower-is-better", 12.0, 12.0, 1.0, Rag.Green, "Lower is better: 12.0 days against a target of 12.0 days (green: target met).")]
    [TestCase("rate-per-10000", 1, "lower-is-better", 45.1, 40.0, 5.0, Rag.Red,
        "Lower is better: 45.1 per 10,000 children against a target of 40.0 per 10,000 children (red: missed by 5.1 per 10,000 children, more than the tolerance of 5.0 per 10,000 children).")]
    [TestCase("rate-per-10000", 1, "lower-is-better", 45.0, 40.0, 5.0, Rag.Amber,
        "Lower is better: 45.0 per 10,000 children against a target of 40.0 per 10,000 children (amber: missed by 5.0 per 10,000 children, within the tolerance of 5.0 per 10,000 children).")]
    [TestCase("number", 0, "higher-is-better", 0.0, 0.0, 0.0, Rag.Green, "Higher is better: 0 against a target of 0 (green: target met).")]
    [TestCase("number", 0, "higher-is-better", 0.0, 3.0, 0.0, Rag.Red, "Higher is better: 0 against a target of 3 (red: missed by 3, more than the tolerance of 0).")]
    [TestCase("ratio", 2, "higher-is-better", 1.25, 1.3, 0.05, Rag.Amber, "Higher is better: 1.25 against a target of 1.30 (amber: missed by 0.05, within the tolerance of 0.05).")]
    [TestCase("number", 0, "neither", 42.0, 40.0, 0.0, Rag.NoTarget, "Neither higher nor lower is better: 42, shown without a judgement.")]
    public void A_value_is_judged_against_its_years_target_by_polarity_and_tolerance(string unit, int places, string polarity, double value, double target,
        double tolerance, Rag rag, string explanation)
    {
        var data = new IndicatorData(Settings(unit, places, polarity), [], [new IndicatorYear(2025, Target: target, Tolerance: tolerance)]);
        var result = ScorecardCalculator.RagOf(data, PeriodEntry.Of(P("2025-07"), value));
        Assert.That((result.Rag, result.Explanation), Is.EqualTo((rag, explanation)));
    }

    [Test]
    public void A_periods_interim_target_is_used_before_the_years()
    {
        var data = new IndicatorData(Settings(), [], [new IndicatorYear(2025, Target: 90)], [new InterimTarget(P("2025-07"), 85)]);
        var july = ScorecardCalculator.RagOf(data, PeriodEntry.Of(P("2025-07"), 86));
        var august = ScorecardCalculator.RagOf(data, PeriodEntry.Of(P("2025-08"), 86));
        Assert.Multiple(() =>
        {
            Assert.That((july.Rag, july.Target, july.Explanation), Is.EqualTo((Rag.Green, new TargetUsed(85, true, 0),
                "Higher is better: 86.0% against the interim target for July 2025 of 85.0% (green: beaten by 1.0 percentage points).")));
            Assert.That((august.Rag, august.Target), Is.EqualTo((Rag.Red, new TargetUsed(90, false, 0))));
        });
    }

    [TestCase("2025-07", "being-collated", Rag.NoValue, "No value: July 2025 is being collated.")]
    [TestCase("2025-07", "suppressed", Rag.NoValue, "No value: July 2025 is suppressed (small numbers).")]
    [TestCase("2026-04", "value", Rag.NoTarget, "No target for 2026/27.")]
    public void A_period_without_a_number_or_a_target_is_not_judged(string period, string state, Rag rag, string explanation)
    {
        var data = new IndicatorData(Settings(), [], [new IndicatorYear(2025, Target: 90)]);
        var entry = ScorecardTerms.ValueStateFrom(state) == ValueState.Value ? PeriodEntry.Of(P(period), 95) : new PeriodEntry(P(period), ScorecardTerms.ValueStateFrom(state)!.Value);
        var result = ScorecardCalculator.RagOf(data, entry);
        Assert.That((result.Rag, result.Explanation), Is.EqualTo((rag, explanation)));
    }

    // The last period's direction against the previous period with a number.
    [TestCase("percentage", 1, "higher-is-better", "monthly", "2025-06=85; 2025-07=87.5", KpiDirection.Improving, "2025-06", "",
        "Improving: 87.5% in July 2025 against 85.0% in June 2025.")]
    [TestCase("percentage", 1, "lower-is-better", "monthly", "2025-06=85; 2025-07=87.5", KpiDirection.Declining, "2025-06", "",
        "Declining: 87.5% in July 2025 against 85.0% in June 2025.")]
    [TestCase("days", 1, "lower-is-better", "monthly", "2025-06=20; 2025-07=14.2", KpiDirection.Improving, "2025-06", "",
        "Improving: 14.2 days in July 2025 against 20.0 days in June 2025.")]
    [TestCase("percentage", 1, "higher-is-better", "monthly", "2025-06=85; 2025-07=85.04", KpiDirection.Maintained, "2025-06", "",
        "Maintained: 85.0% in July 2025 against 85.0% in June 2025.")]
    [TestCase("percentage", 1, "higher-is-better", "monthly", "2025-06=85; 2025-07=85.06", KpiDirection.Improving, "2025-06", "",
        "Improving: 85.1% in July 2025 against 85.0% in June 2025.")]
    [TestCase("number", 0, "neither", "monthly", "2025-06=40; 2025-07=42", KpiDirection.Up, "2025-06", "", "Up: 42 in July 2025 against 40 in June 2025.")]
    [TestCase("number", 0, "neither", "monthly", "2025-06=40; 2025-07=38", KpiDirection.Down, "2025-06", "", "Down: 38 in July 2025 against 40 in June 2025.")]
    [TestCase("number", 0, "neither", "monthly", "2025-06=40; 2025-07=40", KpiDirection.Maintained, "2025-06", "", "Maintained: 40 in July 2025 against 40 in June 2025.")]
    [TestCase("percentage", 1, "higher-is-better", "monthly", "2025-05=85; 2025-06=being-collated; 2025-07=87.5", KpiDirection.Improving, "2025-05", "2025-06",
        "Improving: 87.5% in July 2025 against 85.0% in May 2025, the last month with a number (June 2025 is being collated).")]
    [TestCase("percentage", 1, "higher-is-better", "monthly", "2025-05=85; 2025-07=80", KpiDirection.Declining, "2025-05", "2025-06",
        "Declining: 80.0% in July 2025 against 85.0% in May 2025, the last month with a number (June 2025 has no entry).")]
    [TestCase("percentage", 1, "higher-is-better", "monthly", "2025-12=85; 2026-01=86", KpiDirection.Improving, "2025-12", "",
        "Improving: 86.0% in January 2026 against 85.0% in December 2025.")]
    [TestCase("number", 0, "higher-is-better", "monthly", "2025-06=0; 2025-07=2", KpiDirection.Improving, "2025-06", "",
        "Improving: 2 in July 2025 against 0 in June 2025.")]
    [TestCase("number", 0, "lower-is-better", "quarterly", "2025-04=10; 2025-07=12", KpiDirection.Declining, "2025-04", "",
        "Declining: 12 in Q2 2025/26 against 10 in Q1 2025/26.")]
    [TestCase("percentage", 0, "higher-is-better", "annual", "2024-04=60; 2025-04=70", KpiDirection.Improving, "2024-04", "",
        "Improving: 70% in 2025/26 against 60% in 2024/25.")]
    [TestCase("percentage", 1, "higher-is-better", "monthly", "2025-07=87.5", KpiDirection.NotComparable, null, "",
        "Not comparable: no earlier month has a number.")]
    [TestCase("percentage", 1, "higher-is-better", "monthly", "2025-06=85; 2025-07=being-collated", KpiDirection.NotComparable, null, "",
        "Not comparable: July 2025 is being collated.")]
    public void Direction_against_the_previous_period_passes_over_periods_without_a_number(string unit, int places, string polarity, string frequency,
        string values, KpiDirection direction, string? comparedWith, string skipped, string explanation)
    {
        var figures = ScorecardCalculator.Calculate(new IndicatorData(Settings(unit, places, polarity, frequency), Values(values)));
        var result = figures.Periods[^1].SincePrevious;
        Assert.That((result.Direction, result.ComparedWith?.ToString(), string.Join(",", result.Skipped), result.Explanation),
            Is.EqualTo((direction, comparedWith, skipped, explanation)));
    }

    [TestCase("higher-is-better", "2024-07=80; 2025-06=90; 2025-07=85", KpiDirection.Improving, "Improving: 85.0% in July 2025 against 80.0% in July 2024.")]
    [TestCase("lower-is-better", "2024-07=80; 2025-06=90; 2025-07=85", KpiDirection.Declining, "Declining: 85.0% in July 2025 against 80.0% in July 2024.")]
    [TestCase("neither", "2024-07=80; 2025-07=85", KpiDirection.Up, "Up: 85.0% in July 2025 against 80.0% in July 2024.")]
    [TestCase("higher-is-better", "2024-07=85; 2025-07=85", KpiDirection.Maintained, "Maintained: 85.0% in July 2025 against 85.0% in July 2024.")]
    [TestCase("higher-is-better", "2024-06=80; 2025-07=85", KpiDirection.NotComparable, "Not comparable: July 2024 has no entry.")]
    [TestCase("higher-is-better", "2024-07=suppressed; 2025-07=85", KpiDirection.NotComparable, "Not comparable: July 2024 is suppressed (small numbers).")]
    [TestCase("higher-is-better", "2024-07=80; 2025-07=not-published", KpiDirection.NotComparable, "Not comparable: July 2025 is not published.")]
    public void Direction_year_on_year_compares_the_same_period_a_year_before_and_nothing_else(string polarity, string values, KpiDirection direction, string explanation)
    {
        var figures = ScorecardCalculator.Calculate(new IndicatorData(Settings(polarity: polarity), Values(values)));
        var result = figures.Periods[^1].YearOnYear;
        Assert.That((result.Direction, result.Explanation), Is.EqualTo((direction, explanation)));
    }

    [TestCase("percentage", 1, "average", "monthly", 4, "2025-04=85; 2025-05=90; 2025-06=87.5; 2025-07=87.5; 2025-08=being-collated", 87.5,
        "Year to date 87.5%: average of 4 months (April to July 2025); August 2025 being collated.")]
    [TestCase("percentage", 1, "average", "monthly", 4, "2025-04=80; 2025-06=90", 85.0,
        "Year to date 85.0%: average of 2 months (April 2025 and June 2025); May 2025 missing.")]
    [TestCase("number", 0, "average", "monthly", 4, "2025-04=0; 2025-05=4", 2.0,
        "Year to date 2: average of 2 months (April to May 2025).")]
    [TestCase("number", 0, "sum", "monthly", 4, "2025-04=0; 2025-05=4; 2025-06=not-published", 4.0,
        "Year to date 4: sum of 2 months (April to May 2025); June 2025 not published.")]
    [TestCase("number", 0, "sum", "monthly", 4,
        "2025-04=1; 2025-05=2; 2025-06=3; 2025-07=4; 2025-08=5; 2025-09=6; 2025-10=7; 2025-11=8; 2025-12=9; 2026-01=10; 2026-02=11; 2026-03=12; 2026-04=not-yet-due", 78.0,
        "Year to date 78: sum of 12 months (April 2025 to March 2026).")]
    [TestCase("number", 0, "sum", "monthly", 4, "2026-01=5; 2026-02=6; 2026-03=7; 2026-04=2", 2.0,
        "Year to date 2: sum of 1 month (April 2026).")]
    [TestCase("number", 0, "sum", "monthly", 1, "2025-12=50; 2026-01=10; 2026-02=20", 30.0,
        "Year to date 30: sum of 2 months (January to February 2026).")]
    [TestCase("number", 0, "sum", "monthly", 9, "2025-08=5; 2025-09=3; 2025-10=4", 7.0,
        "Year to date 7: sum of 2 months (September to October 2025).")]
    [TestCase("percentage", 1, "latest", "monthly", 4, "2025-04=80; 2025-05=82; 2025-06=suppressed", 82.0,
        "Year to date 82.0%: the latest month with a number, May 2025; June 2025 suppressed (small numbers).")]
    [TestCase("percentage", 1, "ratio", "monthly", 4, "2025-04=80(8/10); 2025-05=90(27/30)", 87.5,
        "Year to date 87.5%: 35 ÷ 40 × 100, the sums over 2 months (April to May 2025).")]
    [TestCase("percentage", 1, "average", "monthly", 4, "2025-04=80(8/10); 2025-05=90(27/30)", 85.0,
        "Year to date 85.0%: average of 2 months (April to May 2025).")]
    [TestCase("rate-per-10000", 1, "ratio", "monthly", 4, "2025-04=4(12/30000); 2025-05=being-collated; 2025-06=6(18/30000)", 5.0,
        "Year to date 5.0 per 10,000 children: 30 ÷ 60,000 × 10,000, the sums over 2 months (April 2025 and June 2025); May 2025 being collated.")]
    [TestCase("days", 1, "ratio", "monthly", 4, "2025-04=20(200/10); 2025-05=10(300/30)", 12.5,
        "Year to date 12.5 days: 500 ÷ 40, the sums over 2 months (April to May 2025).")]
    [TestCase("percentage", 1, "ratio", "monthly", 4, "2025-04=80(8/10); 2025-05=90", null,
        "No year to date: it is the sum of numerators over the sum of denominators, and May 2025 has a value without them.")]
    [TestCase("percentage", 1, "average", "monthly", 4, "2025-04=being-collated", null,
        "No year to date: no month of 2025/26 has a number yet; April 2025 being collated.")]
    [TestCase("number", 0, "sum", "quarterly", 4, "2025-04=10; 2025-07=20; 2025-10=being-collated", 30.0,
        "Year to date 30: sum of 2 quarters (Q1 2025/26 to Q2 2025/26: April to September 2025); Q3 2025/26 being collated.")]
    [TestCase("percentage", 0, "latest", "annual", 4, "2024-04=30; 2025-04=25", 25.0,
        "Year to date 25%: the latest year with a number, 2025/26.")]
    public void The_year_to_date_follows_the_indicators_rule_and_never_counts_a_state_as_zero(string unit, int places, string rule, string frequency,
        int startMonth, string values, double? expected, string explanation)
    {
        var figures = ScorecardCalculator.Calculate(new IndicatorData(Settings(unit, places, "higher-is-better", frequency, rule, startMonth), Values(values)));
        Assert.That((figures.YearToDate?.Value is { } v ? Math.Round(v, 6) : (double?)null, figures.YearToDate?.Explanation), Is.EqualTo((expected, explanation)));
    }

    [Test]
    public void The_row_shows_the_latest_number_and_the_latest_period_entered()
    {
        var figures = ScorecardCalculator.Calculate(new IndicatorData(Settings(),
            Values("2025-06=85; 2025-07=being-collated; 2025-08=not-yet-due")));
        Assert.That((figures.Latest?.Period.ToString(), figures.LatestEntered?.Period.ToString(), string.Join(",", figures.YearToDate!.Skipped.Select(s => s.Period))),
            Is.EqualTo(("2025-06", "2025-07", "2025-07")));
    }

    [Test]
    public void A_report_as_at_a_month_leaves_out_later_periods()
    {
        var figures = ScorecardCalculator.Calculate(new IndicatorData(Settings(rule: "sum", unit: "number", places: 0), Values("2025-04=1; 2025-05=2; 2025-06=3")),
            asOf: P("2025-05"));
        Assert.That((figures.Latest?.Period.ToString(), figures.YearToDate?.Value), Is.EqualTo(("2025-05", 3.0)));
    }

    [TestCase("percentage", 1, "higher-is-better", "2025-07=87.5", 84.0, 3.5, Standing.Better,
        "87.5% in July 2025 is 3.5 percentage points above the statistical neighbours' average of 84.0% (2024/25): better.")]
    [TestCase("days", 1, "lower-is-better", "2025-07=14.2", 12.0, 2.2, Standing.Worse,
        "14.2 days in July 2025 is 2.2 days above the statistical neighbours' average of 12.0 days (2024/25): worse.")]
    [TestCase("days", 1, "lower-is-better", "2025-07=10", 12.0, -2.0, Standing.Better,
        "10.0 days in July 2025 is 2.0 days below the statistical neighbours' average of 12.0 days (2024/25): better.")]
    [TestCase("rate-per-10000", 1, "neither", "2025-07=60.2", 55.0, 5.2, Standing.NoJudgement,
        "60.2 per 10,000 children in July 2025 is 5.2 per 10,000 children above the statistical neighbours' average of 55.0 per 10,000 children (2024/25): shown without a judgement.")]
    [TestCase("percentage", 0, "higher-is-better", "2025-07=84.4", 84.0, 0.0, Standing.Level,
        "84% in July 2025 is level with the statistical neighbours' average of 84% (2024/25): level.")]
    public void The_latest_value_is_set_against_the_statistical_neighbours_by_polarity(string unit, int places, string polarity, string values,
        double neighbours, double gap, Standing standing, string explanation)
    {
        var figures = ScorecardCalculator.Calculate(new IndicatorData(Settings(unit, places, polarity), Values(values),
            Comparators: [new Comparator(ComparatorKind.StatisticalNeighbours, 2024, neighbours, "LAIT")]));
        var result = figures.NeighbourGap!;
        Assert.That((result.Gap, result.Standing, result.Explanation), Is.EqualTo((gap, standing, explanation)));
    }

    [Test]
    public void The_latest_published_comparator_up_to_the_values_year_is_used_for_each_kind()
    {
        var figures = ScorecardCalculator.Calculate(new IndicatorData(Settings(), Values("2025-07=87.5"), Comparators:
        [
            new Comparator(ComparatorKind.StatisticalNeighbours, 2023, 70),
            new Comparator(ComparatorKind.StatisticalNeighbours, 2024, 84),
            new Comparator(ComparatorKind.StatisticalNeighbours, 2026, 99),
            new Comparator(ComparatorKind.England, 2025, 90),
        ]));
        Assert.That(figures.Gaps.Select(g => (g.Kind, g.Year, g.Gap, g.Standing)), Is.EqualTo(new[]
        {
            (ComparatorKind.StatisticalNeighbours, 2024, 3.5, Standing.Better),
            (ComparatorKind.England, 2025, -2.5, Standing.Worse),
        }));
    }

    [TestCase("higher-is-better", 80.0, 7.5, KpiDirection.Improving, "Improving since the baseline: 87.5% in July 2025 against last year's outturn of 80.0%.")]
    [TestCase("lower-is-better", 80.0, 7.5, KpiDirection.Declining, "Declining since the baseline: 87.5% in July 2025 against last year's outturn of 80.0%.")]
    [TestCase("neither", 90.0, -2.5, KpiDirection.Down, "Down since the baseline: 87.5% in July 2025 against last year's outturn of 90.0%.")]
    public void The_change_since_the_baseline_is_against_last_years_outturn(string polarity, double baseline, double change, KpiDirection direction, string explanation)
    {
        var figures = ScorecardCalculator.Calculate(new IndicatorData(Settings(polarity: polarity), Values("2025-06=being-collated; 2025-07=87.5"),
            [new IndicatorYear(2025, Baseline: baseline)]));
        Assert.That((figures.SinceBaseline?.Change, figures.SinceBaseline?.Direction, figures.SinceBaseline?.Explanation), Is.EqualTo((change, direction, explanation)));
    }

    [Test]
    public void Without_a_baseline_comparators_or_any_number_there_is_nothing_to_set_against()
    {
        var figures = ScorecardCalculator.Calculate(new IndicatorData(Settings(), Values("2025-07=being-collated"),
            [new IndicatorYear(2025, Baseline: 80)], Comparators: [new Comparator(ComparatorKind.England, 2024, 80)]));
        Assert.That((figures.Latest, figures.SinceBaseline, figures.Gaps.Count, figures.Periods[0].Rag.Rag), Is.EqualTo(((PeriodFigures?)null, (BaselineChange?)null, 0, Rag.NoValue)));
    }
}

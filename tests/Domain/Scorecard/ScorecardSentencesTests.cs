using ActionPlanTracker.Domain.Scorecard;
using static ActionPlanTracker.Tests.Domain.Scorecard.ScorecardTestData;

namespace ActionPlanTracker.Tests.Domain.Scorecard;

/// <summary>The plain words reports and screens use.</summary>
public class ScorecardSentencesTests
{
    [TestCase(Polarity.HigherIsBetter, "Higher is better")]
    [TestCase(Polarity.LowerIsBetter, "Lower is better")]
    [TestCase(Polarity.Neither, "Neither higher nor lower is better")]
    public void Polarity_in_words(Polarity polarity, string words)
    {
        Assert.That(ScorecardSentences.PolarityWords(polarity), Is.EqualTo(words));
    }

    [TestCase(KpiDirection.Improving, "Improving")]
    [TestCase(KpiDirection.Declining, "Declining")]
    [TestCase(KpiDirection.NotComparable, "Not comparable")]
    public void Direction_in_words(KpiDirection direction, string words)
    {
        Assert.That(ScorecardSentences.DirectionWord(direction), Is.EqualTo(words));
    }

    [TestCase("days", 1, "lower-is-better", 14.2, 12.0, 0.0, Rag.Red,
        "Lower is better: 14.2 days against a target of 12.0 days (red: missed by 2.2 days, more than the tolerance of 0.0 days).")]
    [TestCase("percentage", 0, "higher-is-better", 95.0, 95.0, 0.0, Rag.Green, "Higher is better: 95% against a target of 95% (green: target met).")]
    [TestCase("percentage", 0, "higher-is-better", 74.0, 75.0, 1.0, Rag.Amber,
        "Higher is better: 74% against a target of 75% (amber: missed by 1 percentage point, within the tolerance of 1 percentage point).")]
    public void A_value_against_its_target_in_one_sentence(string unit, int places, string polarity, double value, double target, double tolerance, Rag rag, string sentence)
    {
        Assert.That(ScorecardSentences.AgainstTarget(Settings(unit, places, polarity), value, target, tolerance, rag), Is.EqualTo(sentence));
    }

    [TestCase("percentage", 1, "higher-is-better", "2024-07=80; 2025-06=85; 2025-07=87.5; 2025-08=being-collated",
        "July 2025: 87.5% (amber); improving since June 2025; improving on July 2024; year to date 86.3%; August 2025 being collated.")]
    [TestCase("number", 0, "neither", "2025-06=40; 2025-07=42", "July 2025: 42 (no judgement); up since June 2025; year to date 41.")]
    [TestCase("days", 1, "lower-is-better", "2026-04=14.2", "April 2026: 14.2 days (no target); year to date 14.2 days.")]
    [TestCase("percentage", 1, "higher-is-better", "2025-07=being-collated", "No value yet: July 2025 is being collated.")]
    [TestCase("percentage", 1, "higher-is-better", "", "No value yet.")]
    public void A_scorecard_row_in_one_sentence(string unit, int places, string polarity, string values, string sentence)
    {
        var settings = Settings(unit, places, polarity);
        var figures = ScorecardCalculator.Calculate(new IndicatorData(settings, Values(values), [new IndicatorYear(2025, Target: 90, Tolerance: 5)]));
        Assert.That(ScorecardSentences.Row(settings, figures), Is.EqualTo(sentence));
    }
}

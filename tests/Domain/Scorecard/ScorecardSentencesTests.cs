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
}

using ActionPlanTracker.Domain.Scorecard;
using static ActionPlanTracker.Tests.Domain.Scorecard.ScorecardTestData;

namespace ActionPlanTracker.Tests.Domain.Scorecard;

/// <summary>Figures typed into a scorecard, kept as printed and checked against the computed ones.</summary>
public class PrintedScorecardFiguresTests
{
    [TestCase("87.5%", 87.5, false, PrintedVerdict.Agrees, "The year to date was printed as 87.5%, and the tracker agrees (87.5%).")]
    [TestCase("87.5", 87.46, false, PrintedVerdict.Agrees, "The year to date was printed as 87.5, and the tracker agrees (87.5%).")]
    [TestCase("88%", 87.5, false, PrintedVerdict.Agrees, "The year to date was printed as 88%, and the tracker agrees (87.5%).")]
    [TestCase("87%", 87.5, false, PrintedVerdict.Disagrees, "The year to date was printed as 87%, but the tracker computes 87.5%.")]
    [TestCase("85.0%", 87.5, false, PrintedVerdict.Disagrees, "The year to date was printed as 85.0%, but the tracker computes 87.5%.")]
    [TestCase("87.54%", 87.5, false, PrintedVerdict.Agrees, "The year to date was printed as 87.54%, and the tracker agrees (87.5%).")]
    [TestCase("0", null, true, PrintedVerdict.ProbablePlaceholder,
        "The year to date was printed as 0, but no period has a number yet: the 0 is probably a placeholder, not a real zero.")]
    [TestCase("0%", null, true, PrintedVerdict.ProbablePlaceholder,
        "The year to date was printed as 0%, but no period has a number yet: the 0 is probably a placeholder, not a real zero.")]
    [TestCase("0", 0.0, false, PrintedVerdict.Agrees, "The year to date was printed as 0, and the tracker agrees (0.0%).")]
    [TestCase("0", 12.5, false, PrintedVerdict.Disagrees, "The year to date was printed as 0, but the tracker computes 12.5%.")]
    [TestCase("5", null, true, PrintedVerdict.CannotCompare, "The year to date was printed as 5, but the tracker has no figure to compare it with.")]
    [TestCase("0", null, false, PrintedVerdict.CannotCompare, "The year to date was printed as 0, but the tracker has no figure to compare it with.")]
    [TestCase("information being collated", 87.5, false, PrintedVerdict.CannotCompare,
        "The year to date was printed as \"information being collated\", which is not a number, so it is kept as printed and not checked.")]
    public void A_printed_year_to_date_is_checked_at_the_precision_printed(string printed, double? computed, bool nothingToCount, PrintedVerdict verdict, string explanation)
    {
        var check = PrintedScorecardFigures.CheckNumber(printed, computed, Settings(), "year to date", nothingToCount);
        Assert.That((check.Verdict, check.Explanation), Is.EqualTo((verdict, explanation)));
    }

    [Test]
    public void A_placeholder_zero_is_found_from_the_calculators_year_to_date()
    {
        var ytd = ScorecardCalculator.Calculate(new IndicatorData(Settings(), Values("2025-04=being-collated; 2025-05=being-collated"))).YearToDate!;
        var check = PrintedScorecardFigures.CheckNumber("0", ytd.Value, Settings(), "year to date", nothingToCount: ytd.Counted.Count == 0);
        Assert.That(check.Verdict, Is.EqualTo(PrintedVerdict.ProbablePlaceholder));
    }

    [TestCase("↑", PrintedMovement.Up)]
    [TestCase("▲", PrintedMovement.Up)]
    [TestCase(" Up ", PrintedMovement.Up)]
    [TestCase("↓", PrintedMovement.Down)]
    [TestCase("▼", PrintedMovement.Down)]
    [TestCase("down", PrintedMovement.Down)]
    [TestCase("→", PrintedMovement.Same)]
    [TestCase("◄►", PrintedMovement.Same)]
    [TestCase("=", PrintedMovement.Same)]
    [TestCase("same", PrintedMovement.Same)]
    [TestCase("Maintained", PrintedMovement.Same)]
    [TestCase("Improving", PrintedMovement.Better)]
    [TestCase("worse", PrintedMovement.Worse)]
    [TestCase("?", null)]
    [TestCase("", null)]
    [TestCase("see narrative", null)]
    public void A_printed_direction_is_read_from_a_symbol_or_a_word(string text, PrintedMovement? movement)
    {
        Assert.That(PrintedScorecardFigures.ReadDirection(text), Is.EqualTo(movement));
    }

    [TestCase("↑", Polarity.HigherIsBetter, KpiDirection.Improving, PrintedVerdict.Agrees, "The direction was printed as \"↑\" (improving), and the tracker agrees.")]
    [TestCase("↓", Polarity.LowerIsBetter, KpiDirection.Improving, PrintedVerdict.Agrees, "The direction was printed as \"↓\" (improving), and the tracker agrees.")]
    [TestCase("↑", Polarity.LowerIsBetter, KpiDirection.Improving, PrintedVerdict.Disagrees,
        "The direction was printed as \"↑\" (declining), but the figures give improving.")]
    [TestCase("improving", Polarity.HigherIsBetter, KpiDirection.Maintained, PrintedVerdict.Disagrees,
        "The direction was printed as \"improving\" (improving), but the figures give maintained.")]
    [TestCase("=", Polarity.HigherIsBetter, KpiDirection.Maintained, PrintedVerdict.Agrees, "The direction was printed as \"=\" (maintained), and the tracker agrees.")]
    [TestCase("▲", Polarity.Neither, KpiDirection.Up, PrintedVerdict.Agrees, "The direction was printed as \"▲\" (up), and the tracker agrees.")]
    [TestCase("better", Polarity.Neither, KpiDirection.Up, PrintedVerdict.CannotCompare,
        "The direction was printed as \"better\", a judgement, but neither higher nor lower is better for this indicator.")]
    [TestCase("↑", Polarity.HigherIsBetter, KpiDirection.NotComparable, PrintedVerdict.CannotCompare,
        "The direction was printed as \"↑\", but the tracker has no two figures to compare.")]
    [TestCase("tbc", Polarity.HigherIsBetter, KpiDirection.Improving, PrintedVerdict.CannotCompare,
        "The direction was printed as \"tbc\", which the tracker cannot read, so it is kept as printed.")]
    public void A_printed_direction_is_turned_into_a_judgement_by_polarity_and_checked(string printed, Polarity polarity, KpiDirection computed,
        PrintedVerdict verdict, string explanation)
    {
        var check = PrintedScorecardFigures.CheckDirection(printed, computed, polarity);
        Assert.That((check.Verdict, check.Explanation), Is.EqualTo((verdict, explanation)));
    }
}

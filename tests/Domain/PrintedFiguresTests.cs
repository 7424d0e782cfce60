using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>A figure as printed and the levels of the items in its scope in; the computed figure, verdict and explanation out.</summary>
public class PrintedFiguresTests
{
    [TestCase("6", 6.0)]
    [TestCase(" 6 ", 6.0)]
    [TestCase("45%", 45.0)]
    [TestCase("45 %", 45.0)]
    [TestCase("45.5%", 45.5)]
    [TestCase("2,140", 2140.0)]
    [TestCase("-3", -3.0)]
    [TestCase("0", 0.0)]
    [TestCase("26/36", null)]
    [TestCase("7 (14)", null)]
    [TestCase("six", null)]
    [TestCase("45%%", null)]
    [TestCase("", null)]
    [TestCase("1,2", null)]
    public void A_printed_value_is_read_as_a_number_only_when_it_is_one(string text, double? expected)
    {
        Assert.That(PrintedFigures.ParseValue(text), Is.EqualTo(expected));
    }

    [TestCase("45%", 0)]
    [TestCase("45.5%", 1)]
    [TestCase("33.33%", 2)]
    [TestCase("6", 0)]
    [TestCase("about half", 0)]
    public void The_precision_printed_is_the_number_of_decimals_shown(string text, int decimals)
    {
        Assert.That(PrintedFigures.DecimalsPrinted(text), Is.EqualTo(decimals));
    }

    // Levels of the items in scope: "4,4,3,-" is two items at 4, one at 3 and one with no score (a blank or zero is no score).
    [TestCase(FigureKind.CountAtLevel, 4, "COMPLETED", "6", "4,4,4,4,4,4,3,-", 6.0, FigureVerdict.Agrees,
        "6 were printed as COMPLETED, and the scores agree (the items in the whole plan at 4 Complete, monitoring).")]
    [TestCase(FigureKind.CountAtLevel, 4, "COMPLETED", "6", "4,4,4,4,4,3,3,-", 5.0, FigureVerdict.Disagrees,
        "6 were printed as COMPLETED, but the scores give 5 (the items in the whole plan at 4 Complete, monitoring).")]
    [TestCase(FigureKind.CountAtLevel, 4, "COMPLETED", "1", "3,-", 0.0, FigureVerdict.Disagrees,
        "1 was printed as COMPLETED, but the scores give 0 (the items in the whole plan at 4 Complete, monitoring).")]
    [TestCase(FigureKind.PercentageAtLevel, 4, "GREEN", "45%", "4,4,4,4,4,4,4,4,4,3,3,3,3,3,3,3,3,3,3,3", 45.0, FigureVerdict.Agrees,
        "45% was printed as GREEN, and the scores agree (9 of 20 scored items in the whole plan are at 4 Complete, monitoring).")]
    [TestCase(FigureKind.PercentageAtLevel, 4, "GREEN", "33%", "4,3,3", 33.0, FigureVerdict.Agrees,
        "33% was printed as GREEN, and the scores agree (1 of 3 scored items in the whole plan is at 4 Complete, monitoring).")]
    [TestCase(FigureKind.PercentageAtLevel, 4, "GREEN", "33.3%", "4,3,3", 33.3, FigureVerdict.Agrees,
        "33.3% was printed as GREEN, and the scores agree (1 of 3 scored items in the whole plan is at 4 Complete, monitoring).")]
    [TestCase(FigureKind.PercentageAtLevel, 4, "GREEN", "33.0%", "4,3,3", 33.3, FigureVerdict.Disagrees,
        "33.0% was printed as GREEN, but the scores give 33.3% (1 of 3 scored items in the whole plan is at 4 Complete, monitoring).")]
    [TestCase(FigureKind.PercentageAtLevel, 4, "GREEN", "67%", "4,4,3", 67.0, FigureVerdict.Agrees,
        "67% was printed as GREEN, and the scores agree (2 of 3 scored items in the whole plan are at 4 Complete, monitoring).")]
    [TestCase(FigureKind.PercentageAtLevel, 4, "GREEN", "40%", "4,4,3,-,-", 67.0, FigureVerdict.Disagrees,
        "40% was printed as GREEN, but the scores give 67% (2 of 3 scored items in the whole plan are at 4 Complete, monitoring). "
        + "40% is the share of all 5 items, counting the 2 without a score, which are at no level.")]
    [TestCase(FigureKind.PercentageAtLevel, 4, "GREEN", "50%", "-,-", null, FigureVerdict.Disagrees,
        "50% was printed as GREEN, but no item in the whole plan has a score in this review.")]
    [TestCase(FigureKind.ScoredItemCount, null, "Actions scored", "12", "4,3,-,2", 3.0, FigureVerdict.Disagrees,
        "12 were printed as Actions scored, but the scores give 3 (the items in the whole plan with a score in this review).")]
    [TestCase(FigureKind.ScoredItemCount, null, "Actions scored", "3", "4,3,-,2", 3.0, FigureVerdict.Agrees,
        "3 were printed as Actions scored, and the scores agree (the items in the whole plan with a score in this review).")]
    [TestCase(FigureKind.ItemCount, null, "Total actions", "4", "4,3,-,2", 4.0, FigureVerdict.Agrees,
        "4 were printed as Total actions, and the tracker agrees (the items the plan scores in the whole plan, whatever their score).")]
    [TestCase(FigureKind.ItemCount, null, "Total actions", "5", "4,3,-,2", 4.0, FigureVerdict.Disagrees,
        "5 were printed as Total actions, but the tracker holds 4 (the items the plan scores in the whole plan, whatever their score).")]
    public void A_figure_is_checked_against_the_scores_in_its_scope(FigureKind kind, int? level, string label, string valueText, string levels,
        double? computed, FigureVerdict verdict, string explanation)
    {
        var scope = new FigureScope(Levels(levels), level == 4 ? "4 Complete, monitoring" : null, "in the whole plan");
        var check = PrintedFigures.Check(new PrintedFigure(kind, level, label, valueText, PrintedFigures.ParseValue(valueText)), scope);
        Assert.That((check.Computed, check.Verdict, check.Explanation), Is.EqualTo((computed, verdict, explanation)));
    }

    [TestCase(FigureKind.Other, "26/36", null, "Ofsted report, p.12", true,
        "\"26/36\" is kept as printed (Ofsted report, p.12); the tracker cannot check this kind of figure against the scores.")]
    [TestCase(FigureKind.Other, "6", 6.0, null, true,
        "6 is kept as printed; the tracker cannot check this kind of figure against the scores.")]
    [TestCase(FigureKind.CountAtLevel, "6", 6.0, "Board report", false,
        "6 is kept as printed (Board report); it was printed for no particular review, so there are no scores to check it against.")]
    [TestCase(FigureKind.ScoredItemCount, "about a dozen", null, null, true,
        "\"about a dozen\" is kept as printed; it is not a number the tracker can read, so it cannot be checked.")]
    public void A_figure_that_cannot_be_checked_is_kept_as_printed_with_its_source(FigureKind kind, string valueText, double? value, string? source,
        bool hasReview, string explanation)
    {
        var scope = hasReview ? new FigureScope(Levels("4,3"), "4 Complete, monitoring", "in the whole plan") : null;
        var check = PrintedFigures.Check(new PrintedFigure(kind, kind == FigureKind.CountAtLevel ? 4 : null, "COMPLETED", valueText, value, source), scope);
        Assert.That((check.Computed, check.Verdict, check.Explanation), Is.EqualTo(((double?)null, FigureVerdict.CannotCheck, explanation)));
    }

    [Test]
    public void A_count_at_a_level_the_scale_no_longer_has_cannot_be_checked()
    {
        var check = PrintedFigures.Check(new PrintedFigure(FigureKind.CountAtLevel, 6, "BLUE", "2", 2), new FigureScope(Levels("4,3"), null, "in priority 2"));
        Assert.That((check.Verdict, check.Explanation), Is.EqualTo((FigureVerdict.CannotCheck, "2 is kept as printed; the plan's scale has no level 6, so it cannot be checked.")));
    }

    [TestCase("countAtLevel", FigureKind.CountAtLevel, true)]
    [TestCase("percentageAtLevel", FigureKind.PercentageAtLevel, true)]
    [TestCase("scoredItemCount", FigureKind.ScoredItemCount, false)]
    [TestCase("itemCount", FigureKind.ItemCount, false)]
    [TestCase("other", FigureKind.Other, false)]
    public void Kinds_are_named_as_the_API_writes_them(string name, FigureKind kind, bool needsLevel)
    {
        Assert.That((PrintedFigures.KindFrom(name), PrintedFigures.NameOf(kind), PrintedFigures.NeedsLevel(kind)), Is.EqualTo(((FigureKind?)kind, name, needsLevel)));
        Assert.That(PrintedFigures.KindFrom("CountAtLevel"), Is.Null);
    }

    private static List<int?> Levels(string text) =>
        text.Split(',').Select(l => l == "-" ? (int?)null : int.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}

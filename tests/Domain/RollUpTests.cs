using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>Scores in, the averages printed in committee papers out.</summary>
public class RollUpTests
{
    // Scores as a row of cells, "-" for a blank cell.
    [TestCase("1 2 3", 2.0)]
    [TestCase("2 - 4", 3.0)]
    [TestCase("3 - 3", 3.0)]
    // A 0 that is a level of the scale (HMIP 0 Inadequate) counts like any other; a placeholder zero never gets this far.
    [TestCase("3 0 3", 2.0)]
    [TestCase("3", 3.0)]
    [TestCase("- -", null)]
    [TestCase("0 0", 0.0)]
    [TestCase("", null)]
    public void A_priority_average_leaves_out_blanks_and_zeros(string scores, double? expected)
    {
        Assert.That(RollUp.MeanOverItems(Scores(scores)), Is.EqualTo(expected));
    }

    [TestCase("2.0 3.0", 2.5)]
    [TestCase("2.0 - 3.0", 2.5)]
    [TestCase("- -", null)]
    [TestCase("", null)]
    public void The_overall_figure_is_the_plain_mean_of_the_priorities_that_have_scores(string figures, double? expected)
    {
        var groupMeans = figures.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(cell => cell == "-" ? (double?)null : double.Parse(cell, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(RollUp.MeanOverGroups(groupMeans), Is.EqualTo(expected));
    }

    [Test]
    public void A_small_priority_weighs_as_much_as_a_large_one_in_the_overall_figure()
    {
        int?[] priorityA = [1, 1, 1, 1];
        int?[] priorityB = [3];

        var overItems = RollUp.MeanOverItems(priorityA.Concat(priorityB));
        var overGroups = RollUp.MeanOverGroups([RollUp.MeanOverItems(priorityA), RollUp.MeanOverItems(priorityB)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(RollUp.RoundForDisplay(overItems), Is.EqualTo(1.4));
            Assert.That(RollUp.RoundForDisplay(overGroups), Is.EqualTo(2.0));
        }
    }

    [TestCase(2.75, 2.8)]
    [TestCase(2.25, 2.3)]
    [TestCase(2.84, 2.8)]
    [TestCase(3.0, 3.0)]
    [TestCase(1.15, 1.2)]
    [TestCase(null, null)]
    public void Figures_are_shown_to_one_decimal_with_halves_rounded_up(double? value, double? expected)
    {
        Assert.That(RollUp.RoundForDisplay(value), Is.EqualTo(expected));
    }

    [Test]
    public void A_mean_that_is_a_half_rounds_up_as_it_would_by_hand()
    {
        // 23 over 20 rows is 1.15, which a double holds as 1.1499...; by hand it is 1.2.
        var scores = Enumerable.Repeat<int?>(1, 17).Concat(Enumerable.Repeat<int?>(2, 3));

        Assert.That(RollUp.RoundForDisplay(RollUp.MeanOverItems(scores)), Is.EqualTo(1.2));
    }

    [TestCase(2.8, 2.75, false)]
    [TestCase(2.75, 2.75, false)]
    [TestCase(3.3, 3.25, false)]
    [TestCase(3.0, 3.0, false)]
    [TestCase(2.7, 2.75, true)]
    [TestCase(3.3, 2.8, true)]
    [TestCase(0.0, 2.8, true)]
    [TestCase(2.0, null, true)]
    public void A_typed_figure_that_does_not_match_the_scores_is_pointed_out(double typed, double? computed, bool disagrees)
    {
        Assert.That(RollUp.TypedFigureDisagrees(typed, computed), Is.EqualTo(disagrees));
    }

    private static int?[] Scores(string written) =>
        written.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(cell => cell == "-" ? (int?)null : int.Parse(cell))
            .ToArray();
}

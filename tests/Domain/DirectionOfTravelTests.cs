using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>Score history in, direction of travel out, for scales where higher or lower is better.</summary>
public class DirectionOfTravelTests
{
    // The history is written as the score columns read left to right: a number per review, "-" for
    // a review with no score. The last review is the one being judged.
    [TestCase("2 3", true, Direction.Improving, 0, false)]
    [TestCase("3 3", true, Direction.Maintained, 0, false)]
    [TestCase("3 2", true, Direction.Declining, 0, false)]
    [TestCase("1 2 2", true, Direction.Maintained, 1, false)]
    [TestCase("3 2", false, Direction.Improving, 0, false)]
    [TestCase("2 3", false, Direction.Declining, 0, false)]
    [TestCase("1 1", false, Direction.Maintained, 0, false)]
    [TestCase("2 - 3", true, Direction.Improving, 0, true)]
    [TestCase("1 - - 1", false, Direction.Maintained, 0, true)]
    [TestCase("3 - 4", true, Direction.Improving, 0, true)]
    // On a scale that starts at 0 (HMIP), a 0 is a real level: 0 to 2 is an improvement, not a first score.
    [TestCase("0 2", true, Direction.Improving, 0, false)]
    [TestCase("2 0", true, Direction.Declining, 0, false)]
    [TestCase("- - 2", true, Direction.New, null, false)]
    [TestCase("- 2", true, Direction.New, null, false)]
    [TestCase("2", true, Direction.New, null, false)]
    [TestCase("", true, Direction.NoData, null, false)]
    [TestCase("- - -", true, Direction.NoData, null, false)]
    [TestCase("2 3 -", true, Direction.NoData, null, false)]
    [TestCase("2 3 -", true, Direction.NoData, null, false)]
    public void Direction_of_travel_follows_the_scores_and_the_scale(
        string history, bool higherIsBetter, Direction expected, int? comparedWith, bool skippedGap)
    {
        var result = DirectionOfTravel.Compute(History(history), higherIsBetter);

        Assert.That(result, Is.EqualTo(new DirectionResult(expected, comparedWith, skippedGap)));
    }

    [TestCase(2.8, 3.3, true, Direction.Improving)]
    [TestCase(3.3, 2.8, true, Direction.Declining)]
    [TestCase(2.84, 2.76, true, Direction.Maintained)]
    [TestCase(2.5, 2.0, false, Direction.Improving)]
    [TestCase(2.0, 2.5, false, Direction.Declining)]
    [TestCase(null, 2.0, true, Direction.New)]
    [TestCase(2.0, null, true, Direction.NoData)]
    [TestCase(null, null, true, Direction.NoData)]
    public void A_priority_average_moves_as_printed_to_one_decimal(
        double? previous, double? current, bool higherIsBetter, Direction expected)
    {
        Assert.That(DirectionOfTravel.CompareAverages(previous, current, higherIsBetter), Is.EqualTo(expected));
    }

    [TestCase(Direction.Maintained, Direction.Improving, true)]
    [TestCase(Direction.Declining, Direction.Maintained, true)]
    [TestCase(Direction.Improving, Direction.Declining, true)]
    [TestCase(Direction.Improving, Direction.Improving, false)]
    [TestCase(Direction.New, Direction.Improving, false)]
    [TestCase(Direction.NoData, Direction.Declining, false)]
    public void A_hand_recorded_direction_contradicts_the_scores_only_when_they_say_otherwise(
        Direction computed, Direction overrideDirection, bool contradicts)
    {
        Assert.That(DirectionOfTravel.Contradicts(computed, overrideDirection), Is.EqualTo(contradicts));
    }

    [Test]
    public void The_same_score_in_both_reviews_marked_improving_by_hand_contradicts_the_scores()
    {
        // The real plan: a recommendation scored 2 at the last review and 2 at this one, with
        // "improving" picked from the list.
        var computed = DirectionOfTravel.Compute([2, 2], higherIsBetter: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(computed.Direction, Is.EqualTo(Direction.Maintained));
            Assert.That(DirectionOfTravel.Contradicts(computed.Direction, Direction.Improving), Is.True);
        }
    }

    [TestCase("1 2 - 4 3 3 - -", true)]
    [TestCase("5 4 4 - 2 1", false)]
    [TestCase("- - 3", null)]
    public void Reading_the_first_n_reviews_in_place_is_the_same_as_reading_a_copy_of_them(string written, bool? higherIsBetter)
    {
        // The grid asks for every column's direction without copying the history each time (issue 14).
        var history = History(written);
        for (var count = 0; count <= history.Length; count++)
            Assert.That(DirectionOfTravel.Compute(history, count, higherIsBetter),
                Is.EqualTo(DirectionOfTravel.Compute(history.Take(count).ToArray(), higherIsBetter)), $"first {count}");
    }

    private static int?[] History(string written) =>
        written.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(cell => cell == "-" ? (int?)null : int.Parse(cell))
            .ToArray();
}

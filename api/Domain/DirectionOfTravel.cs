namespace ActionPlanTracker.Domain;

/// <summary>How an item's score moved since the previous review that scored it.</summary>
public enum Direction
{
    /// <summary>Better than before, in the scale's direction.</summary>
    Improving,

    /// <summary>The same score as before.</summary>
    Maintained,

    /// <summary>Worse than before, in the scale's direction.</summary>
    Declining,

    /// <summary>Scored now, but never scored before.</summary>
    New,

    /// <summary>Not scored in the review being judged.</summary>
    NoData,
}

/// <summary>
/// The outcome of comparing an item's score with its history.
/// </summary>
/// <param name="Direction">Improving, maintained, declining, new or no data.</param>
/// <param name="ComparedWithIndex">The index in the history of the score compared with, or null when there was none.</param>
/// <param name="SkippedGap">True when that score is older than the immediately previous review, because the item went unscored in between.</param>
public sealed record DirectionResult(Direction Direction, int? ComparedWithIndex, bool SkippedGap);

/// <summary>
/// Direction of travel, computed from scores instead of being picked by hand.
/// </summary>
/// <remarks>
/// Why: in the spreadsheets the direction was chosen from a list, and in one real plan several
/// recommendations kept the same score between reviews yet were marked "improving". The tracker
/// computes it; a person's different judgement is kept as an override with a reason, and
/// <see cref="Contradicts"/> says when that override goes against the scores.
/// </remarks>
public static class DirectionOfTravel
{
    /// <summary>
    /// Judges the last review in <paramref name="history"/> against the latest earlier review that has a score.
    /// </summary>
    /// <param name="history">The item's levels in review order, up to and including the review being judged; null (or 0) is no score.</param>
    /// <param name="higherIsBetter">The scale's direction; for a 1 to 3 scale where 1 is best, going 3 to 2 is improving.</param>
    public static DirectionResult Compute(IReadOnlyList<int?> history, bool higherIsBetter)
    {
        if (history.Count == 0 || MissingScore.Is(history[^1]))
            return new DirectionResult(Direction.NoData, null, false);

        var current = history[^1]!.Value;
        var lastIndex = history.Count - 1;

        // Reviews where the item went unscored are skipped rather than read as a drop to nothing:
        // a blank meant no score, not a bad one.
        for (var index = lastIndex - 1; index >= 0; index--)
        {
            if (MissingScore.Is(history[index]))
                continue;

            var direction = Judge(history[index]!.Value, current, higherIsBetter);
            return new DirectionResult(direction, index, SkippedGap: index != lastIndex - 1);
        }

        return new DirectionResult(Direction.New, null, false);
    }

    /// <summary>
    /// Direction of travel of an average (a priority's or the plan's figure) between two periods.
    /// Figures equal to one decimal, as printed, count as maintained.
    /// </summary>
    public static Direction CompareAverages(double? previous, double? current, bool higherIsBetter)
    {
        if (current is null)
            return Direction.NoData;
        if (previous is null)
            return Direction.New;

        var before = RollUp.RoundForDisplay(previous)!.Value;
        var now = RollUp.RoundForDisplay(current)!.Value;
        if (before == now)
            return Direction.Maintained;

        return (now > before) == higherIsBetter ? Direction.Improving : Direction.Declining;
    }

    /// <summary>
    /// True when a hand-recorded direction goes against the one the scores give. An override where
    /// the scores give no comparison (new or no data) contradicts nothing.
    /// </summary>
    public static bool Contradicts(Direction computed, Direction overrideDirection) =>
        computed is Direction.Improving or Direction.Maintained or Direction.Declining
        && overrideDirection != computed;

    private static Direction Judge(int previous, int current, bool higherIsBetter)
    {
        if (current == previous)
            return Direction.Maintained;
        return (current > previous) == higherIsBetter ? Direction.Improving : Direction.Declining;
    }
}

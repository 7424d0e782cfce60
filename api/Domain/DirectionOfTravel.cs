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

    /// <summary>
    /// The score moved, but the scale does not say which end is better, so neither improving nor declining can be said
    /// until a person decides (the grid shows what each reading would mean).
    /// </summary>
    Changed,
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
    /// <param name="higherIsBetter">The scale's direction; for a 1 to 3 scale where 1 is best, going 3 to 2 is improving. Null when not stated.</param>
    public static DirectionResult Compute(IReadOnlyList<int?> history, bool? higherIsBetter) =>
        Compute(history, history.Count, higherIsBetter);

    /// <summary>
    /// As <see cref="Compute(IReadOnlyList{int?}, bool?)"/> on the first <paramref name="count"/> entries of
    /// <paramref name="history"/>, without copying them: the grid asks this for every score of every item (issue 14).
    /// </summary>
    public static DirectionResult Compute(IReadOnlyList<int?> history, int count, bool? higherIsBetter)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, history.Count);
        if (count == 0 || MissingScore.Is(history[count - 1]))
            return new DirectionResult(Direction.NoData, null, false);

        var current = history[count - 1]!.Value;
        var lastIndex = count - 1;

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
    public static Direction CompareAverages(double? previous, double? current, bool? higherIsBetter)
    {
        if (current is null)
            return Direction.NoData;
        if (previous is null)
            return Direction.New;

        var before = RollUp.RoundForDisplay(previous)!.Value;
        var now = RollUp.RoundForDisplay(current)!.Value;
        if (before == now)
            return Direction.Maintained;

        if (higherIsBetter is not { } higher)
            return Direction.Changed;
        return (now > before) == higher ? Direction.Improving : Direction.Declining;
    }

    /// <summary>
    /// True when a hand-recorded direction (an override, or one printed in the source) goes against the one the scores
    /// give. Where the scores give no comparison (new or no data) it contradicts nothing. Where the score changed on a
    /// scale whose direction is not stated, only "maintained" contradicts: improving or declining depends on the reading.
    /// </summary>
    public static bool Contradicts(Direction computed, Direction overrideDirection) => computed switch
    {
        Direction.Improving or Direction.Maintained or Direction.Declining => overrideDirection != computed,
        Direction.Changed => overrideDirection == Direction.Maintained,
        _ => false,
    };

    private static Direction Judge(int previous, int current, bool? higherIsBetter)
    {
        if (current == previous)
            return Direction.Maintained;
        if (higherIsBetter is not { } higher)
            return Direction.Changed;
        return (current > previous) == higher ? Direction.Improving : Direction.Declining;
    }
}

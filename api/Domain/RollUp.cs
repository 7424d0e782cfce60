namespace ActionPlanTracker.Domain;

/// <summary>
/// Average scores for a priority and for a whole plan, computed the way the councils' papers print
/// them, so the tracker can show both means and point out figures someone typed that do not match.
/// </summary>
/// <remarks>
/// Why: a zero or blank in the council's sheets meant no score, and must never drag an average
/// down. Every mean here leaves missing scores out instead of counting them as 0.
/// </remarks>
public static class RollUp
{
    /// <summary>
    /// The mean of the scored items (a priority's figure in the development plan), or null when
    /// nothing is scored. Blank and zero levels are left out.
    /// </summary>
    public static double? MeanOverItems(IEnumerable<int?> levels)
    {
        var scored = levels.Where(level => !MissingScore.Is(level)).Select(level => (double)level!.Value).ToList();
        return scored.Count == 0 ? null : scored.Average();
    }

    /// <summary>
    /// The plain mean of the group figures, ignoring groups with no scores, or null when no group has one.
    /// </summary>
    /// <remarks>
    /// This is the councils' overall figure: the mean of the priority figures, so a priority with one
    /// scored row weighs as much as one with twenty. It differs from the mean over all items whenever
    /// priorities differ in size, which is why the tracker says which mean it shows.
    /// </remarks>
    public static double? MeanOverGroups(IEnumerable<double?> groupMeans)
    {
        var scored = groupMeans.Where(mean => mean is not null).Select(mean => mean!.Value).ToList();
        return scored.Count == 0 ? null : scored.Average();
    }

    /// <summary>
    /// Rounds to one decimal place with halves away from zero (2.75 to 2.8, 2.25 to 2.3), as people
    /// round by hand and as the figures are printed in committee papers.
    /// </summary>
    public static double? RoundForDisplay(double? value) =>
        value is null ? null : Round(value.Value);

    /// <summary>
    /// True when a figure someone typed does not match the scores beneath it: it differs from the
    /// computed figure rounded to one decimal, or there are no scores to compute from.
    /// </summary>
    /// <remarks>
    /// A typed figure equal to the unrounded computed one (2.75 for 2.75) is not a disagreement: it
    /// is the same figure with more precision than the papers usually print.
    /// </remarks>
    public static bool TypedFigureDisagrees(double typed, double? computed)
    {
        if (computed is null)
            return true;

        const double tolerance = 1e-9;
        return Math.Abs(typed - Round(computed.Value)) > tolerance
            && Math.Abs(typed - computed.Value) > tolerance;
    }

    // Rounded through decimal because a mean such as 23/20 is stored as 1.1499999... in a double and
    // would otherwise print as 1.1 where a person working it out by hand writes 1.2.
    private static double Round(double value) =>
        (double)Math.Round((decimal)value, 1, MidpointRounding.AwayFromZero);
}

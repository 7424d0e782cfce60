namespace ActionPlanTracker.Domain;

/// <summary>A direction of travel printed in a source, beside the scores it describes.</summary>
/// <param name="Previous">The score it was compared with (the latest earlier one), or null.</param>
/// <param name="Current">The score at the review it was printed for, or null.</param>
/// <param name="Printed">What the source printed.</param>
public sealed record PrintedDirectionEvidence(int? Previous, int? Current, Direction Printed);

/// <summary>What the printed directions of travel say about a scale whose direction nobody wrote down.</summary>
/// <param name="Compared">Printed directions beside a score that moved (only those can tell the two readings apart).</param>
/// <param name="AgreeIfHigherIsBetter">How many of them agree with the scores if a higher level is better.</param>
/// <param name="AgreeIfLowerIsBetter">How many agree if a lower level is better.</param>
/// <param name="Implied">true: the printed directions imply higher is better; false: lower is better; null: they do not say.</param>
/// <param name="Explanation">The finding in a sentence for the board.</param>
public sealed record ScaleDirectionReading(int Compared, int AgreeIfHigherIsBetter, int AgreeIfLowerIsBetter, bool? Implied, string Explanation);

/// <summary>
/// Reads a scale's direction from the directions of travel a plan printed by hand. Why: a 1 to 3 score where nobody wrote
/// down which end is good is common, and guessing would make every direction of travel read backwards. The tracker holds
/// the scale as "not stated", shows both readings, and reports which one the printed directions support, until a person decides.
/// </summary>
public static class ScaleDirectionEvidence
{
    public static ScaleDirectionReading Read(IEnumerable<PrintedDirectionEvidence> printed)
    {
        var moved = printed
            .Where(p => p is { Previous: not null, Current: not null } && p.Previous != p.Current
                        && p.Printed is Direction.Improving or Direction.Declining)
            .ToList();
        var higher = moved.Count(p => Agrees(p, higherIsBetter: true));
        var lower = moved.Count(p => Agrees(p, higherIsBetter: false));
        bool? implied = higher > lower ? true : lower > higher ? false : null;
        var explanation = moved.Count switch
        {
            0 => "No printed direction of travel sits beside a score that moved, so the printed directions do not say which end of the scale is better.",
            _ when implied is null => $"Of {moved.Count} printed directions beside a score that moved, {higher} fit \"higher is better\" and {lower} fit \"lower is better\": they do not settle it.",
            _ => $"Of {moved.Count} printed directions beside a score that moved, {Math.Max(higher, lower)} fit \"{(implied == true ? "higher" : "lower")} is better\" " +
                 $"and {Math.Min(higher, lower)} fit \"{(implied == true ? "lower" : "higher")} is better\": the plan reads as if a {(implied == true ? "higher" : "lower")} level is better.",
        };
        return new ScaleDirectionReading(moved.Count, higher, lower, implied, explanation);
    }

    private static bool Agrees(PrintedDirectionEvidence p, bool higherIsBetter) =>
        ((p.Current > p.Previous) == higherIsBetter ? Direction.Improving : Direction.Declining) == p.Printed;
}

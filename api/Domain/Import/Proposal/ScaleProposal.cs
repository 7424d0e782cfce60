using System.Globalization;

namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// The scale scores are read on and what each distinct score value means: the known scale that explains the most
/// values (at least 80% of the scored cells), else a new scale from the values seen.
/// </summary>
internal static class ScaleProposal
{
    private const double Enough = 0.8;

    public static (ScaleChoice Scale, IReadOnlyList<ValueMapping> Values, string Note) Propose(
        IReadOnlyList<SeenScore> seen, IReadOnlyList<KnownScale> scales)
    {
        var scored = seen.Where(s => !s.IsPlaceholder).Sum(s => s.Count);
        var bare = BareNumbers(seen, scored);
        var best = scales
            .Where(k => !bare || k.Scale.HigherIsBetter is null)
            .Select(k => (Known: k, Explained: seen.Where(s => KnownScaleMatch.LevelOf(k.Scale, s.Seen) is not null).Sum(s => s.Count)))
            .OrderByDescending(x => x.Explained).ThenBy(x => x.Known.Scale.Levels.Count).FirstOrDefault();

        if (best.Known is { } none && scored == 0)
            return (new ScaleChoice { ScaleId = none.Id }, ValuesOn(none.Scale, seen),
                $"No score cells hold a level yet, so the scale \"{none.Scale.Name}\" is proposed; choose another if it is not the plan's.");
        // A number beyond a scale's levels shows the plan uses another scale, so bare numbers must all be explained.
        if (best.Known is { } known && best.Explained >= (bare ? scored : Enough * scored))
            return (new ScaleChoice { ScaleId = known.Id }, ValuesOn(known.Scale, seen),
                $"The scale \"{known.Scale.Name}\" explains {Share(best.Explained, scored)} of the score cells that hold a value.");

        var (scale, values) = NewScaleFromValues.Make(seen);
        var why = best.Known is null && bare && scales.Count > 0
            ? "The scores are bare numbers and the file does not say which end is better (choose a scale in the tracker that "
              + "states a direction if it is the plan's)"
            : best.Known is null
            ? "There is no scale in the tracker yet"
            : $"No scale in the tracker explains at least 80% of the score cells (\"{best.Known.Scale.Name}\" explains {Share(best.Explained, scored)})";
        return (new ScaleChoice { New = scale }, values,
            $"{why}, so a new scale is proposed from the values seen: {Describe(scale)}.");
    }

    // Numbers with no words and no fills say nothing about which end of the scale is good: a scale that states a direction
    // would make every direction of travel read one way on a guess (domain.md: "a 1-3 score where nobody wrote down which
    // end is good"), so only scales whose direction is not stated are offered for them.
    private static bool BareNumbers(IReadOnlyList<SeenScore> seen, int scored) =>
        scored > 0 && seen.Where(s => !s.IsPlaceholder).All(s => !s.IsFill && s.Fills.Count == 0
            && int.TryParse(s.Seen, NumberStyles.None, CultureInfo.InvariantCulture, out _));

    // A value on no level that is not a placeholder (a purple fill, a stray word) is left unmapped, so the dry run asks
    // about it rather than the proposal calling it "no score" on the person's behalf.
    private static IReadOnlyList<ValueMapping> ValuesOn(RatingScale scale, IReadOnlyList<SeenScore> seen) =>
        seen.Select(s => new ValueMapping(s.Seen, KnownScaleMatch.LevelOf(scale, s.Seen)))
            .Where((v, i) => v.Level is not null || seen[i].IsPlaceholder).ToList();

    private static string Share(int part, int whole) =>
        whole == 0 ? "none" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Describe(NewScale scale)
    {
        var levels = string.Join(", ", scale.Levels.Select(l => LevelWords.Text(l.Value, l.Label)));
        var direction = scale.HigherIsBetter switch
        {
            true => "higher is better",
            false => "lower is better",
            null => "which end is better is not stated, so a person should say",
        };
        return $"{(levels.Length > 0 ? levels : "no levels")}; {direction}";
    }
}

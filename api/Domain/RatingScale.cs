using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain;

/// <summary>
/// One level of a plan's rating scale, e.g. 3 "Green": on track to finish by the agreed date.
/// </summary>
/// <param name="Value">The number stored for a score; 0 or more (inspectorate scales start at 0). "No score" is never a value.</param>
/// <param name="Label">The word people use for it ("Amber", "Completed").</param>
/// <param name="Meaning">The plan's own definition of the level, when it gives one.</param>
/// <param name="Colour">The cell colour as <c>#rrggbb</c> (green in the council's sheets is <c>#92d050</c>); null when the plan gives none.</param>
/// <param name="MeansComplete">True when an item scored at this level is finished (e.g. 4 and 5 on the 1 to 5 progress scale).</param>
public sealed record ScaleLevel(int Value, string Label, string? Meaning, string? Colour, bool MeansComplete)
{
    /// <summary>How the level is written: "3 Green", or "4" once for a level whose label is its number.</summary>
    public string Text => LevelWords.Text(Value, Label);
}

/// <summary>
/// The words for a level wherever it is shown. A plan that scores 1 to 5 with no names for its levels has labels "1" to
/// "5"; writing "4 4" would look like a mistake, so such a level is written once.
/// </summary>
public static class LevelWords
{
    public static string Text(int value, string label)
    {
        var number = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(label) || label.Trim() == number ? number : $"{number} {label}";
    }
}

/// <summary>
/// A plan's rating scale. Scales belong to the plan because real plans differ: a 1 to 5 progress
/// scale, a 1 to 3 score where lower is better, or RAG words.
/// </summary>
/// <param name="Name">What the plan calls the scale.</param>
/// <param name="HigherIsBetter">
/// The direction of the scale. It is explicit because one real plan scores 1 to 3 with 1 best, and
/// direction of travel would read backwards if it were assumed. Null when the source never said (a 1 to 3 score where
/// nobody wrote down which end is good): the tracker then shows what each reading would mean until a person decides.
/// </param>
/// <param name="Levels">The levels, in any order.</param>
public sealed record RatingScale(string Name, bool? HigherIsBetter, IReadOnlyList<ScaleLevel> Levels)
{
    private static readonly Regex HexColour = new(
        "^#[0-9a-f]{6}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The level with this value, or null when the scale has none.</summary>
    public ScaleLevel? Find(int value) => Levels.FirstOrDefault(level => level.Value == value);

    /// <summary>True when a score of <paramref name="a"/> is better than <paramref name="b"/> in this scale's direction; null when the direction is not stated.</summary>
    public bool? IsBetter(int a, int b) => HigherIsBetter is { } higher ? (higher ? a > b : a < b) : null;

    /// <summary>The worst level: the lowest value when higher is better, otherwise the highest; null when the direction is not stated.</summary>
    /// <exception cref="InvalidOperationException">The scale has no levels.</exception>
    public ScaleLevel? Worst => HigherIsBetter is { } higher ? (higher ? Lowest() : Highest()) : null;

    /// <summary>The best level: the highest value when higher is better, otherwise the lowest; null when the direction is not stated.</summary>
    /// <exception cref="InvalidOperationException">The scale has no levels.</exception>
    public ScaleLevel? Best => HigherIsBetter is { } higher ? (higher ? Highest() : Lowest()) : null;

    /// <summary>
    /// What is wrong with a proposed set of levels, in plain English; empty when the scale is usable.
    /// </summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<ScaleLevel> levels)
    {
        if (levels.Count == 0)
            return ["A scale needs at least one level."];

        var problems = new List<string>();

        // "No score" is a state of a score, never a value, so a scale may start at 0 (HMIP: 0 Inadequate .. 3 Outstanding).
        foreach (var level in levels.Where(level => level.Value < 0))
            problems.Add($"Level \"{level.Label}\" has the value {level.Value}; values start at 0.");

        foreach (var value in levels.GroupBy(level => level.Value).Where(g => g.Count() > 1).Select(g => g.Key))
            problems.Add($"More than one level has the value {value}.");

        foreach (var level in levels.Where(level => string.IsNullOrWhiteSpace(level.Label)))
            problems.Add($"The level with the value {level.Value} has no label.");

        var duplicateLabels = levels
            .Where(level => !string.IsNullOrWhiteSpace(level.Label))
            .GroupBy(level => level.Label.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        foreach (var group in duplicateLabels)
            problems.Add($"More than one level is labelled \"{group.Key}\".");

        foreach (var level in levels.Where(level => level.Colour is not null && !HexColour.IsMatch(level.Colour)))
            problems.Add($"The colour of \"{level.Label}\" is \"{level.Colour}\"; write colours as #rrggbb, for example #92d050.");

        return problems;
    }

    private ScaleLevel Lowest() => NonEmpty().MinBy(level => level.Value)!;

    private ScaleLevel Highest() => NonEmpty().MaxBy(level => level.Value)!;

    private IReadOnlyList<ScaleLevel> NonEmpty() =>
        Levels.Count > 0 ? Levels : throw new InvalidOperationException($"The scale \"{Name}\" has no levels.");
}

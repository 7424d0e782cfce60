using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// The level of a known scale a seen score value means: a number as a level's value, a word as a level's label (or a
/// RAG word as the level of that colour), a fill as the level whose colour is near it or clearly the same hue.
/// </summary>
internal static partial class KnownScaleMatch
{
    public static int? LevelOf(RatingScale scale, string seen)
    {
        if (CellReadings.IsPlaceholder(seen))
            return null;
        if (seen.StartsWith('#'))
            return ByFill(scale, seen);
        if (LeadingNumber().Match(seen) is { Success: true } number &&
            scale.Find(int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture)) is { } numbered)
            return numbered.Value;
        var key = ProposalText.Key(seen);
        if (scale.Levels.FirstOrDefault(l => ProposalText.Key(l.Label) == key) is { } labelled)
            return labelled.Value;
        if (ScaleWords.HueOfWord(seen) is { } hue && Single(scale.Levels.Where(l => HueOf(l) == hue)) is { } coloured)
            return coloured.Value;
        if (ScaleWords.SaysComplete(seen) && Single(scale.Levels.Where(l => ScaleWords.SaysComplete(l.Label))) is { } done)
            return done.Value;
        return null;
    }

    private static int? ByFill(RatingScale scale, string fill)
    {
        if (scale.Levels.FirstOrDefault(l => l.Colour is { } c && Colours.AreNear(c, fill)) is { } near)
            return near.Value;
        return Colours.HueOf(fill) is { } hue && Single(scale.Levels.Where(l => HueOf(l) == hue)) is { } same ? same.Value : null;
    }

    /// <summary>A level's RAG hue: its colour's, else its label's ("Green").</summary>
    private static Hue? HueOf(ScaleLevel level) => Colours.HueOf(level.Colour) ?? ScaleWords.HueOfWord(level.Label);

    private static ScaleLevel? Single(IEnumerable<ScaleLevel> levels)
    {
        var list = levels.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    // "3", "3 - GREEN", "2 (AMBER)": the number first; "2.8" (an average typed into the column) is no level.
    [GeneratedRegex(@"^(\d{1,3})(?![\d.,])")]
    private static partial Regex LeadingNumber();
}

using System.Globalization;

namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// A new scale made from the score values a plan shows when no scale in the tracker explains them: whole numbers
/// ascending, with no direction (nobody wrote down which end is good); or RAG words and fills ordered red, amber, green,
/// then blue or completed, where higher is plainly better. Colours only where the source showed them; nothing invented.
/// </summary>
internal static class NewScaleFromValues
{
    public static (NewScale Scale, IReadOnlyList<ValueMapping> Values) Make(IReadOnlyList<SeenScore> seen)
    {
        var scored = seen.Where(s => !s.IsPlaceholder).ToList();
        var numbers = scored.Where(s => WholeNumber(s.Seen) is not null).Sum(s => s.Count);
        var rag = scored.Where(s => RagOrder(s) is not null).Sum(s => s.Count);
        return numbers >= rag && numbers > 0 ? Numbered(seen) : Rag(seen);
    }

    private static (NewScale, IReadOnlyList<ValueMapping>) Numbered(IReadOnlyList<SeenScore> seen)
    {
        var values = seen.Where(s => !s.IsPlaceholder).Select(s => WholeNumber(s.Seen)).OfType<int>().Distinct().Order().ToList();
        var levels = values.Select(v => new NewScaleLevel(v, v.ToString(CultureInfo.InvariantCulture),
            ColourOf(seen.Where(s => !s.IsPlaceholder && WholeNumber(s.Seen) == v)), false)).ToList();
        var name = values.Count == 1 ? $"Score {values[0]}" : $"Scores {values[0]} to {values[^1]}";
        return (new NewScale($"{name} (from the imported plan)", null, levels),
            seen.Select(s => new ValueMapping(s.Seen, s.IsPlaceholder ? null : WholeNumber(s.Seen))).ToList());
    }

    private static (NewScale, IReadOnlyList<ValueMapping>) Rag(IReadOnlyList<SeenScore> seen)
    {
        var groups = seen.Where(s => !s.IsPlaceholder && RagOrder(s) is not null)
            .GroupBy(s => RagOrder(s)!.Value).OrderBy(g => g.Key).ToList();
        var levels = groups.Select((g, i) => new NewScaleLevel(i + 1, LabelOf(g.Key, g), ColourOf(g), g.Key == (int)Hue.Blue)).ToList();
        var valueOf = groups.Select((g, i) => (g.Key, Value: i + 1)).ToDictionary(x => x.Key, x => x.Value);
        var name = levels.Count > 0 ? $"{string.Join(", ", levels.Select(l => l.Label))} (from the imported plan)" : "Scale from the imported plan";
        return (new NewScale(name, levels.Count > 0 ? true : null, levels),
            seen.Where(s => s.IsPlaceholder || RagOrder(s) is not null)
                .Select(s => new ValueMapping(s.Seen, !s.IsPlaceholder && RagOrder(s) is { } order ? valueOf[order] : null)).ToList());
    }

    /// <summary>The words as printed ("COMPLETED" → "Completed"), else the colour's name for a fill.</summary>
    private static string LabelOf(int order, IEnumerable<SeenScore> group)
    {
        var word = group.Where(s => !s.IsFill).OrderByDescending(s => s.Seen.Length).Select(s => s.Seen).FirstOrDefault();
        var text = word ?? ((Hue)order).ToString();
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
    }

    /// <summary>The fill most cells of a level show, counting every cell, so the shade used most names the level's colour.</summary>
    private static string? ColourOf(IEnumerable<SeenScore> group) =>
        group.SelectMany(s => s.IsFill ? Enumerable.Repeat(s.Seen, s.Count) : s.Fills).GroupBy(f => f)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

    private static int? RagOrder(SeenScore s) =>
        s.IsFill ? (int?)Colours.HueOf(s.Seen) : ScaleWords.RagOrder(s.Seen);

    private static int? WholeNumber(string seen) =>
        int.TryParse(seen, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

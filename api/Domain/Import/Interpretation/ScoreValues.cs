using System.Globalization;

namespace ActionPlanTracker.Domain.Import.Interpretation;

/// <summary>How a score cell was read.</summary>
/// <param name="Level">The level value; null = no score.</param>
/// <param name="RecordedAs">What the cell held when it is no level ("0", "Score - please select", "colour #ff0000").</param>
/// <param name="Finding">Why it is no level: Placeholder, ValueNotOnScale or UnreadableCell; null for a level.</param>
internal sealed record ScoreValue(int? Level, string? RecordedAs, FindingKind? Finding);

/// <summary>
/// Reads a score cell on the plan's scale: the person's own mapping of the value first, then a placeholder (a zero is
/// never a level, even on a scale that starts at 0, because the councils typed zeros into future reviews), then a level
/// by number, label or fill colour. Anything else is kept as printed with no level.
/// </summary>
internal sealed class ScoreValues(RatingScale? scale, IReadOnlyList<ValueMapping> values)
{
    private readonly Dictionary<string, int?> _chosen = values
        .GroupBy(v => v.Seen.Trim().ToUpperInvariant())
        .ToDictionary(g => g.Key, g => g.First().Level);

    public RatingScale? Scale => scale;

    /// <summary>The reading of a cell, or null for an empty unfilled cell.</summary>
    public ScoreValue? Read(SourceCell cell)
    {
        if (CellReadings.SeenValue(cell) is not { } seen)
            return null;
        var printed = cell.Text.Trim().Length > 0 ? cell.Text.Trim() : $"colour {seen}";
        if (_chosen.TryGetValue(seen.ToUpperInvariant(), out var chosen))
            return chosen is { } level ? OnScale(level, printed) : new ScoreValue(null, printed, FindingKind.Placeholder);
        if (CellReadings.IsPlaceholder(seen))
            return new ScoreValue(null, printed, FindingKind.Placeholder);
        if (Match(seen) is { } found)
            return new ScoreValue(found.Value, null, null);
        return new ScoreValue(null, printed, IsAValue(seen) ? FindingKind.ValueNotOnScale : FindingKind.UnreadableCell);
    }

    /// <summary>How a level will be stored, as the preview shows it: "3 Green".</summary>
    public string Shown(int level) =>
        scale?.Find(level) is { } found ? LevelWords.Text(found.Value, found.Label) : level.ToString(CultureInfo.InvariantCulture);

    // A level the person chose that the scale does not have is still no level: the commit could not store it.
    private ScoreValue OnScale(int level, string printed) =>
        scale is null || scale.Find(level) is not null
            ? new ScoreValue(level, null, null)
            : new ScoreValue(null, printed, FindingKind.ValueNotOnScale);

    private ScaleLevel? Match(string seen)
    {
        if (scale is null)
            return null;
        if (double.TryParse(seen, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && number == Math.Floor(number) && number <= int.MaxValue)
            return scale.Find((int)number);
        if (seen.StartsWith('#'))
            return scale.Levels.FirstOrDefault(l => string.Equals(l.Colour, seen, StringComparison.OrdinalIgnoreCase));
        return scale.Levels.FirstOrDefault(l => string.Equals(l.Label.Trim(), seen, StringComparison.OrdinalIgnoreCase)
            || string.Equals(LevelWords.Text(l.Value, l.Label), seen, StringComparison.OrdinalIgnoreCase));
    }

    // A fill, a number or a single word is a value the person can map to a level; a sentence is not a score at all.
    private static bool IsAValue(string seen) =>
        seen.StartsWith('#') || double.TryParse(seen, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || !seen.Contains(' ', StringComparison.Ordinal) || seen.Length <= 20;
}

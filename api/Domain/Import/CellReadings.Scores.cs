using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import;

// Score cells and printed directions of travel.
public static partial class CellReadings
{
    // What councils type into the score columns of reviews still to come, or where nobody scored: never a level.
    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal)
    {
        "SCORE - PLEASE SELECT", "PLEASE SELECT", "SELECT", "N/A", "NA", "N.A.", "TBC", "-", "?",
        "UPDATE NOT AVAILABLE", "NOT AVAILABLE", "NO UPDATE", "NOT YET DUE", "NOT SCORED",
    };

    private static readonly Dictionary<string, string> Directions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["improving"] = "improving", ["improved"] = "improving", ["better"] = "improving", ["up"] = "improving",
        ["↑"] = "improving", ["▲"] = "improving", ["⇧"] = "improving", ["+"] = "improving",
        ["maintained"] = "maintained", ["same"] = "maintained", ["no change"] = "maintained", ["stable"] = "maintained",
        ["static"] = "maintained", ["↔"] = "maintained", ["→"] = "maintained", ["="] = "maintained", ["►"] = "maintained",
        ["declining"] = "declining", ["declined"] = "declining", ["worse"] = "declining", ["down"] = "declining",
        ["↓"] = "declining", ["▼"] = "declining",
    };

    public static partial string? SeenValue(SourceCell cell)
    {
        if (!string.IsNullOrWhiteSpace(cell.Text))
            return Spaces().Replace(cell.Text.Trim(), " ").ToUpperInvariant();
        return cell.Fill is { Length: > 0 } fill ? fill.ToLowerInvariant() : null;
    }

    public static partial bool IsPlaceholder(string seen)
    {
        var text = Spaces().Replace(seen.Trim(), " ").ToUpperInvariant();
        // Dashes of every width, and with or without spaces ("Score-please select", "Score – Please select").
        text = DashAnySpacing().Replace(text, " - ").Trim();
        return Zero().IsMatch(text) || Placeholders.Contains(text);
    }

    public static partial string? Direction(string text)
    {
        var trimmed = Spaces().Replace(text.Trim(), " ");
        if (trimmed.Length == 0)
            return null;
        if (Directions.TryGetValue(trimmed, out var whole))
            return whole;
        // "Improved - two audits done", "↑ better": the first word or symbol decides.
        return DirectionStart().Match(trimmed) is { Success: true } start && Directions.TryGetValue(start.Value, out var first)
            ? first
            : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*[\-–—]\s*")]
    private static partial Regex DashAnySpacing();

    [GeneratedRegex(@"^0+(?:\.0+)?$")]
    private static partial Regex Zero();

    [GeneratedRegex(@"^(?:no change|[a-z]+\b|[↑▲⇧↔→►↓▼=+])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DirectionStart();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import.Returns;

/// <summary>
/// What one row of a return says about an item's score in the review, or what the tracker holds for it, in the same
/// terms so the two can be compared: the level (null for no score), the update, its date and the evidence. Texts are
/// trimmed and their line breaks made "\n", so a cell Excel saved with "\r\n" is not a change.
/// </summary>
public sealed record ReturnEntry(int? Level, string? Update, DateOnly? UpdateDate, string? Evidence)
{
    public static readonly ReturnEntry Empty = new(null, null, null, null);

    public static ReturnEntry Of(int? level, string? update, DateOnly? updateDate, string? evidence) =>
        new(level, Clean(update), updateDate, Clean(evidence));

    /// <summary>
    /// As the tracker would store it: evidence is kept only beside a level that means complete (the score endpoint's rule),
    /// so evidence typed beside another level is no change, and the same workbook uploaded twice changes nothing.
    /// </summary>
    public ReturnEntry Stored(ReturnScale scale) => scale.MeansComplete(Level) ? this : this with { Evidence = null };

    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
    }
}

/// <summary>A level of the plan's scale as the return's dropdown offers it ("3 Green").</summary>
public sealed record ReturnLevel(int Value, string Label, bool MeansComplete)
{
    public string Text => LevelWords.Text(Value, Label);
}

/// <summary>The plan's scale as a return reads and writes it: the dropdown's words, and what a typed score means.</summary>
public sealed partial class ReturnScale(IReadOnlyList<ReturnLevel> levels)
{
    public IReadOnlyList<ReturnLevel> Levels { get; } = levels;

    /// <summary>The dropdown: every level's words, then "No score".</summary>
    public IReadOnlyList<string> Choices => [.. Levels.Select(l => l.Text), ReturnLayout.NoScore];

    public bool MeansComplete(int? level) => level is { } v && Levels.Any(l => l.Value == v && l.MeansComplete);

    /// <summary>"3 Green", or "No score".</summary>
    public string Words(int? level) =>
        level is { } v ? Levels.FirstOrDefault(l => l.Value == v)?.Text ?? v.ToString(CultureInfo.InvariantCulture) : ReturnLayout.NoScore;

    /// <summary>"choose one of 1 Red, 2 Amber, 3 Green, 4 Completed or No score", for messages.</summary>
    public string ChoiceList => string.Join(", ", Choices.Take(Choices.Count - 1)) + " or " + Choices[^1];

    /// <summary>
    /// What a score cell says: a level (by its words from the dropdown, its number or its label alone, in any case), no
    /// score (blank, "No score", or a placeholder such as "N/A" or "0" where the scale has no 0), or nothing the scale
    /// knows (Known false).
    /// </summary>
    public (bool Known, int? Level, bool Placeholder) Read(string text)
    {
        var seen = Spaces().Replace(text.Trim(), " ");
        if (seen.Length == 0 || seen.Equals(ReturnLayout.NoScore, StringComparison.OrdinalIgnoreCase)) return (true, null, false);
        foreach (var level in Levels)
        {
            var number = level.Value.ToString(CultureInfo.InvariantCulture);
            if (seen.Equals(level.Text, StringComparison.OrdinalIgnoreCase) || seen == number
                || seen.Equals(level.Label.Trim(), StringComparison.OrdinalIgnoreCase))
                return (true, level.Value, false);
        }
        // A zero or "N/A" in a council's sheet has always meant no score, never a level.
        return CellReadings.IsPlaceholder(seen) ? (true, null, true) : (false, null, false);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

/// <summary>Update dates as a return's cells give them: a date cell reads as dd/MM/yyyy; typed text is read the UK way.</summary>
public static class ReturnDates
{
    private static readonly string[] Formats =
        ["dd/MM/yyyy", "d/M/yyyy", "d/M/yy", "yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d MMMM yy", "d MMM yy", "d.M.yyyy", "d-M-yyyy"];

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The date a cell holds; null when blank; Known false for text that is no date, or a date outside 1990 to 2100 (the score endpoint's range).</summary>
    public static (bool Known, DateOnly? Date) Read(string text)
    {
        var seen = text.Trim();
        if (seen.Length == 0) return (true, null);
        if (!DateOnly.TryParseExact(seen, Formats, Uk, DateTimeStyles.AllowWhiteSpaces, out var date)) return (false, null);
        return date.Year is >= 1990 and <= 2100 ? (true, date) : (false, null);
    }
}

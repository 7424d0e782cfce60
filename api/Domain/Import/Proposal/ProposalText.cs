using System.Globalization;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import;

/// <summary>How the proposer compares the words of a header or a title: the same words whatever their case, spacing and punctuation.</summary>
internal static partial class ProposalText
{
    /// <summary>"Owner(s):" and "owners" give the same key "owners"; "No." gives "no".</summary>
    public static string Key(string text)
    {
        var plural = text.ToLowerInvariant().Replace("(s)", "s", StringComparison.Ordinal);
        return Spaces().Replace(NotWordOrDigit().Replace(plural, " "), " ").Trim();
    }

    /// <summary>True when every word of <paramref name="phrase"/> (a key) stands in <paramref name="key"/> as whole words, in order.</summary>
    public static bool HasPhrase(string key, string phrase) =>
        $" {key} ".Contains($" {phrase} ", StringComparison.Ordinal);

    public static int WordCount(string key) => key.Length == 0 ? 0 : key.Count(c => c == ' ') + 1;

    /// <summary>A full date written in a header or title ("01/04/2026", "1 April 2026") as ISO; null for anything less (a month, "01/18").</summary>
    public static string? FullDate(string text)
    {
        var numeric = NumericDate().Match(text);
        if (numeric.Success &&
            DateOnly.TryParseExact(numeric.Value.Replace('-', '/').Replace('.', '/'), ["d/M/yyyy"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var day))
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var worded = WordedDate().Match(text);
        if (worded.Success &&
            DateOnly.TryParseExact($"{worded.Groups[1].Value} {worded.Groups[2].Value} {worded.Groups[3].Value}",
                ["d MMMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var named))
            return named.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        return null;
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}#]+")]
    private static partial Regex NotWordOrDigit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")]
    private static partial Regex WordedDate();
}

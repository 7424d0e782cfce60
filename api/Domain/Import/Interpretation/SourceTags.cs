using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import.Interpretation;

/// <summary>
/// The tag an action carried over from an inspection ends its text with, on a line of its own or in brackets:
/// "... assessments\nOfsted rec 14", "... assessments (Ofsted recommendation 3)". Plans without a column for it write it so.
/// </summary>
internal static partial class SourceTags
{
    /// <summary>The text without its closing tag, and the tag as written; or the text unchanged and null.</summary>
    public static (string Text, string? Tag) Split(string text)
    {
        var match = Trailing().Match(text);
        if (!match.Success)
            return (text, null);
        var rest = text[..match.Index].TrimEnd(' ', '\n', '-', '–', ',', ';');
        return rest.Length == 0 ? (text, null) : (rest, match.Groups["tag"].Value.Trim());
    }

    [GeneratedRegex(@"(?:\n|\s\(|\s[-–]\s)\s*\(?(?<tag>(?:Ofsted|ILACS|HMIP|JTAI|SIF|inspection)\s+rec(?:ommendation|\.)?\s*(?:no\.?\s*)?\d+[a-z]?)\s*\)?\s*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();
}

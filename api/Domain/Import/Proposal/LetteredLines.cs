using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain.Import;

/// <summary>Lines of a cell that start with a letter as a list marker: "A. Audit", "b) Train", "C - Review", "(d) Report".</summary>
internal static partial class LetteredLines
{
    public static int Count(string text) => Marker().Matches(text).Count;

    [GeneratedRegex(@"^\s*\(?[A-Za-z]\s*[\.\):\-]\s*\S", RegexOptions.Multiline)]
    private static partial Regex Marker();
}

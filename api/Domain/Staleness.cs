using System.Text.RegularExpressions;

namespace ActionPlanTracker.Domain;

/// <summary>Why an item's entry for a review is not a fresh update.</summary>
public enum StaleReason
{
    /// <summary>No score was given in this review (blank, or a zero placeholder).</summary>
    NoScore,

    /// <summary>The progress update is blank or a placeholder such as "update not available".</summary>
    NoUpdate,

    /// <summary>The update is the previous review's text again, copied forward.</summary>
    UpdateCopiedForward,
}

/// <summary>
/// Spots stale rows: the spreadsheets let the same update be copied from one review to the next,
/// and committee members ask whether anything has really changed.
/// </summary>
public static class Staleness
{
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    // Placeholders seen in the councils' sheets in place of an update ("update not available").
    // They say nothing happened, so they count as no update rather than as a narrative.
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "update not available", "no update", "no update available", "no update provided",
        "n/a", "na", "-", "tbc", "none",
    };

    /// <summary>
    /// The reasons this review's entry is stale, in the order NoScore, NoUpdate, UpdateCopiedForward;
    /// an empty list means the entry is fresh.
    /// </summary>
    /// <param name="currentLevel">This review's score; null or 0 is no score.</param>
    /// <param name="currentNarrative">This review's progress update.</param>
    /// <param name="previousNarrative">The previous review's progress update, or null when there was no previous review.</param>
    public static IReadOnlyList<StaleReason> For(int? currentLevel, string? currentNarrative, string? previousNarrative)
    {
        var reasons = new List<StaleReason>();
        if (MissingScore.Is(currentLevel))
            reasons.Add(StaleReason.NoScore);

        var current = Normalise(currentNarrative);
        if (current.Length == 0 || Placeholders.Contains(current))
            reasons.Add(StaleReason.NoUpdate);
        else if (string.Equals(current, Normalise(previousNarrative), StringComparison.OrdinalIgnoreCase))
            reasons.Add(StaleReason.UpdateCopiedForward);

        return reasons;
    }

    // Copies pick up stray spaces and line breaks when pasted between cells, so they are compared
    // with whitespace trimmed and collapsed, ignoring case.
    private static string Normalise(string? narrative) =>
        Whitespace.Replace(narrative ?? "", " ").Trim();
}

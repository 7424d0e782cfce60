namespace ActionPlanTracker.Domain;

/// <summary>
/// Decides whether a stored level is a real score or the absence of one.
/// </summary>
/// <remarks>
/// Why: in the councils' sheets a blank cell, or a zero typed into the column of a future review as
/// a placeholder, meant "no score". Levels start at 1 (see <see cref="RatingScale.Problems"/>), so
/// anything below 1 is treated exactly like a blank and can never count as a level or drag an
/// average down.
/// </remarks>
public static class MissingScore
{
    /// <summary>True when <paramref name="level"/> is blank, zero or negative: no score was given.</summary>
    public static bool Is(int? level) => level is null or < 1;
}

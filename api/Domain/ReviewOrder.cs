namespace ActionPlanTracker.Domain;

/// <summary>
/// Where a review goes among a plan's score columns. Reviews are kept in an explicit order because some sources print
/// only a column label ("RAG 03/18") and no date, so the date cannot be the order.
/// </summary>
public static class ReviewOrder
{
    /// <summary>
    /// The index (from 0) at which a review belongs among <paramref name="existing"/> (their dates, in column order).
    /// A requested position (from 1) wins, clamped to the ends. Otherwise a dated review goes after the last review dated
    /// on or before it, or before the first one dated after it when none is earlier; an undated review goes last.
    /// </summary>
    public static int PlaceFor(IReadOnlyList<DateOnly?> existing, DateOnly? date, int? position)
    {
        if (position is { } p) return Math.Clamp(p - 1, 0, existing.Count);
        if (date is not { } d) return existing.Count;
        var lastOnOrBefore = -1;
        for (var i = 0; i < existing.Count; i++)
            if (existing[i] is { } e && e <= d) lastOnOrBefore = i;
        if (lastOnOrBefore >= 0) return lastOnOrBefore + 1;
        for (var i = 0; i < existing.Count; i++)
            if (existing[i] is { } e && e > d) return i;
        return existing.Count;
    }
}

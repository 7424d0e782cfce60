namespace ActionPlanTracker.Domain;

/// <summary>Where an update was written: a review's score row (its narrative) or the item's running log.</summary>
public enum UpdateSource { Score, Log }

/// <summary>A score's narrative: the one update a review's score row carries. The review index is its column, oldest first.</summary>
public sealed record ScoreNarrative(string? Text, DateOnly? NarrativeDate, int ReviewIndex, DateOnly? ReviewDate, long Id = 0);

/// <summary>An entry of an item's running log, as printed: its own date if it had one, the review it was written for if any.</summary>
public sealed record LogEntry(string? Text, DateOnly? WrittenOn, int? ReviewIndex, DateOnly? ReviewDate, long Position, long Id = 0);

/// <summary>One update in the order the tracker reads the log.</summary>
/// <param name="Source">A score's narrative or a log entry.</param>
/// <param name="Id">The score's or the log entry's id.</param>
/// <param name="Text">The update as written.</param>
/// <param name="OwnDate">The date written on it; null when it was undated.</param>
/// <param name="Date">The date it counts as: its own, else its review's; null when it has neither.</param>
/// <param name="ReviewIndex">Its review's column, oldest first; null for a log entry written for no review.</param>
/// <param name="Position">Its place in the printed log (0 for a narrative, which comes before the log entries of its review).</param>
public sealed record LoggedUpdate(UpdateSource Source, long Id, string Text, DateOnly? OwnDate, DateOnly? Date, int? ReviewIndex, long Position)
{
    /// <summary>No date of its own: it counts by its review's date, or as older than every dated update when it has none.</summary>
    public bool Undated => OwnDate is null;
}

/// <summary>An item's log read as of a date and a review.</summary>
/// <param name="Log">Every update, oldest first.</param>
/// <param name="AsOf">The updates that count as of the date and review, oldest first.</param>
/// <param name="Latest">The last of <paramref name="AsOf"/>; null when nothing counts.</param>
public sealed record UpdateLogReading(IReadOnlyList<LoggedUpdate> Log, IReadOnlyList<LoggedUpdate> AsOf, LoggedUpdate? Latest);

/// <summary>
/// An item's updates, from its score narratives (one per review) and its running log (any number, within and between
/// reviews, some undated), in one order, and which one is the latest.
/// </summary>
/// <remarks>
/// Real logs are printed in one cell, oldest first, and often leave dates out. The rule (docs/domain-rules.md, "Update
/// logs"): an update's date is its own date, else its review's date. The latest is the one with the latest date. An
/// update with no date at all counts as older than any dated one: nobody can say it came after them. Ties, and updates
/// without any date, are ordered by review (a later review wins), then a log entry after the narrative of the same review,
/// then the printed position. No date is ever made up: an undated entry stays undated and is never given today's date.
/// </remarks>
public static class UpdateLog
{
    /// <summary>
    /// Reads the log. As of <paramref name="asOfDate"/> and <paramref name="asOfReviewIndex"/> (either may be null for
    /// "no limit"), updates dated after the date and updates of reviews after the review are left out. Blank text is
    /// not an update.
    /// </summary>
    public static UpdateLogReading Read(IEnumerable<ScoreNarrative> narratives, IEnumerable<LogEntry> entries,
        DateOnly? asOfDate = null, int? asOfReviewIndex = null)
    {
        var log = narratives
            .Where(n => !string.IsNullOrWhiteSpace(n.Text))
            .Select(n => new LoggedUpdate(UpdateSource.Score, n.Id, n.Text!, n.NarrativeDate, n.NarrativeDate ?? n.ReviewDate, n.ReviewIndex, 0))
            .Concat(entries
                .Where(e => !string.IsNullOrWhiteSpace(e.Text))
                .Select(e => new LoggedUpdate(UpdateSource.Log, e.Id, e.Text!, e.WrittenOn, e.WrittenOn ?? e.ReviewDate, e.ReviewIndex, e.Position)))
            .OrderBy(u => u.Date is not null)
            .ThenBy(u => u.Date)
            // An entry written for no review is the least placed of all: it ranks before those of the first review.
            .ThenBy(u => u.ReviewIndex ?? -1)
            .ThenBy(u => u.Source)
            .ThenBy(u => u.Position)
            .ThenBy(u => u.Id)
            .ToList();

        var asOf = log
            .Where(u => asOfDate is not { } date || u.Date is not { } d || d <= date)
            .Where(u => asOfReviewIndex is not { } index || u.ReviewIndex is not { } i || i <= index)
            .ToList();
        return new UpdateLogReading(log, asOf, asOf.Count == 0 ? null : asOf[^1]);
    }
}

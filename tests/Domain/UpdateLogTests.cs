using ActionPlanTracker.Domain;

namespace ActionPlanTracker.Tests.Domain;

/// <summary>
/// An item's score narratives and log entries in; the latest update out. Reviews in these cases: R0 on 31 July 2026,
/// R1 on 30 September 2026, R2 on 20 November 2026 (or undated where a case says so).
/// A narrative is written "n:R1:2026-09-28" (its review, then its date or "-" for none); a log entry
/// "e:R1:2026-09-28" ("R-" for written for no review), numbered by its printed position in the list.
/// </summary>
public class UpdateLogTests
{
    private static readonly DateOnly?[] ReviewDates = [new(2026, 7, 31), new(2026, 9, 30), new(2026, 11, 20)];

    private static (List<ScoreNarrative> Narratives, List<LogEntry> Entries) Parse(string[] updates, bool undatedReviews = false)
    {
        var narratives = new List<ScoreNarrative>();
        var entries = new List<LogEntry>();
        foreach (var (text, i) in updates.Select((u, i) => (u, i)))
        {
            var parts = text.Split(':');
            int? review = parts[1] == "R-" ? null : int.Parse(parts[1][1..], System.Globalization.CultureInfo.InvariantCulture);
            // "n:R0:  " is a narrative left blank.
            var blank = string.IsNullOrWhiteSpace(parts[2]);
            DateOnly? date = blank || parts[2] == "-" ? null : DateOnly.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            DateOnly? reviewDate = review is { } r && !undatedReviews ? ReviewDates[r] : null;
            if (parts[0] == "n") narratives.Add(new ScoreNarrative(blank ? "  " : text, date, review!.Value, reviewDate, i + 1));
            else entries.Add(new LogEntry(text, date, review, reviewDate, i + 1, i + 1));
        }
        return (narratives, entries);
    }

    // Each row: the updates, then the one that is the latest with no "as of" limit.
    [TestCase(new[] { "n:R0:-", "n:R1:-", "n:R2:-" }, "n:R2:-", TestName = "Undated narratives count by their review's date: the last review's wins")]
    [TestCase(new[] { "n:R1:2026-09-28", "e:R-:2026-10-15" }, "e:R-:2026-10-15", TestName = "A dated note written between reviews is later than the review before it")]
    [TestCase(new[] { "e:R-:2026-10-15", "n:R1:2026-09-28" }, "e:R-:2026-10-15", TestName = "The date decides, not where the entry was typed")]
    [TestCase(new[] { "e:R2:2026-11-01", "e:R2:2026-11-18", "e:R2:2026-11-05" }, "e:R2:2026-11-18", TestName = "Several entries within one review: the latest date wins whatever the printed order")]
    [TestCase(new[] { "e:R2:-", "n:R0:2026-07-29" }, "e:R2:-", TestName = "An entry without a date of its own takes its review's date")]
    [TestCase(new[] { "e:R-:-", "n:R0:2026-07-29" }, "n:R0:2026-07-29", TestName = "An update with no date at all is older than any dated one")]
    [TestCase(new[] { "e:R-:2026-10-01", "e:R-:-" }, "e:R-:2026-10-01", TestName = "An undated entry typed later is still older than a dated one")]
    [TestCase(new[] { "n:R2:2026-11-18", "e:R2:2026-11-18" }, "e:R2:2026-11-18", TestName = "On the same date a log entry comes after the narrative of the same review")]
    [TestCase(new[] { "e:R2:2026-11-18", "e:R2:2026-11-18" }, "e:R2:2026-11-18#2", TestName = "On the same date and review the later printed position wins")]
    [TestCase(new[] { "n:R1:2026-11-18", "n:R0:2026-11-18" }, "n:R1:2026-11-18", TestName = "On the same date the later review wins")]
    [TestCase(new[] { "n:R0:  ", "e:R-:-" }, "e:R-:-", TestName = "A blank narrative is not an update")]
    public void The_latest_update_is_the_one_with_the_latest_date(string[] updates, string latest)
    {
        var (narratives, entries) = Parse(updates);
        var reading = UpdateLog.Read(narratives, entries);
        Assert.That(Name(reading.Latest, updates), Is.EqualTo(latest));
        Assert.That(reading.Log, Has.Count.EqualTo(updates.Count(u => !u.StartsWith("n:R0:  ", StringComparison.Ordinal))));
    }

    // With reviews that carry no date (only a column label), undated updates are ordered by review, then log after narrative, then position.
    [TestCase(new[] { "n:R0:-", "e:R-:-", "n:R1:-" }, "n:R1:-", TestName = "Without any dates the later review wins")]
    [TestCase(new[] { "e:R1:-", "n:R1:-" }, "e:R1:-", TestName = "Without any dates a log entry comes after its review's narrative")]
    [TestCase(new[] { "e:R1:-", "e:R1:-" }, "e:R1:-#2", TestName = "Without any dates the later printed position wins")]
    [TestCase(new[] { "e:R1:-", "e:R-:-" }, "e:R1:-", TestName = "Without any dates an entry written for no review ranks below those of a review")]
    [TestCase(new[] { "e:R0:-", "n:R1:2026-01-05" }, "n:R1:2026-01-05", TestName = "One dated update beats every undated one")]
    public void Undated_updates_are_ordered_by_review_then_printed_position(string[] updates, string latest)
    {
        var (narratives, entries) = Parse(updates, undatedReviews: true);
        Assert.That(Name(UpdateLog.Read(narratives, entries).Latest, updates), Is.EqualTo(latest));
    }

    // As of a date and a review index: updates dated after the date and of reviews after the review are left out.
    [TestCase(new[] { "n:R1:-", "n:R2:-" }, "2026-11-23", 1, "n:R1:-", TestName = "Updates of later reviews are left out")]
    [TestCase(new[] { "n:R1:-", "e:R-:2026-10-15" }, "2026-10-14", 2, "n:R1:-", TestName = "Updates dated after the date are left out")]
    [TestCase(new[] { "n:R2:2026-11-20", "e:R2:2026-12-01" }, "2026-11-23", 2, "n:R2:2026-11-20", TestName = "An entry dated in the future is not yet the latest")]
    [TestCase(new[] { "n:R2:-" }, "2026-11-19", 2, null, TestName = "An undated update counts by its review's date, so a review after the date is left out")]
    [TestCase(new[] { "n:R0:-", "e:R-:-" }, "2026-07-01", 0, "e:R-:-", TestName = "An update with no date at all is never left out by the date")]
    [TestCase(new string[0], "2026-11-23", 2, null, TestName = "No updates, no latest")]
    public void The_latest_as_of_a_date_and_review(string[] updates, string asOf, int reviewIndex, string? latest)
    {
        var (narratives, entries) = Parse(updates);
        var reading = UpdateLog.Read(narratives, entries, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), reviewIndex);
        Assert.That(Name(reading.Latest, updates), Is.EqualTo(latest));
        Assert.That(reading.Log, Has.Count.EqualTo(updates.Length), "the whole log is still read");
    }

    [Test]
    public void The_log_is_read_oldest_first_and_dates_are_never_made_up()
    {
        var (narratives, entries) = Parse(["e:R2:2026-11-18", "n:R1:-", "e:R-:-", "e:R-:2026-10-15", "n:R2:-"]);
        var reading = UpdateLog.Read(narratives, entries, new DateOnly(2026, 11, 23), 2);
        Assert.That(reading.Log.Select(u => u.Text), Is.EqualTo(new[] { "e:R-:-", "n:R1:-", "e:R-:2026-10-15", "e:R2:2026-11-18", "n:R2:-" }));
        Assert.That(reading.Log.Select(u => (u.OwnDate, u.Undated)), Is.EqualTo(new (DateOnly?, bool)[]
        {
            (null, true), (null, true), (new(2026, 10, 15), false), (new(2026, 11, 18), false), (null, true),
        }));
        Assert.That(reading.Log.Select(u => u.Date), Is.EqualTo(new DateOnly?[] { null, new(2026, 9, 30), new(2026, 10, 15), new(2026, 11, 18), new(2026, 11, 20) }));
        Assert.That(reading.AsOf, Has.Count.EqualTo(5));
        Assert.That((reading.Latest!.Source, reading.Latest.Text), Is.EqualTo((UpdateSource.Score, "n:R2:-")));
    }

    // The latest's text, with "#n" when the same text appears more than once (its printed position among them).
    private static string? Name(LoggedUpdate? latest, string[] updates)
    {
        if (latest is null) return null;
        var same = updates.Select((u, i) => (u, i + 1)).Where(x => x.u == latest.Text).Select(x => x.Item2).ToList();
        return same.Count > 1 ? $"{latest.Text}#{same.IndexOf((int)latest.Position) + 1}" : latest.Text;
    }
}

namespace ActionPlanTracker.Features.Mail;

/// <summary>
/// When email may go (Tracker:Mail:QuietHours): not between Start and End on the tracker's clock, nor at weekends when
/// they are quiet. Worked out on the wall clock of the tracker's time zone, so 07:00 is 07:00 in London whether it is
/// GMT (07:00 UTC) or BST (06:00 UTC). Applies to every kind of email: nothing from the tracker lands in someone's
/// inbox in the evening or at the weekend, a sign-off decision included (it is news, not an emergency).
/// </summary>
public sealed class QuietHours
{
    private readonly QuietHoursSettings settings;
    private readonly TimeZoneInfo zone;

    public QuietHours(QuietHoursSettings settings, TimeZoneInfo zone)
    {
        this.settings = settings;
        this.zone = zone;
    }

    public QuietHours(TrackerSettings settings) : this(settings.Mail.QuietHours, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone))
    {
    }

    /// <summary>Whether nothing may be sent at this moment.</summary>
    public bool IsQuiet(DateTimeOffset at)
    {
        if (!settings.Enabled) return false;
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        if (settings.Weekends && local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return true;
        var start = settings.StartTime;
        var end = settings.EndTime;
        var time = TimeOnly.FromDateTime(local);
        if (start == end) return false;
        return start < end ? time >= start && time < end : time >= start || time < end;
    }

    /// <summary>The first moment at or after <paramref name="at"/> when email may go: <paramref name="at"/> itself outside quiet hours.</summary>
    public DateTimeOffset NextSendable(DateTimeOffset at)
    {
        if (!IsQuiet(at)) return at;
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        // Quiet hours end at End on some day within the week, or at midnight after a quiet weekend when End is midnight
        // or start == end: try each day's End and each day's midnight, in order, and take the first that is not quiet.
        var candidates = new List<DateTime>();
        for (var day = 0; day <= 8; day++)
        {
            var date = local.Date.AddDays(day);
            candidates.Add(date);
            candidates.Add(date + settings.EndTime.ToTimeSpan());
        }
        foreach (var candidate in candidates.Where(c => c > local).Order())
        {
            var utc = ToUtc(candidate);
            if (utc > at && !IsQuiet(utc)) return utc;
        }
        return at;
    }

    /// <summary>A wall-clock time as UTC; a time the clocks skip (spring forward) is read as the hour after.</summary>
    private DateTimeOffset ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), TimeSpan.Zero);
    }
}

/// <summary>
/// Wakes the email worker when a write has made an email due (<see cref="MailSettings.SendOnWrite"/>): pokes coalesce,
/// so a burst of writes costs one extra tick, not one each.
/// </summary>
public sealed class MailSignal(TrackerSettings settings)
{
    private readonly SemaphoreSlim poked = new(0, 1);

    /// <summary>Called after the write's transaction has committed.</summary>
    public void Poke()
    {
        if (!settings.Mail.SendOnWrite || !settings.Mail.Sends(settings.SeedDemoData)) return;
        try { poked.Release(); }
        catch (SemaphoreFullException) { }
    }

    /// <summary>Waits for a poke or for <paramref name="period"/> on the app's clock, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan period, TimeProvider time, CancellationToken ct)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var wake = poked.WaitAsync(either.Token);
        var tick = Task.Delay(period, time, either.Token);
        await Task.WhenAny(wake, tick);
        await either.CancelAsync();
        try { await Task.WhenAll(wake, tick); }
        catch (OperationCanceledException) { }
        ct.ThrowIfCancellationRequested();
    }
}

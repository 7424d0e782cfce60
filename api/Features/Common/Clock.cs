namespace ActionPlanTracker.Features.Common;

/// <summary>
/// "Now" for stored timestamps (UTC, ISO 8601) and "today" for deadlines, on the council's calendar:
/// an action due on 31 March is not overdue at 00:30 BST on 31 March.
/// </summary>
public sealed class Clock(TimeProvider time, TrackerSettings settings)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public string NowText => UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(UtcNow, zone).DateTime);

    /// <summary>The time of day on the council's clock (the digests wait for the working day).</summary>
    public TimeOnly TimeOfDay => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(UtcNow, zone).DateTime);
}

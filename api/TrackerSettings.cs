namespace ActionPlanTracker;

/// <summary>Settings bound from the "Tracker" section of configuration. The product runs with none set.</summary>
public sealed class TrackerSettings
{
    public const string SectionName = "Tracker";

    /// <summary>Path of the SQLite database file. Relative paths are resolved against the app's content root.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "tracker.db");

    /// <summary>Seed the two demo plans when the database has no plans yet.</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>Time zone whose calendar decides "today" for overdue and due-soon (councils work on UK time).</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>Throws with the name of the first bad key, so a misconfigured start-up stops with a clear message.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(DatabasePath))
            throw new InvalidOperationException($"{SectionName}:{nameof(DatabasePath)} must name a file.");
        try { TimeZoneInfo.FindSystemTimeZoneById(TimeZone); }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new InvalidOperationException($"{SectionName}:{nameof(TimeZone)} '{TimeZone}' is not a known time zone.", e);
        }
    }
}

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

    /// <summary>Shortest password an account may have; length beats complexity rules (NCSC password guidance).</summary>
    public int PasswordMinimumLength { get; set; } = 12;

    /// <summary>
    /// Failed sign-ins in a row from one client address after which the account is locked, from that address only,
    /// for <see cref="LockoutMinutes"/>. Other addresses, and the account's API tokens, are unaffected.
    /// </summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked account refuses every sign-in from the locked address, even with the right password.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// Sign-in attempts (POST /api/session) one client address may make in a minute: this many at once, then one every
    /// 60/N seconds; more get 429 with Retry-After before any password is checked. Generous enough for an office whose
    /// staff share one address; behind a proxy, set up forwarded headers so each person's address is seen.
    /// </summary>
    public int SignInsPerMinutePerAddress { get; set; } = 20;

    /// <summary>
    /// Sign-in attempts one username (whatever its case, known or not) may receive in a minute from addresses that have
    /// not signed in to it in the last 30 days, in the same way; the owner's usual address is not held back.
    /// </summary>
    public int SignInsPerMinutePerUsername { get; set; } = 5;

    /// <summary>Hours of inactivity after which a browser session ends (sliding: each request extends it).</summary>
    public int SessionHours { get; set; } = 8;

    /// <summary>
    /// Password of the administrator "admin" created when the users table is empty and demo data is off. Unset: a random
    /// password is generated and printed once to the console. Never used when accounts already exist.
    /// </summary>
    public string? InitialAdminPassword { get; set; }

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
        if (PasswordMinimumLength is < 8 or > 128)
            throw new InvalidOperationException($"{SectionName}:{nameof(PasswordMinimumLength)} must be between 8 and 128.");
        if (MaxFailedSignIns is < 1 or > 100)
            throw new InvalidOperationException($"{SectionName}:{nameof(MaxFailedSignIns)} must be between 1 and 100.");
        if (LockoutMinutes is < 1 or > 24 * 60)
            throw new InvalidOperationException($"{SectionName}:{nameof(LockoutMinutes)} must be between 1 and 1440.");
        if (SignInsPerMinutePerAddress is < 1 or > 1_000_000)
            throw new InvalidOperationException($"{SectionName}:{nameof(SignInsPerMinutePerAddress)} must be between 1 and 1000000.");
        if (SignInsPerMinutePerUsername is < 1 or > 1_000_000)
            throw new InvalidOperationException($"{SectionName}:{nameof(SignInsPerMinutePerUsername)} must be between 1 and 1000000.");
        if (SessionHours is < 1 or > 24 * 7)
            throw new InvalidOperationException($"{SectionName}:{nameof(SessionHours)} must be between 1 and 168.");
        if (InitialAdminPassword is { } password && password.Length < PasswordMinimumLength)
            throw new InvalidOperationException(
                $"{SectionName}:{nameof(InitialAdminPassword)} must be at least {PasswordMinimumLength} characters ({nameof(PasswordMinimumLength)}).");
    }
}

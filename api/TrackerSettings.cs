namespace ActionPlanTracker;

/// <summary>Settings bound from the "Tracker" section of configuration. The product runs with none set.</summary>
public sealed class TrackerSettings
{
    public const string SectionName = "Tracker";

    /// <summary>Path of the SQLite database file. Relative paths are resolved against the app's content root.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "tracker.db");

    /// <summary><see cref="DatabasePath"/> as a full path: a relative one is under <paramref name="contentRoot"/>.</summary>
    public string DatabaseFile(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DatabasePath) ? DatabasePath : Path.Combine(contentRoot, DatabasePath));

    /// <summary>
    /// A PostgreSQL connection string ("Host=…;Database=…;Username=…;Password=…"): when set, the tracker runs on that
    /// database instead of the SQLite file at <see cref="DatabasePath"/>. "ConnectionStrings:Tracker" says the same.
    /// Unset (the default): SQLite. See docs/operations.md, "PostgreSQL".
    /// </summary>
    public string? DatabaseConnectionString { get; set; }

    /// <summary>The database these settings name: PostgreSQL when a connection string names a server, else the SQLite file.</summary>
    public ActionPlanTracker.Data.Database Database(IConfiguration configuration, string contentRoot)
    {
        var connectionString = string.IsNullOrWhiteSpace(DatabaseConnectionString) ? configuration.GetConnectionString("Tracker") : DatabaseConnectionString;
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            if (!ActionPlanTracker.Data.Database.NamesPostgreSql(connectionString))
                throw new InvalidOperationException(
                    $"{SectionName}:{nameof(DatabaseConnectionString)} (or ConnectionStrings:Tracker) must name a PostgreSQL server, " +
                    "e.g. \"Host=db.example;Database=tracker;Username=tracker;Password=…\"; for SQLite set Tracker:DatabasePath instead.");
            return ActionPlanTracker.Data.Database.PostgreSql(connectionString);
        }
        return new ActionPlanTracker.Data.Database(DatabaseFile(contentRoot));
    }

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

    /// <summary>Scheduled backups (section "Tracker:Backup"); off unless a folder is given. See docs/operations.md.</summary>
    public BackupSettings Backup { get; set; } = new();

    /// <summary>
    /// Folder of the Data Protection key ring (the keys that sign session cookies and antiforgery tokens). Unset: a
    /// "keys" folder beside the database file. Kept across restarts so nobody is signed out by one; protect it like the
    /// database (docs/operations.md, "Running behind a proxy").
    /// </summary>
    public string? DataProtectionKeysPath { get; set; }

    /// <summary>Max-age of Strict-Transport-Security, sent on HTTPS responses outside Development (180 days by default).</summary>
    public int HstsMaxAgeDays { get; set; } = 180;

    /// <summary>X-Forwarded-For and X-Forwarded-Proto from a reverse proxy: ignored unless enabled.</summary>
    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    /// <summary>OpenTelemetry traces and metrics over OTLP: off unless an endpoint is given.</summary>
    public TelemetrySettings Telemetry { get; set; } = new();

    /// <summary>Reminder emails over SMTP (section "Tracker:Mail"); off unless enabled. See docs/operations.md, "Email".</summary>
    public ActionPlanTracker.Features.Mail.MailSettings Mail { get; set; } = new();

    /// <summary>Sign-in through the council's OpenID Connect provider (section "Tracker:SingleSignOn"); off unless set. See docs/operations.md.</summary>
    public Security.Authentication.SingleSignOnSettings SingleSignOn { get; set; } = new();

    /// <summary>The performance scorecard (section "Tracker:Scorecard"): the month the council's year starts in.</summary>
    public ScorecardSettings Scorecard { get; set; } = new();

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
        if (HstsMaxAgeDays is < 0 or > 730)
            throw new InvalidOperationException($"{SectionName}:{nameof(HstsMaxAgeDays)} must be between 0 and 730.");
        ForwardedHeaders.Validate();
        Telemetry.Validate();
        Mail.Validate();
        SingleSignOn.Validate();
        if (InitialAdminPassword is { } password && password.Length < PasswordMinimumLength)
            throw new InvalidOperationException(
                $"{SectionName}:{nameof(InitialAdminPassword)} must be at least {PasswordMinimumLength} characters ({nameof(PasswordMinimumLength)}).");
        if (Backup.IntervalHours is < BackupSettings.ShortestIntervalHours or > 24 * 366 || double.IsNaN(Backup.IntervalHours))
            throw new InvalidOperationException($"{SectionName}:Backup:{nameof(BackupSettings.IntervalHours)} must be between 0.001 and 8784.");
        if (Scorecard.YearStartMonth is < 1 or > 12)
            throw new InvalidOperationException($"{SectionName}:Scorecard:{nameof(ScorecardSettings.YearStartMonth)} must be between 1 and 12 (4 is April).");
        if (Backup.Keep is < 1 or > 10_000)
            throw new InvalidOperationException($"{SectionName}:Backup:{nameof(BackupSettings.Keep)} must be between 1 and 10000.");
    }
}

/// <summary>
/// Tracker:Scorecard. YearStartMonth (1–12, default 4: April, as English councils' financial year) decides the council
/// year every indicator's periods, quarters, year to date and targets fall in (<see cref="Domain.Scorecard.PeriodCalendar"/>).
/// </summary>
public sealed class ScorecardSettings
{
    public int YearStartMonth { get; set; } = Domain.Scorecard.PeriodCalendar.DefaultYearStartMonth;
}

/// <summary>Where and how often the server backs its database up by itself, and how many of those files it keeps.</summary>
public sealed class BackupSettings
{
    /// <summary>3.6 seconds: short enough for a test to watch several backups, long enough to catch a typo like 0.</summary>
    public const double ShortestIntervalHours = 0.001;

    /// <summary>Folder for the files (relative paths are under the content root); empty or unset: no scheduled backups.</summary>
    public string? Folder { get; set; }

    /// <summary>Hours between backups; fractions allowed (0.5 is every half hour).</summary>
    public double IntervalHours { get; set; } = 24;

    /// <summary>How many of its own backup files the schedule keeps; older ones are deleted after each new one.</summary>
    public int Keep { get; set; } = 7;
}

/// <summary>
/// Tracker:ForwardedHeaders. When enabled, X-Forwarded-For and X-Forwarded-Proto are believed only from the listed
/// proxies (loopback is always trusted, as ASP.NET Core does), so the scheme (secure cookies, HSTS) and the client's
/// address (rate limiting, logs) are the ones the proxy saw.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public bool Enabled { get; set; }

    /// <summary>IP addresses of trusted proxies, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row may add themselves to X-Forwarded-For (1: one proxy in front).</summary>
    public int ForwardLimit { get; set; } = 1;

    public void Validate()
    {
        const string section = TrackerSettings.SectionName + ":ForwardedHeaders";
        foreach (var proxy in KnownProxies)
            if (!System.Net.IPAddress.TryParse(proxy, out _))
                throw new InvalidOperationException($"{section}:{nameof(KnownProxies)} '{proxy}' is not an IP address.");
        foreach (var network in KnownNetworks)
            if (!System.Net.IPNetwork.TryParse(network, out _))
                throw new InvalidOperationException($"{section}:{nameof(KnownNetworks)} '{network}' is not a network in CIDR form (e.g. 10.0.0.0/24).");
        if (ForwardLimit is < 1 or > 10)
            throw new InvalidOperationException($"{section}:{nameof(ForwardLimit)} must be between 1 and 10.");
    }
}

/// <summary>Tracker:Telemetry. OpenTelemetry over OTLP (http/protobuf); nothing is exported while OtlpEndpoint is empty.</summary>
public sealed class TelemetrySettings
{
    /// <summary>Base address of the OTLP receiver, e.g. http://collector:4318; traces go to /v1/traces, metrics to /v1/metrics.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>service.name on every span and metric.</summary>
    public string ServiceName { get; set; } = "action-plan-tracker";

    /// <summary>How often metrics are exported.</summary>
    public int MetricsIntervalSeconds { get; set; } = 60;

    public bool Enabled => !string.IsNullOrWhiteSpace(OtlpEndpoint);

    public void Validate()
    {
        const string section = TrackerSettings.SectionName + ":Telemetry";
        if (Enabled && !(Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new InvalidOperationException($"{section}:{nameof(OtlpEndpoint)} '{OtlpEndpoint}' must be an http or https address.");
        if (string.IsNullOrWhiteSpace(ServiceName))
            throw new InvalidOperationException($"{section}:{nameof(ServiceName)} must not be empty.");
        if (MetricsIntervalSeconds is < 1 or > 3600)
            throw new InvalidOperationException($"{section}:{nameof(MetricsIntervalSeconds)} must be between 1 and 3600.");
    }
}

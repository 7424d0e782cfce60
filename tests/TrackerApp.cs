using System.Collections.Concurrent;
using System.Data.Common;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ActionPlanTracker.Tests;

/// <summary>
/// One tracker per test run: a real Kestrel server on a free loopback port over a real SQLite file in a temporary
/// folder, with "today" pinned to <see cref="Today"/> in Europe/London. Tests arrange their own data through the API.
/// </summary>
[SetUpFixture]
public sealed class TrackerApp
{
    /// <summary>The fixed "now" of every test: a Monday morning, UK time (GMT in November).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>The first administrator's password: seeding is off, so the first start creates "admin" with this.</summary>
    public const string AdminPassword = "test-admin-password-2026";

    private static TrackerFactory? factory;

    public static TrackerFactory Factory => factory ?? throw new InvalidOperationException("The tracker has not started.");

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234/.</summary>
    public static Uri BaseAddress => Factory.ClientOptions.BaseAddress;

    /// <summary>The password of every account <see cref="ClientFor"/> makes.</summary>
    public const string UserPassword = "test-user-password-2026";

    private static readonly ConcurrentDictionary<(string Actor, string Role, long? PersonId), Lazy<string>> Tokens = new();

    /// <summary>
    /// An HTTP client signed in as one person: an account with this display name and role (made once, through the API,
    /// by the first administrator) and a personal API token sent as Bearer, as an integration would. Administrators
    /// may do everything, so most tests arrange and act as one; role rules have their own tests.
    /// </summary>
    public static HttpClient ClientFor(string actor = "Test User", string role = "administrator", long? personId = null)
    {
        var token = Tokens.GetOrAdd((actor, role, personId), key => new Lazy<string>(() => CreateTokenAsync(key).GetAwaiter().GetResult())).Value;
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>An HTTP client nobody is signed in on.</summary>
    public static HttpClient Anonymous()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>A client with its own cookie jar signed in as the SPA signs in, sending the antiforgery token on changes.</summary>
    public static Task<HttpClient> BrowserSignedInAsync(string username, string password) => BrowserSignedInAsync(Factory, username, password);

    /// <inheritdoc cref="BrowserSignedInAsync(string, string)"/>
    public static async Task<HttpClient> BrowserSignedInAsync(TrackerFactory tracker, string username, string password)
    {
        var browser = tracker.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, BaseAddress = tracker.ClientOptions.BaseAddress });
        browser.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await browser.PostAsJsonAsync("/api/session", new { username, password });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Signing in as {username} failed: {text}");
        var token = JsonNode.Parse(text)!["antiforgeryToken"]!.GetValue<string>();
        browser.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        return browser;
    }

    private static async Task<string> CreateTokenAsync((string Actor, string Role, long? PersonId) key)
    {
        using var admin = await BrowserSignedInAsync("admin", AdminPassword);
        var username = $"{key.Role}.{Guid.NewGuid():N}@tests.example";
        var created = await admin.PostAsJsonAsync("/api/users",
            new { username, displayName = key.Actor, role = key.Role, personId = key.PersonId, password = UserPassword });
        if (!created.IsSuccessStatusCode) throw new InvalidOperationException($"Creating {key} failed: {await created.Content.ReadAsStringAsync()}");

        using var user = await BrowserSignedInAsync(username, UserPassword);
        var token = await user.PostAsJsonAsync("/api/tokens", new { name = "tests" });
        var text = await token.Content.ReadAsStringAsync();
        if (!token.IsSuccessStatusCode) throw new InvalidOperationException($"Creating a token for {key} failed: {text}");
        return JsonNode.Parse(text)!["secret"]!.GetValue<string>();
    }

    [OneTimeSetUp]
    public void Start()
    {
        factory = new TrackerFactory();
        factory.UseKestrel(0);
        factory.StartServer();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        factory?.Dispose();
        factory = null;
    }
}

/// <summary>
/// The tracker on a real SQLite file. By default a fresh temporary folder that is deleted afterwards, demo data off;
/// give a folder to keep the database across restarts (it is then the caller's to delete). The sign-in rate limits are
/// raised far above what the suite does from 127.0.0.1; <paramref name="settings"/> (e.g. "Tracker:SignInsPerMinutePerAddress"
/// or "Tracker:ForwardedHeaders:Enabled") override any setting, so a test can run its own server with low limits; another
/// environment than Development may be given; <paramref name="time"/> replaces the clock stopped at <see cref="TrackerApp.Now"/>
/// (the reminder tests move a FakeTimeProvider).
/// </summary>
public sealed class TrackerFactory(string? folder = null, bool seedDemoData = false,
    IReadOnlyDictionary<string, string>? settings = null, string environment = "Development", TimeProvider? time = null) : WebApplicationFactory<Program>
{
    public string Folder { get; } = folder ?? Path.Combine(Path.GetTempPath(), "tracker-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public string DatabasePath => Path.Combine(Folder, "tracker.db");

    /// <summary>
    /// The PostgreSQL server test trackers run on, or null for SQLite (the default). TRACKER_TEST_ENGINE=postgresql: the
    /// run's throwaway cluster (<see cref="Postgres.PostgresCluster"/>); TRACKER_TEST_POSTGRES ("Host=…;Port=…;Username=…;
    /// Database=postgres") names another server. Then every tracker the tests start runs on a fresh PostgreSQL database
    /// of its own, created here and dropped on Dispose.
    /// </summary>
    public static string? PostgresServer =>
        Environment.GetEnvironmentVariable("TRACKER_TEST_POSTGRES") is { Length: > 0 } server ? server
        : Environment.GetEnvironmentVariable("TRACKER_TEST_ENGINE") is "postgresql"
            ? Postgres.PostgresCluster.GetAsync().GetAwaiter().GetResult().ConnectionString("postgres")
            : null;

    /// <summary>True when test trackers run on PostgreSQL (TRACKER_TEST_ENGINE=postgresql or TRACKER_TEST_POSTGRES set).</summary>
    public static bool TestsRunOnPostgres =>
        Environment.GetEnvironmentVariable("TRACKER_TEST_POSTGRES") is { Length: > 0 }
        || Environment.GetEnvironmentVariable("TRACKER_TEST_ENGINE") is "postgresql";

    /// <summary>
    /// Keeps this tracker on its SQLite file even when the run's trackers are on PostgreSQL: for tests whose subject is a
    /// SQLite file (the copy to PostgreSQL reads one).
    /// </summary>
    public bool AlwaysSqlite { get; init; }

    /// <summary>The connection string of this tracker's PostgreSQL database; null on SQLite.</summary>
    public string? PostgresConnectionString { get; private set; }

    /// <summary>True when this tracker runs on PostgreSQL (once started).</summary>
    public bool OnPostgres => PostgresConnectionString is not null;

    /// <summary>
    /// An open connection to this tracker's own database, whichever engine it runs on: for tests that check or arrange
    /// what the API does not show. Write SQL both engines accept (docs/architecture.md, "Two engines").
    /// </summary>
    public DbConnection OpenDatabase()
    {
        var connection = NewConnection();
        connection.Open();
        return connection;
    }

    /// <inheritdoc cref="OpenDatabase"/>
    public async Task<DbConnection> OpenDatabaseAsync()
    {
        var connection = NewConnection();
        await connection.OpenAsync();
        return connection;
    }

    private DbConnection NewConnection() =>
        PostgresConnectionString is { } postgres ? new Npgsql.NpgsqlConnection(postgres) : new SqliteConnection($"Data Source={DatabasePath}");

    /// <summary>Every line the app logged, at every level, with its exception: tests check what never reaches a log.</summary>
    public ConcurrentQueue<string> LogLines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment(environment);
        builder.UseSetting("Tracker:DatabasePath", DatabasePath);
        if (!AlwaysSqlite && PostgresServer is { } server && PostgresConnectionString is null)
            // A tracker started again on a folder it was given is a restart of the same tracker: it finds its database as
            // it was left, as on SQLite it finds its file.
            PostgresConnectionString = TestPostgres.CreateDatabase(server, "tracker_test_" + Path.GetFileName(Folder).Replace('-', '_'), keepExisting: folder is not null);
        if (PostgresConnectionString is not null) builder.UseSetting("Tracker:DatabaseConnectionString", PostgresConnectionString);
        builder.UseSetting("Tracker:SeedDemoData", seedDemoData ? "true" : "false");
        builder.UseSetting("Tracker:InitialAdminPassword", TrackerApp.AdminPassword);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Tracker:SignInsPerMinutePerAddress", "1000000");
        builder.UseSetting("Tracker:SignInsPerMinutePerUsername", "1000000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddProvider(new CapturingLoggerProvider(LogLines));
            logging.AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace);
        });
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time ?? new FixedTime(TrackerApp.Now))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (PostgresConnectionString is not null && folder is null) TestPostgres.DropDatabase(PostgresServer!, PostgresConnectionString);
        if (folder is not null) return;
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(categoryName, lines);

        public void Dispose() { }

        private sealed class Capturing(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var line = $"{logLevel} {category}: {formatter(state, exception)} {exception}";
                lines.Enqueue(line);
                // TRACKER_TEST_ERROR_LOG=/path: every error the trackers log is also appended there (the cause of a 500 while debugging).
                if (logLevel >= LogLevel.Error && Environment.GetEnvironmentVariable("TRACKER_TEST_ERROR_LOG") is { Length: > 0 } file)
                    lock (lines) File.AppendAllText(file, line + Environment.NewLine);
            }
        }
    }

}

/// <summary>A clock stopped at one moment, in Europe/London, so "today", overdue and due soon never depend on when tests run.</summary>
public sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}

/// <summary>Fresh PostgreSQL databases for test trackers, on the server TRACKER_TEST_POSTGRES names.</summary>
public static class TestPostgres
{
    /// <summary>A fresh database of this name; with keepExisting, the one already there (a restarted tracker's).</summary>
    public static string CreateDatabase(string server, string name, bool keepExisting = false)
    {
        using (var admin = new Npgsql.NpgsqlConnection(server))
        {
            admin.Open();
            using var command = admin.CreateCommand();
            command.CommandText = "SELECT count(*) FROM pg_database WHERE datname = @name";
            command.Parameters.AddWithValue("name", name);
            var exists = (long)command.ExecuteScalar()! > 0;
            command.Parameters.Clear();
            command.CommandText = exists && keepExisting ? "SELECT 1"
                : $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE); CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }
        var database = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name };
        // citext is created by the schema script; an extension needs the owner's rights, which the test user has.
        return database.ConnectionString;
    }

    public static void DropDatabase(string server, string connectionString)
    {
        var name = new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database;
        Npgsql.NpgsqlConnection.ClearAllPools();
        try
        {
            using var admin = new Npgsql.NpgsqlConnection(server);
            admin.Open();
            using var command = admin.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }
        catch (Npgsql.NpgsqlException) { }
    }
}

/// <summary>
/// A test (or fixture) about SQLite itself (the file, its locks, pragmas, backups, upgrades of old files): category
/// "SqliteOnly", and skipped, with this reason shown, when the run's trackers are on PostgreSQL.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class SqliteOnlyAttribute(string reason) : NUnitAttribute, NUnit.Framework.Interfaces.IApplyToTest
{
    public void ApplyToTest(NUnit.Framework.Internal.Test test)
    {
        test.Properties.Add(NUnit.Framework.Internal.PropertyNames.Category, "SqliteOnly");
        if (test.RunState is NUnit.Framework.Interfaces.RunState.NotRunnable || !TrackerFactory.TestsRunOnPostgres) return;
        test.RunState = NUnit.Framework.Interfaces.RunState.Ignored;
        test.Properties.Set(NUnit.Framework.Internal.PropertyNames.SkipReason, "SQLite only, skipped on PostgreSQL: " + reason);
    }
}

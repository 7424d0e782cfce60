using System.Net.Http.Headers;
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

    /// <summary>An HTTP client that names its user in X-Actor, as one person's browser would.</summary>
    public static HttpClient ClientFor(string actor = "Test User")
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Actor", actor);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
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

public sealed class TrackerFactory : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "tracker-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public string DatabasePath => Path.Combine(Folder, "tracker.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Tracker:DatabasePath", DatabasePath);
        builder.UseSetting("Tracker:SeedDemoData", "false");
        builder.UseSetting("Tracker:InitialAdminPassword", TrackerApp.AdminPassword);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FixedTime(TrackerApp.Now))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Security.Authentication;
using ActionPlanTracker.Tests.Api.Grid;
using ActionPlanTracker.Tests.Postgres;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ActionPlanTracker.Tests.Api.Instances;

/// <summary>
/// Issue 16, several instances: two trackers on loopback, each on its own Kestrel port and its own folder (so nothing is
/// shared through the file system), over one PostgreSQL database of the run's throwaway cluster, as two instances behind
/// a load balancer would run. Started together, so they also race to migrate. What one instance does, the other honours:
/// sessions and antiforgery tokens, fresh grids after a write, the saver's own next read, lock-outs, rate limits.
/// </summary>
public sealed class TwoInstancesTests
{
    private string database = null!;
    private TrackerFactory a = null!;
    private TrackerFactory b = null!;

    [OneTimeSetUp]
    public async Task StartTwoInstancesAsync()
    {
        database = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync("two_instances");
        (a, b) = await StartTogetherAsync(database);
    }

    /// <summary>On a failure, what either instance logged as an error, so a 500 says why.</summary>
    [TearDown]
    public void ShowErrors()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status != NUnit.Framework.Interfaces.TestStatus.Failed) return;
        foreach (var line in a.LogLines.Concat(b.LogLines).Where(l => l.StartsWith("Error", StringComparison.Ordinal)).Take(5))
            TestContext.Out.WriteLine(line.Length > 2000 ? line[..2000] : line);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        a?.Dispose();
        b?.Dispose();
    }

    /// <summary>Two instances over <paramref name="connectionString"/>, started at the same moment.</summary>
    private static async Task<(TrackerFactory A, TrackerFactory B)> StartTogetherAsync(string connectionString, Dictionary<string, string>? more = null)
    {
        TrackerFactory Make()
        {
            var settings = new Dictionary<string, string> { ["Tracker:DatabaseConnectionString"] = connectionString };
            foreach (var (key, value) in more ?? []) settings[key] = value;
            var tracker = new TrackerFactory(settings: settings);
            tracker.UseKestrel(0);
            return tracker;
        }

        var (first, second) = (Make(), Make());
        await Task.WhenAll(Task.Run(first.StartServer), Task.Run(second.StartServer));
        Assert.That(first.ClientOptions.BaseAddress, Is.Not.EqualTo(second.ClientOptions.BaseAddress), "two ports");
        return (first, second);
    }

    private static HttpClient Plain(TrackerFactory tracker)
    {
        var client = tracker.CreateClient(new() { HandleCookies = false, BaseAddress = tracker.ClientOptions.BaseAddress });
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(TrackerFactory tracker, string username, string password) =>
        Plain(tracker).PostAsJsonAsync("/api/session", new { username, password });

    /// <summary>A session started on <paramref name="on"/>, carried (cookies and antiforgery token) by a client of <paramref name="to"/>.</summary>
    private static async Task<HttpClient> SessionAsync(TrackerFactory on, TrackerFactory to, string username, string password)
    {
        var signedIn = await SignInAsync(on, username, password);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signedIn.Content.ReadAsStringAsync());
        var client = Plain(to);
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN",
            JsonNode.Parse(await signedIn.Content.ReadAsStringAsync())!["antiforgeryToken"]!.GetValue<string>());
        return client;
    }

    /// <summary>The same session (its cookies and antiforgery token) sent to another instance, as a load balancer would.</summary>
    private static HttpClient Carried(HttpClient session, TrackerFactory to)
    {
        var client = Plain(to);
        foreach (var header in new[] { "Cookie", "X-CSRF-TOKEN" })
            client.DefaultRequestHeaders.Add(header, session.DefaultRequestHeaders.GetValues(header));
        return client;
    }

    private static string Unique(string what) => $"{what} {Guid.NewGuid().ToString("N")[..8]}";

    private async Task<string> UserAsync(string role)
    {
        using var admin = await SessionAsync(a, a, "admin", TrackerApp.AdminPassword);
        var username = $"{role}.{Guid.NewGuid():N}@instances.example";
        var created = await admin.PostAsJsonAsync("/api/users",
            new { username, displayName = Unique("Two Instances " + role), role, personId = (long?)null, password = TrackerApp.UserPassword });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return username;
    }

    [Test]
    public async Task A_session_and_antiforgery_token_from_A_write_on_B()
    {
        using var onB = await SessionAsync(a, b, "admin", TrackerApp.AdminPassword);

        var session = await onB.GetAsync("/api/session");
        Assert.That(session.StatusCode, Is.EqualTo(HttpStatusCode.OK), await session.Content.ReadAsStringAsync());
        var created = await onB.PostAsJsonAsync("/api/people", new { name = Unique("Signed In On A") });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());

        Assert.That(Directory.Exists(Path.Combine(a.Folder, "keys")) ? Directory.GetFiles(Path.Combine(a.Folder, "keys"), "key-*.xml") : [],
            Is.Empty, "the key ring is in the database, not a folder of either instance");
        await using var connection = new NpgsqlConnection(database);
        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM data_protection_keys"), Is.GreaterThan(0));
    }

    [Test]
    public async Task A_write_recorded_on_A_stops_Bs_cache_serving_that_caller_the_previous_bytes()
    {
        // Each instance's Writers over the shared database, and B's read cache, as the two processes hold them.
        var shared = ActionPlanTracker.Data.Database.PostgreSql(database);
        var (writersOnA, writersOnB) = (new Writers(shared), new Writers(shared));
        Assert.That(writersOnB.Shared, Is.True);
        var cacheOnB = new ReadCache(TimeProvider.System, writersOnB) { StaleLimit = TimeSpan.FromHours(1) };
        var key = new ReadCache.Key("grid", Random.Shared.NextInt64(1_000_000, long.MaxValue), null);
        var today = new DateOnly(2026, 6, 1);
        var (saver, viewer) = ("s:saver-" + Guid.NewGuid(), "s:viewer-" + Guid.NewGuid());
        Kept Version(long v) => Kept.Of(key, v, today, System.Text.Encoding.UTF8.GetBytes($"version {v}"));

        await cacheOnB.GetAsync(key, 1, today, () => Task.FromResult(Version(1)), viewer);
        await writersOnA.WroteAsync(saver); // the saver's score, saved through A

        // The viewer's read starts version 2's build (held) and is served version 1 at once...
        var build = new TaskCompletionSource<Kept>(TaskCreationOptions.RunContinuationsAsynchronously);
        var viewers = await cacheOnB.GetAsync(key, 2, today, () => build.Task, viewer);
        Assert.That(viewers.Version, Is.EqualTo(1), "a reader who wrote nothing may have the previous bytes");

        // ...the saver is not: B finds their write on A in the database and waits for the build.
        var savers = cacheOnB.GetAsync(key, 2, today, () => throw new AssertionException("one build only"), saver);
        await HeldBuild<ReadCache.Key>.UntilAsync(() => cacheOnB.WaitingOn(key) >= 1, [savers]);
        Assert.That(cacheOnB.WaitingOn(key), Is.EqualTo(1), "the saver waits on B's build");
        build.SetResult(Version(2));
        Assert.That((await savers).Version, Is.EqualTo(2));
    }

    [Test]
    public async Task A_score_saved_on_A_is_in_Bs_next_grid_read_and_the_savers_own_read_on_B_never_gets_the_previous_bytes()
    {
        using var saverOnA = await SessionAsync(a, a, "admin", TrackerApp.AdminPassword);
        var viewer = await UserAsync("viewer");
        using var viewerOnB = await SessionAsync(b, b, viewer, TrackerApp.UserPassword);

        var planId = await Arrange.PlanAsync(saverOnA, scaleId: 1, groupedByPriority: true, scoreLevel: "measure", title: Unique("Two instances plan"));
        var priority = await Arrange.PriorityAsync(saverOnA, planId, "1", "Help and protection");
        var action = await Arrange.ActionAsync(saverOnA, planId, priorityId: priority, code: "1.1");
        var measure = await Arrange.MeasureAsync(saverOnA, planId, action, "Supervision every 4 weeks", number: "1");
        var reviews = new List<long>();
        foreach (var (label, date) in new[] { ("RAG 07/26", "2026-07-31"), ("RAG 09/26", "2026-09-30") })
        {
            var review = await saverOnA.PostAsJsonAsync($"/api/plans/{planId}/reviews", new { label, reviewDate = date });
            Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.Created), await review.Content.ReadAsStringAsync());
            reviews.Add(JsonNode.Parse(await review.Content.ReadAsStringAsync())!["id"]!.GetValue<long>());
        }
        var grid = $"/api/plans/{planId}/grid";
        async Task<string> SaveOnAAsync(long review)
        {
            var narrative = Unique("Saved on A");
            var saved = await saverOnA.PutJsonAsync($"/api/plans/{planId}/reviews/{review}/scores/measures/{measure}", new { level = 3, narrative }, null);
            Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
            return narrative;
        }
        async Task<string> ReadAsync(HttpClient reader)
        {
            var read = await reader.GetAsync(grid);
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
            return await read.Content.ReadAsStringAsync();
        }

        // B keeps the grid; a save on A bumps the plan's version in the database, so B's next read builds again.
        Assert.That(await ReadAsync(viewerOnB), Does.Not.Contain("Saved on A"));
        var first = await SaveOnAAsync(reviews[0]);
        // A viewer who wrote nothing and whose read starts B's build may be handed the previous bytes while it runs
        // (issue 14, by design); B must then serve the save once that build is done, never the kept bytes for good.
        var seen = await ReadAsync(viewerOnB);
        for (var attempt = 0; attempt < 50 && !seen.Contains(first, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            seen = await ReadAsync(viewerOnB);
        }
        Assert.That(seen, Does.Contain(first), "B went on serving the bytes it kept before the write on A");

        // While B builds the next version, a reader who wrote nothing may be served the previous bytes (issue 14)...
        var cache = b.Services.GetRequiredService<ReadCache>();
        cache.StaleLimit = TimeSpan.FromHours(1); // so a slow machine cannot turn this into a test of the clock
        try
        {
            var key = new ReadCache.Key("grid", planId, null);
            using var held = new HeldBuild<ReadCache.Key>(key, hook => cache.BuildStarting = hook);
            var second = await SaveOnAAsync(reviews[1]);
            var servedStale = cache.ServedStale;
            var stale = await ReadAsync(viewerOnB);
            Assert.That((stale.Contains(second, StringComparison.Ordinal), cache.ServedStale), Is.EqualTo((false, servedStale + 1)),
                "the viewer on B gets the previous version while the next builds");

            // ...but the saver, whose write went to A, is not: their read on B waits for the build.
            using var saverOnB = Carried(saverOnA, b);
            var savers = ReadAsync(saverOnB);
            await HeldBuild<ReadCache.Key>.UntilAsync(() => cache.WaitingOn(key) >= 1, [savers]);
            Assert.That(cache.WaitingOn(key), Is.EqualTo(1), "the saver waits on B's build instead of taking the previous bytes");
            held.Release();
            Assert.That(await savers, Does.Contain(second), "a score saved on A shows in the saver's next read on B");
        }
        finally
        {
            cache.StaleLimit = ReadCache.DefaultStaleLimit;
        }
    }

    [Test]
    public async Task Failed_sign_ins_on_A_and_B_lock_the_account_as_one()
    {
        var username = await UserAsync("manager");
        var max = a.Services.GetRequiredService<TrackerSettings>().MaxFailedSignIns;
        for (var attempt = 0; attempt < max; attempt++)
        {
            var failed = await SignInAsync(attempt % 2 == 0 ? a : b, username, "not the password");
            Assert.That(failed.StatusCode, Is.EqualTo(attempt == max - 1 ? HttpStatusCode.TooManyRequests : HttpStatusCode.Unauthorized),
                $"attempt {attempt + 1} of {max}, alternating instances");
        }

        foreach (var instance in new[] { a, b })
        {
            var locked = await SignInAsync(instance, username, TrackerApp.UserPassword);
            Assert.That(locked.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "locked on both, even with the right password");
            Assert.That(locked.Headers.RetryAfter, Is.Not.Null);
        }
    }

    [Test]
    public async Task The_per_address_sign_in_limit_counts_attempts_on_both_instances()
    {
        var connectionString = await (await PostgresCluster.GetAsync()).CreateDatabaseAsync("two_instances_limits");
        var (limitedA, limitedB) = await StartTogetherAsync(connectionString, new() { ["Tracker:SignInsPerMinutePerAddress"] = "2" });
        using (limitedA)
        using (limitedB)
        {
            // Two attempts at once from 127.0.0.1 are allowed in all (then one every 30 seconds): one on each instance uses them up.
            foreach (var instance in new[] { limitedA, limitedB })
                Assert.That((await SignInAsync(instance, Unique("nobody"), "wrong")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

            foreach (var instance in new[] { limitedA, limitedB })
            {
                var refused = await SignInAsync(instance, "admin", TrackerApp.AdminPassword);
                Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the third attempt from the address, whichever instance");
                Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null);
                Assert.That(refused.Headers.RetryAfter!.Delta!.Value, Is.GreaterThan(TimeSpan.Zero));
            }
        }
    }

    [Test]
    public async Task Both_started_together_migrated_the_database_once()
    {
        await using var connection = new NpgsqlConnection(database);
        var scripts = (await connection.QueryAsync<string>("SELECT scriptname FROM schemaversions")).ToList();
        Assert.That(scripts, Is.Unique);
        Assert.That(scripts, Has.Some.Contains("0044_create_instance_shared_state"));
        foreach (var instance in new[] { a, b })
            Assert.That((await Plain(instance).GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "each instance is ready");
    }
}

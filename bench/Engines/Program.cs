// The client of bench/postgres.sh (issue 16). Managers (cookie session, X-CSRF-TOKEN, If-Match, as the SPA) save scores
// in the plan's open review; three modes, each appending tab-separated rows (Managers.Row: phase, measure, count,
// failures, per second, p50, p99, max ms, failures by kind) to --out:
//
//   --mode first-read   --rounds N: N times, one manager saves a score and then reads the grid as the same manager
//                       (whose next read is never the previous bytes, so it waits for the build of the new version),
//                       timed; then N times the same with the summary. Rows "first-grid-after-save",
//                       "first-summary-after-save", the saves, and "warm-grid-read"/"warm-summary-read" (N reads with
//                       no save between, one at a time). A grid read that lacks the save's words counts as a failure
//                       ("stale").
//   --mode saves        --managers M --every-ms X --seconds S: M managers each saving every X ms (0: flat out, the next
//                       save as soon as the last answered) for S seconds. Row "score-saves".
//   --mode two          --api-b URL --every-ms X --seconds S --ready r --go g: one manager signed in once, the session
//                       cookie and antiforgery token used on both instances; save n goes to A when n is even, B when
//                       odd, and right after its answer the same manager reads the grid from the other instance
//                       (beside the next saves, which keep their schedule), which must carry the save's words or a
//                       later save's of the same action (else "stale"). Rows "score-saves" and "other-instance-read".
//
//   dotnet Engines.dll --mode two --api http://127.0.0.1:5000 --api-b http://127.0.0.1:5001 --plan-id 1
//                      --read-header "Authorization: Bearer apt_..." --admin-password ... --phase two --every-ms 500
//                      --seconds 20 --ready r --go g --out saves.tsv

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ActionPlanTracker.Bench;

var o = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--")).ToDictionary(p => p.a[2..], p => args[p.i + 1]);
string Arg(string name, string? fallback = null) => o.TryGetValue(name, out var v) ? v : fallback ?? throw new ArgumentException($"--{name} is required");
var mode = Arg("mode");
var api = new Uri(Arg("api"));
var planId = long.Parse(Arg("plan-id"), CultureInfo.InvariantCulture);
var readHeader = Arg("read-header").Split(':', 2);
var phase = Arg("phase");
var output = Arg("out");
// Each run's words are its own, so a read can tell this save's words from any earlier one's.
var tag = Guid.NewGuid().ToString("N")[..8];

var reader = Managers.Client(api, cookies: false);
reader.DefaultRequestHeaders.TryAddWithoutValidation(readHeader[0].Trim(), readHeader[1].Trim());
var managerCount = mode == "saves" ? int.Parse(Arg("managers", "1"), CultureInfo.InvariantCulture) : 1;
var arranged = await Managers.ArrangeAsync(api, reader, Arg("admin-password"), planId, managerCount);
var reviewId = arranged.ReviewId;

// One browser per manager and instance, sharing the cookie jar (cookies ignore the port) and the antiforgery token:
// one session, as behind a load balancer with no sticky sessions.
async Task<Browser> SignInAsync(string username, IReadOnlyList<long> actions, params Uri[] instances)
{
    var jar = new CookieContainer();
    HttpClient Make(Uri baseAddress) => new(new SocketsHttpHandler
        { UseCookies = true, CookieContainer = jar, AutomaticDecompression = DecompressionMethods.All, MaxConnectionsPerServer = 100 })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(120) };
    var clients = instances.Select(Make).ToArray();
    var response = await clients[0].PostAsJsonAsync("/api/session", new { username, password = "bench manager passphrase" }, Managers.Json);
    var text = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Signing in as {username}: {(int)response.StatusCode} {text}");
    var token = JsonDocument.Parse(text).RootElement.GetProperty("antiforgeryToken").GetString();
    foreach (var client in clients) client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
    return new Browser(clients, actions.ToList(), new Dictionary<long, string>());
}

// Saves the nth score of the manager through clients[instance]; returns the words saved, or null on failure.
async Task<string?> SaveAsync(Browser browser, int instance, int n, ConcurrentBag<double> saves, ConcurrentBag<string> failures, string label = "save")
{
    var client = browser.Clients[instance];
    var actionId = browser.Actions[n % browser.Actions.Count];
    var url = $"/api/plans/{planId}/reviews/{reviewId}/scores/actions/{actionId}";
    var words = $"Bench {tag} {label} {n} during {phase}";
    try
    {
        if (!browser.Etags.ContainsKey(actionId))
        {
            using var current = await client.GetAsync(url); // untimed, as the SPA reads a score before editing it
            if (current.Headers.ETag is { } e0) browser.Etags[actionId] = e0.ToString();
        }
        using var request = new HttpRequestMessage(HttpMethod.Put, url)
            { Content = JsonContent.Create(new { level = 1 + n % 3, narrative = words }, options: Managers.Json) };
        if (browser.Etags.TryGetValue(actionId, out var etag)) request.Headers.TryAddWithoutValidation("If-Match", etag);
        var started = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(request);
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.IsSuccessStatusCode)
        {
            saves.Add(ms);
            if (response.Headers.ETag is { } e) browser.Etags[actionId] = e.ToString();
            return words;
        }
        failures.Add($"{(int)response.StatusCode}");
        browser.Etags.Remove(actionId);
    }
    catch (Exception e) { failures.Add(e.GetType().Name); }
    return null;
}

// Reads path through clients[instance], timed; when words are given the body must hold them (else "stale").
Task ReadAsync(Browser browser, int instance, string path, string? words, ConcurrentBag<double> reads, ConcurrentBag<string> failures) =>
    ReadCheckedAsync(browser, instance, path, words is null ? null : body => body.Contains(words, StringComparison.Ordinal), reads, failures);

async Task ReadCheckedAsync(Browser browser, int instance, string path, Func<string, bool>? fresh, ConcurrentBag<double> reads, ConcurrentBag<string> failures)
{
    try
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await browser.Clients[instance].GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode) failures.Add($"{(int)response.StatusCode}");
        else if (fresh is not null && !fresh(body)) failures.Add("stale");
        else reads.Add(ms);
    }
    catch (Exception e) { failures.Add(e.GetType().Name); }
}

async Task WaitForGoAsync()
{
    if (!o.ContainsKey("go")) return;
    await File.WriteAllTextAsync(Arg("ready"), "ready\n");
    var waited = Stopwatch.StartNew();
    while (!File.Exists(Arg("go")))
    {
        if (waited.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException($"{Arg("go")} did not appear within 5 minutes.");
        await Task.Delay(10);
    }
}

var rows = new List<string>();
var grid = $"/api/plans/{planId}/grid";
var summary = $"/api/plans/{planId}/summary";
switch (mode)
{
    case "first-read":
    {
        var rounds = int.Parse(Arg("rounds", "20"), CultureInfo.InvariantCulture);
        var browser = await SignInAsync(arranged.Usernames[0], arranged.Savers[0].Actions, api);
        foreach (var (name, path, check) in new[] { ("first-grid-after-save", grid, true), ("first-summary-after-save", summary, false) })
        {
            ConcurrentBag<double> saves = [], reads = [];
            ConcurrentBag<string> saveFailures = [], readFailures = [];
            await ReadAsync(browser, 0, path, null, [], []); // the current version built, so each round starts from a warm cache
            var clock = Stopwatch.StartNew();
            for (var n = 0; n < rounds; n++)
            {
                var words = await SaveAsync(browser, 0, n, saves, saveFailures);
                if (words is not null) await ReadAsync(browser, 0, path, check ? words : null, reads, readFailures);
            }
            rows.Add(Managers.Row(phase, name, reads, readFailures, clock.Elapsed.TotalSeconds));
            rows.Add(Managers.Row(phase, $"score-saves-before-{path.Split('/')[^1]}", saves, saveFailures, clock.Elapsed.TotalSeconds));
            // The same read with no save before it, one at a time: the difference is the build of a new version.
            ConcurrentBag<double> warm = [];
            ConcurrentBag<string> warmFailures = [];
            clock.Restart();
            for (var n = 0; n < rounds; n++) await ReadAsync(browser, 0, path, null, warm, warmFailures);
            rows.Add(Managers.Row(phase, $"warm-{path.Split('/')[^1]}-read", warm, warmFailures, clock.Elapsed.TotalSeconds));
        }
        break;
    }
    case "saves":
    {
        var every = TimeSpan.FromMilliseconds(double.Parse(Arg("every-ms"), CultureInfo.InvariantCulture));
        var length = TimeSpan.FromSeconds(double.Parse(Arg("seconds", "10"), CultureInfo.InvariantCulture));
        var browsers = new List<Browser>();
        for (var i = 0; i < arranged.Savers.Count; i++) browsers.Add(await SignInAsync(arranged.Usernames[i], arranged.Savers[i].Actions, api));
        ConcurrentBag<double> saves = [];
        ConcurrentBag<string> failures = [];
        // One untimed save of each action first, so every timed save carries If-Match (no GET inside the run).
        foreach (var b in browsers) for (var i = 0; i < b.Actions.Count; i++) await SaveAsync(b, 0, i, [], failures, "arrange");
        if (!failures.IsEmpty) throw new InvalidOperationException($"Arranging the saves failed: {string.Join(",", failures)}");
        await WaitForGoAsync();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(browsers.Select(async b =>
        {
            for (var n = 0; clock.Elapsed < length; n++)
            {
                var wait = every * n - clock.Elapsed;
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
                if (clock.Elapsed >= length) break;
                await SaveAsync(b, 0, n, saves, failures);
            }
        }));
        rows.Add(Managers.Row(phase, "score-saves", saves, failures, clock.Elapsed.TotalSeconds));
        break;
    }
    case "two":
    {
        var every = TimeSpan.FromMilliseconds(double.Parse(Arg("every-ms"), CultureInfo.InvariantCulture));
        var length = TimeSpan.FromSeconds(double.Parse(Arg("seconds", "20"), CultureInfo.InvariantCulture));
        var browser = await SignInAsync(arranged.Usernames[0], arranged.Savers[0].Actions, api, new Uri(Arg("api-b")));
        ConcurrentBag<double> saves = [], reads = [];
        ConcurrentBag<string> saveFailures = [], readFailures = [];
        // Untimed: one save of each action (alternately on each instance, proving the session holds on both) and a read of both.
        for (var i = 0; i < browser.Actions.Count; i++) await SaveAsync(browser, i % 2, i, [], saveFailures, "arrange");
        if (!saveFailures.IsEmpty) throw new InvalidOperationException($"Arranging the saves failed: {string.Join(",", saveFailures)}");
        await WaitForGoAsync();
        // The check read starts when the save has answered and runs beside the next saves, so the saves keep their
        // schedule on a slow machine. By the time it answers, a later save may have changed the same action again:
        // those words count as fresh too; anything older than save n is stale.
        var said = new ConcurrentDictionary<int, string>();
        var checks = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < length; n++)
        {
            var wait = every * n - clock.Elapsed;
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            if (clock.Elapsed >= length) break;
            var on = n % 2;
            var words = await SaveAsync(browser, on, n, saves, saveFailures);
            if (words is null) continue;
            said[n] = words;
            var saved = n;
            checks.Add(ReadCheckedAsync(browser, 1 - on, grid,
                body => Enumerable.Range(saved, int.MaxValue - saved).TakeWhile(m => said.ContainsKey(m))
                    .Where(m => (m - saved) % browser.Actions.Count == 0).Any(m => body.Contains(said[m], StringComparison.Ordinal)),
                reads, readFailures));
        }
        await Task.WhenAll(checks);
        rows.Add(Managers.Row(phase, "score-saves", saves, saveFailures, clock.Elapsed.TotalSeconds));
        rows.Add(Managers.Row(phase, "other-instance-read", reads, readFailures, clock.Elapsed.TotalSeconds));
        break;
    }
    default: throw new ArgumentException($"--mode {mode}: first-read, saves or two");
}
foreach (var row in rows) Console.WriteLine(row);
await File.AppendAllLinesAsync(output, rows);

/// <summary>A manager's browser: one client per instance over one session, the actions it saves, the ETags it holds.</summary>
internal sealed record Browser(HttpClient[] Clients, IReadOnlyList<long> Actions, Dictionary<long, string> Etags);

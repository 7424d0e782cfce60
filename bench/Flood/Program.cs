// Score saves and grid reads on a plan the generator made, first quietly and then during a flood of failed anonymous
// sign-ins (wrong passwords for real usernames, and unknown usernames) on many connections from this one address.
// Managers save as the SPA does: a cookie session, X-CSRF-TOKEN, and If-Match with the ETag of their last save.
// Writes one tab-separated row per phase and measure to --out. Only HttpClient and System.Text.Json.
//
//   dotnet Flood.dll --api http://127.0.0.1:5000 --plan-id 1 --grid-path /api/plans/1/grid --read-header "Authorization: Bearer apt_..."
//                    --admin-password ... --out table.tsv [--seconds 20] [--savers 4] [--readers 4] [--flood 64]

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

var o = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--")).ToDictionary(p => p.a[2..], p => args[p.i + 1]);
string Arg(string name, string? fallback = null) => o.TryGetValue(name, out var v) ? v : fallback ?? throw new ArgumentException($"--{name} is required");
var api = new Uri(Arg("api"));
var planId = long.Parse(Arg("plan-id"), CultureInfo.InvariantCulture);
var gridPath = Arg("grid-path");
var readHeader = Arg("read-header").Split(':', 2);
var seconds = int.Parse(Arg("seconds", "20"), CultureInfo.InvariantCulture);
var saverCount = int.Parse(Arg("savers", "4"), CultureInfo.InvariantCulture);
var readerCount = int.Parse(Arg("readers", "4"), CultureInfo.InvariantCulture);
var floodCount = int.Parse(Arg("flood", "64"), CultureInfo.InvariantCulture);
var output = Arg("out");
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);

HttpClient Client(bool cookies) => new(new SocketsHttpHandler { UseCookies = cookies, CookieContainer = new CookieContainer(), MaxConnectionsPerServer = 1000 })
    { BaseAddress = api, Timeout = TimeSpan.FromSeconds(120) };

async Task<HttpClient> SignInAsync(string username, string password)
{
    var browser = Client(cookies: true);
    var response = await browser.PostAsJsonAsync("/api/session", new { username, password }, json);
    var text = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Signing in as {username}: {(int)response.StatusCode} {text}");
    browser.DefaultRequestHeaders.Add("X-CSRF-TOKEN", JsonDocument.Parse(text).RootElement.GetProperty("antiforgeryToken").GetString());
    return browser;
}

// Arrange: the open review, the actions, and one manager account per saver, each the lead of the actions it scores.
var reader = Client(cookies: false);
reader.DefaultRequestHeaders.TryAddWithoutValidation(readHeader[0].Trim(), readHeader[1].Trim());
var admin = await SignInAsync("admin", Arg("admin-password"));
var reviews = JsonDocument.Parse(await reader.GetStringAsync($"/api/plans/{planId}/reviews")).RootElement.EnumerateArray()
    .Where(r => r.GetProperty("status").GetString() == "open").Select(r => r.GetProperty("id").GetInt64()).ToList();
var reviewId = reviews.Last();
var actions = JsonDocument.Parse(await reader.GetStringAsync($"/api/plans/{planId}/actions")).RootElement.EnumerateArray()
    .Select(a => (Id: a.GetProperty("id").GetInt64(),
        People: a.GetProperty("leads").EnumerateArray().Concat(a.GetProperty("owners").EnumerateArray()).Select(p => p.GetProperty("id").GetInt64()).ToList()))
    .Where(a => a.People.Count > 0)
    .Select(a => (a.Id, Lead: a.People[0])) // a manager's items are those their person leads or owns
    .ToList();
if (actions.Count == 0) throw new InvalidOperationException("No action of the plan has a lead or owner for a manager to act as.");
var leads = actions.GroupBy(a => a.Lead).OrderByDescending(g => g.Count()).Take(saverCount).ToList();
var managerNames = new List<string>();
var savers = new List<(HttpClient Browser, List<long> Actions)>();
foreach (var lead in leads)
{
    var username = $"manager.{Guid.NewGuid():N}"[..20] + "@bench.example";
    const string password = "bench manager passphrase";
    var created = await admin.PostAsJsonAsync("/api/users", new { username, displayName = $"Bench manager {lead.Key}", role = "manager", personId = lead.Key, password }, json);
    if (!created.IsSuccessStatusCode) throw new InvalidOperationException($"Creating {username}: {await created.Content.ReadAsStringAsync()}");
    managerNames.Add(username);
    savers.Add((await SignInAsync(username, password), lead.Select(a => a.Id).ToList()));
}
Console.WriteLine($"Review {reviewId}; {savers.Count} managers saving the scores of {savers.Sum(s => s.Actions.Count)} actions; {readerCount} grid readers");

var etags = new ConcurrentDictionary<long, string>();
var rows = new List<string> { "phase\tmeasure\tcount\tfailures\tper_second\tp50_ms\tp99_ms\tmax_ms\tdetail" };

async Task PhaseAsync(string phase, bool flood)
{
    using var stop = new CancellationTokenSource();
    var saves = new ConcurrentBag<double>(); var saveFailures = new ConcurrentBag<string>();
    var reads = new ConcurrentBag<double>(); var readFailures = new ConcurrentBag<string>();
    var floodStatus = new ConcurrentDictionary<string, int>();
    var clock = Stopwatch.StartNew();

    var tasks = new List<Task>();
    for (var s = 0; s < savers.Count; s++)
    {
        var (browser, mine) = savers[s];
        tasks.Add(Task.Run(async () =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                var actionId = mine[n++ % mine.Count];
                var url = $"/api/plans/{planId}/reviews/{reviewId}/scores/actions/{actionId}";
                using var request = new HttpRequestMessage(HttpMethod.Put, url)
                    { Content = JsonContent.Create(new { level = 1 + n % 3, narrative = $"Update {n} during {phase}" }, options: json) };
                if (!etags.ContainsKey(actionId))
                {
                    // As the SPA does: read the score first for its ETag (not timed); a score not yet recorded has none.
                    using var current = await browser.GetAsync(url);
                    if (current.Headers.ETag is { } e0) etags[actionId] = e0.ToString();
                }
                if (etags.TryGetValue(actionId, out var etag)) request.Headers.TryAddWithoutValidation("If-Match", etag);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await browser.SendAsync(request);
                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (response.IsSuccessStatusCode) { saves.Add(ms); if (response.Headers.ETag is { } e) etags[actionId] = e.ToString(); }
                    else { saveFailures.Add($"{(int)response.StatusCode}"); etags.TryRemove(actionId, out _); }
                }
                catch (Exception e) { saveFailures.Add(e.GetType().Name); }
            }
        }));
    }
    for (var r = 0; r < readerCount; r++)
        tasks.Add(Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await reader.GetAsync(gridPath, HttpCompletionOption.ResponseContentRead);
                    if (response.IsSuccessStatusCode) reads.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    else readFailures.Add($"{(int)response.StatusCode}");
                }
                catch (Exception e) { readFailures.Add(e.GetType().Name); }
            }
        }));
    var attackers = new List<Task>();
    if (flood)
    {
        var targets = managerNames.Append("admin").ToList();
        for (var f = 0; f < floodCount; f++)
        {
            var index = f;
            attackers.Add(Task.Run(async () =>
            {
                using var attacker = Client(cookies: false); // one connection each, all from this address
                var n = 0;
                while (!stop.IsCancellationRequested)
                {
                    n++;
                    var username = (index + n) % 2 == 0 ? targets[(index + n) % targets.Count] : $"nobody{index}x{n}@bench.example";
                    try
                    {
                        using var response = await attacker.PostAsJsonAsync("/api/session", new { username, password = $"guess {index} {n}" }, json);
                        floodStatus.AddOrUpdate(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, c) => c + 1);
                    }
                    catch (Exception e) { floodStatus.AddOrUpdate(e.GetType().Name, 1, (_, c) => c + 1); }
                }
            }));
        }
    }
    await Task.Delay(TimeSpan.FromSeconds(seconds));
    stop.Cancel();
    var elapsed = clock.Elapsed.TotalSeconds;
    await Task.WhenAll(tasks.Concat(attackers));

    string Row(string measure, ConcurrentBag<double> ok, ConcurrentBag<string> failed)
    {
        var sorted = ok.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        var detail = string.Join(",", failed.GroupBy(f => f).Select(g => $"{g.Key}x{g.Count()}"));
        return string.Join('\t', phase, measure, sorted.Length, failed.Count, (sorted.Length / elapsed).ToString("F1", CultureInfo.InvariantCulture),
            At(0.5).ToString("F1", CultureInfo.InvariantCulture), At(0.99).ToString("F1", CultureInfo.InvariantCulture),
            (sorted.Length == 0 ? double.NaN : sorted[^1]).ToString("F1", CultureInfo.InvariantCulture), detail.Length == 0 ? "-" : detail);
    }
    rows.Add(Row("score-saves", saves, saveFailures));
    rows.Add(Row("grid-reads", reads, readFailures));
    if (flood)
    {
        var total = floodStatus.Values.Sum();
        rows.Add(string.Join('\t', phase, "failed-sign-ins", total, total - floodStatus.GetValueOrDefault("401") - floodStatus.GetValueOrDefault("429"),
            (total / elapsed).ToString("F1", CultureInfo.InvariantCulture), "-", "-", "-",
            string.Join(",", floodStatus.OrderBy(p => p.Key).Select(p => $"{p.Key}x{p.Value}"))));
    }
    Console.WriteLine(string.Join(Environment.NewLine, rows.Skip(rows.Count - (flood ? 3 : 2))));
}

await PhaseAsync("warm-up", flood: false);
rows.RemoveRange(1, rows.Count - 1);
await PhaseAsync("quiet", flood: false);
await PhaseAsync("flood", flood: true);
// After the flood: the managers' sessions still work and a health check answers.
var health = await reader.GetAsync("/health");
rows.Add($"after\thealth\t1\t{(health.IsSuccessStatusCode ? 0 : 1)}\t-\t-\t-\t-\t{(int)health.StatusCode}");
await File.WriteAllLinesAsync(output, rows);

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
using System.Net.Http.Json;
using System.Text.Json;
using ActionPlanTracker.Bench;

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

HttpClient Client(bool cookies) => Managers.Client(api, cookies);

// Arrange: the open review, the actions, and one manager account per saver, each the lead of the actions it scores.
var reader = Client(cookies: false);
reader.DefaultRequestHeaders.TryAddWithoutValidation(readHeader[0].Trim(), readHeader[1].Trim());
var managers = await Managers.ArrangeAsync(api, reader, Arg("admin-password"), planId, saverCount);
var savers = managers.Savers;
Console.WriteLine($"Review {managers.ReviewId}; {savers.Count} managers saving the scores of {savers.Sum(s => s.Actions.Count)} actions; {readerCount} grid readers");

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
        var saver = savers[s];
        tasks.Add(Task.Run(async () =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested) await managers.SaveAsync(saver, ++n, phase, saves, saveFailures);
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
        var targets = managers.Usernames.Append("admin").ToList();
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

    string Row(string measure, ConcurrentBag<double> ok, ConcurrentBag<string> failed) => Managers.Row(phase, measure, ok, failed, elapsed);
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

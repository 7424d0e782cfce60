// The writer of bench/mixed.sh: one manager (cookie session, X-CSRF-TOKEN, If-Match, as the SPA) saving the scores of
// the actions their person leads in the plan's open review, one save every --every-ms, on a fixed schedule (a save that
// overruns its slot is followed at once by the next, never by two). It signs in, writes "ready" to --ready, waits for
// the file --go to appear (the script starts wrk's readers at the same moment), saves for --seconds and appends one
// row to --out: phase, measure, count, failures, per second, p50, p99 and max in ms, failures by kind.
//
//   dotnet Mixed.dll --api http://127.0.0.1:5000 --plan-id 1 --read-header "Authorization: Bearer apt_..."
//                    --admin-password ... --phase writes-500ms --every-ms 500 --seconds 20 --ready r --go g --out table.tsv

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ActionPlanTracker.Bench;

var o = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--")).ToDictionary(p => p.a[2..], p => args[p.i + 1]);
string Arg(string name, string? fallback = null) => o.TryGetValue(name, out var v) ? v : fallback ?? throw new ArgumentException($"--{name} is required");
var api = new Uri(Arg("api"));
var planId = long.Parse(Arg("plan-id"), CultureInfo.InvariantCulture);
var readHeader = Arg("read-header").Split(':', 2);
var phase = Arg("phase");
var every = TimeSpan.FromMilliseconds(double.Parse(Arg("every-ms"), CultureInfo.InvariantCulture));
var seconds = double.Parse(Arg("seconds", "20"), CultureInfo.InvariantCulture);

var reader = Managers.Client(api, cookies: false);
reader.DefaultRequestHeaders.TryAddWithoutValidation(readHeader[0].Trim(), readHeader[1].Trim());
var managers = await Managers.ArrangeAsync(api, reader, Arg("admin-password"), planId, 1);
var saver = managers.Savers[0];
var saves = new ConcurrentBag<double>();
var failures = new ConcurrentBag<string>();
// One untimed save of each action first, so every timed save carries If-Match from the one before (no untimed GET inside the run).
for (var i = 0; i < saver.Actions.Count; i++) await managers.SaveAsync(saver, i, "arrange", [], failures);
if (!failures.IsEmpty) throw new InvalidOperationException($"Arranging the saves failed: {string.Join(",", failures)}");
Console.WriteLine($"{phase}: review {managers.ReviewId}; one manager saving the scores of {saver.Actions.Count} actions every {every.TotalMilliseconds} ms");

await File.WriteAllTextAsync(Arg("ready"), "ready\n");
var go = Arg("go");
var waited = Stopwatch.StartNew();
while (!File.Exists(go))
{
    if (waited.Elapsed > TimeSpan.FromMinutes(5)) throw new TimeoutException($"{go} did not appear within 5 minutes.");
    await Task.Delay(10);
}

var clock = Stopwatch.StartNew();
var length = TimeSpan.FromSeconds(seconds);
for (var n = 0; clock.Elapsed < length; n++)
{
    var due = every * n;
    var wait = due - clock.Elapsed;
    if (wait > TimeSpan.Zero) await Task.Delay(wait);
    if (clock.Elapsed >= length) break;
    await managers.SaveAsync(saver, n, phase, saves, failures);
}
var row = Managers.Row(phase, "score-saves", saves, failures, clock.Elapsed.TotalSeconds);
Console.WriteLine(row);
await File.AppendAllLinesAsync(Arg("out"), [row]);

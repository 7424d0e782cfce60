// Times each step of a report download in process, on a plan already in a tracker database:
//
//   dotnet run -c Release --project bench/ReportSteps -- --db bench/results/reports-<time>/tracker.db --plan 1 [--rounds 8]
//
// Prints, for each step, the fastest and the median of the rounds and the bytes allocated in the fastest round. The
// database is only read. The server's defaults apply (workstation GC here; the tracker runs with server GC).
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Reports;

string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

var db = Arg("--db", "tracker.db");
var planId = long.Parse(Arg("--plan", "1"), CultureInfo.InvariantCulture);
var rounds = int.Parse(Arg("--rounds", "8"), CultureInfo.InvariantCulture);
var only = Arg("--only", "");
// The zip's deflate level for Word and Excel: each option given is timed ("Normal,Fast"); the tracker's own by default.
var compressions = Arg("--compression", ReportFile.Compression.ToString()).Split(',')
    .Select(Enum.Parse<System.IO.Packaging.CompressionOption>).ToList();

DapperTypeHandlers.Register();
var database = new Database(db);
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
json.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase));

var process = Process.GetCurrentProcess();
var timings = new Dictionary<string, List<(double Ms, double Cpu, long Bytes)>>();
T Time<T>(string step, Func<T> work)
{
    if (only.Length > 0 && !step.Contains(only, StringComparison.Ordinal) && !step.StartsWith("PlanSnapshot", StringComparison.Ordinal)
        && !step.StartsWith("new PlanAnalysis", StringComparison.Ordinal) && !step.StartsWith("ReportBuilder", StringComparison.Ordinal))
        return default!;
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = work();
    var ms = clock.Elapsed.TotalMilliseconds;
    process.Refresh();
    var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
    var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    (timings.TryGetValue(step, out var list) ? list : timings[step] = []).Add((ms, cpuMs, bytes));
    return result;
}

var sizes = new Dictionary<string, int>();
for (var round = 0; round < rounds + 1; round++)
{
    var snapshot = Time("PlanSnapshot.LoadAsync", () =>
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        return PlanSnapshot.LoadAsync(connection, planId).GetAwaiter().GetResult() ?? throw new InvalidOperationException($"No plan {planId} in {db}.");
    });
    var analysis = Time("new PlanAnalysis(...)", () => new PlanAnalysis(snapshot, today));
    var unstamped = Time("ReportBuilder.Build", () => ReportBuilder.Build(analysis));
    // What a download of a kept report (ReportCache) does before writing its file.
    var report = Time("ReportBuilder.Stamped (kept)", () => ReportBuilder.Stamped(unstamped, DateTimeOffset.Now));
    if (round == 0) Console.WriteLine($"plan {planId}: {snapshot.Scores.Count} score rows, {report.Rows.Count} report rows, {report.Reviews.Count} reviews");
    sizes["json"] = Time("JSON", () => JsonSerializer.SerializeToUtf8Bytes(report, json))?.Length ?? 0;
    foreach (var option in compressions)
    {
        sizes[$"docx {option}"] = Time($"DocxReport.Write ({option})", () => DocxReport.Write(report, option))?.Length ?? 0;
        sizes[$"xlsx {option}"] = Time($"XlsxReport.Write ({option})", () => XlsxReport.Write(report, option))?.Length ?? 0;
    }
    sizes["csv"] = Time("CsvReport.Write", () => CsvReport.Write(report))?.Length ?? 0;
    if (round == 0) timings.Clear(); // the first round pays for JIT
}

Console.WriteLine($"{"step",-34} {"fastest ms",10} {"median ms",10} {"CPU ms (min)",12} {"CPU ms (med)",12} {"allocated MB",13}");
foreach (var (step, list) in timings)
{
    var sorted = list.OrderBy(t => t.Ms).ToList();
    var median = sorted[sorted.Count / 2].Ms;
    var cpus = list.Select(t => t.Cpu).Order().ToList();
    Console.WriteLine($"{step,-34} {sorted[0].Ms,10:0} {median,10:0} {cpus[0],12:0} {cpus[cpus.Count / 2],12:0} {sorted[0].Bytes / 1048576.0,13:0.0}");
}
Console.WriteLine(string.Join("\n", sizes.Select(s => $"{s.Key}: {s.Value:N0} bytes")));

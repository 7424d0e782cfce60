// Opens the action-plan grid of a large plan in headless Chromium, several times, and reads the page's own performance
// measures (web/src/pages/grid/index.ts), so the figures are the page's work and not Playwright's:
//   grid-render          from the grid's JSON in hand to every row in the document (script)
//   grid-ready           from the JSON in hand to the first frame drawn after it (script, style, layout, paint):
//                        when a person can use the page. The budget (150 ms) is on this one.
//   grid-update(-ready)  the same for one change a board member makes: a filter, clearing it, a sort, folding rows
// and, beside them, the grid request as the browser saw it (resource timing), the number of rows and DOM elements.
//
//   dotnet WebBudget.dll --api http://127.0.0.1:5000 --plan 12 --username admin --password ... [--runs 7]
//                        [--out samples.tsv] [--chromium /usr/bin/chromium] [--budget-ms 150]

using System.Globalization;
using System.Text;
using Microsoft.Playwright;

var options = Options.Parse(args);
var chromiumArgs = new[]
{
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
};

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = options.Chromium, Headless = true, Args = chromiumArgs });
await using var context = await browser.NewContextAsync(new()
{
    BaseURL = options.Api,
    Locale = "en-GB",
    TimezoneId = "Europe/London",
    ViewportSize = new() { Width = 1600, Height = 1000 },
});

// Signs in as the web app does (a cookie session); the context's request client shares the pages' cookies.
var signIn = await context.APIRequest.PostAsync("/api/session", new() { DataObject = new { username = options.Username, password = options.Password } });
if (!signIn.Ok) throw new InvalidOperationException($"Signing in failed: {signIn.Status} {await signIn.TextAsync()}");

var samples = new List<Sample>();
Console.WriteLine($"Chromium {browser.Version}, headless, 1600 x 1000; plan {options.Plan}; {options.Runs} runs after one warm-up");
for (var run = 0; run <= options.Runs; run++)
{
    var sample = await MeasureOnceAsync(context, options.Plan);
    if (run == 0)
    {
        Console.WriteLine($"warm-up: {sample.Rows} rows, {sample.Elements:N0} elements, grid-ready {sample.Ready:F1} ms (not counted)");
        continue;
    }
    samples.Add(sample);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"run {run}: request {sample.Request,7:F1}  render {sample.Render,6:F1}  ready {sample.Ready,6:F1}  " +
        $"filter {sample.Filter.Ready,6:F1}  clear {sample.Clear.Ready,6:F1}  sort {sample.Sort.Ready,6:F1}  " +
        $"collapse {sample.Collapse.Ready,6:F1}  expand {sample.Expand.Ready,6:F1}  complete {sample.Complete,7:F1} ms; " +
        $"CPU in ready {sample.ReadyCpu:F1} ms"));
}

var first = samples[0];
Console.WriteLine();
Console.WriteLine($"Grid: {first.Rows:N0} table rows, {first.Reviews} review columns, {first.Elements:N0} elements in the document");
Console.WriteLine($"{"measure",-36} {"median ms",10} {"p90 ms",8} {"min ms",8} {"max ms",8}");
var rows = new (string Name, Func<Sample, double> Value)[]
{
    ("grid request (resource timing)", s => s.Request),
    ("grid-render (rows in the DOM)", s => s.Render),
    ("grid-ready (first frame drawn)", s => s.Ready),
    ("  main-thread CPU within grid-ready", s => s.ReadyCpu),
    ("grid-complete (every row filled)", s => s.Complete),
    ("  main-thread CPU within it", s => s.CompleteCpu),
    ("  longest task while filling", s => s.LongestTask),
    ("filter: Overdue, update", s => s.Filter.Update),
    ("filter: Overdue, ready", s => s.Filter.Ready),
    ("  main-thread CPU within it", s => s.FilterCpu),
    ("clear filters, ready", s => s.Clear.Ready),
    ("sort by deadline, update", s => s.Sort.Update),
    ("sort by deadline, ready", s => s.Sort.Ready),
    ("  main-thread CPU within it", s => s.SortCpu),
    ("collapse all, ready", s => s.Collapse.Ready),
    ("  main-thread CPU within it", s => s.CollapseCpu),
    ("expand all, ready", s => s.Expand.Ready),
};
var table = new StringBuilder("measure\tmedian_ms\tp90_ms\tmin_ms\tmax_ms\n");
foreach (var (name, value) in rows)
{
    var values = samples.Select(value).Where(v => !double.IsNaN(v)).Order().ToList();
    if (values.Count == 0) { Console.WriteLine($"{name,-36} {"n/a",10}"); continue; }
    var (median, p90) = (Percentile(values, 0.5), Percentile(values, 0.9));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {median,10:F1} {p90,8:F1} {values[0],8:F1} {values[^1],8:F1}"));
    table.Append(CultureInfo.InvariantCulture, $"{name}\t{median:F1}\t{p90:F1}\t{values[0]:F1}\t{values[^1]:F1}\n");
}
var readyMedian = Percentile(samples.Select(s => s.Ready).Order().ToList(), 0.5);
var verdict = readyMedian <= options.BudgetMs ? "within" : "OVER";
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Budget: grid-ready median {readyMedian:F1} ms against {options.BudgetMs} ms: {verdict} budget"));
if (options.Out is { } outPath)
{
    await File.WriteAllTextAsync(outPath, table.ToString());
    await File.WriteAllLinesAsync(Path.ChangeExtension(outPath, ".samples.tsv"),
        new[] { "request\trender\tready\tfilter_update\tfilter_ready\tclear_ready\tsort_update\tsort_ready\tcollapse_ready\texpand_ready\tcomplete\tready_cpu\tcomplete_cpu\tsort_cpu\tlongest_task" }
            .Concat(samples.Select(s => string.Join('\t', new[]
                { s.Request, s.Render, s.Ready, s.Filter.Update, s.Filter.Ready, s.Clear.Ready, s.Sort.Update, s.Sort.Ready, s.Collapse.Ready, s.Expand.Ready,
                  s.Complete, s.ReadyCpu, s.CompleteCpu, s.SortCpu, s.LongestTask }
                .Select(v => v.ToString("F1", CultureInfo.InvariantCulture))))));
}
return verdict == "within" ? 0 : 3;

static async Task<Sample> MeasureOnceAsync(IBrowserContext context, long plan)
{
    // A fresh page each time: the script and styles come from the browser's cache after the first, as for a person
    // who opens the grid again; the grid's JSON is fetched each time (the API sends no-store).
    var page = await context.NewPageAsync();
    var errors = new List<string>();
    page.PageError += (_, e) => errors.Add(e);
    var trace = await MainThreadTrace.StartAsync(context, page);
    await page.GotoAsync($"/plans/{plan}");
    await page.WaitForFunctionAsync("() => performance.getEntriesByName('grid-ready').length > 0", null, new() { Timeout = 120_000 });
    var load = await page.EvaluateAsync<double[]>("""
        () => [
          performance.getEntriesByName('grid-render')[0].duration,
          performance.getEntriesByName('grid-ready')[0].duration,
          performance.getEntriesByType('resource').filter(r => /\/api\/plans\/\d+\/grid$/.test(r.name)).map(r => r.duration)[0] ?? -1,
          document.querySelectorAll('table.grid tbody tr').length,
          document.getElementsByTagName('*').length,
          document.querySelectorAll('table.grid thead th.grid__review').length,
        ]
        """);

    var updates = 0;
    async Task<Interaction> Do(Func<Task> act)
    {
        updates++;
        await act();
        await page.WaitForFunctionAsync($"() => performance.getEntriesByName('grid-update-ready').length >= {updates}", null, new() { Timeout = 60_000 });
        var d = await page.EvaluateAsync<double[]>($"() => [performance.getEntriesByName('grid-update')[{updates - 1}].duration, performance.getEntriesByName('grid-update-ready')[{updates - 1}].duration]");
        return new Interaction(d[0], d[1]);
    }

    // The controls are measured on the whole grid: every row filled, as after the first second or so.
    await page.WaitForFunctionAsync("() => performance.getEntriesByName('grid-complete').length > 0", null, new() { Timeout = 120_000 });
    // Controls are found inside their own part of the page: a role query over the whole document makes Chromium draw
    // every row that content-visibility had skipped, one at a time, which would measure Playwright rather than the page.
    var filters = page.Locator("form.grid-filters");
    var toolbar = page.Locator(".grid-toolbar");
    var head = page.Locator("table.grid thead");
    await filters.GetByText("Show or hide the filters").ClickAsync();
    var filter = await Do(() => filters.GetByRole(AriaRole.Checkbox, new() { Name = "Overdue", Exact = true }).CheckAsync());
    var clear = await Do(() => filters.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync());
    var sort = await Do(() => head.GetByRole(AriaRole.Button, new() { Name = "Deadline" }).ClickAsync());
    var collapse = await Do(() => toolbar.GetByRole(AriaRole.Button, new() { Name = "Collapse all" }).ClickAsync());
    var expand = await Do(() => toolbar.GetByRole(AriaRole.Button, new() { Name = "Expand all" }).ClickAsync());
    var complete = await page.EvaluateAsync<double>("() => performance.getEntriesByName('grid-complete')[0].duration");
    var cpu = await trace.StopAsync();
    await page.CloseAsync();
    if (errors.Count > 0) throw new InvalidOperationException($"The page threw: {string.Join("; ", errors)}");
    return new Sample(load[2], load[0], load[1], (int)load[3], (int)load[4], (int)load[5], filter, clear, sort, collapse, expand,
        complete, cpu.Measure("grid-ready", 0), cpu.Measure("grid-complete", 0), cpu.Measure("grid-update-ready", 2), cpu.LongestTask("grid-complete"),
        cpu.Measure("grid-update-ready", 0), cpu.Measure("grid-update-ready", 3));
}

// Nearest rank: the smallest value with at least this share of the values at or below it.
static double Percentile(IReadOnlyList<double> sorted, double share) =>
    sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];

internal sealed record Interaction(double Update, double Ready);

internal sealed record Sample(double Request, double Render, double Ready, int Rows, int Elements, int Reviews,
    Interaction Filter, Interaction Clear, Interaction Sort, Interaction Collapse, Interaction Expand,
    double Complete, double ReadyCpu, double CompleteCpu, double SortCpu, double LongestTask, double FilterCpu, double CollapseCpu);

/// <summary>
/// The page's main thread in a Chromium trace: how much CPU time its tasks took between the start and end of one of the
/// page's performance measures. The machine the benchmarks run on is shared, so wall time includes waiting for a CPU;
/// the thread's own CPU time ("tdur") is what the page would need on a machine to itself.
/// </summary>
internal sealed class MainThreadTrace(ICDPSession cdp, List<System.Text.Json.JsonElement> events, TaskCompletionSource done)
{
    private List<(double Start, double End, double Cpu)> tasks = [];
    private readonly Dictionary<string, List<(double Start, double End)>> measures = [];

    public static async Task<MainThreadTrace> StartAsync(IBrowserContext context, IPage page)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        var events = new List<System.Text.Json.JsonElement>();
        var done = new TaskCompletionSource();
        cdp.Event("Tracing.dataCollected").OnEvent += (_, json) =>
        {
            if (json is not { } data) return;
            lock (events) foreach (var e in data.GetProperty("value").EnumerateArray()) events.Add(e.Clone());
        };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => done.TrySetResult();
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["categories"] = "devtools.timeline,disabled-by-default-devtools.timeline,toplevel,blink.user_timing,__metadata",
            ["transferMode"] = "ReportEvents",
        });
        return new MainThreadTrace(cdp, events, done);
    }

    public async Task<MainThreadTrace> StopAsync()
    {
        await cdp.SendAsync("Tracing.end");
        await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
        static string Text(System.Text.Json.JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString()! : "";
        static double Number(System.Text.Json.JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number ? v.GetDouble() : 0;
        var main = events.Where(e => Text(e, "name") == "thread_name" && e.GetProperty("args").GetProperty("name").GetString() == "CrRendererMain")
            .Select(e => (Number(e, "pid"), Number(e, "tid"))).ToHashSet();
        // Top-level tasks only: a task run inside another (a nested run loop) is already in its parent's time.
        var end = double.MinValue;
        tasks = [];
        foreach (var (start, stop, cpu) in events
                     .Where(e => Text(e, "ph") == "X" && Text(e, "name") == "RunTask" && main.Contains((Number(e, "pid"), Number(e, "tid"))))
                     .Select(e => (Number(e, "ts"), Number(e, "ts") + Number(e, "dur"), Number(e, "tdur")))
                     .OrderBy(t => t.Item1))
        {
            if (start < end) continue;
            tasks.Add((start, stop, cpu));
            end = stop;
        }
        var open = new Dictionary<(string, string), double>();
        foreach (var e in events.Where(e => Text(e, "cat").Contains("blink.user_timing", StringComparison.Ordinal)).OrderBy(e => Number(e, "ts")))
        {
            var key = (Text(e, "name"), e.TryGetProperty("id", out var id) ? id.ToString() : e.TryGetProperty("id2", out var id2) ? id2.ToString() : "");
            if (Text(e, "ph") == "b") open[key] = Number(e, "ts");
            else if (Text(e, "ph") == "e" && open.Remove(key, out var start))
            {
                if (!measures.TryGetValue(key.Item1, out var list)) measures[key.Item1] = list = [];
                list.Add((start, Number(e, "ts")));
            }
        }
        return this;
    }

    /// <summary>Main-thread CPU milliseconds within the n-th occurrence of a measure (tasks cut at its edges pro rata); NaN when absent.</summary>
    public double Measure(string name, int occurrence)
    {
        if (!measures.TryGetValue(name, out var list) || list.Count <= occurrence) return double.NaN;
        var (start, end) = list[occurrence];
        return tasks.Sum(t =>
        {
            var overlap = Math.Min(t.End, end) - Math.Max(t.Start, start);
            return overlap <= 0 || t.End <= t.Start ? 0 : t.Cpu * overlap / (t.End - t.Start);
        }) / 1000;
    }

    /// <summary>The longest main-thread task (wall milliseconds) within a measure: how long the page could not answer.</summary>
    public double LongestTask(string name)
    {
        if (!measures.TryGetValue(name, out var list) || list.Count == 0) return double.NaN;
        var (start, end) = list[0];
        return tasks.Where(t => t.Start >= start && t.End <= end).Select(t => (t.End - t.Start) / 1000).DefaultIfEmpty(0).Max();
    }
}

internal sealed record Options(string Api, long Plan, string Username, string Password, int Runs, string? Out, string Chromium, double BudgetMs)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length) throw new ArgumentException($"{args[i]} needs a value.");
            values[args[i]] = args[i + 1];
        }
        string Get(string name, string? fallback = null) =>
            values.TryGetValue(name, out var v) ? v : fallback ?? throw new ArgumentException($"Give {name}.");
        var known = new HashSet<string> { "--api", "--plan", "--username", "--password", "--runs", "--out", "--chromium", "--budget-ms" };
        foreach (var name in values.Keys)
            if (!known.Contains(name)) throw new ArgumentException($"Unknown option {name}.");
        return new Options(
            Get("--api"),
            long.Parse(Get("--plan"), CultureInfo.InvariantCulture),
            Get("--username", "admin"),
            Get("--password"),
            int.Parse(Get("--runs", "7"), CultureInfo.InvariantCulture),
            values.GetValueOrDefault("--out"),
            Get("--chromium", Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } c ? c : "/usr/bin/chromium"),
            double.Parse(Get("--budget-ms", "150"), CultureInfo.InvariantCulture));
    }
}

// Builds one large plan through the tracker's API, as an import would, then reads its grid and summary back and writes
// what bench/grid.sh needs (plan id, sizes, timings) to a key=value file. Only HttpClient and System.Text.Json.
//
//   dotnet Generator.dll --api http://127.0.0.1:5000 --out plan.env [--username admin --password ...]
//                        [--recommendations 40] [--actions 10] [--reviews 24] [--people 20] [--parallel 6] [--seed 2026]
//                        [--probe-rounds 50]   (0: skip the timing of plan, summary and grid; bench/reports.sh does)

using System.Diagnostics;
using System.Globalization;
using ActionPlanTracker.Bench.Generator;

var options = Options.Parse(args);
using var api = new Api(new Uri(options.Api));
await api.WaitUntilUpAsync(TimeSpan.FromSeconds(60));
await api.SignInAsync(options.Username, options.Password
    ?? throw new ArgumentException("--password is required: every endpoint of the tracker needs a signed-in account."));
Console.WriteLine($"Signed in as {options.Username}; writing and reading with a personal API token");

if (options.ScorecardIndicators > 0)
{
    await ScorecardShape.RunAsync(api, options);
    return;
}

var plan = PlanShape.Create(options, DateOnly.FromDateTime(DateTime.UtcNow));
Console.WriteLine($"Generating: {plan.Recommendations.Count} recommendations x {options.Actions} actions x {plan.Reviews.Count} reviews, " +
                  $"{plan.People.Count} people, {options.Parallel} requests at a time");

var clock = Stopwatch.StartNew();
var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallel };
var requests = 0;

var personIds = new long[plan.People.Count];
await Parallel.ForEachAsync(Enumerable.Range(0, plan.People.Count), parallel, async (i, _) =>
{
    personIds[i] = await api.CreateAsync("/api/people", plan.People[i]);
    Interlocked.Increment(ref requests);
});

var planId = await api.CreateAsync("/api/plans", new
{
    title = $"Benchmark plan: {plan.Recommendations.Count} recommendations, scored by action",
    sourceType = "Ofsted ILACS inspection",
    sourceReportDate = "2024-11-15",
    overallJudgement = "Inadequate",
    status = "active",
    scaleId = 1, // the built-in "Progress 1 to 5" scale
    groupedByPriority = false,
    scoreLevel = "action",
});
requests++;

var recommendationIds = new long[plan.Recommendations.Count];
await Parallel.ForEachAsync(Enumerable.Range(0, plan.Recommendations.Count), parallel, async (i, _) =>
{
    var r = plan.Recommendations[i];
    recommendationIds[i] = await api.CreateAsync($"/api/plans/{planId}/recommendations", new
    {
        number = r.Number, text = r.Text, judgementArea = r.JudgementArea, sourceParagraphs = r.SourceParagraphs,
        deadlineText = r.DeadlineText, leadIds = r.Leads.Select(p => personIds[p]).ToList(), sortOrder = i + 1,
    });
    Interlocked.Increment(ref requests);
});

var actionIds = new long[plan.Actions.Count];
await Parallel.ForEachAsync(Enumerable.Range(0, plan.Actions.Count), parallel, async (i, _) =>
{
    var a = plan.Actions[i];
    actionIds[i] = await api.CreateAsync($"/api/plans/{planId}/actions", new
    {
        recommendationId = recommendationIds[a.Recommendation], code = a.Code, description = a.Description,
        sourceReference = a.SourceReference, leadId = personIds[a.Lead], responsibleOfficerId = personIds[a.Responsible],
        ownerIds = a.Owners.Select(p => personIds[p]).ToList(), deadlineText = a.DeadlineText, sortOrder = a.Position,
    });
    Interlocked.Increment(ref requests);
});

// Reviews one at a time: they are few, and creating them in date order keeps their ids in date order too.
var reviewIds = new long[plan.Reviews.Count];
for (var k = 0; k < plan.Reviews.Count; k++)
{
    reviewIds[k] = await api.CreateAsync($"/api/plans/{planId}/reviews",
        new { label = plan.Reviews[k].Label, reviewDate = plan.Reviews[k].Date, reviewer = "Improvement board" });
    requests++;
}

// Every review is open while it is scored (a closed review refuses scores and overrides); all but the last close afterwards.
var overrides = 0;
await Parallel.ForEachAsync(plan.Scores, parallel, async (s, _) =>
{
    var url = $"/api/plans/{planId}/reviews/{reviewIds[s.Review]}/scores/actions/{actionIds[s.Action]}";
    // Levels 4 and 5 of the progress scale mean complete, which needs evidence (and then waits for sign-off).
    var evidence = s.Level >= 4 ? $"Audit report and board minutes, {s.NarrativeDate}" : null;
    var etag = await api.PutAsync(url, new { level = s.Level, narrative = s.Narrative, recordedAs = s.RecordedAs, narrativeDate = s.NarrativeDate, evidence }, null);
    Interlocked.Increment(ref requests);
    if (s.Override is { } o)
    {
        await api.PutAsync(url + "/direction-override", new { direction = o.Direction, reason = o.Reason }, etag);
        Interlocked.Increment(ref requests);
        Interlocked.Increment(ref overrides);
    }
});

for (var k = 0; k < plan.Reviews.Count - 1; k++)
{
    await api.PutAsync($"/api/plans/{planId}/reviews/{reviewIds[k]}",
        new { label = plan.Reviews[k].Label, reviewDate = plan.Reviews[k].Date, reviewer = "Improvement board", status = "closed" }, "*");
    requests++;
}
var generation = clock.Elapsed;
Console.WriteLine($"Generated plan {planId} with {requests} requests in {generation.TotalSeconds:F1} s " +
                  $"({requests / generation.TotalSeconds:F0} writes/s)");

// Read it back: sizes, and a first look at where a grid request spends its time (one request at a time, after a warm-up).
var gridPath = $"/api/plans/{planId}/grid";
var summaryPath = $"/api/plans/{planId}/summary";
var planPath = $"/api/plans/{planId}";
var grid = await api.GetBytesAsync(gridPath);
var summary = await api.GetBytesAsync(summaryPath);
var counts = GridCounts.Of(grid);
Console.WriteLine($"Grid: {grid.Length:N0} bytes of JSON; {counts.Recommendations} recommendations, {counts.Actions} actions, " +
                  $"{counts.Scores} scores ({counts.NoScore} recorded as no score), {counts.Overrides} overrides; summary: {summary.Length:N0} bytes");

// Round-robin, so all three see the same machine, after enough rounds that tiered compilation has optimised the shared code.
var probes = new[] { ("plan", planPath), ("summary", summaryPath), ("grid", gridPath) };
var samples = probes.ToDictionary(p => p.Item1, _ => new List<double>());
for (var round = 0; round < options.ProbeRounds; round++)
{
    foreach (var (name, path) in probes)
    {
        var one = Stopwatch.StartNew();
        await api.GetBytesAsync(path);
        if (round >= options.ProbeRounds / 2) samples[name].Add(one.Elapsed.TotalMilliseconds);
    }
}
var timings = samples.ToDictionary(s => s.Key, s => s.Value.Count == 0 ? double.NaN : s.Value.Order().ElementAt(s.Value.Count / 2));
if (options.ProbeRounds > 1)
{
    var measured = options.ProbeRounds - options.ProbeRounds / 2;
    Console.WriteLine($"One request at a time, median of {measured} after {options.ProbeRounds / 2} warm-up rounds: GET plan {timings["plan"]:F1} ms, " +
                      $"summary {timings["summary"]:F1} ms, grid {timings["grid"]:F1} ms");
    Console.WriteLine($"  summary - plan = {timings["summary"] - timings["plan"]:F1} ms: reading every row of the plan (one batch of SELECTs) and analysing it");
    Console.WriteLine($"  grid - summary = {timings["grid"] - timings["summary"]:F1} ms: roughly, serialising and sending the {grid.Length / 1024:N0} KiB grid " +
                      $"instead of the {summary.Length / 1024:N0} KiB summary");
}

var results = new Dictionary<string, string>
{
    ["plan_id"] = planId.ToString(CultureInfo.InvariantCulture),
    ["grid_path"] = gridPath,
    ["summary_path"] = summaryPath,
    ["report_path"] = $"/api/plans/{planId}/report",
    ["people"] = plan.People.Count.ToString(CultureInfo.InvariantCulture),
    ["recommendations"] = counts.Recommendations.ToString(CultureInfo.InvariantCulture),
    ["actions"] = counts.Actions.ToString(CultureInfo.InvariantCulture),
    ["reviews"] = plan.Reviews.Count.ToString(CultureInfo.InvariantCulture),
    ["scores"] = counts.Scores.ToString(CultureInfo.InvariantCulture),
    ["no_score"] = counts.NoScore.ToString(CultureInfo.InvariantCulture),
    ["missing"] = (plan.Actions.Count * plan.Reviews.Count - counts.Scores).ToString(CultureInfo.InvariantCulture),
    ["overrides"] = counts.Overrides.ToString(CultureInfo.InvariantCulture),
    ["grid_bytes"] = grid.Length.ToString(CultureInfo.InvariantCulture),
    ["summary_bytes"] = summary.Length.ToString(CultureInfo.InvariantCulture),
    ["write_requests"] = requests.ToString(CultureInfo.InvariantCulture),
    ["generation_seconds"] = generation.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
    ["plan_ms"] = timings["plan"].ToString("F1", CultureInfo.InvariantCulture),
    ["summary_ms"] = timings["summary"].ToString("F1", CultureInfo.InvariantCulture),
    ["grid_ms"] = timings["grid"].ToString("F1", CultureInfo.InvariantCulture),
};
// The header goes last and only when needed; bench/grid.sh keeps it out of the results folder.
// Every read (curl, wrk, the baseline's copy) sends the same token.
results["read_header"] = $"Authorization: Bearer {api.Token}";
if (options.Out is { } outPath)
    await File.WriteAllLinesAsync(outPath, results.Select(kv => $"{kv.Key}={kv.Value}"));

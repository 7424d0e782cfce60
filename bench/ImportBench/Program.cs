using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ActionPlanTracker.Bench.Generator;
using ActionPlanTracker.Bench.ImportBench;

// bench/import.sh runs this against a tracker it started on a fresh database:
//   ImportBench --api http://127.0.0.1:port --username admin --password ... [--rows 2000] [--reviews 24] [--runs 3]
// Each run writes a new workbook (its own title, so its SHA-256 differs and the commit is never "already imported"),
// then times, from the client, the upload that answers with the dry run (the preview), a second read of the same
// preview (GET: the file read again and reinterpreted, nothing cached) and the commit.
var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--")).ToDictionary(p => p.a[2..], p => args[p.i + 1]);
string Option(string name, string fallback) => options.TryGetValue(name, out var v) ? v : fallback;
var api = new Uri(Option("api", "http://127.0.0.1:5000"));
var rows = int.Parse(Option("rows", "2000"));
var reviews = int.Parse(Option("reviews", "24"));
var runs = int.Parse(Option("runs", "3"));

using var signIn = new Api(api);
await signIn.WaitUntilUpAsync(TimeSpan.FromSeconds(60));
await signIn.SignInAsync(Option("username", "admin"), Option("password", ""));
using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(5) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", signIn.Token);

Console.WriteLine("run\tfile_bytes\tpreview_ms\treread_ms\tcommit_ms\tmeasures\tscores\tfindings");
for (var run = 1; run <= runs + 1; run++)
{
    // Run 0 (printed as "warm-up") pays for the JIT and the first SQLite pages, as the first import after a restart would.
    var file = BenchWorkbook.Write($"Development plan 2026 to 2028, bench run {run} {Guid.NewGuid():N}", rows, reviews);

    var clock = Stopwatch.StartNew();
    using var form = new MultipartFormDataContent();
    var part = new ByteArrayContent(file);
    part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    form.Add(part, "file", "development-plan.xlsx");
    using var upload = await http.PostAsync("/api/imports", form);
    var uploaded = await Read(upload, "upload");
    var previewMs = clock.Elapsed.TotalMilliseconds;

    var id = uploaded.GetProperty("id").GetInt64();
    clock.Restart();
    using var reread = await http.GetAsync($"/api/imports/{id}");
    var again = await Read(reread, "read again");
    var rereadMs = clock.Elapsed.TotalMilliseconds;

    var counts = again.GetProperty("dryRun").GetProperty("counts");
    var findings = again.GetProperty("dryRun").GetProperty("findings").GetArrayLength();
    if (!again.GetProperty("dryRun").GetProperty("canCommit").GetBoolean())
        throw new InvalidOperationException($"The bench workbook has blocking findings: {again.GetProperty("dryRun").GetProperty("findings")}");

    clock.Restart();
    using var commit = new HttpRequestMessage(HttpMethod.Post, $"/api/imports/{id}/commit")
        { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
    commit.Headers.TryAddWithoutValidation("If-Match", $"\"{again.GetProperty("version").GetInt32()}\"");
    using var committed = await http.SendAsync(commit);
    await Read(committed, "commit");
    var commitMs = clock.Elapsed.TotalMilliseconds;

    Console.WriteLine($"{(run == 1 ? "warm-up" : (run - 1).ToString())}\t{file.Length}\t{previewMs:F0}\t{rereadMs:F0}\t{commitMs:F0}\t" +
                      $"{counts.GetProperty("measures").GetInt32()}\t{counts.GetProperty("scores").GetInt32()}\t{findings}");
}

static async Task<JsonElement> Read(HttpResponseMessage response, string what)
{
    var text = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode)
        throw new HttpRequestException($"{what} answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 2000)]}");
    return JsonDocument.Parse(text).RootElement.Clone();
}

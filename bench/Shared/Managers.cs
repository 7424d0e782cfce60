// Shared by the load clients (bench/Flood, bench/Mixed): HTTP clients, signing in as the SPA does, managers made for a
// plan's actions, one score save as a manager makes it, and the percentile rows the clients print. Compiled into each
// client (see their .csproj), so they stay single executables with no shared project to build.

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ActionPlanTracker.Bench;

/// <summary>A manager's signed-in browser and the actions whose scores it saves (actions its person leads or owns).</summary>
public sealed record Saver(HttpClient Browser, IReadOnlyList<long> Actions);

/// <summary>Signs in, arranges managers for a plan's open review, and saves scores as the SPA does.</summary>
public sealed class Managers
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<long, string> etags = new();

    private Managers(long planId, long reviewId, List<Saver> savers, List<string> names) =>
        (PlanId, ReviewId, Savers, Usernames) = (planId, reviewId, savers, names);

    public long PlanId { get; }
    /// <summary>The plan's latest open review, whose scores are saved.</summary>
    public long ReviewId { get; }
    public IReadOnlyList<Saver> Savers { get; }
    public IReadOnlyList<string> Usernames { get; }

    public static HttpClient Client(Uri api, bool cookies) =>
        new(new SocketsHttpHandler { UseCookies = cookies, CookieContainer = new CookieContainer(), MaxConnectionsPerServer = 1000 })
            { BaseAddress = api, Timeout = TimeSpan.FromSeconds(120) };

    /// <summary>A browser signed in as the SPA is: a cookie session, and X-CSRF-TOKEN from the sign-in's answer on every request.</summary>
    public static async Task<HttpClient> SignInAsync(Uri api, string username, string password)
    {
        var browser = Client(api, cookies: true);
        var response = await browser.PostAsJsonAsync("/api/session", new { username, password }, Json);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Signing in as {username}: {(int)response.StatusCode} {text}");
        browser.DefaultRequestHeaders.Add("X-CSRF-TOKEN", JsonDocument.Parse(text).RootElement.GetProperty("antiforgeryToken").GetString());
        return browser;
    }

    /// <summary>
    /// Up to <paramref name="count"/> manager accounts, made by the administrator, each the person who leads the most
    /// of the remaining actions, signed in; and the plan's open review. <paramref name="reader"/> reads with a token.
    /// </summary>
    public static async Task<Managers> ArrangeAsync(Uri api, HttpClient reader, string adminPassword, long planId, int count)
    {
        var admin = await SignInAsync(api, "admin", adminPassword);
        var reviewId = JsonDocument.Parse(await reader.GetStringAsync($"/api/plans/{planId}/reviews")).RootElement.EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() == "open").Select(r => r.GetProperty("id").GetInt64()).Last();
        var actions = JsonDocument.Parse(await reader.GetStringAsync($"/api/plans/{planId}/actions")).RootElement.EnumerateArray()
            .Select(a => (Id: a.GetProperty("id").GetInt64(),
                People: a.GetProperty("leads").EnumerateArray().Concat(a.GetProperty("owners").EnumerateArray()).Select(p => p.GetProperty("id").GetInt64()).ToList()))
            .Where(a => a.People.Count > 0)
            .Select(a => (a.Id, Lead: a.People[0])) // a manager's items are those their person leads or owns
            .ToList();
        if (actions.Count == 0) throw new InvalidOperationException("No action of the plan has a lead or owner for a manager to act as.");
        var names = new List<string>();
        var savers = new List<Saver>();
        foreach (var lead in actions.GroupBy(a => a.Lead).OrderByDescending(g => g.Count()).Take(count))
        {
            var username = $"manager.{Guid.NewGuid():N}"[..20] + "@bench.example";
            const string password = "bench manager passphrase";
            var created = await admin.PostAsJsonAsync("/api/users", new { username, displayName = $"Bench manager {lead.Key}", role = "manager", personId = lead.Key, password }, Json);
            if (!created.IsSuccessStatusCode) throw new InvalidOperationException($"Creating {username}: {await created.Content.ReadAsStringAsync()}");
            names.Add(username);
            savers.Add(new Saver(await SignInAsync(api, username, password), lead.Select(a => a.Id).ToList()));
        }
        return new Managers(planId, reviewId, savers, names);
    }

    /// <summary>
    /// The <paramref name="n"/>th save of <paramref name="saver"/>: the next of its actions' scores in the open review,
    /// PUT with If-Match (the ETag of the last save of that score, or read first, untimed, as the SPA does). The save's
    /// time goes to <paramref name="saves"/>, a failure's status or exception to <paramref name="failures"/>.
    /// </summary>
    public async Task SaveAsync(Saver saver, int n, string phase, ConcurrentBag<double> saves, ConcurrentBag<string> failures)
    {
        var actionId = saver.Actions[n % saver.Actions.Count];
        var url = $"/api/plans/{PlanId}/reviews/{ReviewId}/scores/actions/{actionId}";
        using var request = new HttpRequestMessage(HttpMethod.Put, url)
            { Content = JsonContent.Create(new { level = 1 + n % 3, narrative = $"Update {n} during {phase}" }, options: Json) };
        try
        {
            if (!etags.ContainsKey(actionId))
            {
                // As the SPA does: read the score first for its ETag (not timed); a score not yet recorded has none.
                using var current = await saver.Browser.GetAsync(url);
                if (current.Headers.ETag is { } e0) etags[actionId] = e0.ToString();
            }
            if (etags.TryGetValue(actionId, out var etag)) request.Headers.TryAddWithoutValidation("If-Match", etag);
            var started = Stopwatch.GetTimestamp();
            using var response = await saver.Browser.SendAsync(request);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.IsSuccessStatusCode) { saves.Add(ms); if (response.Headers.ETag is { } e) etags[actionId] = e.ToString(); }
            else { failures.Add($"{(int)response.StatusCode}"); etags.TryRemove(actionId, out _); }
        }
        catch (Exception e) { failures.Add(e.GetType().Name); }
    }

    /// <summary>
    /// One tab-separated row: phase, measure, count, failures, per second, p50, p99 and max in ms, and the failures by
    /// kind ("-" when none). Percentiles are nearest-rank over every timed request.
    /// </summary>
    public static string Row(string phase, string measure, IEnumerable<double> ok, IEnumerable<string> failed, double seconds)
    {
        var sorted = ok.Order().ToArray();
        double At(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1))];
        var failures = failed.ToList();
        var detail = string.Join(",", failures.GroupBy(f => f).Select(g => $"{g.Key}x{g.Count()}"));
        static string F(double v) => v.ToString("F1", CultureInfo.InvariantCulture);
        return string.Join('\t', phase, measure, sorted.Length, failures.Count, F(sorted.Length / seconds),
            F(At(0.5)), F(At(0.99)), F(sorted.Length == 0 ? double.NaN : sorted[^1]), detail.Length == 0 ? "-" : detail);
    }
}

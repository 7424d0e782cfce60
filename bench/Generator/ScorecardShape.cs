using System.Diagnostics;
using System.Globalization;

namespace ActionPlanTracker.Bench.Generator;

/// <summary>
/// bench/scorecard.sh's plan: one plan with only a scorecard, N indicators of every unit, polarity and year-to-date rule,
/// a target and tolerance for each year, and M months of values ending last month (every 17th a state, every 29th a real 0),
/// saved a period at a time through PUT /api/plans/{id}/indicator-values/{period} as the web app saves them.
/// </summary>
public static class ScorecardShape
{
    private static readonly (string Unit, string Polarity, string Rule, int Places, double Base)[] Kinds =
    [
        ("percentage", "higher-is-better", "average", 1, 80), ("number", "lower-is-better", "sum", 0, 40),
        ("rate-per-10000", "neither", "latest", 1, 45), ("days", "lower-is-better", "average", 1, 20), ("ratio", "higher-is-better", "latest", 2, 1.2),
    ];

    public static async Task RunAsync(Api api, Options options)
    {
        var clock = Stopwatch.StartNew();
        var requests = 0;
        var random = new Random(options.Seed);
        var planId = await api.CreateAsync("/api/plans", new
        {
            title = $"Benchmark scorecard: {options.ScorecardIndicators} indicators x {options.ScorecardMonths} months",
            sourceType = "Ofsted ILACS inspection", status = "active", scaleId = 1, groupedByPriority = false, scoreLevel = "action",
        });
        requests++;
        var ids = new long[options.ScorecardIndicators];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallel };
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Length), parallel, async (i, _) =>
        {
            var kind = Kinds[i % Kinds.Length];
            ids[i] = await api.CreateAsync($"/api/plans/{planId}/indicators", new
            {
                reference = $"KPI{i + 1:D3}", name = $"Benchmark indicator {i + 1} ({kind.Unit}, {kind.Polarity})", unit = kind.Unit,
                decimalPlaces = kind.Places, polarity = kind.Polarity, frequency = "monthly", ytdRule = kind.Rule,
                definition = "Generated for bench/scorecard.sh", dataSource = "Benchmark", position = i + 1,
            });
            Interlocked.Increment(ref requests);
        });

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var last = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var months = Enumerable.Range(0, options.ScorecardMonths).Select(k => last.AddMonths(k - options.ScorecardMonths + 1)).ToList();
        var years = months.Select(m => m.Month >= 4 ? m.Year : m.Year - 1).Distinct().ToList();
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Length), parallel, async (i, _) =>
        {
            var kind = Kinds[i % Kinds.Length];
            foreach (var year in years)
            {
                await api.PutAsync($"/api/plans/{planId}/indicators/{ids[i]}/years/{year}",
                    new { baseline = kind.Base, target = kind.Base * 1.05, targetText = "5% better than last year", tolerance = kind.Base * 0.02 }, null);
                Interlocked.Increment(ref requests);
            }
        });

        foreach (var month in months)
        {
            var values = ids.Select((id, i) =>
            {
                var kind = Kinds[i % Kinds.Length];
                var n = i * 31 + month.Month * 7 + month.Year;
                if (n % 17 == 0) return (object)new { indicatorId = id, state = "being-collated" };
                var value = n % 29 == 0 ? 0 : Math.Round(kind.Base * (0.85 + random.NextDouble() * 0.25), kind.Places);
                if (kind.Unit == "percentage") value = Math.Min(value, 100);
                return new { indicatorId = id, value, state = "value" };
            }).ToList();
            await api.PutAsync($"/api/plans/{planId}/indicator-values/{month:yyyy-MM}", new { values }, null);
            requests++;
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var path = $"/api/plans/{planId}/scorecard";
        var bytes = await api.GetBytesAsync(path);
        Console.WriteLine($"Scorecard: {ids.Length} indicators x {months.Count} months in {requests} requests, {seconds:F1} s; {bytes.Length:N0} bytes of JSON");
        if (options.Out is { } file)
            await File.WriteAllLinesAsync(file,
            [
                $"plan_id={planId}", $"scorecard_path={path}", $"indicators={ids.Length}", $"months={months.Count}",
                $"scorecard_bytes={bytes.Length}", $"write_requests={requests}",
                $"generation_seconds={seconds.ToString("F1", CultureInfo.InvariantCulture)}",
                $"read_header=Authorization: Bearer {api.Token}",
            ]);
    }
}

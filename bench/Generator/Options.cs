using System.Globalization;

namespace ActionPlanTracker.Bench.Generator;

/// <summary>Command-line options; the defaults are the plan size docs/benchmarks.md reports.</summary>
public sealed record Options
{
    /// <summary>The tracker's base URL.</summary>
    public string Api { get; private init; } = "";
    /// <summary>Where to write the key=value results for bench/grid.sh; nothing is written when absent.</summary>
    public string? Out { get; private init; }
    /// <summary>The account to sign in as; the generator writes and reads with a personal API token of that account.</summary>
    public string Username { get; private init; } = "admin";
    public string? Password { get; private init; }
    public int Recommendations { get; private init; } = 40;
    /// <summary>Actions under each recommendation.</summary>
    public int Actions { get; private init; } = 10;
    public int Reviews { get; private init; } = 24;
    public int People { get; private init; } = 20;
    /// <summary>Writes in flight at once. SQLite takes one writer at a time, so more than a few only queue in the server.</summary>
    public int Parallel { get; private init; } = 6;
    /// <summary>Seed of the random choices, so every run builds the same plan.</summary>
    public int Seed { get; private init; } = 2026;
    /// <summary>
    /// Rounds of the one-request-at-a-time timing of plan, summary and grid after generating (half of them warm-up).
    /// 0 skips it: bench/reports.sh times the reports instead, and on a 2,000-item plan 50 rounds of its 30 MB grid take minutes.
    /// </summary>
    public int ProbeRounds { get; private init; } = 50;

    /// <summary>More than 0: build only a scorecard of this many indicators (bench/scorecard.sh) instead of the action plan.</summary>
    public int ScorecardIndicators { get; private init; }
    /// <summary>Months of values per scorecard indicator, ending with last month.</summary>
    public int ScorecardMonths { get; private init; } = 36;

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--api" => options with { Api = value },
                "--out" => options with { Out = value },
                "--username" => options with { Username = value },
                "--password" => options with { Password = value },
                "--recommendations" => options with { Recommendations = Count(args[i], value, 1, 999) },
                "--actions" => options with { Actions = Count(args[i], value, 1, 26) },
                "--reviews" => options with { Reviews = Count(args[i], value, 1, 120) },
                "--people" => options with { People = Count(args[i], value, 3, 1000) },
                "--parallel" => options with { Parallel = Count(args[i], value, 1, 64) },
                "--seed" => options with { Seed = Count(args[i], value, 0, int.MaxValue) },
                "--scorecard-indicators" => options with { ScorecardIndicators = Count(args[i], value, 0, 500) },
                "--scorecard-months" => options with { ScorecardMonths = Count(args[i], value, 1, 120) },
                "--probe-rounds" => options with { ProbeRounds = Count(args[i], value, 0, 1000) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            i++;
        }
        if (options.Api.Length == 0) throw new ArgumentException("Give --api, the tracker's base URL.");
        return options;
    }

    private static int Count(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}.");
}

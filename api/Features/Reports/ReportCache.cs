using ActionPlanTracker.Features.Common;

namespace ActionPlanTracker.Features.Reports;

/// <summary>
/// The report model (<see cref="ReportResponse"/> before it is stamped with the time it is made) of each plan, review and
/// asOf date, built once per version of the plan (plan_versions, db/0027: bumped in the same transaction as every write
/// to anything the plan's snapshot reads, so a report changes as soon as a score is saved) and per "today". Every format
/// — the print view's JSON, Word, Excel, CSV — starts from it, so a second download of an unchanged plan skips reading
/// and analysing every score (0.3–0.4 s of a core on 2,000 items × 24 reviews) and pays only for writing its file.
/// <para>
/// Readers that miss at the same time wait on one build, as <see cref="Grid.ReadCache"/>'s do. The key leaves the version
/// out, so a newer version replaces the older one's entry; at most <see cref="Capacity"/> entries are kept (the least
/// recently used goes first) and an entry nobody asked for in <see cref="Idle"/> is dropped at the next request, so a
/// report asked for once a month does not hold its memory for the rest of it.
/// </para>
/// </summary>
public sealed class ReportCache(TimeProvider time)
{
    /// <summary>How many reports are kept: enough for the plans a board meeting looks at, each at a review or two.</summary>
    public const int Capacity = 8;

    /// <summary>How long a report nobody asks for is kept.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(15);

    /// <summary>Which report: the plan, the review asked for (null: the current one) and the asOf date (null: today).</summary>
    public readonly record struct Key(long PlanId, long? ReviewId, DateOnly? AsOf);

    /// <summary>A built report, or the refusal (status, field, message) every waiting request answers with; refusals are not kept.</summary>
    public sealed record Built(ReportResponse? Report, long Version, (int Status, string Field, string Message)? Refusal)
    {
        public static Built Of(ReportResponse report, long version) => new(report, version, null);
        public static Built Refused(int status, string field, string message) => new(null, 0, (status, field, message));
    }

    private readonly SingleFlight<Key, Built> flights = new(b => b.Version, b => b.Refusal is null);

    /// <summary>How many builds have started since the process began.</summary>
    public long Builds => flights.Builds;

    /// <summary>How many reports are kept now (finished or being built).</summary>
    public int Count => flights.Count;

    /// <summary>How many requests are waiting on the build in progress for <paramref name="key"/> (0 when none is in progress).</summary>
    public int WaitingOn(Key key) => flights.WaitingOn(key);

    /// <summary>
    /// A test hook: awaited at the start of every build with the key being built, before anything is read. Null in production.
    /// </summary>
    public Func<Key, Task>? BuildStarting { get => flights.BuildStarting; set => flights.BuildStarting = value; }

    /// <summary>
    /// The report for <paramref name="key"/> at <paramref name="version"/> (or newer) and <paramref name="today"/>, built
    /// with <paramref name="build"/> when none is kept; concurrent callers share one build (<see cref="SingleFlight{TKey,T}"/>).
    /// A build that refuses or fails is handed to the callers waiting on it and not kept.
    /// </summary>
    public async Task<Built> GetAsync(Key key, long version, DateOnly today, Func<Task<Built>> build)
    {
        var now = time.GetTimestamp();
        Sweep(now);
        while (true)
        {
            flights.TryGet(key, out var current);
            if (current is not null && current.Today == today && Volatile.Read(ref current.Version) >= version)
            {
                Volatile.Write(ref current.LastUsed, now);
                return await current.WaitAsync();
            }

            var mine = flights.TryStart(key, current, new Flight<Built>(version, today, now), build);
            if (mine is null) continue;
            Trim(key);
            return await mine.Done.Task;
        }
    }

    // Entries nobody asked for in Idle go (a build in progress is never idle: it was asked for just now).
    private void Sweep(long now)
    {
        foreach (var (key, flight) in flights.All)
            if (time.GetElapsedTime(Volatile.Read(ref flight.LastUsed), now) > Idle)
                flights.Remove(key, flight);
    }

    // Over capacity, the least recently used entries other than the one just added go.
    private void Trim(Key added)
    {
        while (flights.Count > Capacity)
        {
            var oldest = flights.All.Where(e => !e.Key.Equals(added)).OrderBy(e => Volatile.Read(ref e.Value.LastUsed)).FirstOrDefault();
            if (oldest.Value is null || !flights.Remove(oldest.Key, oldest.Value)) return;
        }
    }
}

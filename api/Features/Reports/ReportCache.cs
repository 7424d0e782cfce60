using System.Collections.Concurrent;

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

    private sealed class Entry(long version, DateOnly today, long now)
    {
        /// <summary>The version asked for when the build started; once built, the version the snapshot was read at (never lower).</summary>
        public long Version = version;
        public DateOnly Today { get; } = today;
        public long LastUsed = now;
        public TaskCompletionSource<Built> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Waiting;
    }

    private readonly ConcurrentDictionary<Key, Entry> entries = new();
    private long builds;

    /// <summary>How many builds have started since the process began.</summary>
    public long Builds => Interlocked.Read(ref builds);

    /// <summary>How many reports are kept now (finished or being built).</summary>
    public int Count => entries.Count;

    /// <summary>How many requests are waiting on the build in progress for <paramref name="key"/> (0 when none is in progress).</summary>
    public int WaitingOn(Key key) =>
        entries.TryGetValue(key, out var entry) && !entry.Done.Task.IsCompleted ? Volatile.Read(ref entry.Waiting) : 0;

    /// <summary>
    /// A test hook: awaited at the start of every build with the key being built, before anything is read. Null in production.
    /// </summary>
    public Func<Key, Task>? BuildStarting { get; set; }

    /// <summary>
    /// The report for <paramref name="key"/> at <paramref name="version"/> (or newer) and <paramref name="today"/>, built
    /// with <paramref name="build"/> when none is kept; concurrent callers share one build. A build that refuses or fails
    /// is handed to the callers waiting on it and not kept.
    /// </summary>
    public async Task<Built> GetAsync(Key key, long version, DateOnly today, Func<Task<Built>> build)
    {
        var now = time.GetTimestamp();
        Sweep(now);
        while (true)
        {
            if (entries.TryGetValue(key, out var current) && current.Today == today && Volatile.Read(ref current.Version) >= version)
            {
                Volatile.Write(ref current.LastUsed, now);
                if (current.Done.Task.IsCompleted) return await current.Done.Task;
                Interlocked.Increment(ref current.Waiting);
                try { return await current.Done.Task; }
                finally { Interlocked.Decrement(ref current.Waiting); }
            }

            var mine = new Entry(version, today, now);
            var won = current is null ? entries.TryAdd(key, mine) : entries.TryUpdate(key, mine, current);
            if (!won) continue;
            Trim(key);

            Interlocked.Increment(ref builds);
            try
            {
                if (BuildStarting is { } hook) await hook(key);
                var built = await build();
                if (built.Refusal is null) Volatile.Write(ref mine.Version, Math.Max(version, built.Version));
                else entries.TryRemove(KeyValuePair.Create(key, mine));
                mine.Done.SetResult(built);
                return built;
            }
            catch (Exception e)
            {
                entries.TryRemove(KeyValuePair.Create(key, mine));
                mine.Done.SetException(e);
                // Nobody may be waiting; observe the exception so it is not reported as unobserved.
                _ = mine.Done.Task.Exception;
                throw;
            }
        }
    }

    // Entries nobody asked for in Idle go (a build in progress is never idle: it was asked for just now).
    private void Sweep(long now)
    {
        foreach (var (key, entry) in entries)
            if (time.GetElapsedTime(Volatile.Read(ref entry.LastUsed), now) > Idle)
                entries.TryRemove(KeyValuePair.Create(key, entry));
    }

    // Over capacity, the least recently used entries other than the one just added go.
    private void Trim(Key added)
    {
        while (entries.Count > Capacity)
        {
            var oldest = entries.Where(e => !e.Key.Equals(added)).OrderBy(e => Volatile.Read(ref e.Value.LastUsed)).FirstOrDefault();
            if (oldest.Value is null || !entries.TryRemove(oldest)) return;
        }
    }
}

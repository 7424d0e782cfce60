using System.Collections.Concurrent;

namespace ActionPlanTracker.Features.Common;

/// <summary>
/// One build per key at a time, shared by every caller that needs it: the mechanism under the grid's and summary's
/// <see cref="Grid.ReadCache"/> and the reports' <see cref="Reports.ReportCache"/>. Each key holds one
/// <see cref="Flight{T}"/>, the build in progress or the value it built; a newer version's flight replaces the older
/// one's, so old values go as soon as a newer one is asked for. What may be served from a flight (its version, its day,
/// a previous value) is the caches' business; this class only starts builds and keeps their outcome.
/// </summary>
public sealed class SingleFlight<TKey, T>(Func<T, long> versionOf, Func<T, bool> keep) where TKey : notnull where T : class
{
    private readonly ConcurrentDictionary<TKey, Flight<T>> flights = new();
    private long builds;

    /// <summary>How many builds have started since the process began.</summary>
    public long Builds => Interlocked.Read(ref builds);

    /// <summary>How many flights are kept now (finished or being built).</summary>
    public int Count => flights.Count;

    /// <summary>Every kept flight, for sweeping and trimming.</summary>
    public IEnumerable<KeyValuePair<TKey, Flight<T>>> All => flights;

    /// <summary>
    /// A test hook: awaited at the start of every build with the key being built, before anything is read. Tests hold a
    /// build here to prove that callers arriving meanwhile wait on it (or are served the previous value) rather than build again.
    /// Null in production.
    /// </summary>
    public Func<TKey, Task>? BuildStarting { get; set; }

    public bool TryGet(TKey key, out Flight<T> flight) => flights.TryGetValue(key, out flight!);

    /// <summary>How many callers are waiting on the build in progress for <paramref name="key"/> (0 when none is in progress).</summary>
    public int WaitingOn(TKey key) =>
        flights.TryGetValue(key, out var flight) && !flight.Done.Task.IsCompleted ? Volatile.Read(ref flight.Waiting) : 0;

    /// <summary>Drops <paramref name="flight"/> if it is still the one kept for <paramref name="key"/>.</summary>
    public bool Remove(TKey key, Flight<T> flight) => flights.TryRemove(KeyValuePair.Create(key, flight));

    /// <summary>
    /// Starts building <paramref name="key"/> at <paramref name="version"/> in place of <paramref name="current"/> (null:
    /// nothing kept), or returns null when another caller replaced it first (look again). The build runs on its own: its
    /// caller awaits <see cref="Flight{T}.Done"/> like everyone else, or does not wait at all. A build that refuses
    /// (<c>keep</c> is false) or fails is handed to whoever awaits it and not kept.
    /// </summary>
    public Flight<T>? TryStart(TKey key, Flight<T>? current, Flight<T> mine, Func<Task<T>> build)
    {
        var won = current is null ? flights.TryAdd(key, mine) : flights.TryUpdate(key, mine, current);
        if (!won) return null;
        Interlocked.Increment(ref builds);
        _ = RunAsync(key, mine, build);
        return mine;
    }

    private async Task RunAsync(TKey key, Flight<T> mine, Func<Task<T>> build)
    {
        var asked = Volatile.Read(ref mine.Version);
        try
        {
            if (BuildStarting is { } hook) await hook(key);
            var value = await build();
            if (keep(value)) Volatile.Write(ref mine.Version, Math.Max(asked, versionOf(value)));
            else flights.TryRemove(KeyValuePair.Create(key, mine));
            mine.Done.SetResult(value);
        }
        catch (Exception e)
        {
            flights.TryRemove(KeyValuePair.Create(key, mine));
            mine.Done.SetException(e);
            // Nobody may be waiting; observe the exception so it is not reported as unobserved.
            _ = mine.Done.Task.Exception;
        }
    }
}

/// <summary>One build of one key: in progress until <see cref="Done"/> completes, then the value it built.</summary>
public sealed class Flight<T>(long version, DateOnly today, long now)
{
    /// <summary>The version asked for when the build started; once built, the version the value was read at (never lower).</summary>
    public long Version = version;
    public DateOnly Today { get; } = today;
    /// <summary>When the build started (a <see cref="TimeProvider"/> timestamp), before anything was read.</summary>
    public long Started { get; } = now;
    /// <summary>When the value was last asked for (a timestamp), for caches that drop what nobody asks for.</summary>
    public long LastUsed = now;
    public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int Waiting;

    /// <summary>Anything the cache keeps beside the build (the grid keeps the previous version it may serve meanwhile).</summary>
    public object? State { get; init; }

    public bool Built => Done.Task.IsCompletedSuccessfully;

    /// <summary>The outcome, counted among the waiters while the build is in progress.</summary>
    public async Task<T> WaitAsync()
    {
        if (Done.Task.IsCompleted) return await Done.Task;
        Interlocked.Increment(ref Waiting);
        try { return await Done.Task; }
        finally { Interlocked.Decrement(ref Waiting); }
    }

    /// <summary>Waits for the build to end, whatever its outcome (its failure is its own callers' business).</summary>
    public async Task EndedAsync()
    {
        Interlocked.Increment(ref Waiting);
        try { await ((Task)Done.Task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); }
        finally { Interlocked.Decrement(ref Waiting); }
    }
}

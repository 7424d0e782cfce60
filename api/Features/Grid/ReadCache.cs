using System.Buffers;
using System.IO.Compression;
using ActionPlanTracker.Features.Common;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Grid;

/// <summary>
/// The grid and summary of each plan as sent, built once per version of the plan and compressed at most once per
/// encoding. A plan's version is its row in plan_versions (db/0027), which triggers bump in the same transaction as
/// every write to something the grid or summary shows, so a read compares it (one primary-key lookup) instead of reading
/// and analysing every score of the plan again; writes to other plans, sign-ins and token bookkeeping leave it alone.
/// "Today" is part of the key too, because overdue and due soon change at midnight.
/// <para>
/// One build per key at a time (<see cref="SingleFlight{TKey,T}"/>): the first reader that misses starts it, and an
/// entry is replaced by the next version's, so old versions are dropped as soon as a newer one is built. While the next
/// version builds, a reader is served the previous version's bytes at once (stale while revalidating, issue 14) when
/// all three hold: a build of a newer version is in progress (or this reader just started it), the previous bytes were
/// read from the database less than <see cref="StaleLimit"/> ago, and the reader wrote nothing since that read started
/// (<see cref="Writers"/>: a saved score shows in the saver's next read). Otherwise the reader waits for the build. A
/// reader of a newer version that finds an older one still building and may not be served the previous bytes waits for
/// that build to end before starting its own, so each plan has at most one build in progress.
/// </para>
/// </summary>
public sealed class ReadCache(TimeProvider? time = null, Writers? writers = null)
{
    /// <summary>The plan's version, or nothing when there is no such plan (a plan's row comes and goes with it).</summary>
    public const string VersionSql = "SELECT version FROM plan_versions WHERE plan_id = @planId";

    /// <summary>
    /// Brotli quality for the kept bytes. Measured on the 400 × 24 bench grid (7.2 MB of JSON, a busy 2-core box):
    /// quality 4 gives 268 KB in 148 ms, 5 gives 228 KB in 173 ms, 6 gives 215 KB in 289 ms, 11 gives 166 KB in 18 s;
    /// gzip's Optimal gives 376 KB in 94 ms. Each version is compressed once, so 5 is worth its extra 25 ms over 4;
    /// beyond it the time grows faster than the bytes shrink. See docs/benchmarks.md.
    /// </summary>
    public const int BrotliQuality = 5;

    /// <summary>Brotli's default window (2^22 bytes).</summary>
    private const int BrotliWindow = 22;

    /// <summary>
    /// How old (since its snapshot was read) the previous version may be and still be served while the next builds. Ten
    /// seconds: longer than a build of the 400 × 24 bench grid takes even on a loaded 2-core box (0.4-0.6 s alone, a few
    /// seconds at worst under the mixed load), so readers do not fall back to waiting while saves keep coming; short next
    /// to a board meeting's pace, where the person who saved sees their own score at once anyway.
    /// </summary>
    public static readonly TimeSpan DefaultStaleLimit = TimeSpan.FromSeconds(10);

    public TimeSpan StaleLimit { get; set; } = DefaultStaleLimit;

    /// <summary>What is kept: which view (grid or summary) of which plan, and for the summary which review (null: the current one).</summary>
    public readonly record struct Key(string View, long PlanId, long? ReviewId);

    /// <summary>A built version that may be served while the next builds: its bytes, when and at which write its build started.</summary>
    private sealed record Previous(Kept Kept, long Started, long Sequence);

    /// <summary>Kept beside each flight: the write sequence when its build started, and the previous version (until this one is built).</summary>
    private sealed class Beside(long sequence, Previous? previous)
    {
        public long Sequence { get; } = sequence;
        public volatile Previous? Previous = previous;
    }

    private readonly TimeProvider time = time ?? TimeProvider.System;
    private readonly Writers writers = writers ?? new Writers();
    private readonly SingleFlight<Key, Kept> flights = new(k => k.Version, k => k.Refusal is null);
    private long stale;

    /// <summary>How many builds have started since the process began (every reader that missed and did not wait on another's build).</summary>
    public long Builds => flights.Builds;

    /// <summary>How many readers have been served a previous version while the next was building.</summary>
    public long ServedStale => Interlocked.Read(ref stale);

    /// <summary>
    /// A test hook: awaited at the start of every build with the key being built, before anything is read. Tests hold a
    /// build here to prove that readers arriving meanwhile wait on it (or get the previous version) rather than build again.
    /// Null in production.
    /// </summary>
    public Func<Key, Task>? BuildStarting { get => flights.BuildStarting; set => flights.BuildStarting = value; }

    /// <summary>How many readers are waiting on the build in progress for <paramref name="key"/> (0 when none is in progress).</summary>
    public int WaitingOn(Key key) => flights.WaitingOn(key);

    public static Task<long?> VersionAsync(DbConnection connection, long planId) =>
        connection.ExecuteScalarAsync<long?>(VersionSql, new { planId });

    /// <summary>
    /// The kept response for <paramref name="key"/> at <paramref name="version"/> (or newer) and <paramref name="today"/>,
    /// building it with <paramref name="build"/> when there is none; concurrent callers share one build. While a newer
    /// version builds, <paramref name="caller"/> (<see cref="Writers.CallerOf"/>; null: never) may be served the previous
    /// one instead (its <see cref="Kept.Version"/> is then below <paramref name="version"/>): see the class's remarks.
    /// A build that refuses (no such plan or review) or fails is handed to the callers waiting on it and not kept.
    /// </summary>
    public async Task<Kept> GetAsync(Key key, long version, DateOnly today, Func<Task<Kept>> build, string? caller = null)
    {
        while (true)
        {
            var now = time.GetTimestamp();
            flights.TryGet(key, out var current);
            Previous? previous = null;
            if (current is not null && current.Today == today)
            {
                var beside = (Beside)current.State!;
                if (Volatile.Read(ref current.Version) >= version)
                {
                    if (current.Built) return await current.Done.Task;
                    if (await ServableAsync(beside.Previous, caller, now) is { } kept) return kept;
                    return await current.WaitAsync();
                }
                if (!current.Done.Task.IsCompleted)
                {
                    // An older version is being built: serve the one before it if this reader may have it, else wait for
                    // the build instead of building beside it, then look again. Its snapshot is read when it starts, so it
                    // often covers this version already; if not, one reader builds the newest next. So a plan has at most
                    // one build at a time however often managers save, and builds (each holding the whole snapshot and its
                    // JSON) never pile up on each other (docs/benchmarks.md, "Mixed load").
                    if (await ServableAsync(beside.Previous, caller, now) is { } kept) return kept;
                    await current.EndedAsync();
                    continue;
                }
                if (current.Built) previous = new Previous(current.Done.Task.Result, current.Started, beside.Sequence);
            }

            // Read before the build's snapshot is: every write numbered up to it has committed (shared: on any instance).
            var state = new Beside(await writers.SequenceNowAsync(), previous);
            var mine = flights.TryStart(key, current, new Flight<Kept>(version, today, now) { State = state }, async () =>
            {
                try { return await build(); }
                finally { state.Previous = null; } // built (or not): the previous bytes are nobody's business any more
            });
            if (mine is null) continue;
            if (!mine.Done.Task.IsCompleted && await ServableAsync(previous, caller, now) is { } served) return served;
            return await mine.Done.Task;
        }
    }

    // The previous version, if this caller may be served it now: read recently enough, and after every write of theirs.
    // Shared writers (PostgreSQL) look the caller up in the database, only here, when previous bytes are on offer.
    private async Task<Kept?> ServableAsync(Previous? previous, string? caller, long now)
    {
        if (previous is null || caller is null) return null;
        if (time.GetElapsedTime(previous.Started, now) > StaleLimit) return null;
        if (await writers.LastOfAsync(caller) > previous.Sequence) return null;
        Interlocked.Increment(ref stale);
        return previous.Kept;
    }

    /// <summary>
    /// Brotli at <see cref="BrotliQuality"/>: one call, into a worst-case buffer borrowed from the shared pool (as large
    /// as the JSON, so otherwise a large-object allocation per version that only the next full collection frees), trimmed.
    /// </summary>
    public static byte[] Brotli(byte[] body)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(body, buffer, out var written, BrotliQuality, BrotliWindow))
                throw new InvalidOperationException("Brotli could not compress the response into its worst-case buffer.");
            return buffer.AsSpan(0, written).ToArray();
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    public static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream(body.Length / 8 + 64);
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(body);
        return output.ToArray();
    }
}

/// <summary>
/// One built response: the JSON as sent, its version, and its gzip and brotli forms, each made the first time a client
/// asks for it and kept with it. Or a refusal (404 naming a field) that is passed to every waiting reader but not kept.
/// </summary>
public sealed class Kept
{
    private readonly Lazy<Task<byte[]>> gzip;
    private readonly Lazy<Task<byte[]>> brotli;

    private Kept(ReadCache.Key key, long version, DateOnly today, byte[] identity, (string Field, string Message)? refusal)
    {
        Version = version;
        Identity = identity;
        Refusal = refusal;
        Tag = $"{key.View}-{key.PlanId}{(key.ReviewId is { } r ? "-r" + r : "")}-v{version}-{today:yyyyMMdd}-{Build}";
        gzip = new(() => Task.Run(() => ReadCache.Gzip(identity)));
        brotli = new(() => Task.Run(() => ReadCache.Brotli(identity)));
    }

    public static Kept Of(ReadCache.Key key, long version, DateOnly today, byte[] json) => new(key, version, today, json, null);

    public static Kept Refused(ReadCache.Key key, string field, string message) => new(key, 0, default, [], (field, message));

    /// <summary>The plan's version the snapshot was read at.</summary>
    public long Version { get; }
    public byte[] Identity { get; }
    public (string Field, string Message)? Refusal { get; }

    /// <summary>
    /// What the entity tags are made of: view, plan, review, version, today, and this build of the tracker (so a new
    /// release, which may shape the JSON differently, never answers 304 to bytes an older one sent). Each content coding
    /// gets its own strong tag (RFC 9110 8.8.3), the tag plus "-br" or "-gz".
    /// </summary>
    public string Tag { get; }

    public Task<byte[]> GzipAsync() => gzip.Value;

    public Task<byte[]> BrotliAsync() => brotli.Value;

    private static readonly string Build = typeof(Kept).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];
}

using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Compression;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Features.Grid;

/// <summary>
/// The grid and summary of each plan as sent, built once per version of the plan and compressed at most once per
/// encoding. A plan's version is its row in plan_versions (db/0027), which triggers bump in the same transaction as
/// every write to something the grid or summary shows, so a read compares it (one primary-key lookup) instead of reading
/// and analysing every score of the plan again; writes to other plans, sign-ins and token bookkeeping leave it alone.
/// "Today" is part of the key too, because overdue and due soon change at midnight.
/// <para>
/// Readers that miss at the same time wait on one build (the first one in starts it, the others await its task), and
/// an entry is replaced by the next version's, so old versions are dropped as soon as a newer one is asked for. A reader
/// of a newer version that finds an older one still building waits for that build to end before starting its own, so
/// each plan has at most one build in progress.
/// </para>
/// </summary>
public sealed class ReadCache
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

    /// <summary>What is kept: which view (grid or summary) of which plan, and for the summary which review (null: the current one).</summary>
    public readonly record struct Key(string View, long PlanId, long? ReviewId);

    private sealed class Entry(long version, DateOnly today)
    {
        /// <summary>The version asked for when the build started; once built, the version the snapshot was read at (never lower).</summary>
        public long Version = version;
        public DateOnly Today { get; } = today;
        public TaskCompletionSource<Kept> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Waiting;
    }

    private readonly ConcurrentDictionary<Key, Entry> entries = new();
    private long builds;

    /// <summary>How many builds have started since the process began (every reader that missed and did not wait on another's build).</summary>
    public long Builds => Interlocked.Read(ref builds);

    /// <summary>
    /// A test hook: awaited at the start of every build with the key being built, before anything is read. Tests hold a
    /// build here to prove that readers arriving meanwhile wait on it rather than build again. Null in production.
    /// </summary>
    public Func<Key, Task>? BuildStarting { get; set; }

    /// <summary>How many readers are waiting on the build in progress for <paramref name="key"/> (0 when none is in progress).</summary>
    public int WaitingOn(Key key) =>
        entries.TryGetValue(key, out var entry) && !entry.Done.Task.IsCompleted ? Volatile.Read(ref entry.Waiting) : 0;

    public static Task<long?> VersionAsync(SqliteConnection connection, long planId) =>
        connection.ExecuteScalarAsync<long?>(VersionSql, new { planId });

    /// <summary>
    /// The kept response for <paramref name="key"/> at <paramref name="version"/> (or newer) and <paramref name="today"/>,
    /// building it with <paramref name="build"/> when there is none; concurrent callers share one build. A build that
    /// refuses (no such plan or review) or fails is handed to the callers waiting on it and not kept.
    /// </summary>
    public async Task<Kept> GetAsync(Key key, long version, DateOnly today, Func<Task<Kept>> build)
    {
        while (true)
        {
            if (entries.TryGetValue(key, out var current) && current.Today == today)
            {
                if (Volatile.Read(ref current.Version) >= version)
                {
                    if (current.Done.Task.IsCompleted) return await current.Done.Task;
                    Interlocked.Increment(ref current.Waiting);
                    try { return await current.Done.Task; }
                    finally { Interlocked.Decrement(ref current.Waiting); }
                }
                if (!current.Done.Task.IsCompleted)
                {
                    // An older version is being built: wait for it instead of building beside it, then look again. Its
                    // snapshot is read when it starts, so it often covers this version already; if not, one reader builds
                    // the newest next. So a plan has at most one build at a time however often managers save, and builds
                    // (each holding the whole snapshot and its JSON) never pile up on each other (docs/benchmarks.md,
                    // "Mixed load"). Its outcome, a failure included, is its own callers' business.
                    Interlocked.Increment(ref current.Waiting);
                    try { await ((Task)current.Done.Task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); }
                    finally { Interlocked.Decrement(ref current.Waiting); }
                    continue;
                }
            }

            var mine = new Entry(version, today);
            var won = current is null ? entries.TryAdd(key, mine) : entries.TryUpdate(key, mine, current);
            if (!won) continue;

            Interlocked.Increment(ref builds);
            try
            {
                if (BuildStarting is { } hook) await hook(key);
                var kept = await build();
                if (kept.Refusal is null) Volatile.Write(ref mine.Version, Math.Max(version, kept.Version));
                else entries.TryRemove(KeyValuePair.Create(key, mine));
                mine.Done.SetResult(kept);
                return kept;
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

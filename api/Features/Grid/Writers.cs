using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ActionPlanTracker.Data;
using ActionPlanTracker.Security.Authentication;
using Dapper;

namespace ActionPlanTracker.Features.Grid;

/// <summary>
/// Who wrote last, in order: every successful write request (POST, PUT, PATCH, DELETE answered below 400) takes the next
/// number of one sequence, just before its response starts (so after its transaction committed), and is remembered
/// against its caller: the browser session, or for an API token the account. <see cref="ReadCache"/> serves a reader the
/// previous version of a grid only when every write of theirs took a number no higher than the one current when that
/// version's build started — so its snapshot, read after, holds all of them, and a saved score shows in the saver's next
/// read whatever plan (or person, or return) the write touched.
/// <para>
/// At most <see cref="Capacity"/> callers are remembered. When one must go, its number raises a floor that every caller
/// not remembered is taken to have written at, so forgetting can only make a reader wait, never serve them stale bytes.
/// </para>
/// <para>
/// Several instances (issue 16): on PostgreSQL, where instances behind one load balancer share the database, a saver's
/// next read may land on an instance that never saw their write. There the numbers come from one database sequence
/// (write_sequence) and each caller's latest is a row of recent_writes (keyed by a SHA-256 of the caller, never the
/// session id itself), written as the write's response starts; an instance reads the sequence when a build starts and
/// the caller's row only when it is about to serve previous bytes, so a plain read costs nothing more. Rows older than
/// <see cref="SharedKeptFor"/> are pruned: a caller with no row is taken to have written before any previous version
/// still servable was read (<see cref="ReadCache.StaleLimit"/> is seconds), so pruning can never serve stale bytes.
/// </para>
/// </summary>
public sealed class Writers
{
    /// <summary>Writers remembered in memory, one process (SQLite, or tests that make a cache of their own).</summary>
    public Writers() { }

    /// <summary>Writers of <paramref name="database"/>: in memory on SQLite, in the database on PostgreSQL (shared by every instance).</summary>
    public Writers(Database database) => shared = database.Engine == DatabaseEngine.PostgreSql ? database : null;

    private readonly Database? shared;
    private long writesHere;

    /// <summary>How long recent_writes keeps a caller's row: far longer than any previous version may be served.</summary>
    public static readonly TimeSpan SharedKeptFor = TimeSpan.FromHours(1);

    /// <summary>True when the numbers and callers live in the database, shared by every instance.</summary>
    public bool Shared => shared is not null;

    /// <summary>The number the latest write took, on any instance: <see cref="Sequence"/>, or the database sequence's when shared.</summary>
    public async Task<long> SequenceNowAsync()
    {
        if (shared is null) return Sequence;
        await using var connection = await shared.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM write_sequence");
    }

    /// <summary>The number of <paramref name="caller"/>'s latest write on any instance (<see cref="LastOf"/> when not shared).</summary>
    public async Task<long> LastOfAsync(string? caller)
    {
        if (shared is null || caller is null) return LastOf(caller);
        await using var connection = await shared.OpenAsync();
        return await connection.ExecuteScalarAsync<long?>("SELECT sequence FROM recent_writes WHERE caller = @caller",
            new { caller = Hashed(caller) }) ?? 0;
    }

    /// <summary>Records a write by <paramref name="caller"/> (<see cref="Wrote"/>, or a row of recent_writes when shared).</summary>
    public async Task WroteAsync(string caller)
    {
        if (shared is null)
        {
            Wrote(caller);
            return;
        }
        await using var connection = await shared.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO recent_writes (caller, sequence, written_at)
            VALUES (@caller, nextval('write_sequence'), extract(epoch FROM clock_timestamp())::bigint)
            ON CONFLICT (caller) DO UPDATE SET sequence = EXCLUDED.sequence, written_at = EXCLUDED.written_at
            """, new { caller = Hashed(caller) });
        // Pruned now and then, not on every write.
        if (Interlocked.Increment(ref writesHere) % 256 == 0)
            await connection.ExecuteAsync("DELETE FROM recent_writes WHERE written_at < extract(epoch FROM clock_timestamp())::bigint - @seconds",
                new { seconds = (long)SharedKeptFor.TotalSeconds });
    }

    private static string Hashed(string caller) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(caller)));

    /// <summary>Callers remembered: far more than the managers saving during one board meeting.</summary>
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, long> last = new();
    private long sequence;
    private long floor;

    /// <summary>The number the latest write took (0 before any).</summary>
    public long Sequence => Interlocked.Read(ref sequence);

    /// <summary>The number of <paramref name="caller"/>'s latest write, or the floor when they are not remembered.</summary>
    public long LastOf(string? caller) =>
        caller is not null && last.TryGetValue(caller, out var n) ? Math.Max(n, Interlocked.Read(ref floor)) : Interlocked.Read(ref floor);

    public long Wrote(string caller)
    {
        var n = Interlocked.Increment(ref sequence);
        last[caller] = n;
        if (last.Count > Capacity) Forget();
        return n;
    }

    // The oldest half go and their highest number becomes the floor.
    private void Forget()
    {
        var oldest = last.OrderBy(e => e.Value).Take(last.Count / 2).ToList();
        foreach (var entry in oldest)
        {
            InterlockedMax(ref floor, entry.Value);
            last.TryRemove(entry);
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while ((seen = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
    }

    /// <summary>Who is calling, as <see cref="Wrote"/> and <see cref="LastOf"/> know them: the session, else the account, else an integration's client id; null when signed out.</summary>
    public static string? CallerOf(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        if (Sessions.IdOf(user) is { } session) return "s:" + session;
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is { } account) return "a:" + account;
        // An integration signed in with a client-credentials token has no account: its client id is the caller, so its
        // own read after its write is as fresh as a person's (issue 16).
        return user.FindFirstValue(ClientTokens.ClientIdClaim) is { Length: > 0 } client ? "c:" + client : null;
    }

    private static readonly HashSet<string> Reads = new(StringComparer.OrdinalIgnoreCase) { "GET", "HEAD", "OPTIONS", "TRACE" };

    /// <summary>
    /// Registers every successful write with <paramref name="writers"/> as its response starts (so, shared, the row is
    /// committed before the saver can send their next read). A failure to record is logged, not turned into an error:
    /// the write itself has committed.
    /// </summary>
    public static IApplicationBuilder UseWritersRemembered(IApplicationBuilder app, Writers writers) => app.Use((http, next) =>
    {
        if (!Reads.Contains(http.Request.Method))
            http.Response.OnStarting(async () =>
            {
                if (http.Response.StatusCode >= 400 || CallerOf(http.User) is not { } caller) return;
                try { await writers.WroteAsync(caller); }
                catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException)
                {
                    http.RequestServices.GetRequiredService<ILogger<Writers>>().LogWarning(e, "Could not record a write for the read cache.");
                }
            });
        return next(http);
    });
}

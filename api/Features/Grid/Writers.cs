using System.Collections.Concurrent;
using System.Security.Claims;
using ActionPlanTracker.Security.Authentication;

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
/// </summary>
public sealed class Writers
{
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

    /// <summary>Who is calling, as <see cref="Wrote"/> and <see cref="LastOf"/> know them: the session, else the account; null when signed out.</summary>
    public static string? CallerOf(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        if (Sessions.IdOf(user) is { } session) return "s:" + session;
        return user.FindFirstValue(ClaimTypes.NameIdentifier) is { } account ? "a:" + account : null;
    }

    private static readonly HashSet<string> Reads = new(StringComparer.OrdinalIgnoreCase) { "GET", "HEAD", "OPTIONS", "TRACE" };

    /// <summary>Registers every successful write with <paramref name="writers"/> as its response starts.</summary>
    public static IApplicationBuilder UseWritersRemembered(IApplicationBuilder app, Writers writers) => app.Use((http, next) =>
    {
        if (!Reads.Contains(http.Request.Method))
            http.Response.OnStarting(() =>
            {
                if (http.Response.StatusCode < 400 && CallerOf(http.User) is { } caller) writers.Wrote(caller);
                return Task.CompletedTask;
            });
        return next(http);
    });
}

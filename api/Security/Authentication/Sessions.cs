using System.Data;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Dapper;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Server-side sessions (db/0025): a cookie is honoured only while its session row exists. Only sign-in, sign-out and
/// revocations write here; checking a request is one keyed read, so reads never need SQLite's write lock. No cache:
/// a revoked cookie fails on its very next request.
/// </summary>
public static class Sessions
{
    /// <summary>The claim in the (encrypted) cookie naming its sessions row.</summary>
    public const string IdClaim = "tracker:session";

    /// <summary>However actively used, a session ends this long after sign-in (the sweep at each sign-in removes it).</summary>
    public static readonly TimeSpan AbsoluteLimit = TimeSpan.FromDays(30);

    public static string? IdOf(ClaimsPrincipal principal) => principal.FindFirstValue(IdClaim) is { Length: > 0 } id ? id : null;

    /// <summary>
    /// Adds a session for the account (in the sign-in's transaction) and sweeps sessions past the absolute limit. A single
    /// sign-on keeps the provider's <paramref name="idToken"/> with it (db/0046), for signing out of the provider.
    /// </summary>
    public static async Task<string> StartAsync(IDbConnection connection, IDbTransaction transaction, long userId, DateTimeOffset now, string? idToken = null)
    {
        var id = Passwords.Base64Url(RandomNumberGenerator.GetBytes(16));
        await connection.ExecuteAsync("""
            DELETE FROM sessions WHERE created_at < @cutoff;
            INSERT INTO sessions (id, user_id, created_at, id_token) VALUES (@id, @userId, @now, @idToken);
            """, new { id, userId, now = Text(now), cutoff = Text(now - AbsoluteLimit), idToken }, transaction);
        return id;
    }

    /// <summary>The provider's id_token kept with a single sign-on session, or null.</summary>
    public static Task<string?> IdTokenOfAsync(IDbConnection connection, string sessionId) =>
        connection.QuerySingleOrDefaultAsync<string?>("SELECT id_token FROM sessions WHERE id = @sessionId", new { sessionId });

    /// <summary>Ends one session (sign-out). Idempotent.</summary>
    public static Task EndAsync(IDbConnection connection, string sessionId, IDbTransaction? transaction = null) =>
        connection.ExecuteAsync("DELETE FROM sessions WHERE id = @sessionId", new { sessionId }, transaction);

    /// <summary>Ends every session of the account except <paramref name="keep"/> (the caller's own, after changing their password).</summary>
    public static Task<int> EndAllAsync(IDbConnection connection, IDbTransaction transaction, long userId, string? keep = null) =>
        connection.ExecuteAsync("DELETE FROM sessions WHERE user_id = @userId AND id IS DISTINCT FROM @keep", new { userId, keep }, transaction);

    /// <summary>The account behind a live session, or null when the session was ended, swept or belongs to someone else.</summary>
    public static Task<Account?> FindAccountAsync(IDbConnection connection, string sessionId, long userId, DateTimeOffset now) =>
        connection.QuerySingleOrDefaultAsync<Account>(AccountStore.SelectSql + """

            JOIN sessions s ON s.user_id = u.id
            WHERE s.id = @sessionId AND u.id = @userId AND s.created_at >= @cutoff
            """, new { sessionId, userId, cutoff = Text(now - AbsoluteLimit) });

    private static string Text(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

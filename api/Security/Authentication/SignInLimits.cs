using System.Data;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using ActionPlanTracker.Data;
using Dapper;
using Microsoft.AspNetCore.RateLimiting;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// The address a request comes from, as rate limits and lock-outs count it: IPv4 as written, an IPv4-mapped IPv6 address
/// as IPv4, other IPv6 addresses by their /64 prefix (one household or server usually holds a whole /64).
/// Connection.RemoteIpAddress is the proxy's address unless forwarded headers are set up.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext http) => Of(http.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

/// <summary>
/// Rate limits on sign-in (POST /api/session), so a flood of guesses costs its sender and not the board: per client
/// address with ASP.NET Core's rate-limiting middleware (before the request body is even read), and per username inside
/// the endpoint (the username is in the body). Both are token buckets: N attempts at once, then one every 60/N seconds
/// (Tracker:SignInsPerMinutePerAddress, Tracker:SignInsPerMinutePerUsername). A refusal is 429 with Retry-After and the
/// same problem shape as every other error. On SQLite the counts live in memory (one process): a restart forgets them,
/// the lock-outs stay. On PostgreSQL, where several instances may share one address, the same buckets are rows of the
/// database (<see cref="SignInBuckets"/>), so the limits hold across instances.
/// </summary>
public static class SignInLimits
{
    public const string AddressPolicy = "sign-in-per-address";

    public static IServiceCollection AddSignInLimits(this IServiceCollection services)
    {
        services.AddSingleton<UsernameLimiter>();
        services.AddSingleton<SignInBuckets>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AddressPolicy, http =>
            {
                // Shared (PostgreSQL): counted by UseSharedSignInAddressLimit in the database instead.
                if (http.RequestServices.GetRequiredService<SignInBuckets>().Shared) return RateLimitPartition.GetNoLimiter("shared");
                var perMinute = http.RequestServices.GetRequiredService<TrackerSettings>().SignInsPerMinutePerAddress;
                return RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(http), _ => Bucket(perMinute));
            });
            o.OnRejected = (context, _) => new ValueTask(RefuseAsync(context.HttpContext, context.Lease,
                "Too many sign-in attempts have come from your network address"));
        });
        return services;
    }

    /// <summary>perMinute attempts at once, then one more every 60/perMinute seconds; no queue, so a refusal is immediate.</summary>
    public static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = perMinute,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromTicks(TimeSpan.TicksPerMinute / perMinute),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>Writes 429 with Retry-After (whole seconds, at least 1) and a problem naming the "session" field.</summary>
    public static Task RefuseAsync(HttpContext http, RateLimitLease lease, string what) =>
        RefuseAsync(http, lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1), what);

    /// <inheritdoc cref="RefuseAsync(HttpContext, RateLimitLease, string)"/>
    public static Task RefuseAsync(HttpContext http, TimeSpan retryAfter, string what)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return AuthProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, AuthProblems.SessionField,
            $"{what}. Wait {(seconds == 1 ? "1 second" : $"{seconds} seconds")}, then try again.");
    }
}

/// <summary>Sign-in attempts per username, whatever its case and whether or not it exists (so a 429 reveals nothing).</summary>
public sealed class UsernameLimiter(TrackerSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(username =>
        RateLimitPartition.GetTokenBucketLimiter(username, _ => SignInLimits.Bucket(settings.SignInsPerMinutePerUsername)));

    public static string Normalise(string username) => username.Trim().ToLowerInvariant();

    /// <summary>Takes one attempt from the username's bucket; a lease that is not acquired carries its Retry-After.</summary>
    public RateLimitLease Acquire(string username) => limiter.AttemptAcquire(Normalise(username));

    public void Dispose() => limiter.Dispose();
}

/// <summary>
/// The sign-in token buckets as rows (sign_in_buckets, db/0044), used on PostgreSQL so every instance behind one address
/// draws on the same bucket (issue 16). The same rule as the in-memory buckets: perMinute attempts at once, then one
/// more every 60/perMinute seconds. One statement per attempt refills the bucket by the time since it was last touched
/// (by the database's clock, so instances' clocks need not agree), takes a token if there is one, and returns what is
/// left: an insert, or an update of the one row under its lock, so two instances never both take the last token.
/// A bucket untouched for a minute is full, so such rows are deleted now and then as sign-ins come.
/// </summary>
public sealed class SignInBuckets(Database database)
{
    private long attempts;

    /// <summary>True on PostgreSQL: the buckets are the database's, shared by every instance.</summary>
    public bool Shared => database.Engine == DatabaseEngine.PostgreSql;

    /// <summary>Takes one attempt from <paramref name="bucket"/>: null when allowed, else how long until the next token.</summary>
    public async Task<TimeSpan?> TakeAsync(string bucket, int perMinute, CancellationToken ct = default)
    {
        var perSecond = perMinute / 60.0;
        await using var connection = await database.OpenAsync(ct);
        var tokens = await connection.ExecuteScalarAsync<double>("""
            WITH now AS (SELECT extract(epoch FROM clock_timestamp())::double precision AS at)
            INSERT INTO sign_in_buckets (bucket, tokens, refilled_at)
            SELECT @bucket, @limit - 1, at FROM now
            ON CONFLICT (bucket) DO UPDATE SET
                -- Refilled by the time since the last attempt, then one taken; below zero means there was none to take.
                tokens = LEAST(@limit, sign_in_buckets.tokens + (EXCLUDED.refilled_at - sign_in_buckets.refilled_at) * @perSecond) - 1,
                refilled_at = EXCLUDED.refilled_at
            RETURNING tokens
            """, new { bucket, limit = (double)perMinute, perSecond });
        if (tokens < 0)
        {
            // None to take: give it back, so the row keeps only what had gathered (a refusal costs nothing), and say when
            // the next one comes. A sign-in meanwhile sees the lower count and is refused too, which errs the safe way.
            await connection.ExecuteAsync("UPDATE sign_in_buckets SET tokens = tokens + 1 WHERE bucket = @bucket", new { bucket });
        }
        if (Interlocked.Increment(ref attempts) % 64 == 0)
            await connection.ExecuteAsync("DELETE FROM sign_in_buckets WHERE refilled_at < extract(epoch FROM clock_timestamp()) - 60");
        return tokens < 0 ? TimeSpan.FromSeconds(-tokens / perSecond) : null;
    }
}

/// <summary>The per-address sign-in limit on PostgreSQL, counted in <see cref="SignInBuckets"/> before the endpoint runs.</summary>
public static class SharedSignInAddressLimit
{
    public static IApplicationBuilder UseSharedSignInAddressLimit(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsPost(http.Request.Method)
            && http.Request.Path.Equals("/api/session", StringComparison.OrdinalIgnoreCase)
            && http.RequestServices.GetRequiredService<SignInBuckets>() is { Shared: true } buckets)
        {
            var perMinute = http.RequestServices.GetRequiredService<TrackerSettings>().SignInsPerMinutePerAddress;
            if (await buckets.TakeAsync("a:" + ClientAddress.Of(http), perMinute, http.RequestAborted) is { } retryAfter)
            {
                await SignInLimits.RefuseAsync(http, retryAfter, "Too many sign-in attempts have come from your network address");
                return;
            }
        }
        await next(http);
    });
}

/// <summary>
/// Failed sign-ins and lock-outs per (account, client address), db/0026. Reading is one keyed read; only a sign-in's
/// outcome writes, in its own short transaction after the password has been checked.
/// </summary>
public static class SignInFailures
{
    /// <summary>A client that signed in to the account this recently skips the per-username limit.</summary>
    public static readonly TimeSpan KnownClientFor = TimeSpan.FromDays(30);

    public sealed record Row(long FailedSignIns, string? LockedUntil, string? SignedInAt)
    {
        public bool IsLockedAt(string now) => LockedUntil is { } until && string.CompareOrdinal(until, now) > 0;

        public bool SignedInSince(string cutoff) => SignedInAt is { } at && string.CompareOrdinal(at, cutoff) >= 0;
    }

    public static Task<Row?> FindAsync(IDbConnection connection, long userId, string client) =>
        connection.QuerySingleOrDefaultAsync<Row>("""
            SELECT failed_sign_ins AS FailedSignIns, locked_until AS LockedUntil, signed_in_at AS SignedInAt
            FROM sign_in_failures WHERE user_id = @userId AND client = @client
            """, new { userId, client });

    /// <summary>
    /// Counts a failure from the client; at the limit the count restarts and the lock is set, so the next lock needs the
    /// full number of failures again. Returns the client's lock end (null if none). The existing row's columns are named
    /// with the table (PostgreSQL calls a bare name in DO UPDATE ambiguous; SQLite accepts both).
    /// </summary>
    public static Task<string?> FailAsync(IDbConnection connection, IDbTransaction transaction, long userId, string client,
        int maxFailures, string lockedUntil, string now) =>
        connection.ExecuteScalarAsync<string?>("""
            INSERT INTO sign_in_failures (user_id, client, failed_sign_ins, locked_until, updated_at)
            VALUES (@userId, @client, CASE WHEN @maxFailures <= 1 THEN 0 ELSE 1 END, CASE WHEN @maxFailures <= 1 THEN @lockedUntil END, @now)
            ON CONFLICT (user_id, client) DO UPDATE SET
                failed_sign_ins = CASE WHEN sign_in_failures.failed_sign_ins + 1 >= @maxFailures THEN 0 ELSE sign_in_failures.failed_sign_ins + 1 END,
                locked_until    = CASE WHEN sign_in_failures.failed_sign_ins + 1 >= @maxFailures THEN @lockedUntil ELSE sign_in_failures.locked_until END,
                updated_at      = @now
            RETURNING locked_until;
            """, new { userId, client, maxFailures, lockedUntil, now }, transaction);

    /// <summary>A successful sign-in clears the client's count and lock and remembers when; rows untouched for 30 days go.</summary>
    public static Task SucceedAsync(IDbConnection connection, IDbTransaction transaction, long userId, string client, string now, string cutoff) =>
        connection.ExecuteAsync("""
            DELETE FROM sign_in_failures WHERE updated_at < @cutoff;
            INSERT INTO sign_in_failures (user_id, client, failed_sign_ins, locked_until, signed_in_at, updated_at)
            VALUES (@userId, @client, 0, NULL, @now, @now)
            ON CONFLICT (user_id, client) DO UPDATE SET failed_sign_ins = 0, locked_until = NULL, signed_in_at = @now, updated_at = @now;
            """, new { userId, client, now, cutoff }, transaction);

    public static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

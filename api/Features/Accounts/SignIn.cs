using System.Globalization;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace ActionPlanTracker.Features.Accounts;

public sealed record SignInRequest
{
    public string Username { get; init; } = "";
    public string Password { get; init; } = "";
}

/// <summary>Who is signed in, and the antiforgery token the SPA must send as X-CSRF-TOKEN on every change.</summary>
public sealed record SessionResponse
{
    public string Username { get; init; } = "";
    public string DisplayName { get; init; } = "";
    /// <summary>administrator, board, manager or viewer.</summary>
    public string Role { get; init; } = "";
    public long? PersonId { get; init; }
    /// <summary>For the X-CSRF-TOKEN header; null when signed in with an API token, which needs none.</summary>
    public string? AntiforgeryToken { get; init; }

    public static SessionResponse For(SignedInUser user, string? antiforgeryToken) => new()
    {
        Username = user.Username, DisplayName = user.DisplayName, Role = user.Role, PersonId = user.PersonId,
        AntiforgeryToken = antiforgeryToken,
    };
}

/// <summary>
/// Sign-in. A wrong username and a wrong password get the same 401 in about the same time. After
/// Tracker:MaxFailedSignIns failures in a row from one client address the account is locked, from that address only, for
/// Tracker:LockoutMinutes: every attempt from there then gets 429 Too Many Requests with Retry-After, even with the right
/// password (429 rather than WebDAV's 423, because clients and proxies know 429 and Retry-After). Other addresses and the
/// account's API tokens are unaffected. Rate limits per address (middleware) and per username (here) answer 429 too.
/// The password is checked with no transaction open; only the outcome is written, in a short transaction of its own,
/// so a flood of guesses never holds SQLite's write lock while hashing. An unknown username writes nothing.
/// </summary>
public sealed class SignIn(Database database, Clock clock, Passwords passwords, TrackerSettings settings, IAntiforgery antiforgery,
    UsernameLimiter usernames, SignInBuckets buckets, ILogger<SignIn> logger)
    : Endpoint<SignInRequest, SessionResponse>
{
    public sealed class Validator : Validator<SignInRequest>
    {
        public Validator()
        {
            RuleFor(r => r.Username).NotEmpty().WithMessage("Enter your username.").MaximumLength(UserData.MaxUsernameLength);
            RuleFor(r => r.Password).NotEmpty().WithMessage("Enter your password.").MaximumLength(Passwords.MaximumLength);
        }
    }

    private const string RehashSql = "UPDATE users SET password_hash = @passwordHash WHERE id = @userId";

    public const string WrongCredentials = "The username or password is not right. Check both and try again.";

    public override void Configure()
    {
        Post("/session");
        AllowAnonymous();
        Options(b => b.RequireRateLimiting(SignInLimits.AddressPolicy));
        Description(b => b.Produces<SessionResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(429));
        Summary(s =>
        {
            s.Summary = "Sign in with a username and password (starts a cookie session)";
            s.Description = "Wrong username or password: 401, saying nothing about which. Too many failures from this client address: "
                + "429 with Retry-After until the lock ends (other addresses are unaffected). Too many attempts from one address or "
                + "for one username within a minute: 429 with Retry-After. 403 when passwords are switched off (Tracker:SingleSignOn:LocalAccounts) "
                + "and the username is not one of its BreakGlassAccounts.";
        });
    }

    public const string UseCouncilAccount =
        "Passwords are switched off on this tracker. Sign in with your council account instead (the button on the sign-in page).";

    public override async Task HandleAsync(SignInRequest request, CancellationToken ct)
    {
        // Issue 16: with single sign-on and Tracker:SingleSignOn:LocalAccounts false, only the named emergency accounts use a password.
        if (!settings.SingleSignOn.LocalAccounts && !settings.SingleSignOn.IsBreakGlass(request.Username))
            this.Stop(403, AuthProblems.SessionField, UseCouncilAccount);
        var now = clock.NowText;
        var client = ClientAddress.Of(HttpContext);
        Account? account;
        SignInFailures.Row? failures = null;
        // Reads only: in WAL mode they never wait for a writer, and nothing here holds the write lock.
        await using (var reader = await database.OpenAsync(ct))
        {
            account = await AccountStore.FindByUsernameAsync(reader, request.Username.Trim());
            if (account is not null) failures = await SignInFailures.FindAsync(reader, account.Id, client);
        }
        if (failures is not null && failures.IsLockedAt(now)) StopLocked(failures.LockedUntil!);
        if ((failures is null || !failures.SignedInSince(SignInFailures.Text(clock.UtcNow - SignInFailures.KnownClientFor))) && buckets.Shared)
        {
            // PostgreSQL: the username's bucket is a row every instance shares (SignInBuckets).
            if (await buckets.TakeAsync("u:" + UsernameLimiter.Normalise(request.Username), settings.SignInsPerMinutePerUsername, ct) is { } retryAfter)
            {
                await SignInLimits.RefuseAsync(HttpContext, retryAfter, "Too many sign-in attempts have been made for this username");
                return;
            }
        }
        else if (failures is null || !failures.SignedInSince(SignInFailures.Text(clock.UtcNow - SignInFailures.KnownClientFor)))
        {
            using var lease = usernames.Acquire(request.Username);
            if (!lease.IsAcquired)
            {
                await SignInLimits.RefuseAsync(HttpContext, lease, "Too many sign-in attempts have been made for this username");
                return;
            }
        }

        var check = passwords.Verify(account?.PasswordHash, request.Password);
        if (account is null)
        {
            logger.LogInformation("Sign-in refused: unknown username.");
            this.Stop(401, AuthProblems.SessionField, WrongCredentials);
        }
        if (check == PasswordVerificationResult.Failed || account.IsDisabled)
        {
            await RefuseAsync(account, client, failures, ct);
            return;
        }
        var rehashed = check == PasswordVerificationResult.SuccessRehashNeeded ? passwords.Hash(request.Password) : null;

        string sessionId;
        await using (var connection = await database.OpenAsync(ct))
        await using (var transaction = connection.BeginWriteTransaction())
        {
            if (rehashed is not null) await connection.ExecuteAsync(RehashSql, new { userId = account.Id, passwordHash = rehashed }, transaction);
            await SignInFailures.SucceedAsync(connection, transaction, account.Id, client, now,
                SignInFailures.Text(clock.UtcNow - SignInFailures.KnownClientFor));
            // audit_log.change allows only create/update/delete (db/0007), so a sign-in is an "update" of the account
            // whose after_json names the event; a later migration may widen the check to 'signIn'/'signInFailed'.
            await AuditLog.RecordAsync(connection, transaction, new WriteContext(account.DisplayName, now), "user", account.Id, null,
                new { FailedSignIns = failures?.FailedSignIns ?? 0, failures?.LockedUntil, Client = client },
                new { Event = "signIn", FailedSignIns = 0, Client = client });
            sessionId = await Sessions.StartAsync(connection, transaction, account.Id, clock.UtcNow);
            await transaction.CommitAsync(ct);
        }

        var principal = SignedInUser.Principal(account, AuthenticationSetup.CookieScheme, sessionId);
        await HttpContext.SignInAsync(AuthenticationSetup.CookieScheme, principal);
        // The antiforgery token is bound to the signed-in user, so it is made for the new principal, not the anonymous caller.
        HttpContext.User = principal;
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        await Send.OkAsync(SessionResponse.For(SignedInUser.From(principal)!, tokens.RequestToken), ct);
    }

    /// <summary>Counts the failure from this client, locks at the limit, audits it and commits, then stops with 401 or 429.</summary>
    private async Task RefuseAsync(Account account, string client, SignInFailures.Row? failures, CancellationToken ct)
    {
        var now = clock.NowText;
        var lockedUntil = SignInFailures.Text(clock.UtcNow.AddMinutes(settings.LockoutMinutes));
        string? locked;
        await using (var connection = await database.OpenAsync(ct))
        await using (var transaction = connection.BeginWriteTransaction())
        {
            locked = account.IsDisabled ? null
                : await SignInFailures.FailAsync(connection, transaction, account.Id, client, settings.MaxFailedSignIns, lockedUntil, now);
            // Recorded as an "update" of the account for the same reason as a sign-in; the caller is unknown, so "anonymous".
            await AuditLog.RecordAsync(connection, transaction, new WriteContext("anonymous", now), "user", account.Id, null,
                new { FailedSignIns = failures?.FailedSignIns ?? 0, failures?.LockedUntil, Client = client },
                new { Event = "signInFailed", Reason = account.IsDisabled ? "disabled" : "wrongPassword", LockedUntil = locked, Client = client });
            await transaction.CommitAsync(ct);
        }
        logger.LogInformation("Sign-in refused for user {UserId}.", account.Id);
        if (locked is not null && locked != failures?.LockedUntil) StopLocked(locked);
        this.Stop(401, AuthProblems.SessionField, WrongCredentials);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void StopLocked(string lockedUntil)
    {
        var until = DateTimeOffset.Parse(lockedUntil, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var seconds = Math.Max(1, (long)Math.Ceiling((until - clock.UtcNow).TotalSeconds));
        HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var local = TimeZoneInfo.ConvertTime(until, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone));
        this.Stop(429, AuthProblems.SessionField,
            $"Too many failed sign-ins: this account is locked until {local:HH:mm} on {local:d MMMM yyyy} (UK time). Try again then, or ask an administrator to reset your password.");
    }
}

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
/// Tracker:MaxFailedSignIns failures in a row the account is locked for Tracker:LockoutMinutes: every attempt then gets
/// 429 Too Many Requests with Retry-After, even with the right password (429 rather than WebDAV's 423, because
/// clients and proxies know 429 and Retry-After).
/// </summary>
public sealed class SignIn(Database database, Clock clock, Passwords passwords, TrackerSettings settings, IAntiforgery antiforgery, ILogger<SignIn> logger)
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

    private const string SucceededSql = """
        UPDATE users SET failed_sign_ins = 0, locked_until = NULL, password_hash = coalesce(@RehashedPassword, password_hash)
        WHERE id = @userId;
        """;

    // The count restarts once a lock is set, so the next lock needs the full number of failures again.
    private const string FailedSql = """
        UPDATE users
        SET failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= @maxFailures THEN 0 ELSE failed_sign_ins + 1 END,
            locked_until    = CASE WHEN failed_sign_ins + 1 >= @maxFailures THEN @lockedUntil ELSE locked_until END
        WHERE id = @userId
        RETURNING locked_until;
        """;

    public const string WrongCredentials = "The username or password is not right. Check both and try again.";

    public override void Configure()
    {
        Post("/session");
        AllowAnonymous();
        Description(b => b.Produces<SessionResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(429));
        Summary(s =>
        {
            s.Summary = "Sign in with a username and password (starts a cookie session)";
            s.Description = "Wrong username or password: 401, saying nothing about which. Too many failures: 429 with Retry-After until the lock ends.";
        });
    }

    public override async Task HandleAsync(SignInRequest request, CancellationToken ct)
    {
        var now = clock.NowText;
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginTransaction();

        var account = await AccountStore.FindByUsernameAsync(connection, request.Username.Trim(), transaction);
        if (account is not null && account.IsLockedAt(now)) StopLocked(account.LockedUntil!);
        var check = passwords.Verify(account?.PasswordHash, request.Password);
        if (account is null)
        {
            logger.LogInformation("Sign-in refused: unknown username.");
            this.Stop(401, AuthProblems.SessionField, WrongCredentials);
        }
        if (check == PasswordVerificationResult.Failed || account.IsDisabled)
        {
            await RefuseAsync(connection, transaction, account, ct);
            return;
        }

        await connection.ExecuteAsync(SucceededSql, new
        {
            userId = account.Id,
            RehashedPassword = check == PasswordVerificationResult.SuccessRehashNeeded ? passwords.Hash(request.Password) : null,
        }, transaction);
        // audit_log.change allows only create/update/delete (db/0007), so a sign-in is an "update" of the account
        // whose after_json names the event; a later migration may widen the check to 'signIn'/'signInFailed'.
        await AuditLog.RecordAsync(connection, transaction, new WriteContext(account.DisplayName, now), "user", account.Id, null,
            new { account.FailedSignIns, account.LockedUntil }, new { Event = "signIn", FailedSignIns = 0 });
        var sessionId = await Sessions.StartAsync(connection, transaction, account.Id, clock.UtcNow);
        await transaction.CommitAsync(ct);

        var principal = SignedInUser.Principal(account, AuthenticationSetup.CookieScheme, sessionId);
        await HttpContext.SignInAsync(AuthenticationSetup.CookieScheme, principal);
        // The antiforgery token is bound to the signed-in user, so it is made for the new principal, not the anonymous caller.
        HttpContext.User = principal;
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        await Send.OkAsync(SessionResponse.For(SignedInUser.From(principal)!, tokens.RequestToken), ct);
    }

    /// <summary>Counts the failure, locks the account at the limit, audits it and commits, then stops with 401 or 429.</summary>
    private async Task RefuseAsync(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction,
        Account account, CancellationToken ct)
    {
        var lockedUntil = clock.UtcNow.AddMinutes(settings.LockoutMinutes).UtcDateTime
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var locked = account.IsDisabled ? account.LockedUntil : await connection.ExecuteScalarAsync<string?>(FailedSql,
            new { userId = account.Id, maxFailures = settings.MaxFailedSignIns, lockedUntil }, transaction);
        // Recorded as an "update" of the account for the same reason as a sign-in; the caller is unknown, so "anonymous".
        await AuditLog.RecordAsync(connection, transaction, new WriteContext("anonymous", clock.NowText), "user", account.Id, null,
            new { account.FailedSignIns, account.LockedUntil },
            new { Event = "signInFailed", Reason = account.IsDisabled ? "disabled" : "wrongPassword", LockedUntil = locked });
        await transaction.CommitAsync(ct);
        logger.LogInformation("Sign-in refused for user {UserId}.", account.Id);
        if (locked is not null && locked != account.LockedUntil) StopLocked(locked);
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

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>Personal API tokens: "apt_" and 32 random bytes in base64url. Only their SHA-256 is stored.</summary>
public static class ApiTokens
{
    public const string Marker = "apt_";
    public const int PrefixLength = 8;

    /// <summary>A new secret, and the first characters after the marker that let its owner recognise it in a list.</summary>
    public static (string Secret, string Prefix) Generate()
    {
        var secret = Marker + Passwords.Base64Url(RandomNumberGenerator.GetBytes(32));
        return (secret, secret.Substring(Marker.Length, PrefixLength));
    }

    /// <summary>A fast hash is enough: the secret has 256 random bits, so there is nothing to guess, unlike a password.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

/// <summary>
/// Signs in a request that carries "Authorization: Bearer apt_..." as the token's owner. A revoked token, or one whose
/// owner is disabled, does not authenticate (the request is then anonymous and gets 401 where sign-in is needed). A
/// lock-out after failed password sign-ins never stops a token: the lock belongs to the address the guesses came from.
/// Authenticating is two keyed reads; it writes (last_used_at and the "used" audit row) only when the row just read says
/// the token was last used over a minute ago, so an integration's requests hold no write lock and never wait for one.
/// </summary>
public sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Database database, Clock clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private sealed record TokenRow(long TokenId, string? LastUsedAt, long UserId);

    private const string FindSql = """
        SELECT t.id           AS TokenId,
               t.last_used_at AS LastUsedAt,
               t.user_id      AS UserId
        FROM api_tokens t
        WHERE t.token_hash = @tokenHash AND t.revoked_at IS NULL
        """;

    // At most one write a minute per token: an integration polling every second must not turn reads into writes.
    private const string TouchSql = """
        UPDATE api_tokens SET last_used_at = @now
        WHERE id = @tokenId AND (last_used_at IS NULL OR last_used_at < @minuteAgo)
        """;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(ApiTokens.Marker, StringComparison.Ordinal)) return AuthenticateResult.Fail("Not an API token.");

        await using var connection = await database.OpenAsync(Context.RequestAborted);
        var token = await connection.QuerySingleOrDefaultAsync<TokenRow>(FindSql, new { tokenHash = ApiTokens.Hash(secret) });
        if (token is null) return AuthenticateResult.Fail("Unknown or revoked API token.");
        var account = await AccountStore.FindByIdAsync(connection, token.UserId);
        if (account is null || account.IsDisabled) return AuthenticateResult.Fail("The API token's account is disabled.");

        // Token use is audited (issue 3) with the same once-a-minute rhythm as last_used_at, in one transaction with it.
        // Decided from the row already read, so the common request opens no transaction; TouchSql repeats the test, so of
        // two requests that both saw an old time only one writes and audits.
        var now = clock.NowText;
        var minuteAgo = clock.UtcNow.AddMinutes(-1).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        if (token.LastUsedAt is null || string.CompareOrdinal(token.LastUsedAt, minuteAgo) < 0)
        {
            await using var transaction = connection.BeginWriteTransaction();
            if (await connection.ExecuteAsync(TouchSql, new { now, tokenId = token.TokenId, minuteAgo }, transaction) == 1)
                await AuditLog.RecordAsync(connection, transaction, new WriteContext(account.DisplayName, now), "token", token.TokenId, null,
                    new { lastUsedAt = token.LastUsedAt },
                    new { @event = "used", lastUsedAt = now, request = $"{Request.Method} {Request.Path}" });
            await transaction.CommitAsync(Context.RequestAborted);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(SignedInUser.Principal(account, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => AuthProblems.SignInRequiredAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => AuthProblems.ForbiddenAsync(Context);
}

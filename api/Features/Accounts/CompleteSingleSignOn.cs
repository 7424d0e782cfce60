using System.Data;
using System.Security.Claims;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using Microsoft.AspNetCore.Authentication;

namespace ActionPlanTracker.Features.Accounts;

/// <summary>
/// The end of a single sign-on: the provider's verified answer (kept for minutes in the external cookie) becomes the
/// tracker's own server-side session, made exactly as a password sign-in makes it. The account is the one linked to the
/// provider's (issuer, subject) (db/0042); else the one whose username is the email claim (then linked); else, when
/// Tracker:SingleSignOn:CreateAccountsOnFirstSignIn, a new one. With a RoleMap, the provider's role claim sets the
/// account's role at every sign-in, and a person it gives no tracker role is refused; the name claim becomes the
/// display name, so the audit log names the person as the provider does. Refusals go back to the sign-in page with a
/// code it explains (?ssoError=).
/// </summary>
public sealed class CompleteSingleSignOn(Database database, Clock clock, TrackerSettings settings, ILogger<CompleteSingleSignOn> logger)
    : EndpointWithoutRequest
{
    public override void Configure()
    {
        Get("/session/sso/complete");
        AllowAnonymous();
        Description(b => b.Produces(302).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Finish signing in with the council's account (the provider's redirect lands here)";
            s.Description = "Redirects to returnTo signed in, or to /sign-in?ssoError=accessDenied|noRole|noAccount|noEmail|disabled|failed.";
        });
    }

    private sealed record Outcome(Account? Account, string? Error, string? SessionId);

    public override async Task HandleAsync(CancellationToken ct)
    {
        var result = await HttpContext.AuthenticateAsync(AuthenticationSetup.ExternalScheme);
        await HttpContext.SignOutAsync(AuthenticationSetup.ExternalScheme);
        string? returnTo = null;
        result.Properties?.Items.TryGetValue(SingleSignOn.ReturnToItem, out returnTo);
        if (!settings.SingleSignOn.Enabled || !result.Succeeded || result.Principal is null)
        {
            await Send.RedirectAsync(SingleSignOn.SignInPage(SingleSignOn.Errors.Failed, returnTo));
            return;
        }

        string? idToken = null;
        result.Properties?.Items.TryGetValue(SingleSignOn.IdTokenItem, out idToken);
        var outcome = await SignInAsync(result.Principal, idToken, ct);
        if (outcome.Error is not null || outcome.Account is null || outcome.SessionId is null)
        {
            await Send.RedirectAsync(SingleSignOn.SignInPage(outcome.Error ?? SingleSignOn.Errors.Failed, returnTo));
            return;
        }
        var principal = SignedInUser.Principal(outcome.Account, AuthenticationSetup.CookieScheme, outcome.SessionId);
        await HttpContext.SignInAsync(AuthenticationSetup.CookieScheme, principal);
        await Send.RedirectAsync(SingleSignOn.SafeReturnPath(returnTo));
    }

    private async Task<Outcome> SignInAsync(ClaimsPrincipal external, string? idToken, CancellationToken ct)
    {
        var sso = settings.SingleSignOn;
        var subjectClaim = external.FindFirst("sub");
        if (subjectClaim is null || string.IsNullOrEmpty(subjectClaim.Value)) return new(null, SingleSignOn.Errors.Failed, null);
        var issuer = subjectClaim.Issuer;
        var subject = subjectClaim.Value;
        var email = sso.EffectiveEmailClaims.Select(c => external.FindFirstValue(c)?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v) && v.Contains('@'));
        var name = external.FindFirstValue("name")?.Trim() is { Length: > 0 } n ? Clip(n, UserData.MaxDisplayNameLength) : null;
        var mappedRole = sso.RoleMap.Count > 0 ? sso.RoleFor(external.FindAll(sso.RoleClaim).Select(c => c.Value)) : null;
        var client = ClientAddress.Of(HttpContext);
        var now = clock.NowText;
        var actor = new WriteContext(name ?? email ?? "anonymous", now);

        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var account = await connection.QuerySingleOrDefaultAsync<Account>(AccountStore.SelectSql + """

            JOIN user_logins l ON l.user_id = u.id
            WHERE l.issuer = @issuer AND l.subject = @subject
            """, new { issuer, subject }, transaction);
        var linked = account is not null;
        if (account is null && email is not null && email.Length <= UserData.MaxUsernameLength)
            account = await AccountStore.FindByUsernameAsync(connection, email, transaction);

        if (account is null)
        {
            string? error = null;
            if (sso.RoleMap.Count > 0 && mappedRole is null) error = SingleSignOn.Errors.NoRole;
            else if (!sso.CreateAccountsOnFirstSignIn || mappedRole is null) error = SingleSignOn.Errors.NoAccount;
            else if (email is null || email.Length > UserData.MaxUsernameLength) error = SingleSignOn.Errors.NoEmail;
            if (error is not null)
            {
                logger.LogInformation("Single sign-on refused ({Error}): no account for this person.", error);
                return new(null, error, null);
            }
            var personId = await PersonWithEmailAsync(connection, transaction, email!);
            var created = new { Username = email!, DisplayName = name ?? email!, Role = mappedRole!, PersonId = personId };
            var id = await connection.ExecuteScalarAsync<long>(UserData.InsertSql,
                new { created.Username, created.DisplayName, created.Role, created.PersonId, PasswordHash = Passwords.NoPassword, Now = now }, transaction);
            await AuditLog.RecordAsync(connection, transaction, actor, "user", id, null, null,
                new { created.Username, created.DisplayName, created.Role, created.PersonId, CreatedBy = "singleSignOn", Provider = issuer });
            account = (await AccountStore.FindByIdAsync(connection, id, transaction))!;
        }

        string? refusal = account.IsDisabled ? SingleSignOn.Errors.Disabled
            : sso.RoleMap.Count > 0 && mappedRole is null ? SingleSignOn.Errors.NoRole
            : null;
        if (refusal is not null)
        {
            await AuditLog.RecordAsync(connection, transaction, actor, "user", account.Id, null, new { Client = client },
                new { Event = "signInFailed", Method = "singleSignOn", Reason = refusal, Provider = issuer, Client = client });
            await transaction.CommitAsync(ct);
            logger.LogInformation("Single sign-on refused ({Error}) for user {UserId}.", refusal, account.Id);
            return new(null, refusal, null);
        }

        if (!linked)
            await connection.ExecuteAsync("""
                INSERT INTO user_logins (user_id, issuer, subject, created_at, last_signed_in_at) VALUES (@userId, @issuer, @subject, @now, @now)
                """, new { userId = account.Id, issuer, subject, now }, transaction);
        else
            await connection.ExecuteAsync("UPDATE user_logins SET last_signed_in_at = @now WHERE issuer = @issuer AND subject = @subject",
                new { issuer, subject, now }, transaction);

        // What the provider says now wins: its role (with a RoleMap), its name, and a Person by email if none is linked.
        var role = mappedRole ?? account.Role;
        var displayName = name ?? account.DisplayName;
        var person = account.PersonId ?? (email is null ? null : await PersonWithEmailAsync(connection, transaction, email));
        if (role != account.Role || displayName != account.DisplayName || person != account.PersonId)
        {
            await connection.ExecuteAsync("""
                UPDATE users SET role = @role, display_name = @displayName, person_id = @person, row_version = row_version + 1, updated_at = @now
                WHERE id = @id
                """, new { role, displayName, person, now, id = account.Id }, transaction);
            await AuditLog.RecordAsync(connection, transaction, actor, "user", account.Id, null,
                new { account.Role, account.DisplayName, account.PersonId },
                new { Role = role, DisplayName = displayName, PersonId = person, ChangedBy = "singleSignOn" });
            account = (await AccountStore.FindByIdAsync(connection, account.Id, transaction))!;
        }
        await AuditLog.RecordAsync(connection, transaction, actor, "user", account.Id, null, new { Client = client },
            new { Event = "signIn", Method = "singleSignOn", Provider = issuer, Linked = linked ? null : "firstSignIn", Client = client });
        var sessionId = await Sessions.StartAsync(connection, transaction, account.Id, clock.UtcNow, sso.SignOutOfProvider ? idToken : null);
        await transaction.CommitAsync(ct);
        return new(account, null, sessionId);
    }

    private static Task<long?> PersonWithEmailAsync(IDbConnection connection, IDbTransaction transaction, string email) =>
        connection.QuerySingleOrDefaultAsync<long?>("SELECT id FROM people WHERE lower(email) = lower(@email)", new { email }, transaction);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}

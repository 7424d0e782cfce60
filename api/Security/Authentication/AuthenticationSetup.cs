using ActionPlanTracker.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Two ways in, chosen per request by a policy scheme: "Authorization: Bearer apt_..." means an API token, anything
/// else the SPA's session cookie. Failures are 401/403 problem details, never a redirect to a login page.
/// </summary>
public static class AuthenticationSetup
{
    public const string PolicyScheme = "tracker";
    public const string CookieScheme = "tracker-cookie";
    public const string TokenScheme = "tracker-token";
    public const string CookieName = "tracker.session";
    /// <summary>Issue 16: the council's OpenID Connect provider (registered always; used only when Tracker:SingleSignOn is set).</summary>
    public const string SingleSignOnScheme = "tracker-sso";
    /// <summary>The short-lived cookie holding the provider's answer between its callback and /api/session/sso/complete.</summary>
    public const string ExternalScheme = "tracker-external";
    /// <summary>Issue 16: the provider's client-credentials access tokens for integrations (Tracker:SingleSignOn:Api; see <see cref="ClientTokens"/>).</summary>
    public const string ClientScheme = "tracker-client";

    public static IServiceCollection AddTrackerAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<Passwords>();
        services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "Cookie, API token or client token", o => o.ForwardDefaultSelector = http =>
            {
                var authorization = http.Request.Headers.Authorization.ToString();
                if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return CookieScheme;
                // "Bearer apt_…" is a personal API token; any other Bearer token is the provider's, when integrations are set up.
                return ClientTokens.IsClientToken(authorization)
                       && http.RequestServices.GetRequiredService<TrackerSettings>().SingleSignOn.ClientTokensEnabled
                    ? ClientScheme : TokenScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(TokenScheme, null)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = context => AuthProblems.SignInRequiredAsync(context.HttpContext);
                o.Events.OnRedirectToAccessDenied = context => AuthProblems.ForbiddenAsync(context.HttpContext);
                o.Events.OnValidatePrincipal = ValidateSessionAsync;
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme)
            .Configure<TrackerSettings>((o, settings) => o.ExpireTimeSpan = TimeSpan.FromHours(settings.SessionHours));
        services.AddSingleSignOn();
        services.AddClientTokens();
        services.AddAuthorization();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryCheck.HeaderName;
            o.Cookie.Name = "tracker.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The security headers already forbid framing (frame-ancestors 'none'); antiforgery's SAMEORIGIN would only contradict them.
            o.SuppressXFrameOptionsHeader = true;
        });
        return services;
    }

    /// <summary>Checks the antiforgery token on cookie-authenticated writes; goes after UseAuthentication.</summary>
    public static IApplicationBuilder UseAntiforgeryCheck(this IApplicationBuilder app) => app.UseMiddleware<AntiforgeryCheck>();

    /// <summary>Refuses (403) an integration whose valid client token maps to no tracker role; goes after UseAuthentication.</summary>
    public static IApplicationBuilder UseClientRoleCheck(this IApplicationBuilder app) => app.UseMiddleware<ClientRoleCheck>();

    /// <summary>
    /// A cookie is honoured only while its server-side session exists (db/0025: sign-out, a password change or reset, an
    /// administrator's change to the account or DELETE /api/users/{id}/sessions delete it) and while its account is
    /// unchanged: row_version is also stamped in the cookie, so any change to the account ends older sessions. One keyed
    /// read per request, never a write.
    /// </summary>
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var user = context.Principal is { } principal ? SignedInUser.From(principal) : null;
        var stamp = context.Principal is { } p ? SignedInUser.StampOf(p) : null;
        var sessionId = context.Principal is { } q ? Sessions.IdOf(q) : null;
        Account? account = null;
        if (user is not null && sessionId is not null)
        {
            var services = context.HttpContext.RequestServices;
            var database = services.GetRequiredService<Database>();
            var now = services.GetRequiredService<ActionPlanTracker.Features.Common.Clock>().UtcNow;
            await using var connection = await database.OpenAsync(context.HttpContext.RequestAborted);
            account = await Sessions.FindAccountAsync(connection, sessionId, user.Id, now);
        }
        if (account is null || account.IsDisabled || account.Version != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieScheme);
        }
    }
}

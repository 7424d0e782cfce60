using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Issue 16: OpenID Connect sign-in (authorization code + PKCE). The provider's answer lands at
/// <see cref="CallbackPath"/>, is kept for a few minutes in the external cookie, and /api/session/sso/complete turns it
/// into the tracker's own server-side session (<see cref="Sessions"/>), exactly as a password sign-in does, so sign-out,
/// revocation, antiforgery and "end all sessions" work the same. The scheme is always registered (with a placeholder
/// authority when single sign-on is off, which nothing ever contacts), so configuration alone switches it on.
/// </summary>
public static class SingleSignOn
{
    public const string StartPath = "/api/session/sso";
    public const string CallbackPath = "/api/session/sso/callback";
    public const string CompletePath = "/api/session/sso/complete";
    public const string ReturnToItem = "returnTo";
    /// <summary>The provider's id_token, carried in the (encrypted, five-minute) external cookie to the session row.</summary>
    public const string IdTokenItem = "idToken";
    /// <summary>Where the provider sends the browser back after signing out of it.</summary>
    public const string SignedOutPath = "/sign-in?signedOut=1";

    /// <summary>Codes the sign-in page turns into messages (web/src/domain/sign-in-errors.ts).</summary>
    public static class Errors
    {
        public const string AccessDenied = "accessDenied";
        public const string NoRole = "noRole";
        public const string NoAccount = "noAccount";
        public const string NoEmail = "noEmail";
        public const string Disabled = "disabled";
        public const string Failed = "failed";
    }

    public static IServiceCollection AddSingleSignOn(this IServiceCollection services)
    {
        services.AddAuthentication()
            .AddCookie(AuthenticationSetup.ExternalScheme, o =>
            {
                o.Cookie.Name = "tracker.sso";
                o.Cookie.Path = StartPath;
                o.Cookie.HttpOnly = true;
                // Lax: it is set on the provider's redirect back (a top-level navigation from another site).
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
                o.SlidingExpiration = false;
                o.Events.OnRedirectToLogin = context => AuthProblems.SignInRequiredAsync(context.HttpContext);
            })
            .AddOpenIdConnect(AuthenticationSetup.SingleSignOnScheme, "Council account", _ => { });
        services.AddOptions<OpenIdConnectOptions>(AuthenticationSetup.SingleSignOnScheme)
            .Configure<TrackerSettings>((o, tracker) => Configure(o, tracker.SingleSignOn));
        return services;
    }

    private static void Configure(OpenIdConnectOptions o, SingleSignOnSettings sso)
    {
        o.Authority = sso.Enabled ? sso.Authority : "https://single-sign-on.invalid/";
        o.ClientId = sso.Enabled ? sso.ClientId : "off";
        o.ClientSecret = string.IsNullOrEmpty(sso.ClientSecret) ? null : sso.ClientSecret;
        o.RequireHttpsMetadata = sso.EffectiveRequireHttpsMetadata;
        o.ResponseType = OpenIdConnectResponseType.Code;
        // The code comes back in the query (a GET), so the correlation and nonce cookies can be SameSite=Lax.
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.Scope.Clear();
        foreach (var scope in sso.EffectiveScopes) o.Scope.Add(scope);
        o.CallbackPath = CallbackPath;
        o.SignInScheme = AuthenticationSetup.ExternalScheme;
        // The tracker's own session is what matters; the provider's tokens are not kept.
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        // Claims keep the provider's names (sub, email, name, roles, groups), as RoleClaim and EmailClaims say them.
        o.MapInboundClaims = false;
        o.TokenValidationParameters.NameClaimType = "name";
        o.TokenValidationParameters.RoleClaimType = sso.RoleClaim;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        // The tracker's time may be pinned (tests) or moved; the provider's tokens and the browser's cookies follow the real clock.
        o.TimeProvider = TimeProvider.System;
        // Only the id_token is kept (not the access token), and only for signing out of the provider later.
        o.Events.OnTokenValidated = context =>
        {
            var idToken = context.TokenEndpointResponse?.IdToken ?? context.ProtocolMessage?.IdToken;
            if (sso.SignOutOfProvider && !string.IsNullOrEmpty(idToken) && context.Properties is { } properties)
                properties.Items[IdTokenItem] = idToken;
            return Task.CompletedTask;
        };
        o.Events.OnRemoteFailure = context =>
        {
            var error = context.Failure?.Message.Contains("access_denied", StringComparison.Ordinal) == true ? Errors.AccessDenied : Errors.Failed;
            context.Response.Redirect(SignInPage(error, context.Properties?.Items.TryGetValue(ReturnToItem, out var r) == true ? r : null));
            context.HandleResponse();
            return Task.CompletedTask;
        };
        o.Events.OnAccessDenied = context =>
        {
            context.Response.Redirect(SignInPage(Errors.AccessDenied, context.Properties?.Items.TryGetValue(ReturnToItem, out var r) == true ? r : null));
            context.HandleResponse();
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// Where to send the browser to end the person's session at the provider: its end_session_endpoint with id_token_hint
    /// and post_logout_redirect_uri back to /sign-in?signedOut=1 (register that address with the provider). Null when
    /// single sign-on or SignOutOfProvider is off, the discovery document names no end_session_endpoint, or it cannot be read.
    /// </summary>
    public static async Task<string?> ProviderSignOutAddressAsync(HttpContext http, SingleSignOnSettings sso, string idToken)
    {
        if (!sso.Enabled || !sso.SignOutOfProvider) return null;
        var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<OpenIdConnectOptions>>()
            .Get(AuthenticationSetup.SingleSignOnScheme);
        string? endSession;
        try
        {
            var configuration = options.Configuration
                ?? (options.ConfigurationManager is { } manager ? await manager.GetConfigurationAsync(http.RequestAborted) : null);
            endSession = configuration?.EndSessionEndpoint;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SingleSignOn))
                .LogWarning(e, "The provider's discovery document could not be read; signed out of the tracker only.");
            return null;
        }
        if (string.IsNullOrEmpty(endSession) || !Uri.TryCreate(endSession, UriKind.Absolute, out _)) return null;
        var back = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{SignedOutPath}";
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(endSession, new Dictionary<string, string?>
        {
            ["id_token_hint"] = idToken,
            ["post_logout_redirect_uri"] = back,
            ["client_id"] = sso.ClientId,
        });
    }

    /// <summary>The SPA's sign-in page showing <paramref name="error"/>, keeping where the person was going.</summary>
    public static string SignInPage(string error, string? returnTo)
    {
        var address = "/sign-in?ssoError=" + Uri.EscapeDataString(error);
        return SafeReturnPath(returnTo) is var path && path != "/" ? address + "&returnTo=" + Uri.EscapeDataString(path) : address;
    }

    /// <summary>A path on this site to go back to after signing in; anything else (another site, "//x", "/\x") is "/".</summary>
    public static string SafeReturnPath(string? returnTo)
    {
        if (string.IsNullOrEmpty(returnTo) || returnTo.Length > 2000 || returnTo[0] != '/') return "/";
        if (returnTo.Length > 1 && (returnTo[1] == '/' || returnTo[1] == '\\')) return "/";
        if (returnTo.Any(c => char.IsControl(c) || c == '\\')) return "/";
        if (returnTo.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || returnTo.StartsWith("/sign-in", StringComparison.OrdinalIgnoreCase)) return "/";
        return returnTo;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Issue 16: integrations calling with the council provider's client-credentials access tokens (Tracker:SingleSignOn:Api).
/// "Authorization: Bearer apt_…" stays a personal API token; any other Bearer token comes here and is validated against
/// the single sign-on Authority: issuer, audience (Api:Audience), signature by a key in the provider's JWKS, lifetime.
/// The principal is the application, not a person: its mapped tracker role, the name "client &lt;name or id&gt;" (what
/// the audit log records), no account, no session and no antiforgery check (a Bearer header is never sent by a
/// browser on its own). An application the settings give no role is refused with a 403 problem
/// (<see cref="ClientRoleCheck"/>). The scheme is always registered; when off, such tokens never reach it.
/// </summary>
public static class ClientTokens
{
    /// <summary>The claim naming the application's client id.</summary>
    public const string ClientIdClaim = "tracker:client";

    /// <summary>Where providers put the calling application's id: Entra v2 (azp), Entra v1 (appid), RFC 9068 and OpenIddict (client_id).</summary>
    private static readonly string[] ClientIdClaims = ["azp", "appid", "client_id"];

    /// <summary>Claims tried for a readable application name before its id.</summary>
    private static readonly string[] NameClaims = ["app_displayname", "name"];

    public static IServiceCollection AddClientTokens(this IServiceCollection services)
    {
        services.AddAuthentication().AddJwtBearer(AuthenticationSetup.ClientScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(AuthenticationSetup.ClientScheme)
            .Configure<TrackerSettings>((o, tracker) => Configure(o, tracker.SingleSignOn));
        return services;
    }

    /// <summary>A request the policy scheme should send here: a Bearer token that is not an "apt_" API token.</summary>
    public static bool IsClientToken(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && !authorization["Bearer ".Length..].TrimStart().StartsWith(ApiTokens.Marker, StringComparison.Ordinal);

    private static void Configure(JwtBearerOptions o, SingleSignOnSettings sso)
    {
        o.Authority = sso.ClientTokensEnabled ? sso.Authority : "https://single-sign-on.invalid/";
        o.Audience = sso.ClientTokensEnabled ? sso.Api.Audience : "off";
        o.RequireHttpsMetadata = sso.EffectiveRequireHttpsMetadata;
        o.MapInboundClaims = false;
        o.SaveToken = false;
        o.TokenValidationParameters.ValidateIssuer = true;
        o.TokenValidationParameters.ValidateAudience = true;
        o.TokenValidationParameters.ValidateLifetime = true;
        o.TokenValidationParameters.ValidateIssuerSigningKey = true;
        o.TokenValidationParameters.RequireExpirationTime = true;
        o.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(2);
        o.TimeProvider = TimeProvider.System;
        o.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                var token = context.Principal!;
                // A delegated token (scp) acts for a person: people sign in to the SPA, so only application tokens are taken.
                if (token.FindFirst("scp") is not null)
                {
                    context.Fail("A delegated (user) token; the API takes application tokens only.");
                    return Task.CompletedTask;
                }
                var clientId = ClientIdClaims.Select(c => token.FindFirstValue(c)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))
                               ?? token.FindFirstValue("sub");
                if (string.IsNullOrWhiteSpace(clientId))
                {
                    context.Fail("The token names no client.");
                    return Task.CompletedTask;
                }
                var name = NameClaims.Select(c => token.FindFirstValue(c)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) ?? clientId;
                var role = sso.Api.RoleFor(clientId, token.FindAll(sso.Api.RoleClaim).Select(c => c.Value));
                var claims = new List<Claim> { new(ClaimTypes.Name, Clip("client " + name.Trim(), 200)), new(ClientIdClaim, clientId) };
                if (role is not null) claims.Add(new(ClaimTypes.Role, role));
                context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationSetup.ClientScheme, ClaimTypes.Name, ClaimTypes.Role));
                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await AuthProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, AuthProblems.SessionField,
                    "The Bearer token was not accepted: it must come from the council's provider for this tracker's API (its audience), be signed by the provider and be in date.");
            },
            OnForbidden = context => AuthProblems.ForbiddenAsync(context.HttpContext),
        };
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}

/// <summary>An application whose token is valid but which the settings give no tracker role: 403, before any endpoint runs.</summary>
public sealed class ClientRoleCheck(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (http.User.Identity is { IsAuthenticated: true, AuthenticationType: AuthenticationSetup.ClientScheme } && !http.User.HasClaim(c => c.Type == ClaimTypes.Role))
            return AuthProblems.WriteAsync(http, StatusCodes.Status403Forbidden, AuthProblems.SessionField,
                "This application has no role in the tracker: ask the council's administrator to give it an app role the tracker maps (Tracker:SingleSignOn:Api).");
        return next(http);
    }
}

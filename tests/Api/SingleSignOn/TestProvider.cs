using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ActionPlanTracker.Tests.Api.SingleSignOn;

/// <summary>Who the provider says is signing in: its subject, email, name and role claim values.</summary>
public sealed record ProviderUser(string Subject, string? Email, string Name, params string[] Roles);

/// <summary>An application registered at the provider for the client-credentials grant, with the app roles its tokens carry.</summary>
public sealed record ProviderClient(string Id, string Secret, string Name, params string[] Roles);

/// <summary>
/// A real OpenID Connect provider on a loopback port: OpenIddict 7's server in degraded mode (no store; this class
/// checks the one client and its redirect address itself), over HTTP, with ephemeral keys. Its authorization endpoint
/// has no login page: it signs in <see cref="NextUser"/> at once, or answers access_denied when that is null. Everything
/// else is the real protocol: discovery, the authorization code with PKCE, the token endpoint with the client secret,
/// and an id_token signed with a key the tracker fetches from the JWKS address.
/// </summary>
public sealed class TestProvider : IAsyncDisposable
{
    public const string ClientId = "tracker-tests";
    public const string ClientSecret = "tracker-tests-secret-2026";
    /// <summary>The tracker's exposed API: the audience of the client-credentials tokens issued for it.</summary>
    public const string ApiAudience = "api://tracker-tests";
    private const string SessionCookie = "provider.sid";

    /// <summary>Applications that may use the client-credentials grant (issue 16, integrations).</summary>
    public Dictionary<string, ProviderClient> Clients { get; } = new();

    /// <summary>
    /// When true the provider remembers who signed in (its own session cookie) and signs them in again without asking,
    /// as a real provider does, until its end-session endpoint ends that session.
    /// </summary>
    public bool RememberSessions { get; set; }

    /// <summary>Every call to the end-session endpoint: its id_token_hint and post_logout_redirect_uri.</summary>
    public List<(string? IdTokenHint, string? PostLogoutRedirectUri)> EndSessions { get; } = [];

    private readonly Dictionary<string, ProviderUser> sessions = new();

    private readonly WebApplication app;

    /// <summary>The person the next authorization request signs in; null answers access_denied.</summary>
    public ProviderUser? NextUser { get; set; }

    /// <summary>The redirect address the tracker must use (its callback); set before the first sign-in.</summary>
    public string? ExpectedRedirectUri { get; set; }

    public Uri Authority { get; }

    private TestProvider(WebApplication app, Uri authority)
    {
        this.app = app;
        Authority = authority;
    }

    public static async Task<TestProvider> StartAsync()
    {
        TestProvider? provider = null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.EnableDegradedMode();
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token")
                .SetEndSessionEndpointUris("connect/endsession");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowClientCredentialsFlow();
            options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.DisableAccessTokenEncryption();
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough().DisableTransportSecurityRequirement();
            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId) context.Reject(Errors.InvalidClient, "Unknown client.");
                else if (provider?.ExpectedRedirectUri is { } expected && context.RedirectUri != expected)
                    context.Reject(Errors.InvalidRequest, $"The redirect address {context.RedirectUri} is not registered.");
                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(b => b.UseInlineHandler(context =>
            {
                if (context.Request.IsClientCredentialsGrantType())
                {
                    if (provider is null || context.ClientId is null || !provider.Clients.TryGetValue(context.ClientId, out var app) || app.Secret != context.ClientSecret)
                        context.Reject(Errors.InvalidClient, "Wrong client credentials.");
                }
                else if (context.ClientId != ClientId || context.ClientSecret != ClientSecret) context.Reject(Errors.InvalidClient, "Wrong client credentials.");
                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateEndSessionRequestContext>(b => b.UseInlineHandler(context =>
            {
                if (provider?.ExpectedRedirectUri is { } callback && context.PostLogoutRedirectUri is { } back
                    && !back.StartsWith(new Uri(new Uri(callback), "/sign-in?signedOut=1").ToString(), StringComparison.Ordinal))
                    context.Reject(Errors.InvalidRequest, $"The post-logout address {back} is not registered.");
                return default;
            }));
        });
        var app = builder.Build();
        app.MapGet("/connect/authorize", (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            ProviderUser? remembered = null;
            if (provider is { RememberSessions: true } && http.Request.Cookies[SessionCookie] is { } sid)
                lock (provider.sessions) provider.sessions.TryGetValue(sid, out remembered);
            if ((remembered ?? provider?.NextUser) is not { } user)
                return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The person declined.",
                }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, user.Subject).SetClaim(Claims.Name, user.Name);
            if (user.Email is not null) identity.SetClaim(Claims.Email, user.Email);
            if (user.Roles.Length > 0) identity.SetClaims("roles", [.. user.Roles]);
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
            if (provider is { RememberSessions: true } && remembered is null)
            {
                var id = Guid.NewGuid().ToString("N");
                lock (provider.sessions) provider.sessions[id] = user;
                http.Response.Cookies.Append(SessionCookie, id, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Path = "/connect" });
            }
            return Results.SignIn(new ClaimsPrincipal(identity), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapGet("/connect/endsession", (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            lock (provider!.EndSessions) provider.EndSessions.Add((request.IdTokenHint, request.PostLogoutRedirectUri));
            if (http.Request.Cookies[SessionCookie] is { } sid) lock (provider.sessions) provider.sessions.Remove(sid);
            http.Response.Cookies.Delete(SessionCookie, new CookieOptions { Path = "/connect" });
            return Results.SignOut(null, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });
        app.MapPost("/connect/token", async (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            if (request.IsClientCredentialsGrantType())
            {
                var client = provider!.Clients[request.ClientId!];
                var application = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
                application.SetClaim(Claims.Subject, client.Id).SetClaim(Claims.Name, client.Name);
                if (client.Roles.Length > 0) application.SetClaims("roles", [.. client.Roles]);
                application.SetAudiences(ApiAudience);
                application.SetDestinations(_ => [Destinations.AccessToken]);
                return Results.SignIn(new ClaimsPrincipal(application), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            }
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(result.Principal!, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider = new TestProvider(app, new Uri(address.TrimEnd('/') + "/"));
        return provider;
    }

    /// <summary>The key the provider signs with (published in its JWKS), for tests that make tokens of their own.</summary>
    public Microsoft.IdentityModel.Tokens.SigningCredentials SigningCredentials =>
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.SigningCredentials.First();

    /// <summary>A client-credentials access token for <paramref name="client"/> from the token endpoint, as an integration gets one.</summary>
    public async Task<string> ClientTokenAsync(ProviderClient client)
    {
        Clients[client.Id] = client;
        using var http = new HttpClient();
        var response = await http.PostAsync(new Uri(Authority, "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client.Id, ["client_secret"] = client.Secret,
        }));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException("The token endpoint refused: " + text);
        return System.Text.Json.Nodes.JsonNode.Parse(text)!["access_token"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

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
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            options.DisableAccessTokenEncryption();
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            options.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId) context.Reject(Errors.InvalidClient, "Unknown client.");
                else if (provider?.ExpectedRedirectUri is { } expected && context.RedirectUri != expected)
                    context.Reject(Errors.InvalidRequest, $"The redirect address {context.RedirectUri} is not registered.");
                return default;
            }));
            options.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(b => b.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret) context.Reject(Errors.InvalidClient, "Wrong client credentials.");
                return default;
            }));
        });
        var app = builder.Build();
        app.MapGet("/connect/authorize", (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            if (provider?.NextUser is not { } user)
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
            return Results.SignIn(new ClaimsPrincipal(identity), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapPost("/connect/token", async (HttpContext http) =>
        {
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(result.Principal!, null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        provider = new TestProvider(app, new Uri(address.TrimEnd('/') + "/"));
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

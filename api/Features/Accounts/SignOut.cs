using ActionPlanTracker.Data;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using Microsoft.AspNetCore.Authentication;

namespace ActionPlanTracker.Features.Accounts;

/// <summary>Issue 16: where the SPA sends the browser next to sign out of the council's provider too.</summary>
public sealed record SignOutResponse
{
    /// <summary>The provider's end_session_endpoint with id_token_hint and post_logout_redirect_uri (back to /sign-in?signedOut=1).</summary>
    public required string ProviderSignOutAddress { get; init; }
}

/// <summary>
/// Ends the session on the server too (its sessions row goes), so a copy of the cookie stops working. A session begun
/// by single sign-on, when Tracker:SingleSignOn:SignOutOfProvider is on and the provider has an end_session_endpoint,
/// answers 200 with the provider's sign-out address instead of 204: the SPA sends the browser there, so the provider's
/// own session ends as well and the next sign-in asks it again.
/// </summary>
public sealed class SignOut(Database database, TrackerSettings settings) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Delete("/session");
        Options(b => b.WithMetadata(WithoutIfMatch.Instance));
        AllowAnonymous();
        Description(b => b.Produces(204).Produces<SignOutResponse>(200, "application/json").ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Sign out (ends the cookie session on the server)";
            s.Description = "Idempotent: 204 whether or not a session was open. With a session, X-CSRF-TOKEN is required like any change. " +
                            "Clear-Site-Data: \"cache\" asks the browser to drop the grids and summaries it kept. " +
                            "A session begun by single sign-on answers 200 with providerSignOutAddress when the provider offers " +
                            "sign-out (Tracker:SingleSignOn:SignOutOfProvider): send the browser there to end the provider's session too.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        string? idToken = null;
        if (HttpContext.User.Identity?.AuthenticationType == AuthenticationSetup.CookieScheme && Sessions.IdOf(HttpContext.User) is { } sessionId)
        {
            await using var connection = await database.OpenAsync(ct);
            idToken = await Sessions.IdTokenOfAsync(connection, sessionId);
            await Sessions.EndAsync(connection, sessionId);
        }
        await HttpContext.SignOutAsync(AuthenticationSetup.CookieScheme);
        // The grid and summary may sit in this browser's cache ("private, no-cache", issue 14): signing out empties it,
        // so the next person at a shared computer cannot read a plan from it.
        HttpContext.Response.Headers["Clear-Site-Data"] = "\"cache\"";
        var address = idToken is null ? null : await SingleSignOn.ProviderSignOutAddressAsync(HttpContext, settings.SingleSignOn, idToken);
        if (address is null) await Send.NoContentAsync(ct);
        else await Send.OkAsync(new SignOutResponse { ProviderSignOutAddress = address }, ct);
    }
}

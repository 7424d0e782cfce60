using ActionPlanTracker.Data;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using Microsoft.AspNetCore.Authentication;

namespace ActionPlanTracker.Features.Accounts;

/// <summary>Ends the session on the server too (its sessions row goes), so a copy of the cookie stops working.</summary>
public sealed class SignOut(Database database) : EndpointWithoutRequest
{
    public override void Configure()
    {
        Delete("/session");
        Options(b => b.WithMetadata(WithoutIfMatch.Instance));
        AllowAnonymous();
        Description(b => b.Produces(204).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Sign out (ends the cookie session on the server)";
            s.Description = "Idempotent: 204 whether or not a session was open. With a session, X-CSRF-TOKEN is required like any change. " +
                            "Clear-Site-Data: \"cache\" asks the browser to drop the grids and summaries it kept.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        if (HttpContext.User.Identity?.AuthenticationType == AuthenticationSetup.CookieScheme && Sessions.IdOf(HttpContext.User) is { } sessionId)
        {
            await using var connection = await database.OpenAsync(ct);
            await Sessions.EndAsync(connection, sessionId);
        }
        await HttpContext.SignOutAsync(AuthenticationSetup.CookieScheme);
        // The grid and summary may sit in this browser's cache ("private, no-cache", issue 14): signing out empties it,
        // so the next person at a shared computer cannot read a plan from it.
        HttpContext.Response.Headers["Clear-Site-Data"] = "\"cache\"";
        await Send.NoContentAsync(ct);
    }
}

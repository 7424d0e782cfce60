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
            s.Description = "Idempotent: 204 whether or not a session was open. With a session, X-CSRF-TOKEN is required like any change.";
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
        await Send.NoContentAsync(ct);
    }
}

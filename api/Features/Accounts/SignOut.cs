using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using Microsoft.AspNetCore.Authentication;

namespace ActionPlanTracker.Features.Accounts;

public sealed class SignOut : EndpointWithoutRequest
{
    public override void Configure()
    {
        Delete("/session");
        Options(b => b.WithMetadata(WithoutIfMatch.Instance));
        AllowAnonymous();
        Description(b => b.Produces(204).ProducesProblemDetails(400));
        Summary(s =>
        {
            s.Summary = "Sign out (ends the cookie session)";
            s.Description = "Idempotent: 204 whether or not a session was open. With a session, X-CSRF-TOKEN is required like any change.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await HttpContext.SignOutAsync(AuthenticationSetup.CookieScheme);
        await Send.NoContentAsync(ct);
    }
}

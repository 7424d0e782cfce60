using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using Microsoft.AspNetCore.Antiforgery;

namespace ActionPlanTracker.Features.Accounts;

public sealed class GetSession(IAntiforgery antiforgery) : EndpointWithoutRequest<SessionResponse>
{
    public override void Configure()
    {
        Get("/session");
        AllowAnonymous();
        Description(b => b.Produces<SessionResponse>(200).ProducesProblemDetails(401).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Who am I: the signed-in user, with a fresh antiforgery token";
            s.Description = "401 when nobody is signed in; the SPA calls this at start-up to decide whether to show the sign-in page.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var user = this.RequireSignIn(HttpContext);
        var token = HttpContext.User.Identity?.AuthenticationType == AuthenticationSetup.CookieScheme
            ? antiforgery.GetAndStoreTokens(HttpContext).RequestToken
            : null;
        await Send.OkAsync(SessionResponse.For(user, token), ct);
    }
}

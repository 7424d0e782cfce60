using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using FastEndpoints;
using Microsoft.AspNetCore.Authentication;

namespace ActionPlanTracker.Features.Accounts;

public sealed record StartSingleSignOnRequest
{
    /// <summary>A path on this site to come back to afterwards; anything else (another site, "//x") is replaced by "/".</summary>
    [QueryParam]
    public string? ReturnTo { get; init; }
}

/// <summary>
/// The sign-in page's "Sign in with your council account" link: a redirect to the provider (authorization code with
/// PKCE). The provider sends the browser back to /api/session/sso/callback, then /api/session/sso/complete starts the
/// tracker's session and sends it on to returnTo.
/// </summary>
public sealed class StartSingleSignOn(TrackerSettings settings) : Endpoint<StartSingleSignOnRequest>
{
    public override void Configure()
    {
        Get("/session/sso");
        AllowAnonymous();
        Description(b => b.Produces(302).ProducesProblemDetails(404).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "Sign in with the council's account (redirects to the OpenID Connect provider)";
            s.Description = "404 when single sign-on is not set up (Tracker:SingleSignOn). A browser address, not for scripts.";
        });
    }

    public override async Task HandleAsync(StartSingleSignOnRequest request, CancellationToken ct)
    {
        if (!settings.SingleSignOn.Enabled) this.Stop(404, AuthProblems.SessionField, "Single sign-on is not set up on this tracker.");
        var properties = new AuthenticationProperties { RedirectUri = SingleSignOn.CompletePath };
        properties.Items[SingleSignOn.ReturnToItem] = SingleSignOn.SafeReturnPath(request.ReturnTo);
        await Send.ResultAsync(TypedResults.Challenge(properties, [AuthenticationSetup.SingleSignOnScheme]));
    }
}

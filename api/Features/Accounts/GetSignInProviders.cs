using ActionPlanTracker.Security.Authentication;
using FastEndpoints;

namespace ActionPlanTracker.Features.Accounts;

/// <summary>How people may sign in here: what the sign-in page offers.</summary>
public sealed record SignInProvidersResponse
{
    /// <summary>True when Tracker:SingleSignOn names a provider: the page shows a button to <see cref="SingleSignOnAddress"/>.</summary>
    public bool SingleSignOn { get; init; }
    /// <summary>The button's text, e.g. "Sign in with your council account"; null when single sign-on is off.</summary>
    public string? SingleSignOnText { get; init; }
    /// <summary>The address the button goes to (add ?returnTo=/a/path); null when single sign-on is off.</summary>
    public string? SingleSignOnAddress { get; init; }
    /// <summary>False when username-and-password sign-in is switched off (only named emergency accounts may still use it).</summary>
    public bool LocalAccounts { get; init; }
}

public sealed class GetSignInProviders(TrackerSettings settings) : EndpointWithoutRequest<SignInProvidersResponse>
{
    public override void Configure()
    {
        Get("/session/providers");
        AllowAnonymous();
        Description(b => b.Produces<SignInProvidersResponse>(200).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "How to sign in: single sign-on (its button text and address) and whether passwords are accepted";
            s.Description = "Anonymous: the sign-in page asks before drawing itself.";
        });
    }

    public override Task HandleAsync(CancellationToken ct)
    {
        var sso = settings.SingleSignOn;
        return Send.OkAsync(new SignInProvidersResponse
        {
            SingleSignOn = sso.Enabled,
            SingleSignOnText = sso.Enabled ? sso.DisplayName : null,
            SingleSignOnAddress = sso.Enabled ? SingleSignOn.StartPath : null,
            LocalAccounts = sso.LocalAccounts,
        }, ct);
    }
}

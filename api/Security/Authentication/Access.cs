using ActionPlanTracker.Features.Common;
using FastEndpoints;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Guard clauses for the accounts endpoints, which need the signed-in account itself. The routes carry their roles too
/// (Roles(...) with <see cref="Allowed"/>); these also hand the handler the account it acts for.
/// </summary>
public static class Access
{
    /// <summary>An integration's client token (issue 16) has a role but no account: what belongs to an account is refused.</summary>
    public const string PeopleOnly = "This belongs to a person's account; an application's client token cannot use it. Use a personal API token.";

    public static bool IsApplication(System.Security.Claims.ClaimsPrincipal principal) =>
        principal.Identity is { IsAuthenticated: true, AuthenticationType: AuthenticationSetup.ClientScheme };

    public static SignedInUser RequireSignIn(this IValidationErrors endpoint, HttpContext http)
    {
        var user = SignedInUser.From(http.User);
        if (user is null && IsApplication(http.User))
            endpoint.Stop(StatusCodes.Status403Forbidden, AuthProblems.SessionField, PeopleOnly);
        if (user is null)
            endpoint.Stop(StatusCodes.Status401Unauthorized, AuthProblems.SessionField, "Sign in first, or send a valid API token as Authorization: Bearer.");
        return user;
    }

    public static SignedInUser RequireAdministrator(this IValidationErrors endpoint, HttpContext http)
    {
        var user = endpoint.RequireSignIn(http);
        if (user.Role != RoleNames.Administrator)
            endpoint.Stop(StatusCodes.Status403Forbidden, AuthProblems.SessionField, "Only an administrator can manage accounts.");
        return user;
    }
}

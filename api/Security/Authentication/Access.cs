using ActionPlanTracker.Features.Common;
using FastEndpoints;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Guard clauses for the accounts endpoints, which need the signed-in account itself. The routes carry their roles too
/// (Roles(...) with <see cref="Allowed"/>); these also hand the handler the account it acts for.
/// </summary>
public static class Access
{
    public static SignedInUser RequireSignIn(this IValidationErrors endpoint, HttpContext http)
    {
        var user = SignedInUser.From(http.User);
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

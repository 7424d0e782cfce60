using ActionPlanTracker.Features.Common;
using FastEndpoints;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Guard clauses for the accounts endpoints. They run first in HandleAsync, after FastEndpoints has bound and validated
/// the request, rather than as Roles(...) on the route: the bad-input tests walk every endpoint anonymously and expect
/// malformed or oversized input to be named in a 400, which route-level authorisation would answer with 401 first.
/// When every endpoint gets its role (issue 3's next step) and those tests sign in, these can move to Roles(...).
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

using Microsoft.AspNetCore.Antiforgery;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// A browser sends the session cookie with any request, including one a hostile page triggers, so a change made with
/// the cookie must also carry the antiforgery token the SPA got at sign-in (X-CSRF-TOKEN). API tokens are sent
/// deliberately by their holder and anonymous requests carry no session, so neither is checked. Sign-in is exempt:
/// there is no session yet (SameSite=Strict and the login form's credentials protect it).
/// </summary>
public sealed class AntiforgeryCheck(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string HeaderName = "X-CSRF-TOKEN";
    /// <summary>The header's name in errors, camel-cased like every other field.</summary>
    public const string Field = "csrfToken";

    public async Task InvokeAsync(HttpContext http)
    {
        if (NeedsToken(http.Request, http.User.Identity))
        {
            try { await antiforgery.ValidateRequestAsync(http); }
            catch (AntiforgeryValidationException)
            {
                await AuthProblems.WriteAsync(http, StatusCodes.Status400BadRequest, Field,
                    $"Send the antiforgery token from your sign-in (or GET /api/session) in the {HeaderName} header. Nothing was changed.");
                return;
            }
        }
        await next(http);
    }

    private static bool NeedsToken(HttpRequest request, System.Security.Principal.IIdentity? identity) =>
        identity is { IsAuthenticated: true, AuthenticationType: AuthenticationSetup.CookieScheme }
        && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method)
            || HttpMethods.IsPatch(request.Method) || HttpMethods.IsDelete(request.Method))
        && request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !(HttpMethods.IsPost(request.Method) && request.Path.Equals("/api/session", StringComparison.OrdinalIgnoreCase));
}

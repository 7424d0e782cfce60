using ActionPlanTracker.Features.Grid;
namespace ActionPlanTracker.Security;

/// <summary>
/// Headers that tell the browser to run only our own code, never frame us, and not keep data about children's
/// services anywhere it could be read later. They go on every response, errors included.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only files from this origin may run or style a page, so injected markup cannot run script (issue 3 asks for no
    /// 'unsafe-inline' scripts). The SPA's built index.html loads one script and one stylesheet and has no inline script
    /// or style. img-src allows data: for the icons inside swagger-ui.css.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; " + SharedDirectives;

    /// <summary>
    /// Swashbuckle 11's Swagger UI has no inline script (its settings come from /swagger/index.js), so script-src is as
    /// strict as everywhere else. Its one inline style is the &lt;style&gt; inside the Swagger logo's SVG, allowed by
    /// its hash rather than by 'unsafe-inline'. A new Swagger UI version with another logo would make the browser test
    /// ContentSecurityPolicyTests fail, naming the new hash.
    /// </summary>
    public const string SwaggerUiPolicy = "default-src 'self'; script-src 'self'; style-src 'self' " + SwaggerLogoStyleHash + "; " + SharedDirectives;

    /// <summary>sha256 of ".logo_small_svg__cls-2{fill:#fff}.logo_small_svg__cls-3{fill:#85ea2d}" (Swagger UI 5.34.1).</summary>
    private const string SwaggerLogoStyleHash = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

    private const string SharedDirectives =
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// no-referrer rather than strict-origin-when-cross-origin: page addresses carry plan ids and filters, which are
    /// nobody else's business, and nothing in the tracker reads the Referer header.
    /// </summary>
    public const string ReferrerPolicy = "no-referrer";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // Set as the headers go out, not now: the exception handler clears the response's headers before it writes
        // its problem, and a 500 must carry these too.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/swagger") ? SwaggerUiPolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // API responses describe children's services: never keep them in a shared or browser cache.
            // ETags still work, because If-Match does not depend on a cached copy. The one exception is a response
            // that says so itself: the grid and summary send "private, no-cache" (KeptResponses), so the browser keeps
            // its own copy and revalidates it with If-None-Match on every read, and shared caches still keep nothing.
            if (http.Request.Path.StartsWithSegments("/api") && headers.CacheControl != KeptResponses.CacheControl)
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(http);
    });
}

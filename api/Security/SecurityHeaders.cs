namespace ActionPlanTracker.Security;

/// <summary>
/// Headers that tell the browser to run only our own code, never frame us, and not keep data about children's
/// services anywhere it could be read later. They go on every response, errors included.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Only files from this origin may run or style the page, so injected markup cannot run script (issue 3 asks for
    /// no 'unsafe-inline' scripts). The SPA's built index.html loads one script and one stylesheet and sets no inline
    /// styles, and Swashbuckle 11's Swagger UI loads its configuration from index.js rather than an inline script, so
    /// one policy serves every path, /swagger included. img-src allows data: for the icons inside swagger-ui.css.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

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
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            // API responses describe children's services: never keep them in a shared or browser cache.
            // ETags still work, because If-Match does not depend on a cached copy.
            if (http.Request.Path.StartsWithSegments("/api")) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(http);
    });
}

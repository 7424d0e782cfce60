using Microsoft.AspNetCore.Http.Features;

namespace ActionPlanTracker.Features.Common;

/// <summary>
/// Some clients send <c>Content-Type: application/json</c> on every request. On a read (GET, HEAD) or a DELETE with no
/// body, FastEndpoints would then try to read a JSON body that is not there and answer 400; with the header dropped, the
/// request is bound from its route and query as it would be without it. A request that does carry a body is left alone.
/// </summary>
public static class EmptyBodies
{
    public static IApplicationBuilder UseEmptyBodiesIgnored(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var request = http.Request;
        if (request.ContentType is not null
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsDelete(request.Method))
            && !HasBody(http))
        {
            request.ContentType = null;
        }
        return next(http);
    });

    private static bool HasBody(HttpContext http) =>
        http.Features.Get<IHttpRequestBodyDetectionFeature>() is { } detection
            ? detection.CanHaveBody && http.Request.ContentLength is not 0
            : http.Request.ContentLength is > 0;
}

using ActionPlanTracker.Security.Authentication;
using Microsoft.AspNetCore.Routing.Template;

namespace ActionPlanTracker.Features.Common;

/// <summary>
/// Every /api address no endpoint answers gets a problem in the same shape as every other error (type, title, status,
/// detail, instance, traceId and errors naming what was wrong; application/problem+json), never the web app's
/// index.html:
/// <list type="bullet">
/// <item>404 when no endpoint has that path (errors name <c>path</c>);</item>
/// <item>405 with an <c>Allow</c> header when endpoints have the path but not the method, e.g. PATCH /api/plans
/// (errors name <c>method</c>). Routing alone cannot say 405 here, because this catch-all accepts every method.</item>
/// </list>
/// </summary>
public static class UnknownApiRoutes
{
    private static readonly string[] MethodOrder = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    public static IServiceCollection AddUnknownApiRoutes(this IServiceCollection services) => services.AddSingleton<ApiRouteTable>();

    public static void MapUnknownApiRoutes(this IEndpointRouteBuilder app) =>
        app.Map("/api/{**rest}", AnswerAsync).ExcludeFromDescription();

    private static Task AnswerAsync(HttpContext http)
    {
        var path = http.Request.Path;
        var allowed = http.RequestServices.GetRequiredService<ApiRouteTable>().MethodsFor(path);
        if (allowed.Count == 0)
            return AuthProblems.WriteAsync(http, StatusCodes.Status404NotFound, "path", $"There is no API endpoint at {path}.");
        http.Response.Headers.Allow = string.Join(", ", allowed);
        return AuthProblems.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, "method",
            $"{path} does not accept {http.Request.Method}. It accepts {string.Join(", ", allowed)}.");
    }

    /// <summary>The API's routes and their methods, read once from the app's endpoints (they do not change after start-up).</summary>
    public sealed class ApiRouteTable(EndpointDataSource endpoints)
    {
        private readonly Lazy<IReadOnlyList<(TemplateMatcher Matcher, IReadOnlyList<string> Methods)>> routes = new(() =>
            endpoints.Endpoints.OfType<RouteEndpoint>()
                .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true
                    && e.RoutePattern.RawText.TrimStart('/') != "api/{**rest}")
                .Select(e => (Matcher: new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary(e.RoutePattern.Defaults)),
                    Methods: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []))
                .Where(r => r.Methods.Count > 0)
                .ToList());

        /// <summary>The methods of the endpoints whose route matches <paramref name="path"/>, in a fixed order; empty when none.</summary>
        public IReadOnlyList<string> MethodsFor(PathString path)
        {
            var methods = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (matcher, verbs) in routes.Value)
                if (matcher.TryMatch(path, new RouteValueDictionary())) methods.UnionWith(verbs);
            return methods.Select(m => m.ToUpperInvariant())
                .OrderBy(m => Array.IndexOf(MethodOrder, m) is var i and >= 0 ? i : MethodOrder.Length)
                .ThenBy(m => m, StringComparer.Ordinal).ToList();
        }
    }
}

using Swashbuckle.AspNetCore.SwaggerUI;

namespace ActionPlanTracker.OpenApi.SwaggerUi;

/// <summary>
/// Swagger UI with our own start-up script (tracker.js), so that "Try it out" works while signed in (it sends the
/// antiforgery header) and with a personal token (the Authorize button, from the document's security schemes),
/// within the Content-Security-Policy. Both files are embedded in the assembly, so they do not depend on the web app's build.
/// </summary>
public static class TrackerSwaggerUi
{
    private const string Resources = "ActionPlanTracker.OpenApi.SwaggerUi.";

    public static void Configure(SwaggerUIOptions options)
    {
        options.DocumentTitle = "Action-plan tracker API";
        options.IndexStream = () => Open("index.html");
    }

    /// <summary>Serves tracker.js beside Swagger UI's own files.</summary>
    public static void MapScript(IEndpointRouteBuilder app) =>
        app.MapGet("/swagger/tracker.js", () => Results.Stream(Open("tracker.js"), "text/javascript; charset=utf-8"))
            .ExcludeFromDescription();

    private static Stream Open(string name) =>
        typeof(TrackerSwaggerUi).Assembly.GetManifestResourceStream(Resources + name)
        ?? throw new InvalidOperationException($"The embedded Swagger UI file {name} is missing from the build.");
}

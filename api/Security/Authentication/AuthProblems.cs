using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation.Results;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>
/// Problem responses written outside an endpoint (authentication challenges, the antiforgery check) in the same
/// FastEndpoints shape as every other error, so the SPA maps them with its one function.
/// </summary>
public static class AuthProblems
{
    public const string SessionField = "session";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // FastEndpoints' own ExecuteAsync writes application/json outside an endpoint; problems must say application/problem+json.
    public static Task WriteAsync(HttpContext http, int statusCode, string field, string message)
    {
        var problem = new FastEndpoints.ProblemDetails([new ValidationFailure(field, message)], statusCode)
        {
            Instance = http.Request.Path,
            TraceId = http.TraceIdentifier,
        };
        http.Response.StatusCode = statusCode;
        return http.Response.WriteAsJsonAsync(problem, Json, "application/problem+json");
    }

    public static Task SignInRequiredAsync(HttpContext http) =>
        WriteAsync(http, StatusCodes.Status401Unauthorized, SessionField, "Sign in first, or send a valid API token as Authorization: Bearer.");

    public static Task ForbiddenAsync(HttpContext http) =>
        WriteAsync(http, StatusCodes.Status403Forbidden, SessionField, "Your role does not allow this.");
}

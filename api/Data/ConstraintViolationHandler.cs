using Microsoft.AspNetCore.Diagnostics;
using System.Data.Common;

namespace ActionPlanTracker.Data;

/// <summary>
/// The database has the last word on uniqueness (two people can add "Recommendation 3" at the same moment).
/// A unique or foreign-key violation that reaches here becomes a 409 naming the field, never a 500.
/// Anything else becomes a 500 problem without a stack trace, logged for us to fix.
/// </summary>
public sealed class ConstraintViolationHandler(ILogger<ConstraintViolationHandler> logger) : IExceptionHandler
{
    /// <summary>A read's 500: nothing was asked to change, so nothing was.</summary>
    public const string ReadFailed = "Something went wrong on our side. The tracker could not answer; nothing was changed.";

    /// <summary>A change's 500: the transaction did not commit.</summary>
    public const string ChangeFailed = "Something went wrong on our side. The change was not saved.";

    private static bool IsRead(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, field, message) = exception switch
        {
            DbException e when e.IsUniqueViolation() => (409, FieldOf(await e.UniqueColumnAsync(http.RequestServices.GetRequiredService<Database>(), ct)), "Another item already uses this value. Choose a different one."),
            DbException e when e.IsForeignKeyViolation() => (409, "id", "This change refers to something that does not exist, or removes something that other items still use."),
            BadHttpRequestException e => (e.StatusCode, "request", e.Message),
            // A read changes nothing, so saying "the change was not saved" would alarm for no reason; a change's 500 says it.
            _ when IsRead(http.Request.Method) => (500, "server", ReadFailed),
            _ => (500, "server", ChangeFailed),
        };
        if (status == 500) logger.LogError(exception, "Unhandled error on {Method} {Path}", http.Request.Method, http.Request.Path);

        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new FastEndpoints.ProblemDetails
        {
            Status = status,
            Instance = http.Request.Path,
            TraceId = http.TraceIdentifier,
            Detail = message,
            Errors = [new FastEndpoints.ProblemDetails.Error { Name = field, Reason = message }],
        }, options: (System.Text.Json.JsonSerializerOptions?)null, contentType: "application/problem+json", cancellationToken: ct);
        return true;
    }

    // "plan_id, number" -> "number": the last column of the key, as the API names fields.
    private static string FieldOf(string? column)
    {
        if (string.IsNullOrEmpty(column)) return "request";
        var parts = column.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}

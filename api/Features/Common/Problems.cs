using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using FastEndpoints;
using FluentValidation.Results;

namespace ActionPlanTracker.Features.Common;

/// <summary>
/// Guard clauses that stop a request with a problem-details response naming the field at fault.
/// They go through FastEndpoints' ThrowError, so every error has the same RFC 9457 shape as a validation failure.
/// </summary>
public static class Problems
{
    [DoesNotReturn]
    public static void Stop(this IValidationErrors endpoint, int statusCode, string field, string message)
    {
        endpoint.ThrowError(new ValidationFailure(field, message), statusCode);
        throw new UnreachableException();
    }

    [DoesNotReturn]
    public static void NotFound(this IValidationErrors endpoint, string field, string message) => endpoint.Stop(404, field, message);

    [DoesNotReturn]
    public static void Conflict(this IValidationErrors endpoint, string field, string message) => endpoint.Stop(409, field, message);

    [DoesNotReturn]
    public static void Invalid(this IValidationErrors endpoint, string field, string message) => endpoint.Stop(400, field, message);
}

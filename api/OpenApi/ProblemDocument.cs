namespace ActionPlanTracker.OpenApi;

/// <summary>The RFC 9457 problem every error response carries (the shape FastEndpoints' ProblemDetails writes).</summary>
public sealed record ProblemDocument(
    string Type,
    string Title,
    int Status,
    string? Detail,
    string Instance,
    string TraceId,
    IReadOnlyList<ProblemDocument.FieldError> Errors)
{
    /// <summary>One field at fault: its JSON name (camelCase) or route parameter, and what to do about it.</summary>
    public sealed record FieldError
    {
        // Both are always written, so the document marks them required and clients need not test for them.
        public required string Name { get; init; }
        public required string Reason { get; init; }
    }
}

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Describes a request body to the OpenAPI document without routing metadata: an upload that reads its multipart form
/// itself (its size limit is raised before the body is read), or a body that may be left out altogether. Routing's own
/// Accepts metadata would answer any other content type, or no body, with a bare 415 or 404 and no problem details.
/// </summary>
public sealed record DocumentedBody(Type Body, string ContentType, bool Required);

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// A header a response carries, for the OpenAPI document: item deletes answer 204 with <c>Undo-Location</c>.
/// Add with <c>Description(b => b.WithMetadata(new DocumentedResponseHeader(204, "Undo-Location", "...")))</c>.
/// </summary>
public sealed record DocumentedResponseHeader(int Status, string Name, string Description);

namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Endpoint metadata for a create-or-update (a PUT that creates the item when there is none): If-Match is needed only
/// once the item exists, so the OpenAPI document marks the header optional. Add with
/// <c>Description(b => b.WithMetadata(IfMatchWhenExisting.Instance))</c>.
/// </summary>
public sealed class IfMatchWhenExisting
{
    public static readonly IfMatchWhenExisting Instance = new();

    private IfMatchWhenExisting() { }
}

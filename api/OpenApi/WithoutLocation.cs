namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Endpoint metadata for a 201 that sends no Location, because what it made cannot be read back on its own (a new API
/// token). Add with <c>Description(b => b.WithMetadata(WithoutLocation.Instance))</c>; ResponseConventions then leaves
/// the header out.
/// </summary>
public sealed class WithoutLocation
{
    public static readonly WithoutLocation Instance = new();

    private WithoutLocation() { }
}

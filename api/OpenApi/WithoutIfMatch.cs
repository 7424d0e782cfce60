namespace ActionPlanTracker.OpenApi;

/// <summary>
/// Endpoint metadata for the few changes that need no If-Match because they edit nothing another person could be
/// editing at the same time (signing out, changing your own password, revoking your own token).
/// Add with <c>Options(b => b.WithMetadata(WithoutIfMatch.Instance))</c>; the OpenAPI filter then leaves the header out.
/// </summary>
public sealed class WithoutIfMatch
{
    public static readonly WithoutIfMatch Instance = new();

    private WithoutIfMatch() { }
}

namespace ActionPlanTracker.Features.Common;

public static class Names
{
    /// <summary>"ScaleId" -> "scaleId": error field names match the JSON the client sent.</summary>
    public static string ToCamel(this string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}

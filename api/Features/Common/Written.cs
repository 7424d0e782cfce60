namespace ActionPlanTracker.Features.Common;

/// <summary>
/// Text as a person wrote it, for storing: spaces around it dropped, and blank kept as nothing (NULL). A blank number is
/// a row the source left unnumbered, a blank email is no email (two such people never collide on its unique index), and
/// nothing blank is ever stored as if it were printed.
/// </summary>
public static class Written
{
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

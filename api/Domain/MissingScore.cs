namespace ActionPlanTracker.Domain;

/// <summary>
/// Decides whether a stored level is a real score or the absence of one.
/// </summary>
/// <remarks>
/// Why: in the councils' sheets a blank cell, or a zero typed into the column of a future review as a placeholder, meant
/// "no score". The tracker keeps that as an explicit state (a score row without a level, with what the sheet said in
/// recorded_as), so a level value is always a real level: inspectorate scales start at 0 (HMIP: 0 Inadequate), and a
/// 0 there is a real, bad score. A placeholder zero is refused at the door (a scale without a 0 level has no level 0),
/// never read as a level.
/// </remarks>
public static class MissingScore
{
    /// <summary>True when no level was given.</summary>
    public static bool Is(int? level) => level is null;
}

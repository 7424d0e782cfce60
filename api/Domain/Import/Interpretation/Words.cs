namespace ActionPlanTracker.Domain.Import.Interpretation;

/// <summary>The words messages use for levels and column roles.</summary>
internal static class Words
{
    public static string Level(ItemLevel level) => level switch
    {
        ItemLevel.Priority => "priority",
        ItemLevel.Recommendation => "recommendation",
        ItemLevel.Action => "action",
        _ => "measure",
    };

    public static string Levels(ItemLevel level) => level == ItemLevel.Priority ? "priorities" : Level(level) + "s";

    /// <summary>"Priority 2", "recommendation 3", or an unnumbered one by its place.</summary>
    public static string Item(ItemLevel level, string? number) =>
        number is { Length: > 0 } ? $"{Level(level)} {number}" : $"an unnumbered {Level(level)}";

    public static string Role(ColumnRole role) => role switch
    {
        ColumnRole.Score => "scores",
        ColumnRole.PrintedDirection => "a printed direction of travel",
        ColumnRole.Update => "updates",
        ColumnRole.UpdateDate => "update dates",
        ColumnRole.Evidence => "evidence",
        _ => role.ToString().ToLowerInvariant(),
    };

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

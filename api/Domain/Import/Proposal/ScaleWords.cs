namespace ActionPlanTracker.Domain.Import;

/// <summary>The words councils score with: RAG colours and the words for done.</summary>
internal static class ScaleWords
{
    private static readonly Dictionary<string, Hue> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RED"] = Hue.Red, ["R"] = Hue.Red,
        ["AMBER"] = Hue.Amber, ["A"] = Hue.Amber, ["YELLOW"] = Hue.Amber, ["ORANGE"] = Hue.Amber,
        ["GREEN"] = Hue.Green, ["G"] = Hue.Green,
        ["BLUE"] = Hue.Blue, ["B"] = Hue.Blue,
    };

    private static readonly string[] Done = ["COMPLETED", "COMPLETE", "DONE", "ACHIEVED", "CLOSED"];

    public static Hue? HueOfWord(string seen) => Words.TryGetValue(seen.Trim(), out var hue) ? hue : null;

    public static bool SaysComplete(string seen) => Done.Contains(seen.Trim().ToUpperInvariant());

    /// <summary>Where a word sits on a RAG scale, worst first: red, amber, green, then blue or completed.</summary>
    public static int? RagOrder(string seen) =>
        HueOfWord(seen) is { } hue ? (int)hue : SaysComplete(seen) ? (int)Hue.Blue : null;
}

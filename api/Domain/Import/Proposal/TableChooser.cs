namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// Chooses the tables that hold the plan: in a workbook, the sheet whose header best matches the header words (sheets of
/// notes, KPIs or lookup lists only when nothing else has a header); in a Word document, every table that shares that
/// header, because councils put one table per priority.
/// </summary>
internal static class TableChooser
{
    // Sheet names that say the sheet is not the plan.
    private static readonly string[] AsideWords =
    [
        "note", "notes", "kpi", "kpis", "indicators", "performance", "lookup", "lookups", "list", "lists", "guidance",
        "instructions", "key", "readme", "read me", "definitions", "scale", "scales", "dropdown", "dropdowns", "validation",
        "contents", "glossary", "version history", "change log", "data",
    ];

    public static IReadOnlyList<FoundHeader> Choose(SourceDocument source)
    {
        var found = source.Tables.Select((table, i) => HeaderFinder.Find(table, i)).OfType<FoundHeader>().ToList();
        if (found.Count == 0)
            return [];
        var best = found
            .OrderByDescending(h => !IsAside(source.Tables[h.Table].Name))
            .ThenByDescending(h => h.Matches)
            .ThenBy(h => h.Table)
            .First();
        if (!IsWordDocument(source))
            return [best];
        return found.Where(h => h == best || SharesHeader(h, best)).ToList();
    }

    public static bool IsWordDocument(SourceDocument source) =>
        source.Format.Equals("docx", StringComparison.OrdinalIgnoreCase);

    private static bool IsAside(string sheetName)
    {
        var key = ProposalText.Key(sheetName);
        return AsideWords.Any(word => ProposalText.HasPhrase(key, word));
    }

    /// <summary>Most of the named columns carry the same header in the same place.</summary>
    public static bool SharesHeader(FoundHeader other, FoundHeader best)
    {
        if (other.Columns.Count != best.Columns.Count)
            return false;
        var named = best.Columns.Where(c => c.Kind != HeaderKind.Unknown).ToList();
        var same = named.Count(c => other.Column(c.Column).Key == c.Key);
        return same * 5 >= named.Count * 4;
    }
}

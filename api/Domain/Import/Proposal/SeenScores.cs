namespace ActionPlanTracker.Domain.Import;

/// <summary>One distinct value of the score columns, as <see cref="CellReadings.SeenValue"/> writes it, with how often it was seen and the fills it was seen with.</summary>
internal sealed record SeenScore(string Seen, int Count, IReadOnlyList<string> Fills)
{
    public bool IsPlaceholder => CellReadings.IsPlaceholder(Seen);

    public bool IsFill => Seen.StartsWith('#');

    /// <summary>Every distinct value of the given score columns below the header, in the order first seen.</summary>
    public static IReadOnlyList<SeenScore> Of(PlanTables tables, IEnumerable<int> scoreColumns)
    {
        var columns = scoreColumns.ToList();
        return tables.ItemRows
            .SelectMany(row => columns.Select(row.Cell))
            .Select(cell => (cell, seen: CellReadings.SeenValue(cell)))
            .Where(x => x.seen is not null)
            .GroupBy(x => x.seen!, StringComparer.Ordinal)
            .Select(g => new SeenScore(g.Key, g.Count(), g.Select(x => x.cell.Fill).OfType<string>().ToList()))
            .ToList();
    }
}

namespace ActionPlanTracker.Domain.Import;

/// <summary>Finds a saved mapping's header in a new file: the rows (one or two deep) whose column headers match the most saved ones.</summary>
internal static class SavedHeader
{
    private const int RowsSearched = 40;

    public static FoundHeader? Find(SourceDocument source, ImportMapping saved)
    {
        var keys = saved.Columns.Select(c => ProposalText.Key(c.Header)).Where(k => k.Length > 0).ToHashSet();
        if (keys.Count == 0)
            return null;
        var savedDepth = saved.Tables.Count > 0 ? saved.Tables[0].HeaderTo - saved.Tables[0].HeaderFrom : 0;
        var best = Candidates(source)
            .Select(h => (Header: h, Matches: h.Columns.Select(c => c.Key).Distinct().Count(keys.Contains)))
            .OrderByDescending(x => x.Matches)
            .ThenBy(x => Math.Abs(x.Header.ToIndex - x.Header.FromIndex - savedDepth))
            .ThenBy(x => x.Header.Table).ThenBy(x => x.Header.FromIndex)
            .FirstOrDefault();
        return best.Header is not null && best.Matches >= 2 && best.Matches * 2 >= keys.Count ? best.Header : null;
    }

    private static IEnumerable<FoundHeader> Candidates(SourceDocument source)
    {
        for (var t = 0; t < source.Tables.Count; t++)
        {
            var table = source.Tables[t];
            for (var row = 0; row < Math.Min(RowsSearched, table.Rows.Count); row++)
            {
                if (table.Rows[row].Cells.Count(c => !c.IsBlank) < 2)
                    continue;
                yield return HeaderFinder.At(table, t, row, row);
                if (row + 1 < table.Rows.Count)
                    yield return HeaderFinder.At(table, t, row, row + 1);
            }
        }
    }
}

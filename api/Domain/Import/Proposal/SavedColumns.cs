namespace ActionPlanTracker.Domain.Import;

/// <summary>A saved mapping's columns moved onto a new file's columns by header text, with new score columns as new reviews.</summary>
internal static class SavedColumns
{
    public static (IReadOnlyList<ColumnMapping> Columns, IReadOnlyList<ColumnMapping> Dropped) Match(PlanTables tables, ImportMapping saved)
    {
        var used = new HashSet<int>();
        var matched = new List<ColumnMapping>();
        var dropped = new List<ColumnMapping>();
        foreach (var column in saved.Columns)
        {
            var key = ProposalText.Key(column.Header);
            var found = tables.Columns.FirstOrDefault(c => key.Length > 0 && c.Key == key && !used.Contains(c.Column));
            if (found is null)
            {
                dropped.Add(column);
                continue;
            }
            used.Add(found.Column);
            matched.Add(column with { Column = found.Column, Header = found.Text });
        }
        var added = NewColumns(tables, used).ToList();
        var all = matched.Concat(added).OrderBy(c => c.Column).ToList();
        return (all.Select(c => FollowNewScore(c, all, added)).ToList(), dropped);
    }

    /// <summary>
    /// A saved update or direction column that now stands right after a new score column belongs to that review: a
    /// plan's one "Progress update" column after its last RAG column is always the latest review's.
    /// </summary>
    private static ColumnMapping FollowNewScore(ColumnMapping column, List<ColumnMapping> all, List<ColumnMapping> added)
    {
        if (column.Role is not (ColumnRole.Update or ColumnRole.PrintedDirection) || added.Contains(column))
            return column;
        var left = all.Where(c => c.Column < column.Column).OrderByDescending(c => c.Column)
            .SkipWhile(c => c.Role is ColumnRole.PrintedDirection or ColumnRole.Evidence or ColumnRole.UpdateDate).FirstOrDefault();
        return left is { Role: ColumnRole.Score } && added.Contains(left) ? column with { Review = left.Review } : column;
    }

    /// <summary>
    /// Columns the saved mapping does not know: a score column is a new review (its update column with it); anything else
    /// is not imported until a person says what it holds.
    /// </summary>
    private static IEnumerable<ColumnMapping> NewColumns(PlanTables tables, HashSet<int> used)
    {
        string? lastNewReview = null;
        foreach (var header in tables.Columns.Where(c => !used.Contains(c.Column)))
        {
            var leftIsNewScore = lastNewReview is not null && header.Column > 1 && !used.Contains(header.Column - 1) &&
                                 tables.Columns[header.Column - 2].Kind == HeaderKind.Score;
            if (header.Kind == HeaderKind.Score && header.Text.Length > 0)
            {
                lastNewReview = header.Text;
                yield return new ColumnMapping(header.Column, header.Text, ColumnRole.Score, Review: header.Text);
            }
            else if (header.Kind == HeaderKind.Update && leftIsNewScore)
                yield return new ColumnMapping(header.Column, header.Text, ColumnRole.Update, Review: lastNewReview);
            else
                yield return new ColumnMapping(header.Column, header.Text, ColumnRole.Ignore);
        }
    }

    public static IEnumerable<string> Notes(PlanTables tables, ImportMapping saved, ImportMapping mapping, IReadOnlyList<ColumnMapping> dropped)
    {
        var header = mapping.Tables[0];
        var where = tables.Source.Tables[header.Table].Where;
        yield return header.HeaderFrom == header.HeaderTo
            ? $"The saved mapping was applied: its header is {where}, row {header.HeaderFrom}."
            : $"The saved mapping was applied: its header is {where}, rows {header.HeaderFrom} to {header.HeaderTo}.";
        var newReviews = mapping.Reviews.Where(r => saved.Reviews.All(s => s.Label != r.Label)).Select(r => $"\"{r.Label}\"").ToList();
        if (newReviews.Count > 0)
            yield return $"New review columns since the saved mapping: {string.Join(", ", newReviews)}.";
        var moved = mapping.Columns.Where(c => saved.Columns.Any(s => s.Header == c.Header && s.Column != c.Column)).Count();
        if (moved > 0)
            yield return $"{moved} columns have moved since the saved mapping and were found by their headers.";
        var lost = dropped.Where(c => c.Role != ColumnRole.Ignore).Select(c => $"\"{c.Header}\"").ToList();
        if (lost.Count > 0)
            yield return $"Columns of the saved mapping not in this file, so not read: {string.Join(", ", lost)}.";
        var unknown = mapping.Columns.Where(c => c.Role == ColumnRole.Ignore && c.Header.Length > 0 &&
                                                 saved.Columns.All(s => ProposalText.Key(s.Header) != ProposalText.Key(c.Header)))
            .Select(c => $"\"{c.Header}\"").ToList();
        if (unknown.Count > 0)
            yield return $"Columns new in this file and not imported until you say what they hold: {string.Join(", ", unknown)}.";
    }
}

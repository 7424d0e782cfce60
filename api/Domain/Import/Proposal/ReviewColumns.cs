namespace ActionPlanTracker.Domain.Import;

/// <summary>
/// The reviews a plan's score columns hold, one per column in column order, labelled as the header prints them ("RAG
/// 01/18", "Score at last review"), and which review each update, direction and evidence column belongs to.
/// </summary>
internal static class ReviewColumns
{
    /// <summary>Each score column and its review label; a label printed twice gets the column's number to tell them apart.</summary>
    public static IReadOnlyList<(int Column, string Label)> Scores(PlanTables tables, ColumnKinds kinds)
    {
        var columns = kinds.ColumnsOf(HeaderKind.Score).ToList();
        var labels = columns.Select(c => Label(tables.Columns[c - 1])).ToList();
        return columns.Select((c, i) =>
            (c, labels.Count(l => l.Equals(labels[i], StringComparison.OrdinalIgnoreCase)) > 1 ? $"{labels[i]} (column {c})" : labels[i]))
            .ToList();
    }

    public static IReadOnlyList<ReviewColumn> Reviews(IEnumerable<(int Column, string Label)> scores) =>
        scores.Select(s => new ReviewColumn(s.Label, ProposalText.FullDate(s.Label))).ToList();

    /// <summary>
    /// An update column right after a score column (past a direction or evidence column) is that review's narrative; a
    /// running log of dated notes with no score beside it belongs to no review; a lone update column beside a lone score
    /// column anywhere is that review's.
    /// </summary>
    public static string? OfUpdate(PlanTables tables, ColumnKinds kinds, IReadOnlyList<(int Column, string Label)> scores, int column)
    {
        if (ScoreLeftOf(kinds, scores, column) is { } beside)
            return beside;
        if (IsRunningLog(tables, column) || scores.Count != 1 || kinds.ColumnsOf(HeaderKind.Update).Count() != 1)
            return null;
        return scores[0].Label;
    }

    /// <summary>A printed direction of travel is the review's to its left, else the latest review's.</summary>
    public static string? OfDirection(ColumnKinds kinds, IReadOnlyList<(int Column, string Label)> scores, int column) =>
        ScoreLeftOf(kinds, scores, column) ?? NearestLeft(scores, column) ?? Latest(scores);

    /// <summary>Evidence, or an update's date, is the review's of the score or update column to its left, else the latest's.</summary>
    public static string? OfNeighbour(IReadOnlyList<ColumnMapping> mapped, IReadOnlyList<(int Column, string Label)> scores, int column) =>
        mapped.Where(m => m.Column < column && m.Review is not null && m.Role is ColumnRole.Score or ColumnRole.Update)
            .OrderByDescending(m => m.Column).Select(m => m.Review).FirstOrDefault() ?? Latest(scores);

    private static string? ScoreLeftOf(ColumnKinds kinds, IReadOnlyList<(int Column, string Label)> scores, int column)
    {
        for (var c = column - 1; c >= 1; c--)
        {
            if (kinds[c] == HeaderKind.Score)
                return scores.First(s => s.Column == c).Label;
            if (kinds[c] is not (HeaderKind.Direction or HeaderKind.Evidence or HeaderKind.UpdateDate))
                return null;
        }
        return null;
    }

    private static string? NearestLeft(IReadOnlyList<(int Column, string Label)> scores, int column) =>
        scores.Where(s => s.Column < column).Select(s => s.Label).LastOrDefault();

    private static string? Latest(IReadOnlyList<(int Column, string Label)> scores) => scores.Count > 0 ? scores[^1].Label : null;

    /// <summary>Most filled cells hold dated notes, or several notes.</summary>
    private static bool IsRunningLog(PlanTables tables, int column)
    {
        var texts = tables.CellsOf(column).Where(c => !c.IsBlank).Select(c => c.Text).ToList();
        return texts.Count > 0 &&
               texts.Count(t => CellReadings.DatedEntries(t) is var entries && (entries.Count > 1 || entries.Any(e => e.WrittenOn is not null)))
               * 2 >= texts.Count;
    }

    /// <summary>The header as printed, on one line.</summary>
    private static string Label(HeaderColumn column) => column.Text.Length > 0 ? column.Text : $"Column {column.Column}";
}

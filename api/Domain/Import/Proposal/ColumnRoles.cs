namespace ActionPlanTracker.Domain.Import;

/// <summary>What each column holds, at which level and for which review, from its kind and the plan's shape.</summary>
internal static class ColumnRoles
{
    public static IReadOnlyList<ColumnMapping> Of(PlanTables tables, ColumnKinds kinds, PlanShape shape)
    {
        var scores = ReviewColumns.Scores(tables, kinds);
        var mapped = new List<ColumnMapping>();
        foreach (var header in tables.Columns)
        {
            var (role, level, review) = RoleOf(tables, kinds, shape, scores, header.Column);
            mapped.Add(new ColumnMapping(header.Column, header.Text, role, level, review));
        }
        // Evidence and update dates follow the score or update to their left, so they are placed once those are.
        return mapped.Select(m => m.Role is ColumnRole.Evidence or ColumnRole.UpdateDate
            ? m with { Review = ReviewColumns.OfNeighbour(mapped, scores, m.Column) }
            : m).ToList();
    }

    private static (ColumnRole Role, ItemLevel? Level, string? Review) RoleOf(
        PlanTables tables, ColumnKinds kinds, PlanShape shape, IReadOnlyList<(int Column, string Label)> scores, int column)
    {
        if (shape.TextColumns.TryGetValue(column, out var textLevel))
            return (ColumnRole.Text, textLevel, null);
        if (column == shape.OutcomeStatementColumn)
            return (ColumnRole.OutcomeStatement, null, null);
        return kinds[column] switch
        {
            HeaderKind.Number when column == kinds.First(HeaderKind.Number) => (ColumnRole.Number, shape.NumberLevel, null),
            HeaderKind.Lead => (ColumnRole.Lead, shape.RowLevel, null),
            HeaderKind.Owner => (ColumnRole.Owner, shape.RowLevel, null),
            HeaderKind.Deadline when column == kinds.First(HeaderKind.Deadline) => (ColumnRole.Deadline, shape.RowLevel, null),
            HeaderKind.Score => (ColumnRole.Score, null, scores.First(s => s.Column == column).Label),
            HeaderKind.Update => (ColumnRole.Update, null, ReviewColumns.OfUpdate(tables, kinds, scores, column)),
            HeaderKind.UpdateDate => (ColumnRole.UpdateDate, null, null),
            HeaderKind.Direction when scores.Count > 0 => (ColumnRole.PrintedDirection, null, ReviewColumns.OfDirection(kinds, scores, column)),
            HeaderKind.Evidence => (ColumnRole.Evidence, null, null),
            HeaderKind.SourceReference => (ColumnRole.SourceReference, null, null),
            HeaderKind.Addressee => (ColumnRole.Addressee, null, null),
            HeaderKind.Paragraphs => (ColumnRole.SourceParagraphs, null, null),
            HeaderKind.JudgementArea => (ColumnRole.JudgementArea, null, null),
            _ => (ColumnRole.Ignore, null, null),
        };
    }
}

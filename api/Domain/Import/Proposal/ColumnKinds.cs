namespace ActionPlanTracker.Domain.Import;

/// <summary>What each column of the first chosen table holds, by its header words, else by its cells.</summary>
internal sealed record ColumnKinds(IReadOnlyList<HeaderKind> Kinds)
{
    public static ColumnKinds Of(PlanTables tables) =>
        new(tables.Columns.Select(c => c.Kind != HeaderKind.Unknown ? c.Kind : ColumnContent.Guess(tables, c.Column)).ToList());

    public HeaderKind this[int column] => Kinds[column - 1];

    public IEnumerable<int> ColumnsOf(HeaderKind kind) =>
        Enumerable.Range(1, Kinds.Count).Where(c => this[c] == kind);

    public int? First(HeaderKind kind) => ColumnsOf(kind).Select(c => (int?)c).FirstOrDefault();

    /// <summary>The column that holds actions: one headed as actions, else a column of long texts ("Description").</summary>
    public int? ActionColumn => First(HeaderKind.Action) ?? First(HeaderKind.Description);
}

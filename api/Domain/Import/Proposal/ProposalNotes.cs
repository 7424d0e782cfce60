namespace ActionPlanTracker.Domain.Import;

/// <summary>What the proposer chose that a person should know, in the words of the mapping screen.</summary>
internal static class ProposalNotes
{
    public static IEnumerable<string> Of(PlanTables tables, ImportMapping mapping)
    {
        var first = tables.Source.Tables[mapping.Tables[0].Table];
        var header = mapping.Tables[0];
        yield return header.HeaderFrom == header.HeaderTo
            ? $"{first.Where}, row {header.HeaderFrom} is the header."
            : $"{first.Where}, rows {header.HeaderFrom} to {header.HeaderTo} are the header; their texts are joined (\"{TwoRowExample(mapping)}\").";
        if (mapping.Tables.Count > 1)
            yield return $"{mapping.Tables.Count} tables share this header and are read as one plan" +
                         (mapping.TableHeadingsArePriorities ? ", each heading above a table starting a priority." : ".");
        var others = tables.Source.Tables.Select((t, i) => (t, i)).Where(x => mapping.Tables.All(c => c.Table != x.i)).ToList();
        if (others.Count > 0)
            yield return $"Not read as the plan: {string.Join(", ", others.Select(x => x.t.Where))}.";
        yield return $"Levels: {string.Join(", then ", mapping.Levels.Select(Name))}, from " +
                     (mapping.Hierarchy == HierarchyFrom.Numbering ? "the numbering (1, 1.1, 1.1.2)" : "which text columns are filled") +
                     $"; scores belong to each {Name(mapping.ScoreLevel)}.";
        var ignored = mapping.Columns.Where(c => c.Role == ColumnRole.Ignore && c.Header.Length > 0).Select(c => $"\"{c.Header}\"").ToList();
        if (ignored.Count > 0)
            yield return $"Columns not imported (kept in the stored file): {string.Join(", ", ignored)}.";
        if (mapping.Reviews.Count > 0 && mapping.Reviews.All(r => r.Date is null))
            yield return "No review column gives a full date, so the reviews are undated until a person dates them.";
    }

    private static string TwoRowExample(ImportMapping mapping) =>
        mapping.Columns.FirstOrDefault(c => c.Role == ColumnRole.Score)?.Header ?? mapping.Columns.FirstOrDefault()?.Header ?? "";

    private static string Name(ItemLevel level) => level switch
    {
        ItemLevel.Measure => "success measure",
        _ => level.ToString().ToLowerInvariant(),
    };
}

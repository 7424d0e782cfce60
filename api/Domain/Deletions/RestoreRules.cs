namespace ActionPlanTracker.Domain.Deletions;

/// <summary>
/// Whether a deletion can be restored, and what it puts back, given which of the rows its snapshot refers to have
/// gone since. A reference the database would have emptied itself (ON DELETE SET NULL, as an update log entry's review)
/// comes back empty; any other missing parent stops the restore with a sentence saying what to do.
/// </summary>
public static class RestoreRules
{
    /// <summary>Why the restore cannot go ahead, or null when it can.</summary>
    /// <param name="description">The deletion's description, "action 2 / A “Recruit …”".</param>
    /// <param name="missing">The snapshot's references whose row no longer exists.</param>
    public static string? Blocker(string description, IReadOnlyCollection<ExternalReference> missing)
    {
        var blocking = missing.Where(r => !SetsNullOnDelete(r)).ToList();
        if (blocking.FirstOrDefault(r => r.FromRoot) is { } parent)
            return $"{RowWords.Capitalised(description)} sat under {parent.Label}, which has since been deleted: restore that first.";
        if (blocking.FirstOrDefault() is { } other)
            return $"{RowWords.Capitalised(description)} cannot come back as it was: {other.Label}, which its {RowWords.Plural(other.Table)} "
                + "refer to, has since been deleted.";
        return null;
    }

    /// <summary>
    /// The rows to insert, in the snapshot's order (parents first), with each reference to a row gone since emptied where
    /// the foreign key says ON DELETE SET NULL.
    /// </summary>
    public static IReadOnlyList<Row> RowsToInsert(Snapshot snapshot, IReadOnlyCollection<ExternalReference> missing)
    {
        var emptied = missing.Where(SetsNullOnDelete).ToList();
        return snapshot.Rows.Select(row => emptied
            .Where(r => r.Table == row.Table && Equals(Normal(row[r.Column]), Normal(r.Value)))
            .Aggregate(row, (current, r) => current.With(r.Column, null))).ToList();
    }

    /// <summary>A scored plan whose scale or score level changed since the deletion would take back scores it cannot read.</summary>
    public static string? DesignChanged(string description, Snapshot snapshot, long scaleId, string scoreLevel)
    {
        if (!snapshot.Rows.Any(r => r.Table == "scores")) return null;
        if (snapshot.ScaleId is { } before && before != scaleId)
            return $"{RowWords.Capitalised(description)} cannot come back with its scores: the plan's rating scale has changed since it was deleted.";
        if (snapshot.ScoreLevel is { } level && level != scoreLevel)
            return $"{RowWords.Capitalised(description)} cannot come back with its scores: the plan's score level has changed since it was deleted.";
        return null;
    }

    /// <summary>A row restored now would repeat a unique value that another row took since.</summary>
    public static string Clash(string description, Row row, string sqliteMessage) => Clash(description, row, UniqueColumns(sqliteMessage));

    /// <summary>A row restored now would repeat a unique value that another row took since: the constraint's columns as given.</summary>
    public static string Clash(string description, Row row, IReadOnlyList<string> uniqueColumns) =>
        $"{RowWords.Capitalised(description)} cannot come back: another {RowWords.Noun(row.Table)} added since has the same "
        + $"{RowWords.ClashingColumns(uniqueColumns)} as {RowWords.Label(row)}. Change or delete that one first.";

    /// <summary>The columns a unique constraint compared, from SQLite's message: "UNIQUE constraint failed: t.a, t.b" gives a, b.</summary>
    public static IReadOnlyList<string> UniqueColumns(string sqliteMessage)
    {
        var at = sqliteMessage.IndexOf("failed:", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return [];
        return sqliteMessage[(at + "failed:".Length)..].Trim().TrimEnd('\'', '.').Split(',')
            .Select(c => c.Trim()).Select(c => c.Contains('.') ? c[(c.IndexOf('.') + 1)..] : c).ToList();
    }

    /// <summary>
    /// The clash is only over a place in an ordered list (a link's position among a report recommendation's links, taken
    /// since by a link added or a list replaced): the row can simply go last rather than stop the restore. Answers the
    /// columns that name the list, or null when the clash is over anything else.
    /// </summary>
    public static IReadOnlyList<string>? ListOfPosition(Row row, IReadOnlyList<string> uniqueColumns)
    {
        if (!uniqueColumns.Contains("position") || !row.Has("position") || row["position"] is not long) return null;
        var list = uniqueColumns.Where(c => c != "position").ToList();
        return list.Count > 0 && list.All(c => c.EndsWith("_id", StringComparison.Ordinal) && row.Has(c)) ? list : null;
    }

    private static bool SetsNullOnDelete(ExternalReference reference) =>
        string.Equals(reference.OnDelete, "SET NULL", StringComparison.OrdinalIgnoreCase);

    private static object? Normal(object? value) => value is byte[] bytes ? Convert.ToBase64String(bytes) : value;
}

namespace ActionPlanTracker.Domain.Deletions;

/// <summary>
/// What deleting a row of one table does to the rest of the database, worked out from the foreign keys alone: the
/// tables whose rows <c>ON DELETE CASCADE</c> removes with it (recursively), and the columns <c>ON DELETE SET NULL</c>
/// empties. A snapshot copies exactly these rows before the delete, so a restore can put every one of them back.
/// </summary>
/// <param name="RootTable">The table of the row being deleted.</param>
/// <param name="Tables">The root table and every table the cascade reaches, parents before the tables that refer to them.</param>
/// <param name="Cascades">Each foreign key along which the cascade removes rows.</param>
/// <param name="SetsNull">Each foreign key whose column the delete empties in rows that stay.</param>
public sealed record CascadePlan(string RootTable, IReadOnlyList<string> Tables, IReadOnlyList<ForeignKey> Cascades, IReadOnlyList<ForeignKey> SetsNull)
{
    public static CascadePlan For(IReadOnlyList<ForeignKey> keys, string rootTable)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal) { rootTable };
        var queue = new Queue<string>([rootTable]);
        var cascades = new List<ForeignKey>();
        var setsNull = new List<ForeignKey>();
        while (queue.Count > 0)
        {
            var parent = queue.Dequeue();
            foreach (var key in keys.Where(k => k.ParentTable == parent))
            {
                if (key.Cascades)
                {
                    cascades.Add(key);
                    if (reached.Add(key.Table)) queue.Enqueue(key.Table);
                }
                else if (key.SetsNull) setsNull.Add(key);
            }
        }
        return new CascadePlan(rootTable, TableOrder.ParentFirst(reached, keys), cascades, setsNull);
    }

    /// <summary>The foreign keys along which rows of <paramref name="table"/> take others with them.</summary>
    public IEnumerable<ForeignKey> CascadesFrom(string table) => Cascades.Where(k => k.ParentTable == table);

    /// <summary>The columns that deleting rows of <paramref name="table"/> empties elsewhere.</summary>
    public IEnumerable<ForeignKey> SetsNullFrom(string table) => SetsNull.Where(k => k.ParentTable == table);
}

/// <summary>Orders tables so that every table comes after the tables it refers to: the order rows can be inserted in.</summary>
public static class TableOrder
{
    /// <summary>
    /// Parents first; tables that do not depend on each other keep the order they were given in, so the answer is
    /// stable. A table's references to itself are ignored (its rows are put back in id order). A cycle between tables
    /// cannot be ordered, and is refused naming them.
    /// </summary>
    public static IReadOnlyList<string> ParentFirst(IEnumerable<string> tables, IReadOnlyList<ForeignKey> keys)
    {
        var remaining = tables.Distinct(StringComparer.Ordinal).ToList();
        var set = remaining.ToHashSet(StringComparer.Ordinal);
        var parents = remaining.ToDictionary(t => t, t => keys
            .Where(k => k.Table == t && k.ParentTable != t && set.Contains(k.ParentTable))
            .Select(k => k.ParentTable).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var ordered = new List<string>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(t => parents[t].All(placed.Contains))
                ?? throw new InvalidOperationException("These tables refer to each other in a cycle and cannot be ordered: "
                    + string.Join(", ", remaining) + ".");
            ordered.Add(next);
            placed.Add(next);
            remaining.Remove(next);
        }
        return ordered;
    }
}

using ActionPlanTracker.Domain.Deletions;
using System.Data.Common;

namespace ActionPlanTracker.Features.Deletions;

/// <summary>
/// Copies, inside a delete's transaction and before its DELETE, every row the delete will remove and every column it
/// will empty, by following the schema's foreign keys from the deleted row (see <see cref="CascadePlan"/>). Nothing here
/// knows what a score or an action is: a table added later with ON DELETE CASCADE is followed without a change here.
/// </summary>
public static class SnapshotTaker
{
    public static async Task<Snapshot> TakeAsync(DbConnection connection, DbTransaction transaction,
        string rootTable, long rootId, long? scaleId, string? scoreLevel)
    {
        var schema = await DatabaseSchema.LoadAsync(connection, transaction);
        var plan = CascadePlan.For(schema.ForeignKeys, rootTable);
        var found = plan.Tables.ToDictionary(t => t, _ => new Dictionary<string, Row>(), StringComparer.Ordinal);
        string Identity(Row row) => row.Only(schema.KeyOf(row.Table)).Identity;

        var root = (await RawRows.WhereInAsync(connection, transaction, rootTable, "id", [rootId])).Single();
        found[rootTable][Identity(root)] = root;
        var nulled = new List<NulledColumn>();
        var queue = new Queue<(string Table, IReadOnlyList<Row> Rows)>([(rootTable, [root])]);
        while (queue.TryDequeue(out var batch))
        {
            foreach (var key in plan.CascadesFrom(batch.Table))
            {
                var children = await ChildrenAsync(connection, transaction, key, batch.Rows);
                var fresh = children.Where(c => found[key.Table].TryAdd(Identity(c), c)).ToList();
                if (fresh.Count > 0) queue.Enqueue((key.Table, fresh));
            }
            foreach (var key in plan.SetsNullFrom(batch.Table))
                foreach (var child in await ChildrenAsync(connection, transaction, key, batch.Rows))
                    nulled.Add(new NulledColumn(child.Only(schema.KeyOf(key.Table)), key.Column, child[key.Column]));
        }

        // A row both removed and emptied (reached along both kinds of key) is simply removed, and comes back whole.
        nulled = nulled
            .Where(n => !found.TryGetValue(n.Key.Table, out var rows) || !rows.ContainsKey(n.Key.Identity))
            .DistinctBy(n => (n.Key.Table, n.Key.Identity, n.Column))
            .ToList();
        var ordered = plan.Tables.SelectMany(t => found[t].Values).ToList();
        if (!ReferenceEquals(ordered[0], root))
            throw new InvalidOperationException($"{rootTable} is not the first table of its own cascade.");
        var references = await ReferencesAsync(connection, transaction, schema, ordered, root);
        return new Snapshot(ordered, nulled, references, scaleId, scoreLevel);
    }

    private static async Task<IReadOnlyList<Row>> ChildrenAsync(DbConnection connection, DbTransaction transaction,
        ForeignKey key, IReadOnlyList<Row> parents)
    {
        var values = parents.Select(p => p[key.ParentColumn]).OfType<object>().DistinctBy(SnapshotValues.Text).ToList();
        return values.Count == 0 ? [] : await RawRows.WhereInAsync(connection, transaction, key.Table, key.Column, values);
    }

    /// <summary>Rows outside the snapshot that its rows refer to, each named as it is now, while it still exists.</summary>
    private static async Task<IReadOnlyList<ExternalReference>> ReferencesAsync(DbConnection connection, DbTransaction transaction,
        DatabaseSchema schema, IReadOnlyList<Row> rows, Row root)
    {
        var inside = new Dictionary<(string Table, string Column), HashSet<string>>();
        bool Inside(string table, string column, object value)
        {
            if (!inside.TryGetValue((table, column), out var values))
                inside[(table, column)] = values = rows.Where(r => r.Table == table && r.Has(column))
                    .Select(r => SnapshotValues.Text(r[column])).ToHashSet(StringComparer.Ordinal);
            return values.Contains(SnapshotValues.Text(value));
        }

        var found = new Dictionary<(string, string, string, string, string), (ForeignKey Key, object Value, bool FromRoot)>();
        foreach (var row in rows)
            foreach (var key in schema.ForeignKeys.Where(k => k.Table == row.Table))
            {
                if (row[key.Column] is not { } value || Inside(key.ParentTable, key.ParentColumn, value)) continue;
                var id = (key.Table, key.Column, key.ParentTable, key.ParentColumn, SnapshotValues.Text(value));
                var fromRoot = ReferenceEquals(row, root);
                found[id] = found.TryGetValue(id, out var seen) ? seen with { FromRoot = seen.FromRoot || fromRoot } : (key, value, fromRoot);
            }

        var labels = new Dictionary<(string, string, string), string>();
        var references = new List<ExternalReference>();
        foreach (var (key, value, fromRoot) in found.Values)
        {
            var parent = (key.ParentTable, key.ParentColumn, SnapshotValues.Text(value));
            if (!labels.TryGetValue(parent, out var label))
            {
                var rowsNow = await RawRows.WhereInAsync(connection, transaction, key.ParentTable, key.ParentColumn, [value]);
                labels[parent] = label = rowsNow.Count > 0 ? RowWords.Label(rowsNow[0]) : $"{key.ParentTable} {SnapshotValues.Text(value)}";
            }
            references.Add(new ExternalReference(key.Table, key.Column, key.ParentTable, key.ParentColumn, value, key.OnDelete, fromRoot, label));
        }
        return references;
    }
}

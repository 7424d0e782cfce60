namespace ActionPlanTracker.Domain.Deletions;

/// <summary>
/// One database row as raw column values, in the table's column order: <c>long</c> (integer), <c>double</c> (real),
/// <c>string</c> (text), <c>byte[]</c> (blob) or null, exactly as SQLite holds them.
/// </summary>
public sealed class Row
{
    public Row(string table, IReadOnlyList<string> columns, IReadOnlyList<object?> values)
    {
        if (columns.Count != values.Count) throw new ArgumentException("A row needs one value per column.", nameof(values));
        foreach (var value in values)
            if (value is not (null or long or double or string or byte[]))
                throw new ArgumentException($"{value!.GetType().Name} is not a SQLite value (integer, real, text, blob or null).", nameof(values));
        Table = table;
        Columns = columns;
        Values = values;
    }

    public string Table { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<object?> Values { get; }

    public bool Has(string column) => IndexOf(column) >= 0;

    /// <summary>The value of a column; a column the row does not have is a bug in the caller.</summary>
    public object? this[string column] => IndexOf(column) is var i and >= 0
        ? Values[i]
        : throw new KeyNotFoundException($"{Table} has no column {column}.");

    /// <summary>This row with one column's value replaced.</summary>
    public Row With(string column, object? value)
    {
        var i = IndexOf(column);
        if (i < 0) throw new KeyNotFoundException($"{Table} has no column {column}.");
        var values = Values.ToArray();
        values[i] = value;
        return new Row(Table, Columns, values);
    }

    /// <summary>Only these columns, in the order given (a row's key).</summary>
    public Row Only(IReadOnlyList<string> columns) => new(Table, columns, columns.Select(c => this[c]).ToList());

    /// <summary>Identifies the row among others of its table: its key's values, compared by value (blobs by content).</summary>
    public string Identity => string.Join("\u001f", Values.Select(SnapshotValues.Text));

    private int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (string.Equals(Columns[i], column, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}

/// <summary>A column that ON DELETE SET NULL emptied in a row that stays; a restore puts the value back if it is still empty.</summary>
/// <param name="Key">The row's primary key (table, columns and values).</param>
/// <param name="Column">The column the delete emptied.</param>
/// <param name="Value">What it held.</param>
public sealed record NulledColumn(Row Key, string Column, object? Value);

/// <summary>
/// A row outside the snapshot that a snapshot row refers to (a review a score was given in, a person named as lead, the
/// recommendation a deleted action answered). A restore needs it to still exist; <see cref="Label"/> names it as it
/// was when the item was deleted, for the sentence that says it has gone.
/// </summary>
/// <param name="Table">The referring table.</param>
/// <param name="Column">The referring column.</param>
/// <param name="ParentTable">The table of the row referred to.</param>
/// <param name="ParentColumn">The column of the row referred to that the value matches (its id).</param>
/// <param name="Value">The value referred to.</param>
/// <param name="OnDelete">What deleting the row referred to does to the referring row: CASCADE, SET NULL or NO ACTION.</param>
/// <param name="Label">The row referred to, named as it was when the item was deleted: "review “RAG 03/18”".</param>
/// <param name="FromRoot">The deleted item itself refers to it: it is the item's parent (or its plan).</param>
public sealed record ExternalReference(string Table, string Column, string ParentTable, string ParentColumn, object Value, string OnDelete,
    bool FromRoot, string Label);

/// <summary>
/// Everything a delete removed or emptied, taken inside its transaction before the DELETE, enough to put it all back.
/// </summary>
/// <param name="Rows">Every row the cascade removed, the deleted item's first, parents before children.</param>
/// <param name="Nulled">Every column ON DELETE SET NULL emptied in rows that stay.</param>
/// <param name="References">Rows outside the snapshot that its rows refer to.</param>
/// <param name="ScaleId">The plan's rating scale when the item was deleted: scores come back only onto the same scale.</param>
/// <param name="ScoreLevel">The plan's score level when the item was deleted.</param>
public sealed record Snapshot(IReadOnlyList<Row> Rows, IReadOnlyList<NulledColumn> Nulled, IReadOnlyList<ExternalReference> References,
    long? ScaleId, string? ScoreLevel)
{
    public Row Root => Rows[0];
}

namespace ActionPlanTracker.Domain.Deletions;

/// <summary>
/// One single-column foreign key as SQLite reports it (<c>pragma_foreign_key_list</c>): <see cref="Table"/>.<see cref="Column"/>
/// refers to <see cref="ParentTable"/>.<see cref="ParentColumn"/>, and <see cref="OnDelete"/> says what deleting the
/// parent row does to this one: <c>CASCADE</c>, <c>SET NULL</c>, or <c>NO ACTION</c> (the delete fails while it is used).
/// </summary>
public sealed record ForeignKey(string Table, string Column, string ParentTable, string ParentColumn, string OnDelete)
{
    public bool Cascades => string.Equals(OnDelete, "CASCADE", StringComparison.OrdinalIgnoreCase);

    public bool SetsNull => string.Equals(OnDelete, "SET NULL", StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{Table}.{Column} -> {ParentTable}.{ParentColumn} ON DELETE {OnDelete}";
}

using ActionPlanTracker.Domain.Deletions;
using Dapper;
using System.Data.Common;
using ActionPlanTracker.Data;

namespace ActionPlanTracker.Features.Deletions;

/// <summary>
/// The tables' foreign keys, primary keys and columns as the engine reports them (SQLite's pragmas, PostgreSQL's
/// catalogue), read once per process: migrations run
/// before the app serves a request, so the schema does not change while it runs.
/// </summary>
public sealed record DatabaseSchema(
    IReadOnlyList<ForeignKey> ForeignKeys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> PrimaryKeys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Columns)
{
    private const string ForeignKeysSql = """
        SELECT m.name AS "Table", f.id AS Id, f.seq AS Seq, f."from" AS "Column", f."table" AS ParentTable, f."to" AS ParentColumn,
               f.on_delete AS OnDelete
        FROM sqlite_schema m
        JOIN pragma_foreign_key_list(m.name) f
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        ORDER BY m.name, f.id, f.seq;
        """;

    private const string ColumnsSql = """
        SELECT m.name AS "Table", c.name AS "Column", c.pk AS Pk
        FROM sqlite_schema m
        JOIN pragma_table_info(m.name) c
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
        ORDER BY m.name, c.cid;
        """;

    private const string PostgreSqlForeignKeysSql = """
        SELECT cl.relname AS "Table", c.oid::bigint AS Id, k.seq AS Seq, a.attname AS "Column", pcl.relname AS ParentTable,
               pa.attname AS ParentColumn,
               CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT'
                                  WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END AS OnDelete
        FROM pg_constraint c
        JOIN pg_class cl ON cl.oid = c.conrelid
        JOIN pg_class pcl ON pcl.oid = c.confrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = current_schema()
        CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(attnum, parent_attnum, seq)
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.parent_attnum
        WHERE c.contype = 'f'
        ORDER BY cl.relname, c.oid, k.seq;
        """;

    private const string PostgreSqlColumnsSql = """
        SELECT cl.relname AS "Table", a.attname AS "Column",
               coalesce(array_position(pk.conkey, a.attnum), 0) AS Pk
        FROM pg_class cl
        JOIN pg_namespace n ON n.oid = cl.relnamespace AND n.nspname = current_schema()
        JOIN pg_attribute a ON a.attrelid = cl.oid AND a.attnum > 0 AND NOT a.attisdropped
        LEFT JOIN pg_constraint pk ON pk.conrelid = cl.oid AND pk.contype = 'p'
        WHERE cl.relkind = 'r'
        ORDER BY cl.relname, a.attnum;
        """;

    private static DatabaseSchema? cached;

    public static async Task<DatabaseSchema> LoadAsync(DbConnection connection, DbTransaction transaction)
    {
        if (cached is { } schema) return schema;
        var postgres = SqlDialect.Of(connection).Engine == DatabaseEngine.PostgreSql;
        var columns = (await connection.QueryAsync<ColumnRow>(postgres ? PostgreSqlColumnsSql : ColumnsSql, transaction: transaction)).ToList();
        var primaryKeys = columns.Where(c => c.Pk > 0).GroupBy(c => c.Table)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.OrderBy(c => c.Pk).Select(c => c.Column).ToList());
        var keys = new List<ForeignKey>();
        foreach (var key in (await connection.QueryAsync<ForeignKeyRow>(postgres ? PostgreSqlForeignKeysSql : ForeignKeysSql, transaction: transaction)).GroupBy(k => (k.Table, k.Id)))
        {
            if (key.Count() != 1)
                throw new NotSupportedException($"{key.Key.Table} has a foreign key over several columns, which snapshots do not follow.");
            var k = key.Single();
            var parentColumn = k.ParentColumn
                ?? (primaryKeys.TryGetValue(k.ParentTable, out var pk) && pk.Count == 1 ? pk[0]
                    : throw new NotSupportedException($"{k.Table}.{k.Column} refers to {k.ParentTable}, which has no single-column primary key."));
            keys.Add(new ForeignKey(k.Table, k.Column, k.ParentTable, parentColumn, k.OnDelete));
        }
        schema = new DatabaseSchema(keys, primaryKeys,
            columns.GroupBy(c => c.Table).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(c => c.Column).ToList()));
        cached = schema;
        return schema;
    }

    /// <summary>The columns that identify a row: the primary key, or every column of a table that has none.</summary>
    public IReadOnlyList<string> KeyOf(string table) =>
        PrimaryKeys.TryGetValue(table, out var key) ? key : Columns[table];

    public bool HasColumn(string table, string column) =>
        Columns.TryGetValue(table, out var columns) && columns.Contains(column, StringComparer.OrdinalIgnoreCase);

    private sealed class ColumnRow
    {
        public string Table { get; init; } = "";
        public string Column { get; init; } = "";
        public long Pk { get; init; }
    }

    private sealed class ForeignKeyRow
    {
        public string Table { get; init; } = "";
        public long Id { get; init; }
        public long Seq { get; init; }
        public string Column { get; init; } = "";
        public string ParentTable { get; init; } = "";
        public string? ParentColumn { get; init; }
        public string OnDelete { get; init; } = "";
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Tests.Postgres;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ActionPlanTracker.Tests.Api.Operations;

/// <summary>
/// Issue 16: the two engines' schemas after every migration hold the same tables and columns, the same NOT NULLs and
/// the same unique keys, so the application's SQL finds the same shape on both, on the run's throwaway PostgreSQL
/// cluster (or the server TRACKER_TEST_POSTGRES names).
/// </summary>
public sealed class PostgresSchemaTests
{
    [Test]
    public async Task Both_engines_have_the_same_tables_columns_nullability_and_unique_keys()
    {
        var server = TrackerFactory.PostgresServer ?? (await PostgresCluster.GetAsync()).ConnectionString("postgres");
        var folder = Path.Combine(Path.GetTempPath(), "tracker-schema-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var postgres = TestPostgres.CreateDatabase(server, "tracker_schema_" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var sqlite = new Database(Path.Combine(folder, "tracker.db"));
            sqlite.PrepareFile();
            Migrator.Migrate(sqlite, NullLogger.Instance);
            Migrator.Migrate(Database.PostgreSql(postgres), NullLogger.Instance);

            var (sqliteColumns, sqliteUnique) = SqliteShape(sqlite.ConnectionString);
            var (postgresColumns, postgresUnique) = PostgresShape(postgres);

            Assert.That(sqliteColumns, Is.Not.Empty);
            Assert.Multiple(() =>
            {
                Assert.That(postgresColumns.Except(sqliteColumns), Is.Empty, "columns (or NOT NULLs) only PostgreSQL has");
                Assert.That(sqliteColumns.Except(postgresColumns), Is.Empty, "columns (or NOT NULLs) only SQLite has");
                Assert.That(postgresUnique.Except(sqliteUnique), Is.Empty, "unique keys only PostgreSQL has");
                Assert.That(sqliteUnique.Except(postgresUnique), Is.Empty, "unique keys only SQLite has");
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestPostgres.DropDatabase(server, postgres);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    // "plans.title text not null"-like lines: table, column, and whether it may be null (a primary key never is).
    private static (List<string> Columns, List<string> Unique) SqliteShape(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var columns = connection.Query<(string Table, string Column, long NotNull, long Pk)>("""
            SELECT m.name, c.name, c."notnull", c.pk FROM sqlite_schema m JOIN pragma_table_info(m.name) c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'SchemaVersions'
            """).Select(c => $"{c.Table}.{c.Column} {(c.NotNull == 1 || c.Pk > 0 ? "not null" : "null")}").Order().ToList();
        var unique = connection.Query<(string Table, string Index, long Seq, string? Column)>("""
            SELECT m.name, i.name, x.seqno, x.name FROM sqlite_schema m JOIN pragma_index_list(m.name) i JOIN pragma_index_info(i.name) x
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND i."unique" = 1 AND i.origin <> 'pk'
            """).GroupBy(r => (r.Table, r.Index))
            .Select(g => $"{g.Key.Table}({string.Join(",", g.OrderBy(r => r.Seq).Select(r => r.Column ?? "?"))})").Distinct().Order().ToList();
        return (columns, unique);
    }

    private static (List<string> Columns, List<string> Unique) PostgresShape(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var columns = connection.Query<(string Table, string Column, string Nullable)>("""
            SELECT c.table_name, c.column_name, c.is_nullable FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = current_schema() AND c.table_name <> 'schemaversions'
            """).Select(c => $"{c.Table}.{c.Column} {(c.Nullable == "NO" ? "not null" : "null")}").Order().ToList();
        // An index on lower(name) is SQLite's "name COLLATE NOCASE": compared as the column it is about; other
        // expressions (coalesce(priority_id, 0)) as "?", all SQLite says of them.
        var unique = connection.Query<(string Table, string Index, int Seq, string Column)>("""
            SELECT t.relname, ix.relname, k.n, pg_get_indexdef(i.indexrelid, k.n::int, true)
            FROM pg_index i
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_class ix ON ix.oid = i.indexrelid
            JOIN pg_namespace s ON s.oid = t.relnamespace AND s.nspname = current_schema()
            CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) AS k(n)
            WHERE i.indisunique AND NOT i.indisprimary
            """).GroupBy(r => (r.Table, r.Index))
            .Select(g => $"{g.Key.Table}({string.Join(",", g.OrderBy(r => r.Seq).Select(r => Bare(r.Column)))})").Distinct().Order().ToList();
        return (columns, unique);
    }

    private static string Bare(string column)
    {
        var c = column.Trim();
        if (c.StartsWith("lower(", StringComparison.Ordinal)) c = c[6..^1];
        if (c.StartsWith('(') && c.EndsWith(')')) c = c[1..^1];
        c = c.Replace("::text", "").Trim('"');
        // Any other expression is "?", as SQLite's pragma_index_info names an expression column.
        return c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_') ? c : "?";
    }
}

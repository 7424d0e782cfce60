using ActionPlanTracker.Data;
using ActionPlanTracker.Tests.Postgres;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ActionPlanTracker.Tests.Data;

/// <summary>
/// Issue 16: the two engines' migrations build the same schema (db/postgresql/README.md): the same tables and columns
/// with the same NOT NULLs, the same named indexes and triggers; and instances starting together migrate once.
/// </summary>
public sealed class PostgresSchemaTests
{
    private string sqliteFile = "";

    [SetUp]
    public void MigrateSqlite()
    {
        sqliteFile = Path.Combine(Path.GetTempPath(), "tracker-schema-" + Guid.NewGuid().ToString("N")[..8] + ".db");
        var database = new Database(sqliteFile);
        database.PrepareFile();
        Migrator.Migrate(database, NullLogger.Instance);
    }

    [TearDown]
    public void DeleteSqlite()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" }) File.Delete(file);
    }

    [Test]
    public async Task Both_engines_have_the_same_tables_columns_NOT_NULLs_indexes_and_triggers()
    {
        var cluster = await PostgresCluster.GetAsync();
        var target = await cluster.CreateDatabaseAsync("schema");
        PostgresMigrations.Apply(target, NullLogger.Instance);

        await using var sqlite = new SqliteConnection($"Data Source={sqliteFile};Pooling=False");
        await sqlite.OpenAsync();
        var sqliteColumns = (await sqlite.QueryAsync<(string, string, long, long, string)>(
                "SELECT m.name, c.name, c.\"notnull\", c.pk, c.type FROM sqlite_master m JOIN pragma_table_info(m.name) c " +
                "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'SchemaVersions'"))
            .Select(c => $"{c.Item1}.{c.Item2} {(c.Item3 == 1 || (c.Item4 == 1 && c.Item5 == "INTEGER") ? "not null" : "null")}")
            .Order(StringComparer.Ordinal).ToList();
        var sqliteNamed = (await sqlite.QueryAsync<string>(
                "SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_%'"))
            .Order(StringComparer.Ordinal).ToList();

        await using var postgres = new NpgsqlConnection(target);
        var postgresColumns = (await postgres.QueryAsync<(string, string, string)>(
                "SELECT table_name, column_name, is_nullable FROM information_schema.columns " +
                "WHERE table_schema = 'public' AND table_name <> 'schemaversions'"))
            .Select(c => $"{c.Item1}.{c.Item2} {(c.Item3 == "NO" ? "not null" : "null")}")
            .Order(StringComparer.Ordinal).ToList();
        var postgresNamed = (await postgres.QueryAsync<string>(
                "SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = 'public' AND (indexname LIKE 'ix\\_%' OR indexname LIKE 'ux\\_%') " +
                "UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.That(sqliteColumns, Has.Count.GreaterThan(300));
        Assert.That(postgresColumns, Is.EqualTo(sqliteColumns));
        Assert.That(sqliteNamed, Has.Some.StartsWith("trigger plan_versions_after_insert_scores"));
        Assert.That(postgresNamed, Is.EqualTo(sqliteNamed));
    }

    [Test]
    public async Task Instances_starting_together_apply_each_PostgreSQL_migration_once()
    {
        var cluster = await PostgresCluster.GetAsync();
        var target = await cluster.CreateDatabaseAsync("migrate_once");

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => PostgresMigrations.Apply(target, NullLogger.Instance))));

        await using var postgres = new NpgsqlConnection(target);
        var applied = (await postgres.QueryAsync<string>("SELECT scriptname FROM schemaversions")).ToList();
        Assert.That(applied, Is.Not.Empty);
        Assert.That(applied, Is.Unique);
        Assert.That(applied, Is.EquivalentTo(typeof(PostgresMigrations).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("PostgresMigrations.", StringComparison.Ordinal))));
    }
}

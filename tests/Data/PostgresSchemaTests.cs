using ActionPlanTracker.Data;
using ActionPlanTracker.Tests.Postgres;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ActionPlanTracker.Tests.Data;

/// <summary>
/// Issue 16: the two engines' migrations build the same named indexes and triggers (db/postgresql/README.md; tables,
/// columns and unique keys are compared in Api/Operations/PostgresSchemaTests); instances starting together migrate once.
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
    public async Task Both_engines_have_the_same_named_indexes_and_triggers()
    {
        var cluster = await PostgresCluster.GetAsync();
        var target = await cluster.CreateDatabaseAsync("schema");
        Migrator.Migrate(Database.PostgreSql(target), NullLogger.Instance);

        await using var sqlite = new SqliteConnection($"Data Source={sqliteFile};Pooling=False");
        await sqlite.OpenAsync();
        var sqliteNamed = (await sqlite.QueryAsync<string>(
                "SELECT type || ' ' || name FROM sqlite_master WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_%'"))
            .Order(StringComparer.Ordinal).ToList();

        await using var postgres = new NpgsqlConnection(target);
        var postgresNamed = (await postgres.QueryAsync<string>(
                "SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = 'public' AND (indexname LIKE 'ix\\_%' OR indexname LIKE 'ux\\_%') " +
                "UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.That(sqliteNamed, Has.Some.StartsWith("trigger plan_versions_after_insert_scores"));
        Assert.That(postgresNamed, Is.EqualTo(sqliteNamed));
    }

    [Test]
    public async Task Instances_starting_together_apply_each_PostgreSQL_migration_once()
    {
        var cluster = await PostgresCluster.GetAsync();
        var target = await cluster.CreateDatabaseAsync("migrate_once");

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Migrator.Migrate(Database.PostgreSql(target), NullLogger.Instance))));

        await using var postgres = new NpgsqlConnection(target);
        var applied = (await postgres.QueryAsync<string>("SELECT scriptname FROM schemaversions")).ToList();
        Assert.That(applied, Is.Not.Empty);
        Assert.That(applied, Is.Unique);
        Assert.That(applied, Is.EquivalentTo(Migrator.Scripts(DatabaseEngine.PostgreSql)));
    }
}

using Dapper;
using DbUp;
using DbUp.Engine;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ActionPlanTracker.Data;

/// <summary>
/// Applies the numbered scripts of the database's engine (embedded in the assembly) in order, each in its own transaction:
/// db/*.sql as "Migrations.*" on SQLite, db/postgresql/*.sql as "PostgresMigrations.*" on PostgreSQL. Every migration
/// has a twin in each folder with the same number (docs/architecture.md, "Two engines").
/// </summary>
public static class Migrator
{
    /// <summary>The advisory lock two instances starting together over one PostgreSQL database take, so one migrates.</summary>
    public const long MigrationLockKey = 0x747261636b6d67;

    /// <summary>Applies every script not yet applied; <paramref name="upTo"/> stops after that script number (for upgrade tests).</summary>
    public static void Migrate(Database database, ILogger logger, int? upTo = null)
    {
        if (database.Engine == DatabaseEngine.PostgreSql) MigratePostgreSql(database, logger, upTo);
        else MigrateSqlite(database, logger, upTo);
    }

    private static void MigrateSqlite(Database database, ILogger logger, int? upTo)
    {
        // Foreign keys are off while scripts run, as SQLite's manual requires for rebuilding a table that others refer to
        // (db/0012); they are checked as a whole afterwards, so a script cannot leave a dangling reference unnoticed.
        var connectionString = new SqliteConnectionStringBuilder(database.ConnectionString) { ForeignKeys = false }.ToString();
        var upgrader = DeployChanges.To
            .SqliteDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => IsScript(name, DatabaseEngine.Sqlite, upTo))
            .WithTransactionPerScript()
            .LogScriptOutput()
            .LogToNowhere()
            .Build();
        Report(database, logger, upgrader.PerformUpgrade());

        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        var dangling = connection.Query<(string Table, long RowId, string Parent)>(
            "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check").ToList();
        if (dangling.Count > 0)
            throw new InvalidOperationException(
                $"After the migrations, {dangling.Count} row(s) of {database.Description} refer to rows that do not exist, for example " +
                $"{dangling[0].Table} row {dangling[0].RowId} → {dangling[0].Parent}. Restore the database from a backup and report this.");
    }

    private static void MigratePostgreSql(Database database, ILogger logger, int? upTo)
    {
        // One session holds the lock while DbUp works (on its own connections): a second instance starting at the same
        // moment waits here, then finds every script applied. PostgreSQL checks foreign keys inside each script.
        using var gate = new NpgsqlConnection(database.ConnectionString);
        gate.Open();
        gate.Execute("SELECT pg_advisory_lock(@key)", new { key = MigrationLockKey });
        try
        {
            var upgrader = DeployChanges.To
                .PostgresqlDatabase(database.ConnectionString)
                .JournalToPostgresqlTable("public", "schemaversions")
                .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => IsScript(name, DatabaseEngine.PostgreSql, upTo))
                .WithTransactionPerScript()
                .LogScriptOutput()
                .LogToNowhere()
                .Build();
            Report(database, logger, upgrader.PerformUpgrade());
            // Types a script created (citext, on the first start) are unknown to connections that loaded the catalogue
            // before it ran; reloading makes every later connection of the pool read them.
            gate.ReloadTypes();
        }
        finally
        {
            gate.Execute("SELECT pg_advisory_unlock(@key)", new { key = MigrationLockKey });
        }
    }

    private static void Report(Database database, ILogger logger, DatabaseUpgradeResult result)
    {
        if (!result.Successful)
            throw new InvalidOperationException(
                $"Database migration {result.ErrorScript?.Name ?? "(unknown)"} failed on {database.Description}: {result.Error.Message}",
                result.Error);
        foreach (var script in result.Scripts)
            logger.LogInformation("Applied migration {Script}", script.Name);
    }

    /// <summary>The names DbUp records in SchemaVersions for every SQLite script this build carries ("Migrations.0001_....sql").</summary>
    public static IReadOnlyList<string> Scripts() => Scripts(DatabaseEngine.Sqlite);

    /// <summary>The names DbUp records for every script of this engine this build carries.</summary>
    public static IReadOnlyList<string> Scripts(DatabaseEngine engine) =>
        typeof(Migrator).Assembly.GetManifestResourceNames().Where(n => IsScript(n, engine, null)).Order(StringComparer.Ordinal).ToList();

    private static string Prefix(DatabaseEngine engine) => engine == DatabaseEngine.PostgreSql ? "PostgresMigrations." : "Migrations.";

    private static bool IsScript(string name, DatabaseEngine engine, int? upTo) =>
        name.StartsWith(Prefix(engine), StringComparison.Ordinal) && (upTo is null || Number(name, engine) <= upTo);

    // "Migrations.0012_make_printed_fields_optional.sql" → 12
    private static int Number(string name, DatabaseEngine engine) =>
        int.Parse(name[Prefix(engine).Length..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture);
}

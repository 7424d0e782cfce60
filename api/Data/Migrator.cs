using Dapper;
using DbUp;
using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Data;

/// <summary>Applies the numbered scripts in db/ (embedded in the assembly) in order, each in its own transaction.</summary>
public static class Migrator
{
    /// <summary>Applies every script not yet applied; <paramref name="upTo"/> stops after that script number (for upgrade tests).</summary>
    public static void Migrate(Database database, ILogger logger, int? upTo = null)
    {
        // Foreign keys are off while scripts run, as SQLite's manual requires for rebuilding a table that others refer to
        // (db/0012); they are checked as a whole afterwards, so a script cannot leave a dangling reference unnoticed.
        var connectionString = new SqliteConnectionStringBuilder(database.ConnectionString) { ForeignKeys = false }.ToString();
        var upgrader = DeployChanges.To
            .SqliteDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.StartsWith("Migrations.", StringComparison.Ordinal)
                && (upTo is null || Number(name) <= upTo))
            .WithTransactionPerScript()
            .LogScriptOutput()
            .LogToNowhere()
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException(
                $"Database migration {result.ErrorScript?.Name ?? "(unknown)"} failed on {database.FilePath}: {result.Error.Message}",
                result.Error);

        foreach (var script in result.Scripts)
            logger.LogInformation("Applied migration {Script}", script.Name);

        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        var dangling = connection.Query<(string Table, long RowId, string Parent)>(
            "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check").ToList();
        if (dangling.Count > 0)
            throw new InvalidOperationException(
                $"After the migrations, {dangling.Count} row(s) of {database.FilePath} refer to rows that do not exist, for example " +
                $"{dangling[0].Table} row {dangling[0].RowId} → {dangling[0].Parent}. Restore the database from a backup and report this.");
    }

    /// <summary>The names DbUp records in SchemaVersions for every script this build carries ("Migrations.0001_....sql").</summary>
    public static IReadOnlyList<string> Scripts() =>
        typeof(Migrator).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    // "Migrations.0012_make_printed_fields_optional.sql" → 12
    private static int Number(string name) => int.Parse(name["Migrations.".Length..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture);
}

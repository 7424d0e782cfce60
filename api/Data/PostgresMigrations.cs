using DbUp;
using Npgsql;

namespace ActionPlanTracker.Data;

/// <summary>
/// Applies db/postgresql/*.sql (embedded as "PostgresMigrations.*") to a PostgreSQL database, each script in its own
/// transaction, holding a session advisory lock so that instances starting together migrate once: the second waits,
/// then finds nothing to do.
/// </summary>
public static class PostgresMigrations
{
    private const string Prefix = "PostgresMigrations.";

    // Any fixed number: it only has to be the same in every instance of the tracker.
    private const long MigrationLock = 0x5472_6163_6b65_72;

    public static void Apply(string connectionString, ILogger logger)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            lockCommand.Parameters.AddWithValue("key", MigrationLock);
            lockCommand.ExecuteNonQuery();
        }
        try
        {
            var result = DeployChanges.To
                .PostgresqlDatabase(connectionString)
                .WithScriptsEmbeddedInAssembly(typeof(PostgresMigrations).Assembly, name => name.StartsWith(Prefix, StringComparison.Ordinal))
                .WithTransactionPerScript()
                .LogToNowhere()
                .Build()
                .PerformUpgrade();
            if (!result.Successful)
                throw new InvalidOperationException(
                    $"PostgreSQL migration {result.ErrorScript?.Name ?? "(unknown)"} failed: {result.Error.Message}", result.Error);
            foreach (var script in result.Scripts) logger.LogInformation("Applied migration {Script}", script.Name);
        }
        finally
        {
            using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            unlock.Parameters.AddWithValue("key", MigrationLock);
            unlock.ExecuteNonQuery();
        }
    }
}

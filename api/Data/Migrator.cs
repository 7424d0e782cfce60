using DbUp;

namespace ActionPlanTracker.Data;

/// <summary>Applies the numbered scripts in db/ (embedded in the assembly) in order, each in its own transaction.</summary>
public static class Migrator
{
    public static void Migrate(Database database, ILogger logger)
    {
        var upgrader = DeployChanges.To
            .SqliteDatabase(database.ConnectionString)
            .WithScriptsEmbeddedInAssembly(typeof(Migrator).Assembly, name => name.StartsWith("Migrations.", StringComparison.Ordinal))
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
    }
}

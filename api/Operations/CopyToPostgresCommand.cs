using Npgsql;

namespace ActionPlanTracker.Operations;

/// <summary>
/// <c>copy-to-postgresql "&lt;connection string&gt;"</c> on the tracker's command line (<c>dotnet run --project api --
/// copy-to-postgresql "Host=db;Database=tracker;Username=tracker;Password=…"</c>): copies the configured SQLite tracker
/// (<c>Tracker:DatabasePath</c>, read as the server reads it) into an empty PostgreSQL database, applying the PostgreSQL
/// migrations first, and exits. Stop the tracker first: the copy is of the file as it is when the copy starts. Exit
/// code 0 after a copy whose row counts matched, 1 when it was refused or failed (nothing is left half-copied), 2 for a
/// wrong command line.
/// </summary>
public static class CopyToPostgresCommand
{
    public const string Name = "copy-to-postgresql";

    private const string UsageText =
        "Usage: copy-to-postgresql \"Host=…;Database=…;Username=…;Password=…\"   copies the tracker's SQLite database into an empty PostgreSQL database.";

    public static bool IsInvoked(string[] args) => args is [Name, ..];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var line = CommandLine.Parse(args.Skip(1));
        if (line.Arguments.Count != 1)
        {
            error.WriteLine(line.Arguments.Count == 0 ? "Say which PostgreSQL database to copy into (a connection string)." : "One connection string only.");
            error.WriteLine(UsageText);
            return BackupCommand.Usage;
        }
        try { _ = new NpgsqlConnectionStringBuilder(line.Arguments[0]); }
        catch (ArgumentException e)
        {
            error.WriteLine($"That is not a PostgreSQL connection string: {e.Message}");
            error.WriteLine(UsageText);
            return BackupCommand.Usage;
        }

        var databasePath = line.DatabasePath(error);
        if (databasePath is null) return BackupCommand.Failed;

        using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
        try
        {
            var result = SqliteToPostgres.CopyAsync(databasePath, line.Arguments[0], logging.CreateLogger("copy-to-postgresql")).GetAwaiter().GetResult();
            foreach (var (table, rows) in result.Tables) output.WriteLine($"  {table}: {rows}");
            output.WriteLine(result.ToString());
            return BackupCommand.Succeeded;
        }
        catch (CopyRefusedException e)
        {
            error.WriteLine($"Nothing was copied: {e.Message}");
            return BackupCommand.Failed;
        }
        // The command is an operator's tool: whatever stopped it is said in words, and the transaction kept nothing.
        catch (Exception e)
        {
            error.WriteLine($"The copy failed and nothing was kept: {e.Message}");
            return BackupCommand.Failed;
        }
    }
}

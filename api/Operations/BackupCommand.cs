namespace ActionPlanTracker.Operations;

/// <summary>
/// <c>backup &lt;file&gt; [--force]</c> on the tracker's command line (<c>dotnet run --project api -- backup x.sqlite</c>,
/// or <c>dotnet ActionPlanTracker.dll backup x.sqlite</c>): copies the configured database with the online backup API
/// and exits. It reads the same settings as the server (appsettings.json, environment variables such as
/// <c>Tracker__DatabasePath</c>, <c>--Tracker:DatabasePath=...</c>), resolves the path against the same content root,
/// never starts the web server and never applies migrations: a backup is the file as it is. Exit code 0 after a copy
/// that passed the integrity check, 1 when it failed, 2 for a wrong command line.
/// </summary>
public static class BackupCommand
{
    public const string Name = "backup";

    public const int Succeeded = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    private const string UsageText =
        "Usage: backup <file> [--force]   copies the tracker's database to <file> while it runs; --force replaces an existing file.";

    public static bool IsInvoked(string[] args) => args is [Name, ..];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var line = CommandLine.Parse(args.Skip(1), "--force", "-f");
        var files = line.Arguments;
        if (files.Count != 1)
        {
            error.WriteLine(files.Count == 0 ? "Say which file to write the backup to." : $"One file only, not {files.Count}: {string.Join(", ", files)}.");
            error.WriteLine(UsageText);
            return Usage;
        }

        var databasePath = line.DatabasePath(error);
        if (databasePath is null) return Failed;

        try
        {
            var result = SqliteBackup.Run(databasePath, files[0], line.Has("--force", "-f"), TimeProvider.System);
            output.WriteLine(result.ToString());
            return Succeeded;
        }
        catch (BackupFailedException e)
        {
            error.WriteLine($"Backup failed: {e.Message}");
            return Failed;
        }
    }
}

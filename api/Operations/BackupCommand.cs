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
        var rest = args.Skip(1).ToList();
        var force = rest.RemoveAll(a => a is "--force" or "-f") > 0;
        // Settings given as --Key=Value (or --Key Value) go to configuration, as they would for the server.
        var settings = new List<string>();
        var files = new List<string>();
        for (var i = 0; i < rest.Count; i++)
        {
            if (rest[i].StartsWith("--", StringComparison.Ordinal))
            {
                settings.Add(rest[i]);
                if (!rest[i].Contains('=') && i + 1 < rest.Count) settings.Add(rest[++i]);
            }
            else files.Add(rest[i]);
        }
        if (files.Count != 1)
        {
            error.WriteLine(files.Count == 0 ? "Say which file to write the backup to." : $"One file only, not {files.Count}: {string.Join(", ", files)}.");
            error.WriteLine(UsageText);
            return Usage;
        }

        string databasePath;
        try
        {
            // The web host's own configuration and content root, so the command finds the file the server uses;
            // building the builder starts nothing.
            var builder = WebApplication.CreateBuilder(settings.ToArray());
            var tracker = builder.Configuration.GetSection(TrackerSettings.SectionName).Get<TrackerSettings>() ?? new TrackerSettings();
            if (tracker.Database(builder.Configuration, builder.Environment.ContentRootPath).Engine == Data.DatabaseEngine.PostgreSql)
            {
                error.WriteLine("The tracker's database is PostgreSQL: back it up with pg_dump (docs/operations.md, \"PostgreSQL\"). " +
                    "This command copies SQLite files only.");
                return Failed;
            }
            if (string.IsNullOrWhiteSpace(tracker.DatabasePath))
            {
                error.WriteLine($"{TrackerSettings.SectionName}:{nameof(TrackerSettings.DatabasePath)} must name a file.");
                return Failed;
            }
            databasePath = tracker.DatabaseFile(builder.Environment.ContentRootPath);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or IOException)
        {
            error.WriteLine($"The settings could not be read: {e.Message}");
            return Failed;
        }

        try
        {
            var result = SqliteBackup.Run(databasePath, files[0], force, TimeProvider.System);
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

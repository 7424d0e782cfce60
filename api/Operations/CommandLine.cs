namespace ActionPlanTracker.Operations;

/// <summary>
/// The command line of the tracker's operations commands (backup, copy-to-postgresql): settings given as --Key=Value
/// (or --Key Value) go to configuration as they would for the server; everything else is an argument of the command.
/// </summary>
public sealed record CommandLine(IReadOnlyList<string> Arguments, IReadOnlyList<string> Settings, IReadOnlyList<string> Flags)
{
    public static CommandLine Parse(IEnumerable<string> args, params string[] flags)
    {
        var rest = args.ToList();
        var given = flags.Where(f => rest.RemoveAll(a => a == f) > 0).ToList();
        var settings = new List<string>();
        var arguments = new List<string>();
        for (var i = 0; i < rest.Count; i++)
        {
            if (rest[i].StartsWith("--", StringComparison.Ordinal))
            {
                settings.Add(rest[i]);
                if (!rest[i].Contains('=') && i + 1 < rest.Count) settings.Add(rest[++i]);
            }
            else arguments.Add(rest[i]);
        }
        return new CommandLine(arguments, settings, given);
    }

    public bool Has(params string[] flag) => flag.Any(Flags.Contains);

    /// <summary>
    /// The SQLite file the server would use with these settings: the web host's own configuration and content root
    /// (building the builder starts nothing). Null, with the reason written to <paramref name="error"/>, when unreadable.
    /// </summary>
    public string? DatabasePath(TextWriter error)
    {
        try
        {
            var builder = WebApplication.CreateBuilder(Settings.ToArray());
            var tracker = builder.Configuration.GetSection(TrackerSettings.SectionName).Get<TrackerSettings>() ?? new TrackerSettings();
            if (string.IsNullOrWhiteSpace(tracker.DatabasePath))
            {
                error.WriteLine($"{TrackerSettings.SectionName}:{nameof(TrackerSettings.DatabasePath)} must name a file.");
                return null;
            }
            return tracker.DatabaseFile(builder.Environment.ContentRootPath);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or IOException)
        {
            error.WriteLine($"The settings could not be read: {e.Message}");
            return null;
        }
    }
}

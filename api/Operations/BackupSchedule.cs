using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using ActionPlanTracker.Data;

namespace ActionPlanTracker.Operations;

/// <summary>
/// Backs the database up every <see cref="BackupSettings.IntervalHours"/> into <see cref="BackupSettings.Folder"/> as
/// <c>tracker-YYYYMMDD-HHMMSS.sqlite</c> (UTC, so the clock change never makes two files with one name or sorts them
/// out of order), with the same code as the backup command, then deletes its oldest files beyond
/// <see cref="BackupSettings.Keep"/>. Only files matching that name pattern are counted or deleted: a copy an operator
/// put in the folder under another name is never touched.
/// <para>
/// When the first backup happens: the schedule carries on from the newest backup already in the folder, so the first
/// one is at once when there is none or it is older than the interval, otherwise when the interval since it ends. A
/// server restarted more often than the interval (a nightly recycle, an upgrade) is therefore still backed up, and a
/// server that restarts in a loop does not replace its whole history with copies minutes apart.
/// </para>
/// Files are named by the wall clock (<see cref="TimeProvider.System"/>), never by the tracker's "today", which tests pin.
/// </summary>
public sealed partial class BackupSchedule(Database database, TrackerSettings settings, IWebHostEnvironment environment,
    ILogger<BackupSchedule> logger) : BackgroundService
{
    private const string Format = "yyyyMMdd-HHmmss";

    private readonly TimeProvider time = TimeProvider.System;

    /// <summary>The folder the files go in, as a full path; null when scheduled backups are off.</summary>
    public string? Folder { get; } = string.IsNullOrWhiteSpace(settings.Backup.Folder) ? null
        : Path.GetFullPath(Path.IsPathRooted(settings.Backup.Folder) ? settings.Backup.Folder : Path.Combine(environment.ContentRootPath, settings.Backup.Folder));

    private TimeSpan Interval => TimeSpan.FromHours(settings.Backup.IntervalHours);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Folder is null) return;
        await Task.Yield();
        if (database.Engine == DatabaseEngine.PostgreSql)
        {
            logger.LogWarning("Tracker:Backup:Folder is set, but the tracker runs on {Database}: back PostgreSQL up with pg_dump " +
                "or the server's own backups (docs/operations.md, \"PostgreSQL\"); no scheduled backups are taken", database.Description);
            return;
        }
        logger.LogInformation("Scheduled backups of {Database} into {Folder} every {Hours} hours, keeping {Keep}",
            database.FilePath, Folder, settings.Backup.IntervalHours, settings.Backup.Keep);
        try
        {
            var newest = Directory.Exists(Folder) ? Existing().LastOrDefault() : default;
            var wait = newest.Path is null ? TimeSpan.Zero : newest.TakenAt + Interval - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken);
            using var timer = new PeriodicTimer(Interval, time);
            do
            {
                BackUpOnce();
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(e, "Scheduled backups did not start: the folder {Folder} cannot be read", Folder);
        }
    }

    /// <summary>
    /// One backup and the pruning after it. Whatever goes wrong is logged and the schedule goes on: an exception escaping
    /// a BackgroundService would stop the whole server, and a full disk must not take the tracker down with it.
    /// </summary>
    public void BackUpOnce()
    {
        if (Folder is null) return;
        var name = $"tracker-{time.GetUtcNow().UtcDateTime.ToString(Format, CultureInfo.InvariantCulture)}.sqlite";
        try
        {
            Directory.CreateDirectory(Folder);
            var result = SqliteBackup.Run(database.FilePath, Path.Combine(Folder, name), overwrite: false, time);
            logger.LogInformation("Scheduled backup: {Result}", result.ToString());
            Prune();
        }
        catch (Exception e)
        {
            logger.LogError(e, "Scheduled backup to {File} in {Folder} failed: {Reason}", name, Folder, e.Message);
        }
    }

    private void Prune()
    {
        var files = Existing();
        foreach (var old in files.Take(Math.Max(0, files.Count - settings.Backup.Keep)))
        {
            try
            {
                File.Delete(old.Path);
                logger.LogInformation("Deleted the old backup {File} (keeping the newest {Keep})", old.Path, settings.Backup.Keep);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(e, "Could not delete the old backup {File}", old.Path);
            }
        }
    }

    /// <summary>This schedule's own files in the folder, oldest first.</summary>
    private List<(string Path, DateTimeOffset TakenAt)> Existing()
    {
        var found = new List<(string Path, DateTimeOffset TakenAt)>();
        foreach (var path in Directory.EnumerateFiles(Folder!))
        {
            var match = OwnName().Match(Path.GetFileName(path));
            if (match.Success && DateTime.TryParseExact(match.Groups["at"].Value, Format, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at))
                found.Add((path, new DateTimeOffset(at, TimeSpan.Zero)));
        }
        return found.OrderBy(f => f.TakenAt).ToList();
    }

    [GeneratedRegex(@"^tracker-(?<at>\d{8}-\d{6})\.sqlite$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnName();
}

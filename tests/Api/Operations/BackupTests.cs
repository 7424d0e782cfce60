using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ActionPlanTracker.Data;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ActionPlanTracker.Tests.Api.Operations;

/// <summary>
/// Issue 13: a plain file copy during writes lost 13% of acknowledged rows (they were still in the WAL). The backup
/// command runs as an operator runs it, as a separate process (<c>dotnet ActionPlanTracker.dll backup file</c>) against
/// the file the running tracker is writing to, and every row acknowledged with 201 before it started must be in the copy.
/// </summary>
[SqliteOnly("the backup command copies the SQLite file; on PostgreSQL it refuses and pg_dump is the backup")]
public sealed class BackupTests
{
    private string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "tracker-backup-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder()
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private Task<OperationsCommand.Run> BackupCommandAsync(string databasePath, params string[] arguments) =>
        OperationsCommand.RunAsync(folder, databasePath, ["backup", .. arguments]);

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    [Test]
    public async Task A_backup_taken_during_writes_holds_every_row_acknowledged_before_it_began()
    {
        var client = TrackerApp.ClientFor("Backup Writer");
        var prefix = $"Backup writer {Guid.NewGuid():N}";
        var acknowledged = new ConcurrentQueue<long>();
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var response = await client.PostJsonAsync("/api/people", new { name = $"{prefix} {writer}-{i}", jobTitle = "Practice lead" });
                if (response.StatusCode == HttpStatusCode.Created) acknowledged.Enqueue((await response.ReadAsync<Created>()).Id);
                else failures.Enqueue($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        })).ToList();

        // Let the writes build up, then back up while they go on.
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (acknowledged.Count < 200 && failures.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(50);
        var before = acknowledged.ToHashSet();
        var backup = Path.Combine(folder, "during-writes.sqlite");
        var run = await BackupCommandAsync(TrackerApp.Factory.DatabasePath, backup);
        var writtenMeanwhile = acknowledged.Count - before.Count;
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.That(failures, Is.Empty, "every write should have been acknowledged");
        Assert.That(before, Has.Count.GreaterThanOrEqualTo(200));
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        Assert.That(run.Output, Does.StartWith($"Backed up {TrackerApp.Factory.DatabasePath} to {backup}: ").And.EndWith("integrity ok."));
        Assert.That(run.Output.Split('\n'), Has.Length.EqualTo(1), "one line");
        using var copy = Open(backup);
        Assert.That(copy.Query<string>("PRAGMA integrity_check").ToList(), Is.EqualTo(new[] { "ok" }));
        var saved = copy.Query<long>("SELECT id FROM people WHERE name LIKE @prefix || '%'", new { prefix }).ToHashSet();
        var lost = before.Where(id => !saved.Contains(id)).ToList();
        Assert.That(lost, Is.Empty, $"{lost.Count} of {before.Count} acknowledged rows are missing from the backup ({writtenMeanwhile} more were written while it ran)");
        // The copy is one self-contained file, not a WAL database that needs its -wal beside it.
        Assert.That(copy.ExecuteScalar<string>("PRAGMA journal_mode"), Is.EqualTo("delete"));
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "during-writes.sqlite" }), "no temporary file left behind");
    }

    private sealed record Created(long Id);

    [Test]
    public async Task The_command_refuses_to_overwrite_a_file_unless_told_to_with_force()
    {
        var backup = Path.Combine(folder, "existing.sqlite");
        await File.WriteAllTextAsync(backup, "an older backup");

        var refused = await BackupCommandAsync(TrackerApp.Factory.DatabasePath, backup);
        Assert.That(refused.ExitCode, Is.Not.EqualTo(0));
        Assert.That(refused.Error, Is.EqualTo($"Backup failed: {backup} already exists. Choose another name, or add --force to replace it."));
        Assert.That(refused.Output, Is.Empty);
        Assert.That(await File.ReadAllTextAsync(backup), Is.EqualTo("an older backup"));

        var forced = await BackupCommandAsync(TrackerApp.Factory.DatabasePath, backup, "--force");
        Assert.That(forced.ExitCode, Is.EqualTo(0), forced.Error);
        using var copy = Open(backup);
        Assert.That(copy.ExecuteScalar<long>("SELECT count(*) FROM users WHERE username = 'admin'"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_missing_database_or_folder_is_a_clear_error_and_a_failing_exit_code()
    {
        var missingDatabase = await BackupCommandAsync(Path.Combine(folder, "no-such.db"), Path.Combine(folder, "a.sqlite"));
        Assert.That(missingDatabase.ExitCode, Is.EqualTo(1));
        Assert.That(missingDatabase.Error, Is.EqualTo($"Backup failed: There is no database at {Path.Combine(folder, "no-such.db")}. Check Tracker:DatabasePath."));
        Assert.That(File.Exists(Path.Combine(folder, "no-such.db")), Is.False, "the command must not create an empty database");

        var missingFolder = await BackupCommandAsync(TrackerApp.Factory.DatabasePath, Path.Combine(folder, "not-there", "a.sqlite"));
        Assert.That(missingFolder.ExitCode, Is.EqualTo(1));
        Assert.That(missingFolder.Error, Does.StartWith($"Backup failed: The folder {Path.Combine(folder, "not-there")} does not exist."));

        var noFile = await BackupCommandAsync(TrackerApp.Factory.DatabasePath);
        Assert.That(noFile.ExitCode, Is.EqualTo(2));
        Assert.That(noFile.Error, Does.Contain("Usage: backup <file> [--force]"));
        Assert.That(Directory.GetFiles(folder), Is.Empty);
    }

    [Test]
    public async Task The_command_copies_the_file_as_it_is_without_applying_migrations()
    {
        // A database an older release left: only the first five migrations.
        var old = new Database(Path.Combine(folder, "old.db"));
        old.PrepareFile();
        Migrator.Migrate(old, NullLogger.Instance, upTo: 5);
        SqliteConnection.ClearAllPools();
        var backup = Path.Combine(folder, "old-backup.sqlite");

        var run = await BackupCommandAsync(old.FilePath, backup);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Error);
        using (var source = Open(old.FilePath))
            Assert.That(source.ExecuteScalar<long>("SELECT count(*) FROM SchemaVersions"), Is.EqualTo(5));
        using var copy = Open(backup);
        Assert.That(copy.ExecuteScalar<long>("SELECT count(*) FROM SchemaVersions"), Is.EqualTo(5));
    }
}

/// <summary>Scheduled backups: files appear in the folder, and only the newest of the schedule's own are kept.</summary>
[SqliteOnly("scheduled backups copy the SQLite file; on PostgreSQL the schedule only logs a warning")]
public sealed class ScheduledBackupTests
{
    [Test]
    public async Task The_schedule_writes_backups_and_keeps_the_newest_without_touching_other_files()
    {
        using var tracker = new TrackerFactory();
        var folder = Path.Combine(tracker.Folder, "backups");
        Directory.CreateDirectory(folder);
        // Two of the schedule's own older files, and two an operator put there by hand.
        string[] old = ["tracker-20200101-020000.sqlite", "tracker-20200102-020000.sqlite"];
        string[] others = ["tracker-before-upgrade.sqlite", "notes.txt"];
        foreach (var name in old.Concat(others)) await File.WriteAllTextAsync(Path.Combine(folder, name), name);

        // 0.001 hours: a backup every 3.6 seconds, keeping 2.
        var scheduled = tracker.WithWebHostBuilder(b => b
            .UseSetting("Tracker:Backup:Folder", folder)
            .UseSetting("Tracker:Backup:IntervalHours", "0.001")
            .UseSetting("Tracker:Backup:Keep", "2"));
        using (scheduled)
        using (scheduled.CreateClient())
        {
            // Poll until two new backups have replaced the old ones (the first comes at once: the newest is years old).
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (DateTime.UtcNow < deadline && !(Ours().Count == 2 && !Ours().Intersect(old).Any())) await Task.Delay(200);
        }
        // The server has stopped, so no later backup prunes a file while it is checked.

        var ours = Ours();
        Assert.That(ours, Has.Count.EqualTo(2), string.Join(", ", Directory.GetFiles(folder)));
        Assert.That(ours.Intersect(old), Is.Empty, "the oldest were pruned");
        Assert.That(ours, Has.All.Match(@"^tracker-\d{8}-\d{6}\.sqlite$"));
        foreach (var name in others)
            Assert.That(await File.ReadAllTextAsync(Path.Combine(folder, name)), Is.EqualTo(name), "a file not named by the schedule is left alone");
        foreach (var name in ours)
        {
            using var copy = new SqliteConnection(new SqliteConnectionStringBuilder
                { DataSource = Path.Combine(folder, name), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            copy.Open();
            Assert.That(copy.Query<string>("PRAGMA integrity_check").ToList(), Is.EqualTo(new[] { "ok" }));
            Assert.That(copy.ExecuteScalar<long>("SELECT count(*) FROM users WHERE username = 'admin'"), Is.EqualTo(1));
        }
        Assert.That(tracker.LogLines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)), Is.Empty);

        List<string> Ours() => Directory.GetFiles(folder, "tracker-2*.sqlite").Select(f => Path.GetFileName(f)).Order().ToList();
    }
}

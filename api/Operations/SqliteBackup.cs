using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Operations;

/// <summary>What one backup wrote: where, how big, when its snapshot was taken and how long it took.</summary>
public sealed record BackupResult(string Source, string Destination, long Bytes, DateTimeOffset TakenAt, TimeSpan Duration)
{
    /// <summary>"Backed up /srv/tracker.db to /backups/x.sqlite: 1.4 MB, snapshot at 2026-11-23 09:30:12Z, 0.21 s, integrity ok."</summary>
    public override string ToString() =>
        $"Backed up {Source} to {Destination}: {Size(Bytes)}, snapshot at {TakenAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z, " +
        $"{Duration.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s, integrity ok.";

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => FormattableString.Invariant($"{bytes / 1024.0:0.0} KB"),
        _ => FormattableString.Invariant($"{bytes / (1024.0 * 1024.0):0.0} MB"),
    };
}

/// <summary>A backup could not be made; the message says why in words an operator can act on.</summary>
public sealed class BackupFailedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Copies the tracker's SQLite file with SQLite's online backup API: one consistent snapshot, rows still in the WAL
/// included, taken while the server goes on reading and writing (WAL readers never block writers). A plain file copy
/// during writes loses what is only in the -wal file. The copy is written beside the destination under a temporary
/// name, checked with PRAGMA integrity_check, switched to a single self-contained file (journal_mode DELETE: the
/// tracker puts it back in WAL mode when it next opens it), and only then renamed into place, so a failed backup never
/// leaves a half-written file under the name asked for.
/// </summary>
public static class SqliteBackup
{
    public static BackupResult Run(string sourcePath, string destinationPath, bool overwrite, TimeProvider time)
    {
        var source = Path.GetFullPath(sourcePath);
        var destination = Path.GetFullPath(destinationPath);
        if (!File.Exists(source))
            throw new BackupFailedException($"There is no database at {source}. Check Tracker:DatabasePath.");
        if (string.Equals(source, destination, StringComparison.Ordinal))
            throw new BackupFailedException($"The backup cannot be written over the database itself ({source}).");
        var folder = Path.GetDirectoryName(destination)!;
        if (!Directory.Exists(folder))
            throw new BackupFailedException($"The folder {folder} does not exist. Create it first, or choose another path.");
        if (Directory.Exists(destination))
            throw new BackupFailedException($"{destination} is a folder. Give the path of the file to write.");
        if (File.Exists(destination) && !overwrite)
            throw new BackupFailedException($"{destination} already exists. Choose another name, or add --force to replace it.");

        var temporary = Path.Combine(folder, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.partial");
        var watch = Stopwatch.StartNew();
        DateTimeOffset takenAt;
        try
        {
            // Not pooled: a pooled connection would stay open after this returns and keep the files busy.
            using (var from = new SqliteConnection(ConnectionString(source, SqliteOpenMode.ReadWrite)))
            using (var to = new SqliteConnection(ConnectionString(temporary, SqliteOpenMode.ReadWriteCreate)))
            {
                from.Open();
                from.Execute("PRAGMA busy_timeout = 10000;");
                to.Open();
                takenAt = time.GetUtcNow();
                // sqlite3_backup_step(-1): every page in one step, under one read transaction, so the copy is one
                // moment's snapshot however many writes arrive meanwhile.
                from.BackupDatabase(to);
                to.Execute("PRAGMA journal_mode = DELETE;");
                var integrity = to.Query<string>("PRAGMA integrity_check;").ToList();
                if (integrity is not ["ok"])
                    throw new BackupFailedException(
                        $"The copy failed SQLite's integrity check ({string.Join("; ", integrity.Take(5))}); nothing was written to {destination}.");
            }
            File.Move(temporary, destination, overwrite);
        }
        catch (SqliteException e)
        {
            throw new BackupFailedException($"SQLite could not back up {source} to {destination}: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackupFailedException($"Could not write {destination}: {e.Message}", e);
        }
        finally
        {
            foreach (var leftover in new[] { temporary, temporary + "-journal", temporary + "-wal", temporary + "-shm" })
                try { File.Delete(leftover); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return new BackupResult(source, destination, new FileInfo(destination).Length, takenAt, watch.Elapsed);
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false,
    }.ToString();
}

using Dapper;
using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Data;

/// <summary>Opens connections to the tracker's SQLite file with the pragmas every connection needs.</summary>
public sealed class Database
{
    public Database(string databasePath)
    {
        FilePath = Path.GetFullPath(databasePath);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            ForeignKeys = true,
            // Waits this long for a writer to finish instead of failing with "database is locked".
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync("PRAGMA busy_timeout = 5000;");
        return connection;
    }

    /// <summary>WAL lets the board read the grid while a manager saves a score; it is a property of the file, set once.</summary>
    public void PrepareFile()
    {
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
    }
}

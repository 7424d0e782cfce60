using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ActionPlanTracker.Data;

/// <summary>The two engines the tracker runs on: a SQLite file (the default) or a PostgreSQL database (issue 16).</summary>
public enum DatabaseEngine { Sqlite, PostgreSql }

/// <summary>
/// Opens connections to the tracker's database: a SQLite file with the pragmas every connection needs, or a PostgreSQL
/// database named by a connection string. Everything above this class works with <see cref="DbConnection"/>; what the
/// two engines' SQL says differently is in <see cref="Dialect"/> (docs/architecture.md, "Two engines").
/// </summary>
public sealed class Database
{
    /// <summary>A SQLite file (created on first start).</summary>
    public Database(string databasePath)
    {
        Engine = DatabaseEngine.Sqlite;
        FilePath = Path.GetFullPath(databasePath);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            ForeignKeys = true,
            // Waits this long for a writer to finish instead of failing with "database is locked".
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
        Description = FilePath;
    }

    private Database(DatabaseEngine engine, string connectionString, string description)
    {
        Engine = engine;
        ConnectionString = connectionString;
        FilePath = "";
        Description = description;
    }

    /// <summary>A PostgreSQL database (it must exist; the tracker makes its tables). "Host=…;Database=…;Username=…;Password=…".</summary>
    public static Database PostgreSql(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The password never reaches a log line.
        return new Database(DatabaseEngine.PostgreSql, builder.ConnectionString,
            $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}");
    }

    /// <summary>True when a connection string names a PostgreSQL server ("Host=…"); SQLite's would say "Data Source=…".</summary>
    public static bool NamesPostgreSql(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return false;
        try { return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(connectionString).Host); }
        catch (ArgumentException) { return false; }
    }

    public DatabaseEngine Engine { get; }

    public SqlDialect Dialect => Engine == DatabaseEngine.PostgreSql ? SqlDialect.PostgreSql : SqlDialect.Sqlite;

    /// <summary>The SQLite file; empty on PostgreSQL.</summary>
    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>What the start-up log and error messages call this database: the file, or the server and database name.</summary>
    public string Description { get; }

    /// <summary>
    /// A connection opened synchronously, for the few callers the framework calls synchronously (Data Protection's key
    /// repository, <see cref="Operations.DatabaseXmlRepository"/>). Everything else uses <see cref="OpenAsync"/>.
    /// </summary>
    public DbConnection Open()
    {
        if (Engine == DatabaseEngine.PostgreSql)
        {
            var postgres = new NpgsqlConnection(ConnectionString);
            postgres.Open();
            return postgres;
        }
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        connection.Execute("PRAGMA busy_timeout = 5000;");
        return connection;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        if (Engine == DatabaseEngine.PostgreSql)
        {
            var postgres = new NpgsqlConnection(ConnectionString);
            await postgres.OpenAsync(ct);
            return postgres;
        }
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync("PRAGMA busy_timeout = 5000;");
        return connection;
    }

    /// <summary>
    /// SQLite: WAL lets the board read the grid while a manager saves a score; it is a property of the file, set once.
    /// PostgreSQL: nothing to prepare (readers never wait for writers there).
    /// </summary>
    public void PrepareFile()
    {
        if (Engine == DatabaseEngine.PostgreSql) return;
        var folder = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
    }
}

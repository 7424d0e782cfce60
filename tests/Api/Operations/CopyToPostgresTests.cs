using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ActionPlanTracker.Data;
using ActionPlanTracker.Tests.Postgres;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ActionPlanTracker.Tests.Api.Operations;

/// <summary>
/// Issue 16: "a command to copy an existing SQLite tracker into an empty PostgreSQL database (and a test that
/// round-trips the demo data and the audit log exactly)". The command runs as an operator runs it, as its own process,
/// against a real PostgreSQL server on loopback; every table is then compared row by row, value by value.
/// </summary>
public sealed class CopyToPostgresTests
{
    // The demo accounts' password, as the README gives it.
    private const string DemoPassword = "northmoor-demo-2026";

    private string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "tracker-copy-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Test]
    public async Task The_demo_tracker_and_its_audit_log_arrive_in_PostgreSQL_exactly_as_they_were()
    {
        var cluster = await PostgresCluster.GetAsync();
        var sqlite = await DemoTrackerAsync();
        // A person deleted after the last id was given: SQLite never gives that id again, and nor may PostgreSQL.
        long deletedId;
        await using (var file = OpenSqlite(sqlite))
        {
            deletedId = await file.ExecuteScalarAsync<long>("SELECT id FROM people WHERE name = 'Copied Person'");
            await file.ExecuteAsync("DELETE FROM people WHERE id = @deletedId", new { deletedId });
        }
        var target = await cluster.CreateDatabaseAsync("copy");

        var run = await OperationsCommand.RunAsync(folder, sqlite, ["copy-to-postgresql", target]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Output + run.Error);
        Assert.That(run.Output, Does.Contain("rows in").And.Contain("audit_log:"));
        await using var source = OpenSqlite(sqlite);
        await using var copy = new NpgsqlConnection(target);
        await copy.OpenAsync();
        var tables = (await source.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaVersions' ORDER BY name")).ToList();
        Assert.That(tables, Has.Count.GreaterThan(30));
        foreach (var table in tables)
        {
            var columns = (await source.QueryAsync<string>("SELECT name FROM pragma_table_info(@table) ORDER BY cid", new { table })).ToList();
            var expected = await RowsAsync(source, table, columns);
            var actual = await RowsAsync(copy, table, columns);
            Assert.That(actual, Is.EqualTo(expected), $"{table} differs after the copy");
        }
        // The comparison above is only worth something if the demo tracker had rows where it matters.
        foreach (var table in new[] { "plans", "recommendations", "actions", "scores", "audit_log", "plan_versions", "indicator_values", "users" })
            Assert.That(await source.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}"), Is.GreaterThan(0), table);

        var next = await copy.ExecuteScalarAsync<long>(
            "INSERT INTO people (name, created_at, updated_at) VALUES ('After the copy', '2026-12-06', '2026-12-06') RETURNING id");
        Assert.That(next, Is.EqualTo(deletedId + 1), "PostgreSQL must carry on from the highest id SQLite ever gave");
    }

    [Test]
    public async Task A_database_that_already_holds_a_tracker_is_refused_and_left_as_it_was()
    {
        var cluster = await PostgresCluster.GetAsync();
        var sqlite = await DemoTrackerAsync();
        var target = await cluster.CreateDatabaseAsync("copy_twice");
        var first = await OperationsCommand.RunAsync(folder, sqlite, ["copy-to-postgresql", target]);
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Output + first.Error);
        long auditRows;
        await using (var copy = new NpgsqlConnection(target))
            auditRows = await copy.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log");

        var second = await OperationsCommand.RunAsync(folder, sqlite, ["copy-to-postgresql", target]);

        Assert.That(second.ExitCode, Is.EqualTo(1));
        Assert.That(second.Error, Does.Contain("Nothing was copied").And.Contain("not empty"));
        await using var after = new NpgsqlConnection(target);
        Assert.That(await after.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log"), Is.EqualTo(auditRows));
    }

    [Test]
    public async Task A_SQLite_file_from_an_older_tracker_is_refused_until_the_tracker_has_brought_it_up_to_date()
    {
        var cluster = await PostgresCluster.GetAsync();
        var old = Path.Combine(folder, "old.db");
        var database = new Database(old);
        database.PrepareFile();
        Migrator.Migrate(database, NullLogger.Instance, upTo: 30);
        var target = await cluster.CreateDatabaseAsync("copy_old");

        var run = await OperationsCommand.RunAsync(folder, old, ["copy-to-postgresql", target]);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("not up to date").And.Contain("Start the tracker once"));
        await using var untouched = new NpgsqlConnection(target);
        Assert.That(await untouched.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"), Is.EqualTo(0));
    }

    [Test]
    public async Task A_wrong_command_line_says_how_to_use_the_command()
    {
        var none = await OperationsCommand.RunAsync(folder, Path.Combine(folder, "any.db"), ["copy-to-postgresql"]);
        var notAConnectionString = await OperationsCommand.RunAsync(folder, Path.Combine(folder, "any.db"), ["copy-to-postgresql", "Colour=blue"]);

        Assert.That(none.ExitCode, Is.EqualTo(2));
        Assert.That(none.Error, Does.Contain("Usage: copy-to-postgresql"));
        Assert.That(notAConnectionString.ExitCode, Is.EqualTo(2));
        Assert.That(notAConnectionString.Error, Does.Contain("not a PostgreSQL connection string"));
    }

    /// <summary>A stopped demo tracker (demo plan, scorecard, accounts) with one more write through the API.</summary>
    private async Task<string> DemoTrackerAsync()
    {
        var trackerFolder = Path.Combine(folder, "tracker");
        using var tracker = new TrackerFactory(trackerFolder, seedDemoData: true) { AlwaysSqlite = true };
        tracker.UseKestrel(0);
        tracker.StartServer();
        using var admin = await TrackerApp.BrowserSignedInAsync(tracker, "admin@demo.example", DemoPassword);
        var created = await admin.PostAsJsonAsync("/api/people", new { name = "Copied Person", jobTitle = "Head of Service" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return tracker.DatabasePath;
    }

    private static SqliteConnection OpenSqlite(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Every row as text, value by value (exact doubles, bytes in hex), in one order for both engines.</summary>
    private static async Task<List<string>> RowsAsync(DbConnection connection, string table, IReadOnlyList<string> columns)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => "\"" + c + "\""))} FROM {table}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new string[columns.Count];
            for (var i = 0; i < columns.Count; i++)
                values[i] = reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
                {
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    byte[] b => Convert.ToHexString(b),
                    long l => l.ToString(CultureInfo.InvariantCulture),
                    var v => "'" + Convert.ToString(v, CultureInfo.InvariantCulture) + "'",
                };
            rows.Add(string.Join(" | ", values));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}

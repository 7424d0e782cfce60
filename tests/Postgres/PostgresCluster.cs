using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ActionPlanTracker.Tests.Postgres;

/// <summary>
/// A real, throwaway PostgreSQL server for the tests: Debian's PostgreSQL binaries (/usr/lib/postgresql/N/bin; `.ci/run`
/// installs the package when missing) start a fresh cluster in a temporary folder, listening on a free loopback port
/// only, trusting local connections, with durability off (a test cluster never outlives its run). One per test run,
/// started on first use and stopped by <see cref="PostgresClusterShutdown"/>. initdb refuses to run as root, so as root
/// the cluster runs as the `postgres` user the package creates.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartAsync);

    private readonly string binaries;
    private readonly string folder;

    private PostgresCluster(string binaries, string folder, int port)
    {
        this.binaries = binaries;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    internal static bool Started => Shared.IsValueCreated && Shared.Value.IsCompletedSuccessfully;

    /// <summary>The run's cluster; a test is ignored (locally) or fails (in CI) when PostgreSQL is not installed.</summary>
    public static Task<PostgresCluster> GetAsync()
    {
        if (FindBinaries() is null)
        {
            const string reason = "PostgreSQL is not installed here (apt-get install postgresql); .ci/run installs it.";
            if (Environment.GetEnvironmentVariable("CI") is "true") Assert.Fail(reason);
            Assert.Ignore(reason);
        }
        return Shared.Value;
    }

    /// <summary>A new, empty database on the cluster, with a connection string for it (superuser, as the owner would be).</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = (prefix + "_" + Guid.NewGuid().ToString("N")[..10]).ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database }.ToString();

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task<PostgresCluster> StartAsync()
    {
        var binaries = FindBinaries() ?? throw new InvalidOperationException("PostgreSQL is not installed.");
        var folder = Path.Combine(Path.GetTempPath(), "tracker-postgres-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (IsRoot) await RunAsync("chown", ["postgres", folder]);
        var port = FreePort();
        var cluster = new PostgresCluster(binaries, folder, port);
        var data = Path.Combine(folder, "data");
        await cluster.PgAsync("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
        await cluster.PgAsync("pg_ctl", ["-D", data, "-o", options, "-l", Path.Combine(folder, "server.log"), "-w", "start"]);
        return cluster;
    }

    internal async Task StopAsync()
    {
        try { await PgAsync("pg_ctl", ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"]); }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private Task PgAsync(string program, IReadOnlyList<string> arguments) =>
        IsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(binaries, program), .. arguments])
            : RunAsync(Path.Combine(binaries, program), arguments);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output} {await error}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

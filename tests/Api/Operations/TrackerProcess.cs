using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ActionPlanTracker.Tests.Api.Operations;

/// <summary>
/// The built tracker run as an operator runs it, "dotnet ActionPlanTracker.dll" in a child process with settings in its
/// environment, on a temporary database and a free loopback port, its console captured line by line.
/// </summary>
public sealed class TrackerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string folder;

    public Uri BaseAddress { get; }
    public ConcurrentQueue<string> StandardOutput { get; } = new();
    public ConcurrentQueue<string> StandardError { get; } = new();

    private TrackerProcess(Process process, string folder, Uri baseAddress)
    {
        this.process = process;
        this.folder = folder;
        BaseAddress = baseAddress;
    }

    public static async Task<TrackerProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tracker-process-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Tracker__DatabasePath"] = Path.Combine(folder, "tracker.db");
        start.Environment["Tracker__SeedDemoData"] = "false";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var tracker = new TrackerProcess(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) tracker.StandardOutput.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) tracker.StandardError.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await tracker.WaitUntilHealthyAsync();
        return tracker;
    }

    public HttpClient Client() => new() { BaseAddress = BaseAddress };

    private async Task WaitUntilHealthyAsync()
    {
        using var client = Client();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The tracker exited ({process.ExitCode}): {string.Join("\n", StandardOutput.Concat(StandardError))}");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The tracker did not answer /health: {string.Join("\n", StandardOutput.Concat(StandardError))}");
    }

    /// <summary>Stops the tracker as a service manager would (SIGTERM), so it logs its shutdown, and waits for its output.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { process.Kill(entireProcessTree: true); }
        process.WaitForExit(); // drains the redirected output
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;

namespace ActionPlanTracker.Tests.Api.Operations;

/// <summary>
/// One of the tracker's operations commands (backup, copy-to-postgresql) run as an operator runs it: the built tracker
/// (copied beside the tests by the project reference) as its own process, <c>dotnet ActionPlanTracker.dll command …</c>.
/// </summary>
public static class OperationsCommand
{
    public sealed record Run(int ExitCode, string Output, string Error);

    public static async Task<Run> RunAsync(string workingFolder, string databasePath, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            // Its own working folder, so no appsettings.json but the environment decides which database it reads.
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ActionPlanTracker.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["Tracker__DatabasePath"] = databasePath;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // It must exit by itself: a command that started the web server would never end.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The command did not exit: {await output} {await error}");
        }
        return new Run(process.ExitCode, (await output).Trim(), (await error).Trim());
    }
}

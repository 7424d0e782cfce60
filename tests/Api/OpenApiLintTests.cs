using System.Diagnostics;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api;

/// <summary>
/// The OpenAPI document as tools outside this repository read it: Redocly's recommended lint (redocly.yaml) finds no
/// error, and a client generated from it with openapi-typescript and openapi-fetch type-checks a small integrator's
/// script (web/openapi-client-check/client.ts). Both run on the document the server serves now, through web/'s own
/// node_modules (npm ci in web/ first; the build does it).
/// </summary>
public sealed class OpenApiLintTests
{
    private static readonly HttpClient Client = TrackerApp.ClientFor();
    private static string Web => Path.Combine(RepositoryRoot.Find(), "web");
    private static string CheckFolder => Path.Combine(Web, "openapi-client-check");

    private static async Task<string> ServedDocumentAsync(string name, Action<JsonNode>? change = null)
    {
        var document = JsonNode.Parse(await Client.GetStringAsync("/swagger/v1/swagger.json"))!;
        change?.Invoke(document);
        var file = Path.Combine(CheckFolder, name);
        await File.WriteAllTextAsync(file, document.ToJsonString());
        return file;
    }

    [Test]
    public async Task Redocly_finds_no_errors()
    {
        var file = await ServedDocumentAsync("redocly.gen.json");
        var (code, output) = await RunAsync("npx", "redocly", "lint", "--config", Path.Combine(RepositoryRoot.Find(), "redocly.yaml"), "--format", "stylish", file);
        Assert.That(code, Is.Zero, output);
        Assert.That(output, Does.Contain("Woohoo!").Or.Contain("0 errors").Or.Match(@"validated in \d+ms"), output);
    }

    [Test]
    public async Task A_client_generated_from_the_document_type_checks()
    {
        var (code, output) = await TypeCheckAsync(await ServedDocumentAsync("paths.gen.json"));
        Assert.That(code, Is.Zero, output);
    }

    /// <summary>The check above can fail: the same script against a document that lost a path parameter and a required field.</summary>
    [Test]
    public async Task The_client_check_fails_when_the_document_loses_a_path_parameter_or_a_required_field()
    {
        var file = await ServedDocumentAsync("paths.gen.json", document =>
        {
            var grid = document["paths"]!["/api/plans/{planId}/grid"]!["get"]!["parameters"]!.AsArray();
            grid.Remove(grid.First(p => (string?)p!["name"] == "planId"));
            var plan = document["components"]!["schemas"]!["Plans.PlanResponse"]!["required"]!.AsArray();
            plan.Remove(plan.First(r => (string?)r == "id"));
        });
        var (code, output) = await TypeCheckAsync(file);
        Assert.That(code, Is.Not.Zero, output);
        Assert.That(output, Does.Contain("client.ts"), output);
    }

    // One at a time: both checks write paths.gen.ts.
    private static readonly SemaphoreSlim OneCheck = new(1, 1);

    private static async Task<(int Code, string Output)> TypeCheckAsync(string document)
    {
        await OneCheck.WaitAsync();
        try
        {
            var generated = await RunAsync("npx", "openapi-typescript", document, "--output", Path.Combine(CheckFolder, "paths.gen.ts"));
            if (generated.Code != 0) return generated;
            return await RunAsync("npx", "tsc", "-p", Path.Combine(CheckFolder, "tsconfig.json"));
        }
        finally
        {
            OneCheck.Release();
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = Web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}

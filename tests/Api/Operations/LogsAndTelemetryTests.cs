using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace ActionPlanTracker.Tests.Api.Operations;

/// <summary>
/// Structured logs (Logging:Console:FormatterName = json: every console line one JSON object, the first-start password
/// notice included) and OpenTelemetry over OTLP to a real receiver, off unless Tracker:Telemetry:OtlpEndpoint is set.
/// </summary>
public sealed class LogsAndTelemetryTests
{
    [Test]
    public async Task With_json_logs_every_line_the_tracker_writes_to_its_console_is_one_JSON_object()
    {
        ConcurrentQueue<string> output, errors;
        await using (var tracker = await TrackerProcess.StartAsync(new Dictionary<string, string> { ["Logging:Console:FormatterName"] = "json" }))
        {
            using var client = tracker.Client();
            // A failed sign-in and an unknown route log something of their own.
            await client.PostAsJsonAsync("/api/session", new { username = "nobody", password = "not a password at all" });
            await client.GetAsync("/api/no-such-thing");
            await tracker.StopAsync();
            (output, errors) = (tracker.StandardOutput, tracker.StandardError);
        }

        var lines = output.Concat(errors).Where(l => l.Length > 0).ToList();
        Assert.That(lines, Is.Not.Empty);
        var notJson = lines.Where(line =>
        {
            try { return JsonDocument.Parse(line).RootElement.ValueKind != JsonValueKind.Object; }
            catch (JsonException) { return true; }
        }).ToList();
        Assert.That(notJson, Is.Empty, "lines that are not one JSON object");
        var entries = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(entries.All(e => e.TryGetProperty("LogLevel", out _) && e.TryGetProperty("Category", out _)), Is.True);
        Assert.That(entries.Any(e => e.GetProperty("Category").GetString() == "Microsoft.Hosting.Lifetime"), Is.True, "Kestrel's start-up lines");
        Assert.That(entries.Any(e => e.GetProperty("Message").GetString()!.Contains("First start: created the administrator account")),
            Is.True, "the one-time password notice, as JSON too");
    }

    [Test]
    public async Task With_an_OTLP_endpoint_traces_and_metrics_of_requests_reach_the_receiver()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        await using var tracker = await TrackerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Tracker:Telemetry:OtlpEndpoint"] = receiver.BaseAddress.ToString(),
            ["Tracker:Telemetry:MetricsIntervalSeconds"] = "1",
        });
        using var client = tracker.Client();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && (receiver.Count("/v1/traces") == 0 || receiver.Count("/v1/metrics") == 0))
        {
            await client.GetAsync("/api/plans");
            await Task.Delay(250);
        }

        Assert.That(receiver.Count("/v1/traces"), Is.GreaterThan(0), "no traces were exported: " + string.Join("\n", tracker.StandardOutput));
        Assert.That(receiver.Count("/v1/metrics"), Is.GreaterThan(0), "no metrics were exported");
        Assert.That(receiver.ContentTypes, Is.All.EqualTo("application/x-protobuf"));
    }

    [Test]
    public void Without_an_endpoint_no_telemetry_is_collected()
    {
        Assert.That(TrackerApp.Factory.Services.GetService<TracerProvider>(), Is.Null);
        Assert.That(TrackerApp.Factory.Services.GetService<OpenTelemetry.Metrics.MeterProvider>(), Is.Null);
    }

    /// <summary>A minimal OTLP/HTTP receiver on loopback: answers 200 with an empty protobuf message and counts what came.</summary>
    private sealed class OtlpReceiver : IAsyncDisposable
    {
        private readonly WebApplication app;
        private readonly ConcurrentDictionary<string, int> counts = new();

        public ConcurrentBag<string> ContentTypes { get; } = [];
        public Uri BaseAddress { get; private set; } = null!;

        private OtlpReceiver(WebApplication app) => this.app = app;

        public int Count(string path) => counts.GetValueOrDefault(path);

        public static async Task<OtlpReceiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var started = new OtlpReceiver(app);
            foreach (var path in new[] { "/v1/traces", "/v1/metrics" })
                app.MapPost(path, async (HttpContext http) =>
                {
                    using var body = new MemoryStream();
                    await http.Request.Body.CopyToAsync(body);
                    if (body.Length > 0) started.counts.AddOrUpdate(path, 1, (_, n) => n + 1);
                    started.ContentTypes.Add(http.Request.ContentType ?? "");
                    return Results.Bytes([], "application/x-protobuf");
                });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            started.BaseAddress = new Uri(address);
            return started;
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }
}

using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ActionPlanTracker.Operations;

/// <summary>
/// What an operator configures around the application itself (docs/operations.md): a reverse proxy's forwarded headers,
/// HSTS, where the Data Protection keys live, compression of API answers, and OpenTelemetry. Logs are plain lines or
/// JSON by the standard setting Logging:Console:FormatterName ("simple" or "json").
/// </summary>
public static class Operations
{
    /// <summary>Fixed, so several instances sharing one key ring (the database's, or one keys folder) accept each other's cookies and antiforgery tokens.</summary>
    public const string DataProtectionApplicationName = "ActionPlanTracker";

    public static WebApplicationBuilder AddTrackerOperations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Forwarded headers: read only when Tracker:ForwardedHeaders:Enabled, and only from trusted proxies.
        services.AddOptions<ForwardedHeadersOptions>().Configure<TrackerSettings>((o, settings) =>
        {
            var forwarded = settings.ForwardedHeaders;
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = forwarded.ForwardLimit;
            // With no proxy listed, only loopback is trusted (a proxy on the same machine, ASP.NET Core's default);
            // once any is listed, only the listed ones are.
            if (forwarded.KnownProxies.Count > 0 || forwarded.KnownNetworks.Count > 0)
            {
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
            }
            foreach (var proxy in forwarded.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in forwarded.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });

        // HSTS: sent by UseHsts on HTTPS responses only, never on plain http.
        services.AddOptions<HstsOptions>().Configure<TrackerSettings>((o, settings) =>
        {
            o.MaxAge = TimeSpan.FromDays(settings.HstsMaxAgeDays);
            o.IncludeSubDomains = false;
            o.Preload = false;
        });

        // Data Protection keys sign the session cookie and the antiforgery tokens, kept so a restart signs nobody out: on
        // SQLite in a folder beside the database (one machine, one process); on PostgreSQL in the database, so several
        // instances behind one address accept each other's cookies and tokens (issue 16; DatabaseXmlRepository).
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<TrackerSettings, IWebHostEnvironment, IServiceProvider>((o, settings, env, provider) =>
        {
            var database = provider.GetRequiredService<ActionPlanTracker.Data.Database>();
            var loggers = provider.GetRequiredService<ILoggerFactory>();
            o.XmlRepository = database.Engine == ActionPlanTracker.Data.DatabaseEngine.PostgreSql
                ? new DatabaseXmlRepository(database, ExistingKeysFolder(settings, env), provider.GetRequiredService<TimeProvider>(),
                    loggers.CreateLogger<DatabaseXmlRepository>())
                : new FileSystemXmlRepository(KeysFolder(settings, env), loggers);
        });

        // API answers compressed when the client accepts it; TrackerCompressionProvider leaves out the ones carrying secrets.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["application/json", "application/problem+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, TrackerCompressionProvider>());

        AddTelemetry(builder);
        return builder;
    }

    /// <summary>
    /// OpenTelemetry traces and metrics of HTTP requests over OTLP (http/protobuf), only when Tracker:Telemetry:OtlpEndpoint
    /// is set: otherwise nothing is registered and no exporter runs.
    /// </summary>
    private static void AddTelemetry(WebApplicationBuilder builder)
    {
        var telemetry = builder.Configuration.GetSection($"{TrackerSettings.SectionName}:Telemetry").Get<TelemetrySettings>() ?? new();
        telemetry.Validate();
        if (!telemetry.Enabled) return;
        var endpoint = new Uri(telemetry.OtlpEndpoint!.TrimEnd('/') + "/");
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(telemetry.ServiceName))
            .WithTracing(tracing => tracing
                // Health probes would drown the requests people make.
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddOtlpExporter(o =>
                {
                    o.Protocol = OtlpExportProtocol.HttpProtobuf;
                    o.Endpoint = new Uri(endpoint, "v1/traces");
                }))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter((o, reader) =>
                {
                    o.Protocol = OtlpExportProtocol.HttpProtobuf;
                    o.Endpoint = new Uri(endpoint, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = telemetry.MetricsIntervalSeconds * 1000;
                }));
    }

    /// <summary>The keys folder: Tracker:DataProtectionKeysPath, or "keys" beside the database file. Made owner-only on Unix.</summary>
    public static DirectoryInfo KeysFolder(TrackerSettings settings, IWebHostEnvironment env)
    {
        var database = settings.DatabaseFile(env.ContentRootPath);
        var path = string.IsNullOrWhiteSpace(settings.DataProtectionKeysPath)
            ? Path.Combine(Path.GetDirectoryName(database) ?? env.ContentRootPath, "keys")
            : Rooted(settings.DataProtectionKeysPath, env);
        if (!Directory.Exists(path))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
            else Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return new DirectoryInfo(path);
    }

    /// <summary>The keys folder <see cref="KeysFolder"/> would use, if it exists (on PostgreSQL its keys are copied into the database); never created.</summary>
    public static DirectoryInfo? ExistingKeysFolder(TrackerSettings settings, IWebHostEnvironment env)
    {
        var path = string.IsNullOrWhiteSpace(settings.DataProtectionKeysPath)
            ? Path.Combine(Path.GetDirectoryName(settings.DatabaseFile(env.ContentRootPath)) ?? env.ContentRootPath, "keys")
            : Rooted(settings.DataProtectionKeysPath, env);
        return Directory.Exists(path) ? new DirectoryInfo(path) : null;
    }

    private static string Rooted(string path, IWebHostEnvironment env) =>
        Path.IsPathRooted(path) ? path : Path.Combine(env.ContentRootPath, path);

    /// <summary>First in the pipeline when enabled, so the scheme and client address are the proxy's client's.</summary>
    public static IApplicationBuilder UseTrackerForwardedHeaders(this IApplicationBuilder app, TrackerSettings settings) =>
        settings.ForwardedHeaders.Enabled ? app.UseForwardedHeaders() : app;

    /// <summary>Strict-Transport-Security on HTTPS responses outside Development (max-age Tracker:HstsMaxAgeDays; 0 turns it off).</summary>
    public static IApplicationBuilder UseTrackerHsts(this WebApplication app, TrackerSettings settings) =>
        !app.Environment.IsDevelopment() && settings.HstsMaxAgeDays > 0 ? app.UseHsts() : app;

    public static IApplicationBuilder UseTrackerResponseCompression(this IApplicationBuilder app) => app.UseResponseCompression();
}

/// <summary>
/// Compresses JSON, except answers that carry a secret: with compression, an attacker who can put text into a response
/// beside a secret and watch its size can guess the secret byte by byte (BREACH). The session's answers carry the
/// antiforgery token, and a new API token's answer carries its secret, so both go uncompressed.
/// </summary>
public sealed class TrackerCompressionProvider(IServiceProvider services, Microsoft.Extensions.Options.IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public static readonly PathString[] Uncompressed = ["/api/session", "/api/tokens"];

    public override bool ShouldCompressResponse(HttpContext context) =>
        !Uncompressed.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
        && base.ShouldCompressResponse(context);
}

using System.Data.Common;
using System.Text.Json;
using ActionPlanTracker.Data;
using Dapper;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ActionPlanTracker.Operations;

/// <summary>
/// Liveness and readiness for a load balancer, an orchestrator or a monitoring check, anonymous, outside the OpenAPI
/// document and never cached:
/// <list type="bullet">
/// <item><c>/health/live</c>: the process answers HTTP; no dependency is consulted, so a slow database never gets a
/// live process restarted.</item>
/// <item><c>/health/ready</c>: the database opens, answers a query within a second, and every migration this build
/// carries is recorded as applied (it would not be after a restore of an older file under a running server); 503
/// otherwise.</item>
/// <item><c>/health</c>: the same as ready, so a probe already pointed at it stops sending users to a server whose
/// database cannot answer.</item>
/// </list>
/// The body says only healthy or not and which check; the reason goes to the log, never to an anonymous caller.
/// </summary>
public static class Health
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddTrackerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    public static void MapTrackerHealthChecks(this IEndpointRouteBuilder app)
    {
        var live = new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync };
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health/live", live).ExcludeFromDescription();
        app.MapHealthChecks("/health/ready", ready).ExcludeFromDescription();
        app.MapHealthChecks("/health", ready).ExcludeFromDescription();
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>{ "status": "Healthy", "checks": [{ "name": "database", "status": "Healthy", "description": "..." }] }</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report) =>
        http.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, Json, "application/json");
}

/// <summary>Ready when the database answers and its migrations are all applied.</summary>
public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        IReadOnlyList<string> applied;
        try
        {
            await using var connection = await database.OpenAsync(ct);
            // Readers never wait for writers in WAL mode; a wait here means something holds the whole file. One second
            // at most: SQLite's busy timeout, and the command timeout within which Microsoft.Data.Sqlite retries.
            if (database.Engine == DatabaseEngine.Sqlite) await connection.ExecuteAsync("PRAGMA busy_timeout = 1000;");
            applied = (await connection.QueryAsync<string>(new CommandDefinition("SELECT ScriptName FROM SchemaVersions",
                commandTimeout: 1, cancellationToken: ct))).ToList();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database did not answer.", e);
        }
        var missing = Migrator.Scripts(database.Engine).Except(applied, StringComparer.Ordinal).Count();
        return missing == 0
            ? HealthCheckResult.Healthy("The database answers and its migrations are applied.")
            : HealthCheckResult.Unhealthy($"{missing} migration(s) are not applied; restart the tracker to apply them.");
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Tests.Api.Operations;

/// <summary>
/// Issue 13: liveness (the process answers) and readiness (the database answers and is migrated), anonymous, never
/// cached and not in the OpenAPI document. The failures run on trackers of their own, so the shared one is unaffected.
/// </summary>
public sealed class HealthTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), text);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    [TestCase("/health")]
    public async Task Each_answers_healthy_to_anyone_and_is_never_cached(string path)
    {
        var (status, body, response) = await GetAsync(TrackerApp.Anonymous(), path);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(response.Headers.CacheControl?.NoCache, Is.True);
    }

    [Test]
    public async Task Readiness_names_the_database_check_and_liveness_consults_nothing()
    {
        var (_, ready, _) = await GetAsync(TrackerApp.Anonymous(), "/health/ready");
        var (_, live, _) = await GetAsync(TrackerApp.Anonymous(), "/health/live");
        var (_, health, _) = await GetAsync(TrackerApp.Anonymous(), "/health");

        Assert.That(ready.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "database" }));
        Assert.That(ready.GetProperty("checks")[0].GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        Assert.That(live.GetProperty("checks").GetArrayLength(), Is.EqualTo(0));
        Assert.That(health.ToString(), Is.EqualTo(ready.ToString()), "/health is an alias of /health/ready");
    }

    [Test]
    public async Task The_health_endpoints_are_not_in_the_api_document()
    {
        var document = await TrackerApp.Anonymous().GetStringAsync("/swagger/v1/swagger.json");

        Assert.That(document, Does.Not.Contain("/health"));
    }

    [Test]
    [SqliteOnly("an exclusive lock on the SQLite file; PostgreSQL has no such whole-database lock")]
    public async Task Ready_is_503_while_another_process_holds_the_database_exclusively_and_live_stays_200()
    {
        using var tracker = new TrackerFactory();
        using var client = tracker.CreateClient();
        Assert.That((await GetAsync(client, "/health/ready")).Status, Is.EqualTo(HttpStatusCode.OK));

        // Idle pooled connections (the tracker's, and the migrations' own pool) keep the file open, which an exclusive
        // lock would wait for: close them. Only idle connections close, so other trackers in this run are unaffected.
        SqliteConnection.ClearAllPools();
        using (var holder = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = tracker.DatabasePath, Pooling = false, DefaultTimeout = 10 }.ToString()))
        {
            holder.Open();
            using (var command = holder.CreateCommand())
            {
                // Exclusive locking mode and a write transaction: no other connection can even read until it ends.
                command.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE people SET name = name WHERE 0;";
                command.ExecuteNonQuery();
                command.CommandText = "PRAGMA locking_mode";
                Assert.That(command.ExecuteScalar(), Is.EqualTo("exclusive"));
            }

            var (status, body, response) = await GetAsync(client, "/health/ready");
            Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body.ToString());
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("Unhealthy"));
            Assert.That(body.GetProperty("checks")[0].GetProperty("description").GetString(), Is.EqualTo("The database did not answer."));
            Assert.That(body.ToString(), Does.Not.Contain(tracker.Folder), "an anonymous caller is not told where the file is");
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
            Assert.That((await GetAsync(client, "/health")).Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That((await GetAsync(client, "/health/live")).Status, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That((await GetAsync(client, "/health/ready")).Status, Is.EqualTo(HttpStatusCode.OK), "ready again once the lock is gone");
    }

    [Test]
    public async Task Ready_is_503_when_the_file_lacks_a_migration_this_build_carries()
    {
        using var tracker = new TrackerFactory();
        using var client = tracker.CreateClient();
        Assert.That((await GetAsync(client, "/health/ready")).Status, Is.EqualTo(HttpStatusCode.OK));

        // As after restoring an older backup under a running server: the newest script is not recorded as applied.
        using (var connection = tracker.OpenDatabase())
        {
            using var command = connection.CreateCommand();
            // DbUp's journal: SchemaVersions(SchemaVersionID, …) on SQLite, public.schemaversions(schemaversionsid, …) on PostgreSQL.
            command.CommandText = tracker.OnPostgres
                ? "DELETE FROM schemaversions WHERE schemaversionsid = (SELECT max(schemaversionsid) FROM schemaversions)"
                : "DELETE FROM SchemaVersions WHERE SchemaVersionID = (SELECT max(SchemaVersionID) FROM SchemaVersions)";
            Assert.That(command.ExecuteNonQuery(), Is.EqualTo(1));
        }

        var (status, body, _) = await GetAsync(client, "/health/ready");
        Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body.ToString());
        Assert.That(body.GetProperty("checks")[0].GetProperty("description").GetString(),
            Is.EqualTo("1 migration(s) are not applied; restart the tracker to apply them."));
        Assert.That((await GetAsync(client, "/health/live")).Status, Is.EqualTo(HttpStatusCode.OK));
    }
}

using System.Net;
using Dapper;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ActionPlanTracker.Security.Authentication;

namespace ActionPlanTracker.Tests.Api.Security;

/// <summary>
/// Issue 13, defect 7: behind a TLS-terminating proxy the session cookie must be Secure and HSTS sent, trusting
/// X-Forwarded-* only from configured proxies; and a restart must keep everyone signed in (persisted Data Protection keys).
/// Each test starts its own tracker, in Production where it matters (HSTS is never sent in Development).
/// </summary>
public sealed class ProxyAndKeysTests
{
    private const string PublicHost = "tracker.council.example";

    private static TrackerFactory Start(string? folder = null, Dictionary<string, string>? settings = null, string environment = "Development")
    {
        var tracker = new TrackerFactory(folder, settings: settings, environment: environment);
        tracker.UseKestrel(0);
        tracker.StartServer();
        return tracker;
    }

    /// <summary>Signs in as the first administrator as a browser behind the proxy would, keeping cookies out of any jar.</summary>
    private static async Task<HttpResponseMessage> SignInThroughProxyAsync(TrackerFactory tracker, string? forwardedProto = "https")
    {
        using var client = tracker.CreateClient(new() { HandleCookies = false, BaseAddress = tracker.ClientOptions.BaseAddress });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session")
        {
            Content = JsonContent.Create(new { username = "admin", password = TrackerApp.AdminPassword }),
        };
        request.Headers.Host = PublicHost;
        if (forwardedProto is not null) request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return response;
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthenticationSetup.CookieName + "=", StringComparison.Ordinal));

    private static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Any(part => part.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    [Test]
    public async Task Behind_a_trusted_proxy_that_terminated_TLS_the_session_cookie_is_secure_and_HSTS_is_sent()
    {
        using var tracker = Start(settings: new()
        {
            ["Tracker:ForwardedHeaders:Enabled"] = "true",
            ["Tracker:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        }, environment: "Production");

        var response = await SignInThroughProxyAsync(tracker);

        Assert.That(IsSecure(SessionCookie(response)), Is.True, SessionCookie(response));
        Assert.That(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts) ? hsts.Single() : null,
            Is.EqualTo("max-age=15552000"), "180 days by default");
    }

    [Test]
    public async Task Without_the_setting_forwarded_headers_are_ignored()
    {
        using var tracker = Start(environment: "Production");

        var response = await SignInThroughProxyAsync(tracker);

        Assert.That(IsSecure(SessionCookie(response)), Is.False, SessionCookie(response));
        Assert.That(response.Headers.Contains("Strict-Transport-Security"), Is.False, "HSTS is never sent over plain http");
    }

    [Test]
    public async Task Forwarded_headers_from_a_proxy_not_listed_are_ignored()
    {
        using var tracker = Start(settings: new()
        {
            ["Tracker:ForwardedHeaders:Enabled"] = "true",
            ["Tracker:ForwardedHeaders:KnownProxies:0"] = "192.0.2.10",
            ["Tracker:ForwardedHeaders:KnownNetworks:0"] = "198.51.100.0/24",
        }, environment: "Production");

        var response = await SignInThroughProxyAsync(tracker);

        Assert.That(IsSecure(SessionCookie(response)), Is.False, SessionCookie(response));
        Assert.That(response.Headers.Contains("Strict-Transport-Security"), Is.False);
    }

    [Test]
    public void A_proxy_setting_that_is_not_an_address_stops_the_start_naming_the_key()
    {
        var error = Assert.Catch(() => Start(settings: new()
        {
            ["Tracker:ForwardedHeaders:Enabled"] = "true",
            ["Tracker:ForwardedHeaders:KnownNetworks:0"] = "the office",
        }).Dispose());

        Assert.That(error!.ToString(), Does.Contain("Tracker:ForwardedHeaders:KnownNetworks"));
    }

    [Test]
    public async Task A_restart_keeps_everyone_signed_in_and_their_antiforgery_tokens_valid()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tracker-restart-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            string cookies, antiforgeryToken;
            using (var before = Start(folder))
            {
                var signedIn = await SignInThroughProxyAsync(before, forwardedProto: null);
                cookies = string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
                antiforgeryToken = JsonNode.Parse(await signedIn.Content.ReadAsStringAsync())!["antiforgeryToken"]!.GetValue<string>();
                if (before.OnPostgres)
                {
                    // On PostgreSQL the key ring is in the database, where every instance finds it (docs/architecture.md).
                    using var connection = before.OpenDatabase();
                    Assert.That(connection.ExecuteScalar<long>("SELECT count(*) FROM data_protection_keys"), Is.GreaterThan(0),
                        "the key ring is kept in the database, not in the home folder of whoever ran the server");
                }
                else
                    Assert.That(Directory.GetFiles(Path.Combine(folder, "keys"), "key-*.xml"), Is.Not.Empty,
                        "the key ring is kept beside the database, not in the home folder of whoever ran the server");
            }

            using var after = Start(folder);
            using var client = after.CreateClient(new() { HandleCookies = false, BaseAddress = after.ClientOptions.BaseAddress });
            client.DefaultRequestHeaders.Add("Cookie", cookies);
            client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", antiforgeryToken);

            var session = await client.GetAsync("/api/session");
            Assert.That(session.StatusCode, Is.EqualTo(HttpStatusCode.OK), await session.Content.ReadAsStringAsync());
            var created = await client.PostAsJsonAsync("/api/people", new { name = "Restart Test " + Guid.NewGuid().ToString("N")[..6] });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using ActionPlanTracker.Tests.Api.Accounts;

namespace ActionPlanTracker.Tests.Api.SingleSignOn;

/// <summary>
/// A tracker of its own (not the shared one) set up for single sign-on against a <see cref="TestProvider"/> on
/// loopback. RoleMap: administrator ← "Tracker.Admin", board ← "Tracker.Board", manager ← "Tracker.Manager" or the
/// group id "g-managers", viewer ← "Tracker.Viewer".
/// </summary>
public sealed class SingleSignOnTracker : IAsyncDisposable
{
    public TestProvider Provider { get; }
    public TrackerFactory Factory { get; }
    public Uri BaseAddress => Factory.ClientOptions.BaseAddress;

    private SingleSignOnTracker(TestProvider provider, TrackerFactory factory)
    {
        Provider = provider;
        Factory = factory;
    }

    public static async Task<SingleSignOnTracker> StartAsync(bool createAccounts, bool localAccounts, IReadOnlyDictionary<string, string>? more = null)
    {
        var provider = await TestProvider.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Tracker:SingleSignOn:Authority"] = provider.Authority.ToString(),
            ["Tracker:SingleSignOn:ClientId"] = TestProvider.ClientId,
            ["Tracker:SingleSignOn:ClientSecret"] = TestProvider.ClientSecret,
            ["Tracker:SingleSignOn:RoleMap:administrator:0"] = "Tracker.Admin",
            ["Tracker:SingleSignOn:RoleMap:board:0"] = "Tracker.Board",
            ["Tracker:SingleSignOn:RoleMap:manager:0"] = "Tracker.Manager",
            ["Tracker:SingleSignOn:RoleMap:manager:1"] = "g-managers",
            ["Tracker:SingleSignOn:RoleMap:viewer:0"] = "Tracker.Viewer",
            ["Tracker:SingleSignOn:CreateAccountsOnFirstSignIn"] = createAccounts ? "true" : "false",
            ["Tracker:SingleSignOn:LocalAccounts"] = localAccounts ? "true" : "false",
            ["Tracker:SingleSignOn:BreakGlassAccounts:0"] = "admin",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string>()) settings[key] = value;
        var factory = new TrackerFactory(settings: settings);
        factory.UseKestrel(0);
        factory.StartServer();
        provider.ExpectedRedirectUri = new Uri(factory.ClientOptions.BaseAddress, "/api/session/sso/callback").ToString();
        return new SingleSignOnTracker(provider, factory);
    }

    /// <summary>A browser-like client: its own cookie jar for both sites, following every redirect as a browser does.</summary>
    public HttpClient Browser()
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = true };
        var client = new HttpClient(handler) { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>Clicks "Sign in with your council account" as <paramref name="user"/>; returns the address the browser ends at.</summary>
    public async Task<Uri> SignInAsync(HttpClient browser, ProviderUser? user, string returnTo = "/plans")
    {
        Provider.NextUser = user;
        using var response = await browser.GetAsync($"/api/session/sso?returnTo={Uri.EscapeDataString(returnTo)}");
        return response.RequestMessage!.RequestUri!;
    }

    /// <summary>Who the browser is signed in as (and sends its antiforgery token from now on), or null.</summary>
    public static async Task<SessionDto?> SessionAsync(HttpClient browser)
    {
        var response = await browser.GetAsync("/api/session");
        if (response.StatusCode == HttpStatusCode.Unauthorized) return null;
        var session = await response.ReadAsync<SessionDto>();
        browser.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        browser.DefaultRequestHeaders.Add("X-CSRF-TOKEN", session.AntiforgeryToken);
        return session;
    }

    public async Task<HttpClient> AdministratorAsync() => await TrackerApp.BrowserSignedInAsync(Factory, "admin", TrackerApp.AdminPassword);

    /// <summary>Makes a local account through the API, as an administrator inviting someone would.</summary>
    public async Task<UserDto> CreateUserAsync(string username, string displayName, string role, long? personId = null)
    {
        using var admin = await AdministratorAsync();
        var response = await admin.PostAsJsonAsync("/api/users", new { username, displayName, role, personId, password = ActionPlanTracker.Tests.Api.Accounts.Accounts.Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<UserDto>();
    }

    public async Task<long> CreatePersonAsync(string name, string email)
    {
        using var admin = await AdministratorAsync();
        var response = await admin.PostAsJsonAsync("/api/people", new { name, email });
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!["id"]!.GetValue<long>();
    }

    public IReadOnlyList<AuditRows.Entry> AuditFor(long userId)
    {
        using var connection = Factory.OpenDatabase();
        return connection.Query<AuditRows.Entry>("""
            SELECT id AS Id, occurred_at AS OccurredAt, actor AS Actor, entity_type AS EntityType, entity_id AS EntityId,
                   plan_id AS PlanId, change AS Change, before_json AS BeforeJson, after_json AS AfterJson
            FROM audit_log WHERE entity_type = 'user' AND entity_id = @userId ORDER BY id
            """, new { userId }).AsList();
    }

    public long? UserIdOf(string username)
    {
        using var connection = Factory.OpenDatabase();
        return connection.QuerySingleOrDefault<long?>("SELECT id FROM users WHERE username = @username", new { username });
    }

    public static string Unique(string what) => $"{what}.{Guid.NewGuid():N}"[..(what.Length + 9)];

    public async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        await Provider.DisposeAsync();
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ActionPlanTracker.Tests.Api.SingleSignOn;

/// <summary>
/// Issue 16: council integrations calling with client-credentials access tokens from the same provider
/// (Tracker:SingleSignOn:Api). Tokens come from the test provider's real token endpoint, or are made here with its
/// signing key (or another key) to try an expired one, another audience and a forged signature.
/// </summary>
[NonParallelizable]
public sealed class ClientTokenTests
{
    private SingleSignOnTracker tracker = null!;

    [OneTimeSetUp]
    public async Task Start() => tracker = await SingleSignOnTracker.StartAsync(createAccounts: false, localAccounts: true, new Dictionary<string, string>
    {
        ["Tracker:SingleSignOn:Api:Audience"] = TestProvider.ApiAudience,
        ["Tracker:SingleSignOn:Api:RoleMap:administrator:0"] = "Tracker.Integration.Admin",
        ["Tracker:SingleSignOn:Api:RoleMap:viewer:0"] = "Tracker.Read",
        ["Tracker:SingleSignOn:Api:Clients:case-system"] = "manager",
    });

    [OneTimeTearDown]
    public async Task Stop() => await tracker.DisposeAsync();

    private HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = tracker.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    private static ProviderClient App(string name, params string[] roles) =>
        new(SingleSignOnTracker.Unique("app"), "secret-" + Guid.NewGuid().ToString("N"), name, roles);

    [Test]
    public async Task A_client_credentials_token_reads_and_writes_with_its_mapped_role_and_the_audit_names_the_client()
    {
        var token = await tracker.Provider.ClientTokenAsync(App("Power BI refresh", "Tracker.Integration.Admin"));
        using var client = Client(token);

        var plans = await client.GetAsync("/api/plans");
        Assert.That(plans.StatusCode, Is.EqualTo(HttpStatusCode.OK), await plans.Content.ReadAsStringAsync());

        // A write with no session and no antiforgery token: a Bearer header is not something a browser sends by itself.
        var email = SingleSignOnTracker.Unique("pat") + "@council.example";
        var created = await client.PostAsJsonAsync("/api/people", new { name = "Pat From Integration", email });
        var text = await created.Content.ReadAsStringAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        var id = JsonNode.Parse(text)!["id"]!.GetValue<long>();
        using var connection = tracker.Factory.OpenDatabase();
        var actor = connection.QuerySingle<string>("SELECT actor FROM audit_log WHERE entity_type = 'person' AND entity_id = @id AND change = 'create'", new { id });
        Assert.That(actor, Is.EqualTo("client Power BI refresh"));
    }

    [Test]
    public async Task What_belongs_to_a_persons_account_is_refused_to_an_application_with_a_403_not_a_500()
    {
        using var client = Client(await tracker.Provider.ClientTokenAsync(App("Admin integration", "Tracker.Integration.Admin")));
        var problem = await (await client.GetAsync("/api/tokens")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(problem.ReasonFor("session"), Does.Contain("belongs to a person's account"));
    }

    [Test]
    public async Task A_reading_application_cannot_write()
    {
        using var client = Client(await tracker.Provider.ClientTokenAsync(App("Dashboard feed", "Tracker.Read")));
        Assert.That((await client.GetAsync("/api/plans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var refused = await client.PostAsJsonAsync("/api/people", new { name = "Nope", email = "nope@council.example" });
        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_client_id_listed_in_the_settings_gets_its_role_without_app_roles()
    {
        var app = new ProviderClient("case-system", "case-secret", "Case management");
        using var client = Client(await tracker.Provider.ClientTokenAsync(app));
        Assert.That((await client.GetAsync("/api/plans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_application_without_a_mapped_role_gets_a_403_problem()
    {
        using var client = Client(await tracker.Provider.ClientTokenAsync(App("Someone else's app", "Other.Role")));
        var problem = await (await client.GetAsync("/api/plans")).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(problem.ReasonFor("session"), Does.Contain("no role in the tracker"));
    }

    [Test]
    public async Task A_token_for_another_audience_is_refused()
    {
        // The sign-in's id_tokens are for the SPA's client id: they must never work as API tokens.
        var token = Make(TestProvider.ClientId, DateTime.UtcNow.AddMinutes(10), tracker.Provider.SigningCredentials);
        await AssertRefusedAsync(token);
        Assert.That(await ReadsAsync(Make(TestProvider.ApiAudience, DateTime.UtcNow.AddMinutes(10), tracker.Provider.SigningCredentials)), Is.True,
            "the same token for the tracker's audience is accepted");
    }

    [Test]
    public async Task An_expired_token_is_refused()
    {
        await AssertRefusedAsync(Make(TestProvider.ApiAudience, DateTime.UtcNow.AddMinutes(-10), tracker.Provider.SigningCredentials));
    }

    [Test]
    public async Task A_token_signed_by_another_key_is_refused()
    {
        using var rsa = RSA.Create(2048);
        var forged = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = tracker.Provider.SigningCredentials.Key.KeyId }, SecurityAlgorithms.RsaSha256);
        await AssertRefusedAsync(Make(TestProvider.ApiAudience, DateTime.UtcNow.AddMinutes(10), forged));
    }

    [Test]
    public async Task A_personal_api_token_still_goes_to_the_api_token_handler()
    {
        using var client = Client("apt_not-a-real-token");
        var problem = await (await client.GetAsync("/api/plans")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(problem.ReasonFor("session"), Does.Contain("API token"));
    }

    private async Task AssertRefusedAsync(string token)
    {
        using var client = Client(token);
        var response = await client.GetAsync("/api/plans");
        var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(problem.ReasonFor("session"), Does.Contain("Bearer token was not accepted"));
    }

    private async Task<bool> ReadsAsync(string token)
    {
        using var client = Client(token);
        return (await client.GetAsync("/api/plans")).StatusCode == HttpStatusCode.OK;
    }

    /// <summary>An application token as the provider would make it, for <paramref name="audience"/>, ending at <paramref name="expires"/>.</summary>
    private string Make(string audience, DateTime expires, SigningCredentials key) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = tracker.Provider.Authority.ToString(),
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            SigningCredentials = key,
            Subject = new ClaimsIdentity([new Claim("sub", "made-app"), new Claim("client_id", "made-app"), new Claim("roles", "Tracker.Read")]),
        });
}

using System.Net;
using System.Net.Http.Headers;

namespace ActionPlanTracker.Tests.Api.Accounts;

public sealed class ApiTokenTests
{
    [Test]
    public async Task A_token_is_shown_once_works_as_a_bearer_and_stops_working_when_revoked()
    {
        var user = await Accounts.CreateUserAsync("board", "Board Integration Owner");
        using var browser = Accounts.Browser();
        await browser.SignInAsync(user.Username);

        var created = await (await browser.PostJsonAsync("/api/tokens", new { name = "Committee report export" })).ReadAsync<TokenDto>();
        Assert.That(created.Secret, Does.StartWith("apt_").And.Length.EqualTo(47));
        Assert.That(created.Secret![4..12], Is.EqualTo(created.Prefix));
        var listText = await browser.GetStringAsync("/api/tokens");
        Assert.That(listText, Does.Not.Contain(created.Secret).And.Not.Contain("secret"));

        using var integration = TrackerApp.Factory.CreateClient();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Secret);
        var asToken = await (await integration.GetAsync("/api/session")).ReadAsync<SessionDto>();
        Assert.That((asToken.Username, asToken.DisplayName, asToken.Role, asToken.AntiforgeryToken),
            Is.EqualTo((user.Username, "Board Integration Owner", "board", (string?)null)));
        // A token is sent deliberately by its holder, so its writes need no antiforgery token.
        Assert.That((await integration.DeleteAsync("/api/tokens/987654", null)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var listed = await (await browser.GetAsync("/api/tokens")).ReadAsync<List<TokenDto>>();
        Assert.That(listed.Single(t => t.Id == created.Id).LastUsedAt, Is.EqualTo("2026-11-23T09:30:00.000Z"));

        Assert.That((await browser.DeleteAsync($"/api/tokens/{created.Id}", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await integration.GetAsync("/api/session")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await browser.DeleteAsync($"/api/tokens/{created.Id}", null)).ReadProblemAsync(HttpStatusCode.NotFound);

        var audit = AuditRows.For("token", created.Id);
        // Created, used (audited once a minute at most, with who and what), revoked.
        Assert.That(audit.Select(a => a.Change), Is.EqualTo(new[] { "create", "update", "update" }));
        Assert.That((audit[1].Actor, audit[1].AfterJson), Is.EqualTo(("Board Integration Owner", "{\"event\":\"used\",\"lastUsedAt\":\"2026-11-23T09:30:00.000Z\",\"request\":\"GET /api/session\"}")));
        Assert.That(string.Concat(audit.Select(a => a.AfterJson)), Does.Not.Contain(created.Secret));
    }

    [Test]
    public async Task Someone_elses_token_cannot_be_revoked()
    {
        using var owner = await Accounts.SignedInAsync("manager");
        var token = await (await owner.PostJsonAsync("/api/tokens", new { name = "Mine" })).ReadAsync<TokenDto>();
        using var other = await Accounts.SignedInAsync("administrator");

        await (await other.DeleteAsync($"/api/tokens/{token.Id}", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That((await (await owner.GetAsync("/api/tokens")).ReadAsync<List<TokenDto>>()).Single().RevokedAt, Is.Null);
    }

    [Test]
    public async Task A_disabled_users_token_stops_working()
    {
        var user = await Accounts.CreateUserAsync("manager");
        using var browser = Accounts.Browser();
        await browser.SignInAsync(user.Username);
        var token = await (await browser.PostJsonAsync("/api/tokens", new { name = "Nightly sync" })).ReadAsync<TokenDto>();

        using var admin = await Accounts.AdministratorAsync();
        var read = await admin.GetAsync($"/api/users/{user.Id}");
        var disabled = await admin.PutJsonAsync($"/api/users/{user.Id}", new { displayName = "Test manager", role = "manager", isDisabled = true }, read.ETag());
        Assert.That(disabled.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var integration = TrackerApp.Factory.CreateClient();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        await (await integration.GetAsync("/api/session")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        // The browser session ends too: the account changed under it.
        await (await browser.GetAsync("/api/session")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_token_cannot_mint_tokens_only_a_signed_in_person_can()
    {
        var user = await Accounts.CreateUserAsync("administrator", "Token Minting Check");
        using var browser = Accounts.Browser();
        await browser.SignInAsync(user.Username);
        var parent = await browser.PostJsonAsync("/api/tokens", new { name = "Parent" });
        Assert.That(parent.StatusCode, Is.EqualTo(HttpStatusCode.Created), "a cookie session mints tokens");
        var secret = (await parent.ReadAsync<TokenDto>()).Secret;

        using var integration = TrackerApp.Factory.CreateClient();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var problem = await (await integration.PostJsonAsync("/api/tokens", new { name = "Child that would outlive its parent" }))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "session" }));
        Assert.That(problem.ReasonFor("session"), Does.Contain("created by a signed-in person"));
        // Refused before validation, so even an invalid body gets the 403, and nothing was made.
        await (await integration.PostJsonAsync("/api/tokens", new { name = "" })).ReadProblemAsync(HttpStatusCode.Forbidden);
        var listed = await (await browser.GetAsync("/api/tokens")).ReadAsync<List<TokenDto>>();
        Assert.That(listed.Select(t => t.Name), Is.EqualTo(new[] { "Parent" }));
    }

    [Test]
    public async Task Tokens_need_a_signed_in_user()
    {
        using var anonymous = Accounts.Browser();
        await (await anonymous.PostJsonAsync("/api/tokens", new { name = "Anonymous" })).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync("/api/tokens")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        using var forged = TrackerApp.Factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "apt_" + new string('A', 43));
        await (await forged.GetAsync("/api/tokens")).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}

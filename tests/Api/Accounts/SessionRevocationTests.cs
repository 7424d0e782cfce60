using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ActionPlanTracker.Tests.Api.Accounts;

/// <summary>
/// Issue 13, defect 2: sessions end on the server, not only in the browser. A copy of the session cookie (stolen, or
/// left on a shared computer) must stop working once its session is ended by sign-out, a password change or reset, a
/// change to the account, or an administrator.
/// </summary>
public sealed class SessionRevocationTests
{
    /// <summary>A client that sends exactly the cookies and antiforgery token it is given, as a copied cookie would be used.</summary>
    private sealed record CopiedSession(string Cookies, string AntiforgeryToken)
    {
        public HttpClient Client()
        {
            var client = TrackerApp.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = TrackerApp.BaseAddress });
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            client.DefaultRequestHeaders.Add("Cookie", Cookies);
            client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", AntiforgeryToken);
            return client;
        }
    }

    private static async Task<CopiedSession> SignInAndCopyAsync(string username, string password = Accounts.Password)
    {
        using var raw = TrackerApp.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, BaseAddress = TrackerApp.BaseAddress });
        var response = await raw.PostJsonAsync("/api/session", new { username, password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        Assert.That(cookies, Has.Some.StartsWith("tracker.session=").And.Some.StartsWith("tracker.csrf="));
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["antiforgeryToken"]!.GetValue<string>();
        return new CopiedSession(string.Join("; ", cookies), token);
    }

    private static long SessionRows(long userId)
    {
        using var connection = TrackerApp.Factory.OpenDatabase();
        return connection.ExecuteScalar<long>("SELECT count(*) FROM sessions WHERE user_id = @userId", new { userId });
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string from, string to) =>
        client.PutJsonAsync("/api/session/password", new { currentPassword = from, newPassword = to }, null);

    [Test]
    public async Task A_cookie_copied_before_sign_out_can_neither_read_nor_write_afterwards()
    {
        var user = await Accounts.CreateUserAsync("manager");
        var session = await SignInAndCopyAsync(user.Username);
        using var original = session.Client();
        using var copy = session.Client();
        Assert.That((await copy.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the copy works while the session is open");

        Assert.That((await original.DeleteAsync("/api/session", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await (await copy.GetAsync("/api/session")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await copy.GetAsync("/api/plans")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await ChangePasswordAsync(copy, Accounts.Password, "taken over by a thief")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(SessionRows(user.Id), Is.Zero);

        // Signing in afresh still works, and with the password unchanged.
        using var again = Accounts.Browser();
        await again.SignInAsync(user.Username);
        Assert.That((await again.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Signing_out_ends_only_that_session()
    {
        var user = await Accounts.CreateUserAsync("viewer");
        using var laptop = Accounts.Browser();
        await laptop.SignInAsync(user.Username);
        using var phone = Accounts.Browser();
        await phone.SignInAsync(user.Username);
        Assert.That(SessionRows(user.Id), Is.EqualTo(2));

        Assert.That((await laptop.DeleteAsync("/api/session", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await phone.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(SessionRows(user.Id), Is.EqualTo(1));
    }

    [Test]
    public async Task Changing_your_password_ends_your_other_sessions_and_keeps_this_one()
    {
        var user = await Accounts.CreateUserAsync("manager");
        var elsewhere = await SignInAndCopyAsync(user.Username);
        using var copy = elsewhere.Client();
        using var browser = Accounts.Browser();
        await browser.SignInAsync(user.Username);

        Assert.That((await ChangePasswordAsync(browser, Accounts.Password, "a fresh long passphrase")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Assert.That((await browser.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await (await copy.GetAsync("/api/session")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(SessionRows(user.Id), Is.EqualTo(1));
    }

    [Test]
    public async Task An_administrators_password_reset_ends_every_session_of_the_account()
    {
        var user = await Accounts.CreateUserAsync("board");
        using var browser = Accounts.Browser();
        await browser.SignInAsync(user.Username);
        using var admin = await Accounts.AdministratorAsync();

        var read = await admin.GetAsync($"/api/users/{user.Id}");
        var reset = await admin.PutJsonAsync($"/api/users/{user.Id}/password", new { newPassword = "reset by the service desk" }, read.ETag());
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await (await browser.GetAsync("/api/session")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(SessionRows(user.Id), Is.Zero);
        await browser.SignInAsync(user.Username, "reset by the service desk");
        Assert.That((await browser.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_role_change_ends_every_session_of_the_account()
    {
        var user = await Accounts.CreateUserAsync("board");
        using var browser = Accounts.Browser();
        await browser.SignInAsync(user.Username);
        using var admin = await Accounts.AdministratorAsync();

        var read = await admin.GetAsync($"/api/users/{user.Id}");
        var demoted = await admin.PutJsonAsync($"/api/users/{user.Id}", new { displayName = "Test board", role = "viewer", isDisabled = false }, read.ETag());
        Assert.That(demoted.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await (await browser.GetAsync("/api/session")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(SessionRows(user.Id), Is.Zero);
        var session = await browser.SignInAsync(user.Username);
        Assert.That(session.Role, Is.EqualTo("viewer"));
    }

    [Test]
    public async Task An_administrator_can_end_all_of_an_accounts_sessions_and_it_is_audited()
    {
        var user = await Accounts.CreateUserAsync("manager");
        using var laptop = Accounts.Browser();
        await laptop.SignInAsync(user.Username);
        var copied = await SignInAndCopyAsync(user.Username);
        using var copy = copied.Client();
        using var admin = await Accounts.AdministratorAsync();

        Assert.That((await admin.DeleteAsync($"/api/users/{user.Id}/sessions", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await (await laptop.GetAsync("/api/session")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await copy.GetAsync("/api/session")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That((await admin.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the administrator's own session is untouched");
        var audit = AuditRows.For("user", user.Id).Last();
        Assert.That((audit.Change, audit.Actor, audit.AfterJson), Is.EqualTo(("update", "Administrator", "{\"event\":\"sessionsEnded\",\"ended\":2}")));

        await laptop.SignInAsync(user.Username);
        Assert.That((await laptop.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        // Idempotent, and an unknown account is a 404 naming it.
        Assert.That((await admin.DeleteAsync($"/api/users/{user.Id}/sessions", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var unknown = await (await admin.DeleteAsync("/api/users/987654/sessions", null)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That(unknown.Fields, Is.EqualTo(new[] { "userId" }));
    }

    [Test]
    public async Task Only_an_administrator_can_end_someone_elses_sessions()
    {
        var user = await Accounts.CreateUserAsync("viewer");
        using var browser = Accounts.Browser();
        await browser.SignInAsync(user.Username);
        using var board = await Accounts.SignedInAsync("board");

        await (await board.DeleteAsync($"/api/users/{user.Id}/sessions", null)).ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.That((await browser.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

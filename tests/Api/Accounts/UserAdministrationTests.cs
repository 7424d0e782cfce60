using System.Net;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Tests.Api.Accounts;

public sealed partial class UserAdministrationTests
{
    [Test]
    public async Task An_administrator_creates_changes_resets_and_deletes_an_account()
    {
        using var admin = await Accounts.AdministratorAsync();
        var username = Accounts.UniqueUsername("manager");
        var created = await admin.PostJsonAsync("/api/users", new { username, displayName = "Kwame Mensah", role = "manager", password = Accounts.Password });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var user = await created.ReadAsync<UserDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/users/{user.Id}"));

        var duplicate = await admin.PostJsonAsync("/api/users", new { username = username.ToUpperInvariant(), displayName = "Again", role = "viewer", password = Accounts.Password });
        Assert.That((await duplicate.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "username" }));

        var changed = await admin.PutJsonAsync($"/api/users/{user.Id}", new { displayName = "Kwame Mensah", role = "board", isDisabled = false }, created.ETag());
        Assert.That((await changed.ReadAsync<UserDto>()).Role, Is.EqualTo("board"));
        var stale = await admin.PutJsonAsync($"/api/users/{user.Id}", new { displayName = "x", role = "viewer", isDisabled = false }, created.ETag());
        await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed);

        var reset = await admin.PutJsonAsync($"/api/users/{user.Id}/password", new { newPassword = "temporary passphrase" }, changed.ETag());
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var browser = Accounts.Browser();
        Assert.That((await browser.SignInAsync(username, "temporary passphrase")).Role, Is.EqualTo("board"));

        Assert.That((await admin.DeleteAsync($"/api/users/{user.Id}", reset.ETag())).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await (await admin.GetAsync($"/api/users/{user.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That(AuditRows.For("user", user.Id).Select(a => a.Change), Does.Contain("create").And.Contain("delete"));
    }

    [Test]
    public async Task User_administration_refuses_a_viewer_and_anyone_not_signed_in()
    {
        using var viewer = await Accounts.SignedInAsync("viewer");
        using var anonymous = Accounts.Browser();
        var body = new { username = Accounts.UniqueUsername("sneaky"), displayName = "Sneaky", role = "administrator", password = Accounts.Password };

        await (await viewer.GetAsync("/api/users")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await viewer.PostJsonAsync("/api/users", body)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await viewer.GetAsync("/api/users/1")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await anonymous.GetAsync("/api/users")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostJsonAsync("/api/users", body)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PutJsonAsync("/api/users/1/password", new { newPassword = "taking over the admin" }, "*")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        using var admin = await Accounts.AdministratorAsync();
        var users = await (await admin.GetAsync("/api/users")).ReadAsync<List<UserDto>>();
        Assert.That(users.Select(u => u.Username), Does.Not.Contain(body.username));
    }

    [Test]
    public async Task The_only_administrator_cannot_be_demoted_or_delete_themselves()
    {
        using var admin = await Accounts.AdministratorAsync();
        var me = (await (await admin.GetAsync("/api/users")).ReadAsync<List<UserDto>>()).Single(u => u.Username == "admin");
        var self = await admin.DeleteAsync($"/api/users/{me.Id}", "*");
        await self.ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Passwords_and_hashes_never_appear_in_any_response()
    {
        using var admin = await Accounts.AdministratorAsync();
        var username = Accounts.UniqueUsername("viewer");
        var bodies = new List<string>();
        async Task<HttpResponseMessage> Keep(Task<HttpResponseMessage> call)
        {
            var response = await call;
            bodies.Add(await response.Content.ReadAsStringAsync());
            return response;
        }

        var created = await Keep(admin.PostJsonAsync("/api/users", new { username, displayName = "Leak Check", role = "viewer", password = Accounts.Password }));
        var user = await created.ReadAsync<UserDto>();
        await Keep(admin.GetAsync("/api/users"));
        var read = await Keep(admin.GetAsync($"/api/users/{user.Id}"));
        await Keep(admin.PutJsonAsync($"/api/users/{user.Id}/password", new { newPassword = "second secret phrase" }, read.ETag()));
        using var browser = Accounts.Browser();
        await Keep(browser.PostJsonAsync("/api/session", new { username, password = "second secret phrase" }));
        await Keep(browser.PostJsonAsync("/api/session", new { username, password = "a wrong guess here" }));
        await Keep(browser.GetAsync("/api/session"));

        var all = string.Join("\n", bodies);
        Assert.That(all, Does.Not.Contain(Accounts.Password).And.Not.Contain("second secret phrase").And.Not.Contain("a wrong guess here"));
        Assert.That(all, Does.Not.Contain("hash").IgnoreCase.And.Not.Contain("password\":").IgnoreCase);
        // Identity's hashes are base64 of a version byte 0x01 and PRF 1 or 2: "AQAAAA..." as text.
        Assert.That(IdentityHash().IsMatch(all), Is.False);
        var audit = string.Concat(AuditRows.For("user", user.Id).Select(a => a.BeforeJson + a.AfterJson));
        Assert.That(IdentityHash().IsMatch(audit) || audit.Contains("second secret phrase"), Is.False, audit);
    }

    [GeneratedRegex("AQAAAA[A-Za-z0-9+/]{20,}")]
    private static partial Regex IdentityHash();
}

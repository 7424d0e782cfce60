using System.Net;

namespace ActionPlanTracker.Tests.Api.Accounts;

public sealed class SessionTests
{
    [Test]
    public async Task Signing_in_asking_who_I_am_and_signing_out_round_trip_with_the_cookie()
    {
        var user = await Accounts.CreateUserAsync("viewer", "Councillor Ada Brooks");
        using var browser = Accounts.Browser();

        var session = await browser.SignInAsync(user.Username.ToUpperInvariant());
        Assert.That(session with { AntiforgeryToken = null },
            Is.EqualTo(new SessionDto(user.Username, "Councillor Ada Brooks", "viewer", null, null)));
        Assert.That(session.AntiforgeryToken, Is.Not.Empty);

        var whoAmI = await (await browser.GetAsync("/api/session")).ReadAsync<SessionDto>();
        Assert.That(whoAmI.Username, Is.EqualTo(user.Username));
        Assert.That(whoAmI.AntiforgeryToken, Is.Not.Empty);

        Assert.That((await browser.DeleteAsync("/api/session", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var problem = await (await browser.GetAsync("/api/session")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "session" }));
    }

    [Test]
    public async Task The_session_cookie_is_http_only_and_same_site_strict()
    {
        var user = await Accounts.CreateUserAsync("viewer");
        using var browser = Accounts.Browser();
        var response = await browser.PostJsonAsync("/api/session", new { username = user.Username, password = Accounts.Password });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tracker.session=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_username_get_the_same_401_with_no_hint_which_was_wrong()
    {
        var user = await Accounts.CreateUserAsync("viewer");
        using var browser = Accounts.Browser();

        var wrongPassword = await (await browser.PostJsonAsync("/api/session", new { username = user.Username, password = "not the password" }))
            .ReadProblemAsync(HttpStatusCode.Unauthorized);
        var unknownUser = await (await browser.PostJsonAsync("/api/session", new { username = Accounts.UniqueUsername("nobody"), password = Accounts.Password }))
            .ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.That(wrongPassword.Errors, Is.EqualTo(unknownUser.Errors));
        Assert.That(wrongPassword.Fields, Is.EqualTo(new[] { "session" }));
        Assert.That(wrongPassword.ReasonFor("session"), Is.EqualTo("The username or password is not right. Check both and try again."));
        Assert.That((await browser.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Five_failures_lock_the_account_even_against_the_right_password_and_each_is_audited()
    {
        var user = await Accounts.CreateUserAsync("manager");
        using var browser = Accounts.Browser();
        for (var attempt = 1; attempt <= 4; attempt++)
            await (await browser.PostJsonAsync("/api/session", new { username = user.Username, password = $"guess number {attempt}" }))
                .ReadProblemAsync(HttpStatusCode.Unauthorized);

        var fifth = await browser.PostJsonAsync("/api/session", new { username = user.Username, password = "guess number 5" });
        await fifth.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        var right = await browser.PostJsonAsync("/api/session", new { username = user.Username, password = Accounts.Password });
        var problem = await right.ReadProblemAsync(HttpStatusCode.TooManyRequests);

        // The test clock is fixed at 09:30 GMT, so the 15-minute lock ends at 09:45.
        Assert.That(problem.ReasonFor("session"), Does.Contain("locked until 09:45 on 23 November 2026"));
        Assert.That(right.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(15)));
        var failures = AuditRows.For("user", user.Id).Where(e => e.AfterJson?.Contains("\"signInFailed\"") == true).ToList();
        Assert.That(failures, Has.Count.EqualTo(5));
        Assert.That(failures.Select(f => f.Change).Distinct(), Is.EqualTo(new[] { "update" }));
        Assert.That(failures[^1].AfterJson, Does.Contain("\"lockedUntil\":\"2026-11-23T09:45:00.000Z\""));
    }

    [Test]
    public async Task An_administrator_resetting_the_password_lifts_the_lock()
    {
        var user = await Accounts.CreateUserAsync("viewer");
        using var browser = Accounts.Browser();
        for (var attempt = 1; attempt <= 5; attempt++)
            await browser.PostJsonAsync("/api/session", new { username = user.Username, password = $"guess number {attempt}" });

        using var admin = await Accounts.AdministratorAsync();
        var read = await admin.GetAsync($"/api/users/{user.Id}");
        Assert.That((await read.ReadAsync<UserDto>()).LockedUntil, Is.EqualTo("2026-11-23T09:45:00.000Z"));
        var reset = await admin.PutJsonAsync($"/api/users/{user.Id}/password", new { newPassword = "a brand new passphrase" }, read.ETag());
        Assert.That((await reset.ReadAsync<UserDto>()).LockedUntil, Is.Null);

        var session = await browser.SignInAsync(user.Username, "a brand new passphrase");
        Assert.That(session.Role, Is.EqualTo("viewer"));
    }

    [Test]
    public async Task A_successful_sign_in_is_audited_under_the_users_name()
    {
        var user = await Accounts.CreateUserAsync("board", "Rev. Sam Okafor");
        using var browser = Accounts.Browser();
        await browser.SignInAsync(user.Username);

        var signIn = AuditRows.For("user", user.Id).Last();
        Assert.That((signIn.Actor, signIn.Change), Is.EqualTo(("Rev. Sam Okafor", "update")));
        Assert.That(signIn.AfterJson, Does.Contain("\"event\":\"signIn\""));
    }

    [Test]
    public async Task The_first_administrator_signs_in_with_the_password_from_the_setting()
    {
        using var browser = Accounts.Browser();
        var session = await browser.SignInAsync("admin", TrackerApp.AdminPassword);
        Assert.That((session.Username, session.Role), Is.EqualTo(("admin", "administrator")));
    }

    [Test]
    public async Task Changing_your_own_password_needs_the_current_one_and_keeps_you_signed_in()
    {
        var user = await Accounts.CreateUserAsync("manager");
        using var browser = Accounts.Browser();
        await browser.SignInAsync(user.Username);

        var wrong = await browser.PutJsonAsync("/api/session/password", new { currentPassword = "not it at all", newPassword = "my new long passphrase" }, null);
        Assert.That((await wrong.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "currentPassword" }));
        var tooShort = await browser.PutJsonAsync("/api/session/password", new { currentPassword = Accounts.Password, newPassword = "short" }, null);
        Assert.That((await tooShort.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "newPassword" }));

        var changed = await browser.PutJsonAsync("/api/session/password", new { currentPassword = Accounts.Password, newPassword = "my new long passphrase" }, null);
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await browser.GetAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using var other = Accounts.Browser();
        await (await other.PostJsonAsync("/api/session", new { username = user.Username, password = Accounts.Password }))
            .ReadProblemAsync(HttpStatusCode.Unauthorized);
        await other.SignInAsync(user.Username, "my new long passphrase");
    }

    [Test]
    public async Task Passwords_and_token_secrets_never_reach_a_log()
    {
        const string wrong = "a-wrong-password-that-must-not-be-logged";
        var user = await Accounts.CreateUserAsync("viewer", "Log Watcher");
        using var browser = Accounts.Browser();
        await (await browser.PostJsonAsync("/api/session", new { username = user.Username, password = wrong })).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await browser.PostJsonAsync("/api/session", new { username = "nobody@nowhere.example", password = wrong })).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await browser.SignInAsync(user.Username);
        var token = await (await browser.PostJsonAsync("/api/tokens", new { name = "log check" })).ReadAsync<TokenDto>();

        var logged = string.Join("\n", TrackerApp.Factory.LogLines);
        Assert.That(logged, Does.Contain("Database:"), "the capture sees every level, down to the start-up information lines");
        Assert.That(logged, Does.Not.Contain(wrong).And.Not.Contain(Accounts.Password).And.Not.Contain(TrackerApp.AdminPassword)
            .And.Not.Contain(TrackerApp.UserPassword).And.Not.Contain(token.Secret!));
    }
}

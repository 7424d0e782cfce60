using System.Net;
using ActionPlanTracker.Tests.Api.Accounts;

namespace ActionPlanTracker.Tests.Api.SingleSignOn;

/// <summary>
/// Issue 16: single sign-on against a real OpenID Connect provider on loopback, with accounts invited by an
/// administrator (CreateAccountsOnFirstSignIn off) and passwords still allowed.
/// </summary>
[NonParallelizable]
public sealed class SingleSignOnTests
{
    private SingleSignOnTracker tracker = null!;

    [OneTimeSetUp]
    public async Task Start() => tracker = await SingleSignOnTracker.StartAsync(createAccounts: false, localAccounts: true);

    [OneTimeTearDown]
    public async Task Stop() => await tracker.DisposeAsync();

    [Test]
    public async Task The_providers_endpoint_offers_the_council_account_and_passwords()
    {
        using var browser = tracker.Browser();
        var providers = await (await browser.GetAsync("/api/session/providers")).ReadAsync<ProvidersDto>();
        Assert.That(providers, Is.EqualTo(new ProvidersDto(true, "Sign in with your council account", "/api/session/sso", true)));
    }

    [Test]
    public async Task An_invited_account_is_linked_by_email_and_gets_the_role_the_provider_gives()
    {
        var email = SingleSignOnTracker.Unique("ada") + "@council.example";
        var personId = await tracker.CreatePersonAsync("Ada Brooks (person)", email);
        var user = await tracker.CreateUserAsync(email.ToUpperInvariant(), "Invited Ada", "viewer");
        using var browser = tracker.Browser();

        var landed = await tracker.SignInAsync(browser, new ProviderUser("sub-" + email, email, "Ada Brooks", "Tracker.Manager"));

        Assert.That(landed.PathAndQuery, Is.EqualTo("/plans"));
        var session = await SingleSignOnTracker.SessionAsync(browser);
        Assert.That(session, Is.Not.Null);
        Assert.That((session!.Role, session.DisplayName, session.PersonId), Is.EqualTo(("manager", "Ada Brooks", (long?)personId)));
        var audit = tracker.AuditFor(user.Id);
        var signIn = audit.Last();
        Assert.That(signIn.Actor, Is.EqualTo("Ada Brooks"));
        Assert.That(signIn.AfterJson, Does.Contain("\"event\":\"signIn\"").And.Contain("\"method\":\"singleSignOn\""));
        Assert.That(audit.Any(a => a.AfterJson?.Contains("\"role\":\"manager\"") == true && a.BeforeJson?.Contains("\"role\":\"viewer\"") == true));
    }

    [Test]
    public async Task A_later_sign_in_finds_the_account_by_subject_even_when_the_email_changed_and_reapplies_the_role()
    {
        var email = SingleSignOnTracker.Unique("ben") + "@council.example";
        var user = await tracker.CreateUserAsync(email, "Ben", "viewer");
        var subject = "sub-" + Guid.NewGuid().ToString("N");
        using (var first = tracker.Browser())
        {
            await tracker.SignInAsync(first, new ProviderUser(subject, email, "Ben Okafor", "Tracker.Board"));
            Assert.That((await SingleSignOnTracker.SessionAsync(first))!.Role, Is.EqualTo("board"));
        }

        using var second = tracker.Browser();
        await tracker.SignInAsync(second, new ProviderUser(subject, "ben.renamed@council.example", "Ben Okafor", "g-managers"));

        var session = await SingleSignOnTracker.SessionAsync(second);
        Assert.That((session!.Username, session.Role), Is.EqualTo((email, "manager")));
        Assert.That(tracker.UserIdOf("ben.renamed@council.example"), Is.Null, "no second account");
        Assert.That(user.Username, Is.EqualTo(email));
    }

    [Test]
    public async Task Without_an_account_and_with_creation_off_the_person_is_sent_back_to_the_sign_in_page()
    {
        var email = SingleSignOnTracker.Unique("cara") + "@council.example";
        using var browser = tracker.Browser();

        var landed = await tracker.SignInAsync(browser, new ProviderUser("sub-" + email, email, "Cara New", "Tracker.Viewer"));

        Assert.That(landed.PathAndQuery, Is.EqualTo("/sign-in?ssoError=noAccount&returnTo=%2Fplans"));
        Assert.That(await SingleSignOnTracker.SessionAsync(browser), Is.Null);
        Assert.That(tracker.UserIdOf(email), Is.Null);
    }

    [Test]
    public async Task A_person_the_provider_gives_no_tracker_role_is_refused_and_the_refusal_audited()
    {
        var email = SingleSignOnTracker.Unique("dev") + "@council.example";
        var user = await tracker.CreateUserAsync(email, "Dev", "administrator");
        using var browser = tracker.Browser();

        var landed = await tracker.SignInAsync(browser, new ProviderUser("sub-" + email, email, "Dev Patel", "Some.Other.App.Role"));

        Assert.That(landed.PathAndQuery, Does.StartWith("/sign-in?ssoError=noRole"));
        Assert.That(await SingleSignOnTracker.SessionAsync(browser), Is.Null);
        Assert.That(tracker.AuditFor(user.Id).Last().AfterJson, Does.Contain("\"reason\":\"noRole\""));
    }

    [Test]
    public async Task A_disabled_account_is_refused()
    {
        var email = SingleSignOnTracker.Unique("eve") + "@council.example";
        var user = await tracker.CreateUserAsync(email, "Eve", "viewer");
        using (var admin = await tracker.AdministratorAsync())
        {
            var current = await admin.GetAsync($"/api/users/{user.Id}");
            var updated = await admin.PutJsonAsync($"/api/users/{user.Id}", new { displayName = "Eve", role = "viewer", isDisabled = true }, current.ETag());
            Assert.That(updated.IsSuccessStatusCode, await updated.Content.ReadAsStringAsync());
        }
        using var browser = tracker.Browser();

        var landed = await tracker.SignInAsync(browser, new ProviderUser("sub-" + email, email, "Eve", "Tracker.Viewer"));

        Assert.That(landed.PathAndQuery, Does.StartWith("/sign-in?ssoError=disabled"));
        Assert.That(await SingleSignOnTracker.SessionAsync(browser), Is.Null);
    }

    [Test]
    public async Task The_provider_answering_access_denied_lands_on_the_sign_in_page_saying_so()
    {
        using var browser = tracker.Browser();
        var landed = await tracker.SignInAsync(browser, null, "/my-actions");
        Assert.That(landed.PathAndQuery, Is.EqualTo("/sign-in?ssoError=accessDenied&returnTo=%2Fmy-actions"));
        Assert.That(await SingleSignOnTracker.SessionAsync(browser), Is.Null);
    }

    [Test]
    public async Task Another_sites_return_address_is_replaced_by_the_home_page()
    {
        var email = SingleSignOnTracker.Unique("fay") + "@council.example";
        await tracker.CreateUserAsync(email, "Fay", "viewer");
        using var browser = tracker.Browser();
        var landed = await tracker.SignInAsync(browser, new ProviderUser("sub-" + email, email, "Fay", "Tracker.Viewer"), "//evil.example/x");
        Assert.That((landed.Host, landed.AbsolutePath), Is.EqualTo((tracker.BaseAddress.Host, "/")));
    }

    [Test]
    public async Task Signing_out_ends_the_session_made_by_single_sign_on()
    {
        var email = SingleSignOnTracker.Unique("gus") + "@council.example";
        await tracker.CreateUserAsync(email, "Gus", "viewer");
        using var browser = tracker.Browser();
        await tracker.SignInAsync(browser, new ProviderUser("sub-" + email, email, "Gus Hale", "Tracker.Viewer"));
        Assert.That(await SingleSignOnTracker.SessionAsync(browser), Is.Not.Null);

        var signedOut = await browser.DeleteAsync("/api/session");

        Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signedOut.Content.ReadAsStringAsync());
        Assert.That(await SingleSignOnTracker.SessionAsync(browser), Is.Null);
    }

    [Test]
    public async Task Signing_out_sends_the_browser_to_the_providers_end_session_endpoint_and_back_to_the_sign_in_page()
    {
        var email = SingleSignOnTracker.Unique("hal") + "@council.example";
        await tracker.CreateUserAsync(email, "Hal", "viewer");
        using var browser = tracker.Browser();
        await tracker.SignInAsync(browser, new ProviderUser("sub-" + email, email, "Hal Moss", "Tracker.Viewer"));
        Assert.That(await SingleSignOnTracker.SessionAsync(browser), Is.Not.Null);
        var before = tracker.Provider.EndSessions.Count;

        var signedOut = await (await browser.DeleteAsync("/api/session")).ReadAsync<SignOutDto>();
        Assert.That(signedOut.ProviderSignOutAddress, Does.StartWith(tracker.Provider.Authority + "connect/endsession?id_token_hint="));
        Assert.That(await SingleSignOnTracker.SessionAsync(browser), Is.Null, "the tracker's session ended first");

        using var landed = await browser.GetAsync(signedOut.ProviderSignOutAddress);
        Assert.That(landed.RequestMessage!.RequestUri, Is.EqualTo(new Uri(tracker.BaseAddress, "/sign-in?signedOut=1")));
        var call = tracker.Provider.EndSessions.Skip(before).Single();
        Assert.That(call.IdTokenHint, Is.Not.Empty);
        var idToken = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(call.IdTokenHint);
        Assert.That(idToken.Subject, Is.EqualTo("sub-" + email), "the hint is the id_token of this person's sign-in");
        Assert.That(call.PostLogoutRedirectUri, Is.EqualTo(new Uri(tracker.BaseAddress, "/sign-in?signedOut=1").ToString()));
    }

    [Test]
    public async Task A_password_session_signs_out_of_the_tracker_only()
    {
        using var admin = await tracker.AdministratorAsync();
        await SingleSignOnTracker.SessionAsync(admin);
        var signedOut = await admin.DeleteAsync("/api/session");
        Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [Test]
    public void The_password_of_an_account_made_by_single_sign_on_never_matches()
    {
        var passwords = new ActionPlanTracker.Security.Authentication.Passwords(new TrackerSettings());
        Assert.That(passwords.Verify(ActionPlanTracker.Security.Authentication.Passwords.NoPassword, "!single-sign-on"),
            Is.EqualTo(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed));
    }
}

public sealed record SignOutDto(string ProviderSignOutAddress);

public sealed record ProvidersDto(bool SingleSignOn, string? SingleSignOnText, string? SingleSignOnAddress, bool LocalAccounts);

/// <summary>Issue 16 with accounts made at first sign-in and passwords switched off except for the break-glass "admin".</summary>
[NonParallelizable]
public sealed class SingleSignOnFirstSignInTests
{
    private SingleSignOnTracker tracker = null!;

    [OneTimeSetUp]
    public async Task Start() => tracker = await SingleSignOnTracker.StartAsync(createAccounts: true, localAccounts: false,
        new Dictionary<string, string> { ["Tracker:SingleSignOn:SignOutOfProvider"] = "false" });

    [OneTimeTearDown]
    public async Task Stop() => await tracker.DisposeAsync();

    [Test]
    public async Task A_first_sign_in_creates_the_account_with_the_mapped_role_linked_to_the_person_by_email()
    {
        var email = SingleSignOnTracker.Unique("hana") + "@council.example";
        var personId = await tracker.CreatePersonAsync("Hana Ito", email);
        using var browser = tracker.Browser();

        var landed = await tracker.SignInAsync(browser, new ProviderUser("sub-" + email, email, "Hana Ito", "Tracker.Board", "Tracker.Viewer"));

        Assert.That(landed.AbsolutePath, Is.EqualTo("/plans"));
        var session = await SingleSignOnTracker.SessionAsync(browser);
        Assert.That(session! with { AntiforgeryToken = null }, Is.EqualTo(new SessionDto(email, "Hana Ito", "board", personId, null)));
        var created = tracker.AuditFor(tracker.UserIdOf(email)!.Value);
        Assert.That(created[0].Change, Is.EqualTo("create"));
        Assert.That(created[0].Actor, Is.EqualTo("Hana Ito"));
        Assert.That(created[0].AfterJson, Does.Contain("\"createdBy\":\"singleSignOn\""));
    }

    [Test]
    public async Task With_sign_out_of_the_provider_off_signing_out_ends_only_the_trackers_session()
    {
        var email = SingleSignOnTracker.Unique("lia") + "@council.example";
        using var browser = tracker.Browser();
        await tracker.SignInAsync(browser, new ProviderUser("sub-" + email, email, "Lia", "Tracker.Viewer"));
        Assert.That(await SingleSignOnTracker.SessionAsync(browser), Is.Not.Null);
        Assert.That((await browser.DeleteAsync("/api/session")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await SingleSignOnTracker.SessionAsync(browser), Is.Null);
    }

    [Test]
    public async Task A_first_sign_in_without_a_mapped_role_creates_nothing()
    {
        var email = SingleSignOnTracker.Unique("ivo") + "@council.example";
        using var browser = tracker.Browser();
        var landed = await tracker.SignInAsync(browser, new ProviderUser("sub-" + email, email, "Ivo"));
        Assert.That(landed.PathAndQuery, Does.StartWith("/sign-in?ssoError=noRole"));
        Assert.That(tracker.UserIdOf(email), Is.Null);
    }

    [Test]
    public async Task With_local_accounts_off_a_password_sign_in_is_refused_but_the_break_glass_administrator_gets_in()
    {
        var email = SingleSignOnTracker.Unique("jo") + "@council.example";
        await tracker.CreateUserAsync(email, "Jo", "viewer");
        using var browser = tracker.Browser();

        var refused = await (await browser.PostJsonAsync("/api/session", new { username = email, password = ActionPlanTracker.Tests.Api.Accounts.Accounts.Password }))
            .ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.That(refused.ReasonFor("session"), Does.Contain("Sign in with your council account"));

        var providers = await (await browser.GetAsync("/api/session/providers")).ReadAsync<ProvidersDto>();
        Assert.That(providers.LocalAccounts, Is.False);
        using var admin = await tracker.AdministratorAsync();
        Assert.That((await SingleSignOnTracker.SessionAsync(admin))!.Role, Is.EqualTo("administrator"));
    }
}

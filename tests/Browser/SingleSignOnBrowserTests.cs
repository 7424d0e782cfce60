using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.SingleSignOn;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 16 in the browser: the sign-in page of a tracker set up for single sign-on offers "Sign in with your council
/// account"; following it goes through a real OpenID Connect provider on loopback (TestProvider) and back, signed in
/// with the role the provider gives. This tracker is its own, not the shared one.
/// </summary>
[NonParallelizable]
public sealed class SingleSignOnBrowserTests : BrowserTest
{
    private static SingleSignOnTracker? tracker;

    protected override Uri ServerAddress => tracker!.BaseAddress;

    [OneTimeSetUp]
    public async Task StartTracker() => tracker = await SingleSignOnTracker.StartAsync(createAccounts: true, localAccounts: true);

    [OneTimeTearDown]
    public async Task StopTracker()
    {
        if (tracker is not null) await tracker.DisposeAsync();
        tracker = null;
    }

    [Test]
    public async Task The_council_account_button_signs_in_through_the_provider_with_the_role_it_gives()
    {
        long planId;
        using (var admin = await tracker!.AdministratorAsync()) planId = await Arrange.PlanAsync(admin, title: "SSO browser plan");
        var email = SingleSignOnTracker.Unique("kemi") + "@council.example";
        tracker.Provider.NextUser = new ProviderUser("sub-" + email, email, "Kemi Adeyemi", "Tracker.Board");

        await Page.GotoAsync($"/sign-in?returnTo=%2Fplans%2F{planId}");
        var signIn = new SignInPage(Page);
        var council = Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your council account" });
        await Expect(council).ToBeVisibleAsync();
        await Expect(signIn.Username).ToBeVisibleAsync();
        await AssertAccessibleAsync("the sign-in page with single sign-on");

        // By keyboard: Tab from the heading reaches the council account link before the password form.
        await signIn.Heading.FocusAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(council).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Uri(tracker.BaseAddress, $"/plans/{planId}").ToString());
        await Expect(signIn.SignedInAs).ToHaveTextAsync("Signed in as Kemi Adeyemi (board member)");
        // A board member is offered the reviews page, and not the plan editor that only administrators have.
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Reviews: who has not updated yet" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Change the plan’s contents" })).ToHaveCountAsync(0);
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_refusal_from_the_provider_lands_on_the_sign_in_page_in_an_error_summary()
    {
        tracker!.Provider.NextUser = new ProviderUser("sub-" + Guid.NewGuid().ToString("N"), "nobody.with.a.role@council.example", "No Role");

        await Page.GotoAsync("/sign-in");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your council account" }).ClickAsync();

        var signIn = new SignInPage(Page);
        await Expect(signIn.ErrorSummary).ToBeVisibleAsync();
        await Expect(signIn.ErrorSummary).ToContainTextAsync("Your council account does not give you a role in this tracker.");
        await Expect(signIn.ErrorSummary).ToBeFocusedAsync();
        Assert.That(await Page.TitleAsync(), Does.StartWith("Error: "));
        await AssertAccessibleAsync("the sign-in page after a refused single sign-on");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Signing_out_also_ends_the_providers_session_and_lands_on_the_sign_in_page_saying_so()
    {
        // Like a real provider, the test provider now remembers who signed in and would sign them in again without asking.
        tracker!.Provider.RememberSessions = true;
        try
        {
            var email = SingleSignOnTracker.Unique("noor") + "@council.example";
            tracker.Provider.NextUser = new ProviderUser("sub-" + email, email, "Noor Haddad", "Tracker.Viewer");
            await Page.GotoAsync("/sign-in");
            var council = Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your council account" });
            await council.ClickAsync();
            var signIn = new SignInPage(Page);
            await Expect(signIn.SignedInAs).ToContainTextAsync("Signed in as Noor Haddad");
            // From now on the provider has nobody new to sign in: only its remembered session could sign Noor in again.
            tracker.Provider.NextUser = null;
            var before = tracker.Provider.EndSessions.Count;

            // By keyboard: the header's "Sign out" button.
            var signOut = Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
            await signOut.FocusAsync();
            await Page.Keyboard.PressAsync("Enter");

            await Expect(Page).ToHaveURLAsync(new Uri(tracker.BaseAddress, "/sign-in?signedOut=1").ToString());
            await Expect(Page.Locator(".notice")).ToHaveTextAsync("You have signed out.");
            await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);
            Assert.That(tracker.Provider.EndSessions.Count, Is.EqualTo(before + 1), "the provider's end-session endpoint was called once");
            Assert.That(tracker.Provider.EndSessions[^1].IdTokenHint, Is.Not.Empty);
            await AssertAccessibleAsync("the sign-in page after signing out of the provider");

            // Signing in again asks the provider again: its session is gone, and this time the person declines.
            await Page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your council account" }).ClickAsync();
            await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in\\?ssoError=accessDenied"));
            await Expect(signIn.ErrorSummary).ToBeVisibleAsync();
            AssertNoScriptErrors();
        }
        finally
        {
            tracker.Provider.RememberSessions = false;
        }
    }
}

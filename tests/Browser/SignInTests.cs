using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Signing in and out in the browser, the error summary, the lock-out message, the demonstration notice and the
/// router's addresses. The test server has demo data off, so accounts are made through the API as the administrator.
/// </summary>
public sealed partial class SignInTests : BrowserTest
{
    private const string WrongCredentials = "The username or password is not right. Check both and try again.";

    private readonly List<string> policyViolations = [];

    [SetUp]
    public void ListenForPolicyViolations()
    {
        policyViolations.Clear();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) policyViolations.Add(message.Text);
        };
    }

    [Test]
    public async Task Signing_in_with_the_right_password_shows_who_is_signed_in_and_signing_out_ends_the_session()
    {
        var user = await Accounts.CreateUserAsync("manager", "Aisha Rahman");
        var plans = await PlansPage.OpenAsync(Page);
        var signIn = new SignInPage(Page);

        await signIn.HeaderSignInLink.ClickAsync();
        await Expect(Page).ToHaveURLAsync(Url("/sign-in"));
        await Expect(signIn.Heading).ToBeFocusedAsync();
        await Expect(signIn.Username).ToHaveAttributeAsync("autocomplete", "username");
        await Expect(signIn.Password).ToHaveAttributeAsync("autocomplete", "current-password");
        await AssertAccessibleAsync("the empty sign-in page");

        await signIn.SignInAsync(user.Username, Accounts.Password);

        await Expect(Page).ToHaveURLAsync(Url("/"));
        await Expect(plans.Heading).ToBeVisibleAsync();
        await Expect(signIn.SignedInAs).ToHaveTextAsync("Signed in as Aisha Rahman (manager)");
        await Expect(signIn.HeaderSignInLink).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the plans page after signing in");

        // The session is a cookie, so a reload is still signed in.
        await Page.ReloadAsync();
        await Expect(signIn.SignedInAs).ToHaveTextAsync("Signed in as Aisha Rahman (manager)");

        // Signing out is a change made with the cookie, so the API refuses it without the antiforgery token.
        var signOut = await Page.RunAndWaitForResponseAsync(() => signIn.SignOutButton.ClickAsync(),
            response => response.Url.EndsWith("/api/session", StringComparison.Ordinal) && response.Request.Method == "DELETE");
        Assert.That(signOut.Status, Is.EqualTo(204));
        Assert.That(await signOut.Request.HeaderValueAsync("x-csrf-token"), Is.Not.Empty);

        await Expect(Page).ToHaveURLAsync(Url("/sign-in"));
        await Expect(Page.GetByRole(AriaRole.Status).GetByText("You have signed out.")).ToBeVisibleAsync();
        await Expect(signIn.HeaderSignInLink).ToBeVisibleAsync();
        await Expect(signIn.SignedInAs).ToHaveCountAsync(0);
        var session = await Page.APIRequest.GetAsync("/api/session");
        Assert.That(session.Status, Is.EqualTo(401), "The session should have ended on the server too.");
        AssertNoScriptErrors();
        AssertNoPolicyViolations();
    }

    [Test]
    public async Task A_wrong_password_shows_the_error_summary_with_a_link_to_the_field()
    {
        var user = await Accounts.CreateUserAsync("viewer");
        var signIn = await SignInPage.OpenAsync(Page);

        await signIn.SignInAsync(user.Username, "not the password at all");

        await Expect(signIn.ErrorSummary).ToBeVisibleAsync();
        await Expect(signIn.ErrorSummary).ToBeFocusedAsync();
        await Expect(signIn.ErrorLink(WrongCredentials)).ToHaveAttributeAsync("href", "#username");
        await Expect(signIn.Username).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(signIn.Username).ToHaveAccessibleDescriptionAsync("Error: " + WrongCredentials);
        await Expect(signIn.Username).ToHaveValueAsync(user.Username);
        await Expect(signIn.Password).ToHaveValueAsync("");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Error: Sign in"));
        await Expect(signIn.SignedInAs).ToHaveCountAsync(0);
        await SaveScreenshotAsync("sign-in-wrong-password.png", "The sign-in page after a wrong password");
        await AssertAccessibleAsync("the sign-in page after a wrong password");

        await signIn.ErrorLink(WrongCredentials).ClickAsync();
        await Expect(signIn.Username).ToBeFocusedAsync();
        await Expect(Page).ToHaveURLAsync(Url("/sign-in"));
        AssertNoScriptErrors();
        AssertNoPolicyViolations();
    }

    [Test]
    public async Task An_empty_form_names_both_fields_in_the_order_of_the_form()
    {
        var signIn = await SignInPage.OpenAsync(Page);

        await signIn.SignInButton.ClickAsync();

        await Expect(signIn.ErrorSummary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter your username.", "Enter your password."]);
        await Expect(signIn.Password).ToHaveAttributeAsync("aria-invalid", "true");
        await signIn.ErrorLink("Enter your password.").ClickAsync();
        await Expect(signIn.Password).ToBeFocusedAsync();
        await SaveScreenshotAsync("sign-in-empty.png", "The sign-in page sent empty");
        await AssertAccessibleAsync("the sign-in page sent empty");
        AssertNoPolicyViolations();
    }

    [Test]
    public async Task A_locked_account_is_told_when_to_try_again()
    {
        var user = await Accounts.CreateUserAsync("board");
        using (var browser = Accounts.Browser())
            for (var i = 0; i < 5; i++) await browser.PostJsonAsync("/api/session", new { username = user.Username, password = "wrong password " + i });
        var signIn = await SignInPage.OpenAsync(Page);

        await signIn.SignInAsync(user.Username, Accounts.Password);

        // The test clock is 09:30 GMT on 23 November 2026 and the lock lasts 15 minutes.
        await Expect(signIn.ErrorSummary).ToContainTextAsync("locked until 09:45 on 23 November 2026 (UK time)");
        await Expect(signIn.ErrorSummary).ToContainTextAsync("That is 15 minutes from now.");
        await Expect(signIn.SignedInAs).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the sign-in page for a locked account");
    }

    [Test]
    public async Task The_demonstration_notice_is_absent_when_the_server_is_not_a_demo()
    {
        await Page.RunAndWaitForResponseAsync(() => Page.GotoAsync("/sign-in"), "**/api/about");
        var signIn = new SignInPage(Page);

        await Expect(signIn.Heading).ToBeVisibleAsync();
        await Expect(signIn.DemoBanner).ToHaveCountAsync(0);
        await Expect(Page.GetByText("northmoor-demo-2026")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task The_address_follows_the_page_and_the_back_button_works()
    {
        var plans = await PlansPage.OpenAsync(Page);
        var signIn = new SignInPage(Page);

        await signIn.HeaderSignInLink.ClickAsync();
        await Expect(signIn.Heading).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(Url("/sign-in"));

        await Page.GoBackAsync();
        await Expect(plans.Heading).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(Url("/"));

        await Page.GoForwardAsync();
        await Expect(signIn.Heading).ToBeVisibleAsync();
        AssertNoScriptErrors();
    }

    [Test]
    public async Task An_unknown_address_shows_page_not_found_with_a_way_back()
    {
        await Page.GotoAsync("/no-such-page");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page).ToHaveTitleAsync(new Regex("^Page not found"));
        await AssertAccessibleAsync("the page-not-found page");

        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Go to the plans" }).ClickAsync();
        await Expect(new PlansPage(Page).Heading).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(Url("/"));
    }

    // Issue 13: a tab or newline in the address (%09, %0A) is dropped by URL parsing, so "/\t/evil.example" was "//evil.example".
    [TestCase("//evil.example/plans")]
    [TestCase("/%09/evil.example/x")]
    [TestCase("/%0A/evil.example/x")]
    [TestCase("/%252F%252Fevil.example")]
    public async Task Signing_in_never_sends_a_person_to_another_site(string returnTo)
    {
        var user = await Accounts.CreateUserAsync("viewer");
        var signIn = await SignInPage.OpenAsync(Page, "/sign-in?returnTo=" + returnTo);

        await signIn.SignInAsync(user.Username, Accounts.Password);

        await Expect(Page).ToHaveURLAsync(Url("/"));
        await Expect(signIn.SignedInAs).ToBeVisibleAsync();
    }

    [Test]
    public async Task On_a_phone_sized_screen_the_sign_in_page_with_errors_fits_without_scrolling_sideways()
    {
        await Page.SetViewportSizeAsync(320, 640);
        var signIn = await SignInPage.OpenAsync(Page);

        await signIn.SignInAsync("someone@council.example", "wrong password");
        await Expect(signIn.ErrorSummary).ToBeVisibleAsync();

        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(pageWidth, Is.LessThanOrEqualTo(320));
        await SaveScreenshotAsync("sign-in-320.png", "The sign-in page with an error, 320 pixels wide");
        await AssertAccessibleAsync("the sign-in page with an error at 320 pixels wide");
    }

    private static string Url(string path) => new Uri(TrackerApp.BaseAddress, path).ToString();

    private void AssertNoPolicyViolations() =>
        Assert.That(policyViolations, Is.Empty, string.Join("\n", policyViolations));
}

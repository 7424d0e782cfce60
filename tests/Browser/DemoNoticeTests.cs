using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>The demonstration notice, on a real demo-mode server: the accounts it names are the ones that exist.</summary>
public sealed class DemoNoticeTests : BrowserTest
{
    protected override Uri ServerAddress => DemoServer.BaseAddress;

    [Test]
    public async Task The_demonstration_notice_names_the_demo_accounts_and_each_one_signs_in()
    {
        var signIn = await SignInPage.OpenAsync(Page);

        await Expect(signIn.DemoBanner).ToContainTextAsync(
            "This is a demonstration with invented data. Sign in as admin@demo.example, board@demo.example, " +
            "manager@demo.example or viewer@demo.example with the password northmoor-demo-2026 shown in the README.");
        // What the notice says must work: each account it names signs in with the password it gives.
        var names = await signIn.DemoBanner.Locator("code").AllInnerTextsAsync();
        Assert.That(names, Has.Count.EqualTo(5));
        Assert.That(names[4], Is.EqualTo(DemoServer.Password), "the password the README prints");
        foreach (var username in names.Take(4))
        {
            using var browser = await TrackerApp.BrowserSignedInAsync(DemoServer.Factory, username, names[4]);
            Assert.That((await browser.GetAsync("/api/session")).IsSuccessStatusCode, Is.True, username);
        }

        // On every page, not only sign-in.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Plans", Exact = true }).ClickAsync();
        await Expect(signIn.DemoBanner).ToBeVisibleAsync();
        await SaveScreenshotAsync("demo-banner.png", "The plans page with the demonstration notice");
        await AssertAccessibleAsync("the plans page with the demonstration notice");
        AssertNoScriptErrors();
    }
}

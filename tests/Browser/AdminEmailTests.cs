using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>Issue 17: the administrator's email page, /admin/email — the outbox and the switch — by keyboard, axe clean.</summary>
[NonParallelizable]
public sealed class AdminEmailTests : BrowserTest
{
    [Test]
    public async Task An_administrator_sees_the_outbox_and_turns_email_off_and_on_by_keyboard()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);
        var admin = await AdminPage.OpenAsync(Page, "/admin");
        await admin.Link("Email").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/email$"));
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Heading).ToHaveTextAsync("Email");
        // The shared test server is not configured to send.
        await Expect(admin.Main).ToContainTextAsync("Email is not configured on this server");
        await Expect(admin.Table("Waiting (")).ToBeVisibleAsync();
        await Expect(admin.Table("Failed for good (")).ToBeVisibleAsync();
        await Expect(admin.Table("Sent in the last 7 days (")).ToBeVisibleAsync();
        await AssertAccessibleAsync("The email outbox");

        await admin.Button("Turn email off").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(admin.Main).ToContainTextAsync("Email is turned off.");
        await Expect(admin.Button("Turn email back on")).ToBeVisibleAsync();
        await AssertAccessibleAsync("The email outbox, email turned off");

        await admin.Button("Turn email back on").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(admin.Main).ToContainTextAsync("Email is back on.");
        await Expect(admin.Button("Turn email off")).ToBeVisibleAsync();
        AssertNoScriptErrors();
    }
}

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

    [Test]
    public async Task An_administrator_sets_the_reminder_defaults_by_keyboard_and_a_stale_form_offers_a_reload()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);
        var admin = await AdminPage.OpenAsync(Page, "/admin/email");
        await Expect(admin.Main.GetByRole(AriaRole.Heading, new() { Name = "Reminder defaults", Level = 2 })).ToBeVisibleAsync();
        await Expect(admin.Checkbox("Weekly deadlines digest")).ToBeCheckedAsync();
        await Expect(admin.Radio("Monday")).ToBeCheckedAsync();
        var daysBefore = admin.Main.GetByRole(AriaRole.Textbox, new() { Name = "How many days before a review’s “updates due by” date does the reminder go?" });
        await Expect(daysBefore).ToHaveValueAsync("3");
        await AssertAccessibleAsync("The email page with the reminder defaults");

        // By keyboard: untick the digest, move the day from Monday to Friday with the arrow keys, save.
        await admin.Checkbox("Weekly deadlines digest").FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await admin.Radio("Monday").FocusAsync();
        for (var i = 0; i < 4; i++) await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(admin.Radio("Friday")).ToBeCheckedAsync();
        // The days before: 15 is refused by the API, named in the error summary, whose link takes the keyboard back to the box.
        await Page.Keyboard.PressAsync("Tab");
        await Expect(daysBefore).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ControlOrMeta+A");
        await Page.Keyboard.TypeAsync("15");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(admin.Button("Save reminder defaults")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        await Expect(admin.ErrorLink("The reminder goes between 1 and 14 days before the “updates due by” date.")).ToBeVisibleAsync();
        await AssertAccessibleAsync("The reminder defaults with a days-before error");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(admin.ErrorLink("The reminder goes between 1 and 14 days before the “updates due by” date.")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(daysBefore).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ControlOrMeta+A");
        await Page.Keyboard.TypeAsync("5");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(admin.Main).ToContainTextAsync("The reminder defaults are saved.");
        await Expect(daysBefore).ToHaveValueAsync("5");
        await Expect(admin.Checkbox("Weekly deadlines digest")).Not.ToBeCheckedAsync();
        await Expect(admin.Radio("Friday")).ToBeCheckedAsync();
        await AssertAccessibleAsync("The email page after saving the defaults");

        // Someone else saves the defaults (another tab) while this form is open: saving this one says so and offers a reload.
        var other = await Context.NewPageAsync();
        var otherAdmin = await AdminPage.OpenAsync(other, "/admin/email");
        await otherAdmin.Checkbox("Sign-off").UncheckAsync();
        await otherAdmin.Button("Save reminder defaults").ClickAsync();
        await Expect(otherAdmin.Main).ToContainTextAsync("The reminder defaults are saved.");
        await other.CloseAsync();

        await admin.Checkbox("Weekly deadlines digest").FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await admin.Button("Save reminder defaults").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        await Expect(admin.ErrorSummary).ToContainTextAsync("The reminder defaults");
        await AssertAccessibleAsync("The reminder defaults changed meanwhile");
        await admin.ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Reload this page to see their version" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Checkbox("Sign-off")).Not.ToBeCheckedAsync();
        await Expect(admin.Checkbox("Weekly deadlines digest")).Not.ToBeCheckedAsync();

        // Back as they were, for the other tests sharing this database.
        await admin.Checkbox("Weekly deadlines digest").CheckAsync();
        await admin.Checkbox("Sign-off").CheckAsync();
        await admin.Radio("Monday").CheckAsync();
        await daysBefore.FillAsync("3");
        await admin.Button("Save reminder defaults").ClickAsync();
        await Expect(admin.Main).ToContainTextAsync("The reminder defaults are saved.");
        await Expect(admin.Radio("Monday")).ToBeCheckedAsync();
        AssertNoScriptErrors();
    }
}

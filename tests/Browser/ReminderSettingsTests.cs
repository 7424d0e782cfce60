using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>Issue 17: a person chooses their reminder emails and digest day on /settings/reminders, by keyboard alone.</summary>
public sealed class ReminderSettingsTests : BrowserTest
{
    [Test]
    public async Task A_manager_chooses_their_reminders_and_digest_day_by_keyboard()
    {
        var name = $"Remi {Guid.NewGuid():N}"[..13];
        var personId = await Api.Arrange.PersonAsync(name, "Service Manager");
        var username = await MyActionsArrange.AccountAsync(name, "manager", personId);
        await SignInPage.SignInThroughTheApiAsync(Context, username, MyActionsArrange.Password);
        await Page.GotoAsync("/my-actions");

        // From the header's account area, by keyboard.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Reminder emails" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/settings/reminders$"));
        var heading = Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Reminder emails" });
        await Expect(heading).ToBeFocusedAsync();
        var reviewReminders = Page.GetByRole(AriaRole.Checkbox, new() { Name = "Review reminders" });
        await Expect(reviewReminders).ToBeCheckedAsync();
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Monday" })).ToBeCheckedAsync();
        await AssertAccessibleAsync("Reminder settings, the defaults");

        await Page.Keyboard.PressAsync("Tab");
        await Expect(reviewReminders).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Space");
        for (var i = 0; i < 4; i++) await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Monday" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Save reminder settings" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." }))
            .ToHaveTextAsync("Saved. You will receive: weekly deadlines digest, sign-off, after a review closes. Your digest goes on Tuesday.");
        await AssertAccessibleAsync("Reminder settings, saved");

        await Page.ReloadAsync();
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Tuesday" })).ToBeCheckedAsync();
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "Review reminders" })).Not.ToBeCheckedAsync();
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { Name = "Weekly deadlines digest" })).ToBeCheckedAsync();
        AssertNoScriptErrors();
    }
}

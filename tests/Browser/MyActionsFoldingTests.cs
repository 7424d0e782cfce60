using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// My actions for a manager with eleven items, nine already updated this review: those nine are folded to what was
/// saved, after a count, and the two still to do come first, open. A new update is dated today.
/// </summary>
public sealed class MyActionsFoldingTests : BrowserTest
{
    private const string Review = "Update November 26";

    [Test]
    public async Task Items_updated_this_review_are_folded_after_those_still_to_do_and_open_by_keyboard_to_be_changed()
    {
        var (plan, review, items) = await ElevenItemsAsync("Priya Natarajan");
        var myActions = await MyActionsPage.OpenAsync(Page);

        // Still to do first (3 and 8, in the plan's order), open; then the nine updated, in the plan's order.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(
            new[] { 3, 8, 1, 2, 4, 5, 6, 7, 9, 10, 11 }.Select(n => $"Recommendation {n}").ToArray());
        await Expect(Page.GetByText("2 of 11 items still need an update for Update November 26.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("9 updated this review", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(myActions.Item("3").Narrative).ToBeVisibleAsync();
        await Expect(myActions.Item("8").Narrative).ToBeVisibleAsync();

        // A folded item shows what was saved in words, and no form until it is opened.
        var fifth = myActions.Item("5");
        var saved = fifth.Card.Locator(".my-item__saved");
        await Expect(saved).ToContainTextAsync("Saved score:");
        await Expect(saved.Locator(".level-tag")).ToContainTextAsync("3 On track");
        await Expect(fifth.Card).ToContainTextAsync("Update: “Audit of item 5 done: 27 of 30 in time.”");
        await Expect(fifth.Card).ToContainTextAsync("Dated 10 November 2026, saved by My Actions Arranger.");
        await Expect(fifth.Narrative).ToBeHiddenAsync();
        await SaveScreenshotAsync("my-actions-folded.png", "My actions with nine of eleven items folded");
        await AssertAccessibleAsync("My actions with nine items folded");

        // Far shorter than with every form open: open each fold and compare.
        var folded = await PageHeightAsync();
        var folds = Page.GetByText("Change the score or update");
        for (var i = 0; i < await folds.CountAsync(); i++) await folds.Nth(i).ClickAsync();
        await Expect(fifth.Narrative).ToBeVisibleAsync();
        var open = await PageHeightAsync();
        Assert.That(folded, Is.LessThan(open * 0.5), $"folded {folded} px against {open} px with every form open");
        await Page.ReloadAsync();
        await Expect(myActions.Heading).ToBeVisibleAsync();
        await Expect(myActions.Item("5").Narrative).ToBeHiddenAsync();

        // By keyboard: Tab to item 5's fold, open it (focus goes to its level), choose, write, save with Ctrl+Enter.
        var change = myActions.Item("5").Card.GetByText("Change the score or update");
        for (var presses = 0; presses < 80 && !await change.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
            await Page.Keyboard.PressAsync("Tab");
        await Expect(change).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        fifth = myActions.Item("5");
        await Expect(fifth.Level("3 On track")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(fifth.Level("4 Complete, monitoring")).ToBeCheckedAsync();
        await Expect(fifth.NarrativeDate).ToHaveValueAsync("2026-11-10");
        await Page.Keyboard.PressAsync("Tab"); // to the update (item 5 had no score last review, so nothing to copy)
        await Expect(fifth.Narrative).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Control+End");
        await Page.Keyboard.TypeAsync(" Now 30 of 30.");
        // A new update is dated today, not the date of the update it replaces.
        await Expect(fifth.NarrativeDate).ToHaveValueAsync("2026-11-23");
        // Through the date (Chromium stops at its day, month and year) to the evidence.
        for (var presses = 0; presses < 6 && !await fifth.Evidence.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
            await Page.Keyboard.PressAsync("Tab");
        await Expect(fifth.Evidence).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Audit report, November 2026");
        await Page.Keyboard.PressAsync("Control+Enter");

        await Expect(fifth.Saved).ToHaveTextAsync("Saved at 09:30 — pending sign-off by the board.");
        await Expect(saved.Locator(".level-tag")).ToContainTextAsync("4 Complete, monitoring");
        var stored = await MyActionsArrange.StoredAsync(plan, review, items[4]);
        Assert.That((stored.Level, stored.Narrative), Is.EqualTo(((int?)4, "Audit of item 5 done: 27 of 30 in time. Now 30 of 30.")));
        await AssertAccessibleAsync("My actions with a folded item opened and saved");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_new_update_on_an_item_still_to_do_is_dated_today_even_when_the_last_one_was_copied_forward()
    {
        var (_, _, _) = await ElevenItemsAsync("Owen Price");
        var myActions = await MyActionsPage.OpenAsync(Page);
        // Item 8 holds last review's update copied forward, with last review's date: it still needs an update.
        var eighth = myActions.Item("8");
        await Expect(eighth.Narrative).ToHaveValueAsync("Copied from October.");
        await Expect(eighth.NarrativeDate).ToHaveValueAsync("2026-10-28");

        await eighth.Narrative.FillAsync("Copied from October. Two more audits in November.");
        await Expect(eighth.NarrativeDate).ToHaveValueAsync("2026-11-23");
        // Put back as it was, it is the stored update again, with its own date.
        await eighth.Narrative.FillAsync("Copied from October.");
        await Expect(eighth.NarrativeDate).ToHaveValueAsync("2026-10-28");
        // A date the person chooses stays, whatever is typed after.
        await eighth.NarrativeDate.FillAsync("2026-11-21");
        await eighth.Narrative.FillAsync("Two more audits in November.");
        await Expect(eighth.NarrativeDate).ToHaveValueAsync("2026-11-21");
    }

    /// <summary>
    /// Eleven recommendations the person leads in an open November review: 3 has no score, 8 holds October's update
    /// copied forward unchanged (so both still need an update), and the other nine have a fresh update dated 10 November.
    /// Signs the browser in as the person.
    /// </summary>
    private async Task<(long Plan, long Review, long[] Items)> ElevenItemsAsync(string name)
    {
        var admin = TrackerApp.ClientFor("My Actions Arranger");
        var person = await Arrange.PersonAsync(name, "Service Manager");
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, title: $"Quality assurance plan for {name}");
        var items = new long[11];
        for (var n = 1; n <= 11; n++)
            items[n - 1] = await Arrange.RecommendationAsync(admin, planId, $"{n}", $"Audit practice in team {n} every month.", leadIds: [person]);
        var october = await MyActionsArrange.ReviewAsync(admin, planId, "Update October 26", "2026-10-30");
        await MyActionsArrange.SaveAsync(admin, planId, october, items[7], 2, "Copied from October.", "2026-10-28");
        var closed = await admin.PutJsonAsync($"/api/plans/{planId}/reviews/{october}", new { label = "Update October 26", reviewDate = "2026-10-30", status = "closed" }, "*");
        Assert.That(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        var november = await MyActionsArrange.ReviewAsync(admin, planId, Review, "2026-11-20");
        for (var n = 1; n <= 11; n++)
        {
            if (n == 3) continue;
            if (n == 8) await MyActionsArrange.SaveAsync(admin, planId, november, items[n - 1], 2, "Copied from October.", "2026-10-28");
            else await MyActionsArrange.SaveAsync(admin, planId, november, items[n - 1], 3, $"Audit of item {n} done: 27 of 30 in time.", "2026-11-10");
        }
        var username = await MyActionsArrange.AccountAsync(name, "manager", person);
        await SignInPage.SignInThroughTheApiAsync(Context, username, MyActionsArrange.Password);
        return (planId, november, items);
    }

    private Task<double> PageHeightAsync() => Page.EvaluateAsync<double>("document.documentElement.scrollHeight");
}

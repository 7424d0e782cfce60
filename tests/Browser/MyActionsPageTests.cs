using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>A manager scores their items on "My actions": saving, errors, the keyboard path and the empty states.</summary>
public sealed class MyActionsPageTests : BrowserTest
{
    /// <summary>Aisha's plan (see <see cref="MyActionsArrange.PlanAsync"/>), signed in as her, with the page open at <paramref name="query"/>.</summary>
    private async Task<(PersonsPlan Plan, MyActionsPage Page)> SignedInWithAPlanAsync(Func<PersonsPlan, string>? query = null)
    {
        var plan = await MyActionsArrange.PlanAsync("Aisha Rahman");
        var username = await MyActionsArrange.AccountAsync("Aisha Rahman", "manager", plan.PersonId);
        await SignInPage.SignInThroughTheApiAsync(Context, username, MyActionsArrange.Password);
        return (plan, await MyActionsPage.OpenAsync(Page, query?.Invoke(plan) ?? ""));
    }

    [Test]
    public async Task A_manager_scores_an_item_and_it_is_saved_under_their_name()
    {
        var (plan, page) = await SignedInWithAPlanAsync();
        await Expect(Page.GetByText("2 of 3 items still need an update for Update November 26.")).ToBeVisibleAsync();
        // Items still needing an update come first: 1 and 3, then 2, which has a fresh update.
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync(["Recommendation 1", "Recommendation 3", "Recommendation 2"]);
        var first = page.Item("1");
        await Expect(first.Card).ToContainTextAsync("Needs an update: no score yet, no update yet");
        await Expect(first.Card).ToContainTextAsync("You lead this recommendation.");
        await Expect(first.Card).ToContainTextAsync("Sep-26");
        await Expect(first.Card).ToContainTextAsync("Overdue");
        await Expect(first.Card).ToContainTextAsync("Last review, Update October 26:");
        await Expect(first.Card.GetByText("Last review, Update October 26:")).ToContainTextAsync("2 Started with some delay");
        await Expect(first.Card).ToContainTextAsync("Advert running; two enquiries.");
        await Expect(first.NarrativeDate).ToHaveValueAsync("2026-11-23");
        // Recommendation 2 is updated already: folded to what was saved, its form (with the stored score) a press away.
        await Expect(page.Item("2").Card).ToContainTextAsync("Update: “Audit of 30 plans: 27 reviewed in time.”");
        await page.Item("2").Card.GetByText("Change the score or update").ClickAsync();
        await Expect(page.Item("2").Narrative).ToHaveValueAsync("Audit of 30 plans: 27 reviewed in time.");
        await Expect(page.Item("2").Level("3 On track")).ToBeCheckedAsync();
        await SaveScreenshotAsync("my-actions.png", "My actions: a manager's three items in the open review");
        await AssertAccessibleAsync("My actions with items to update");

        await first.Level("3 On track").CheckAsync();
        await Expect(first.Evidence).ToBeHiddenAsync();
        await first.Narrative.FillAsync("Six new carers approved; two for teenagers.");
        await first.Save.ClickAsync();

        await Expect(first.Saved).ToHaveTextAsync("Saved at 09:30.");
        await Expect(first.Card).ToContainTextAsync("Updated");
        await Expect(Page.GetByText("1 of 3 items still needs an update for Update November 26.")).ToBeVisibleAsync();
        var stored = await MyActionsArrange.StoredAsync(plan.PlanId, plan.ReviewId, plan.R1);
        Assert.That((stored.Level, stored.Narrative, stored.UpdatedBy), Is.EqualTo(((int?)3, "Six new carers approved; two for teenagers.", "Aisha Rahman")));
        await AssertAccessibleAsync("My actions after a save");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_refused_save_shows_the_error_at_the_field_and_keeps_everything_typed()
    {
        var (plan, page) = await SignedInWithAPlanAsync();
        var item = page.Item("3");

        await item.Level("4 Complete, monitoring").CheckAsync();
        await Expect(item.Evidence).ToBeVisibleAsync();
        await Expect(item.Card).ToContainTextAsync("until then the item shows as pending sign-off");
        await item.Narrative.FillAsync("All 40 supervising social workers trained.");
        await item.NarrativeDate.FillAsync("2026-11-20");
        await item.Save.ClickAsync();

        // The API's message, in the summary (focused) and at the field; nothing the person typed has gone.
        await Expect(item.ErrorSummary).ToBeFocusedAsync();
        var message = "This level means complete: give the evidence, a link or a note of what it is and where to find it.";
        await Expect(item.ErrorSummary.GetByRole(AriaRole.Link, new() { Name = message })).ToBeVisibleAsync();
        await Expect(item.Card.GetByText($"Error: {message}")).ToBeVisibleAsync();
        await Expect(item.Evidence).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(item.Level("4 Complete, monitoring")).ToBeCheckedAsync();
        await Expect(item.Narrative).ToHaveValueAsync("All 40 supervising social workers trained.");
        await Expect(item.NarrativeDate).ToHaveValueAsync("2026-11-20");
        await AssertAccessibleAsync("a score form with an error");
        await SaveScreenshotAsync("my-actions-error.png", "My actions: evidence missing for a complete level");

        await item.ErrorSummary.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(item.Evidence).ToBeFocusedAsync();
        await item.Evidence.FillAsync("Training register, November 2026 (SharePoint: Fostering/Training)");
        await item.Save.ClickAsync();
        await Expect(item.Saved).ToHaveTextAsync("Saved at 09:30 — pending sign-off by the board.");
        await Expect(item.ErrorSummary).ToHaveCountAsync(0);
        var stored = await MyActionsArrange.StoredAsync(plan.PlanId, plan.ReviewId, plan.R3);
        Assert.That((stored.Level, stored.Evidence, stored.SignOffStatus), Is.EqualTo(((int?)4, "Training register, November 2026 (SharePoint: Fostering/Training)", "pending")));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task With_the_keyboard_alone_a_manager_scores_saves_and_lands_on_the_next_item()
    {
        // The item detail page's "Update the score" link opens the page at one item, focused.
        var (plan, page) = await SignedInWithAPlanAsync(p => $"?plan={p.PlanId}&item=recommendation-{p.R1}");
        var first = page.Item("1");
        await Expect(first.Heading).ToBeFocusedAsync();

        await Page.Keyboard.PressAsync("Tab");
        await Expect(first.Level("1 Not started or seriously delayed")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(first.Level("3 On track")).ToBeCheckedAsync();
        await Page.Keyboard.PressAsync("Tab"); // Copy last update
        await Page.Keyboard.PressAsync("Enter");
        await Expect(first.Narrative).ToBeFocusedAsync();
        await Expect(first.Narrative).ToHaveValueAsync("Advert running; two enquiries.");
        await Page.Keyboard.TypeAsync(" Now six carers approved.");
        await Page.Keyboard.PressAsync("Control+Enter");

        await Expect(first.Saved).ToHaveTextAsync("Saved at 09:30.");
        // Focus moves on to the next item that still needs an update: recommendation 3, at its first level.
        await Expect(page.Item("3").Level("1 Not started or seriously delayed")).ToBeFocusedAsync();
        var stored = await MyActionsArrange.StoredAsync(plan.PlanId, plan.ReviewId, plan.R1);
        Assert.That((stored.Level, stored.Narrative), Is.EqualTo(((int?)3, "Advert running; two enquiries. Now six carers approved.")));

        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("Tab"); // the update (recommendation 3 had no October score)
        await Page.Keyboard.TypeAsync("Course booked for January.");
        // Through the date (Chromium stops at its day, month and year) to Save.
        for (var presses = 0; presses < 6 && !await page.Item("3").Save.EvaluateAsync<bool>("b => b === document.activeElement"); presses++)
            await Page.Keyboard.PressAsync("Tab");
        await Expect(page.Item("3").Save).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(page.Item("3").Saved).ToHaveTextAsync("Saved at 09:30.");
        // Nothing is left to update, so focus goes to the plan's progress, which says so.
        var done = Page.GetByText("All 3 items are updated for Update November 26.");
        await Expect(done).ToBeFocusedAsync();
        Assert.That((await MyActionsArrange.StoredAsync(plan.PlanId, plan.ReviewId, plan.R3)).Level, Is.EqualTo(2));
        await AssertAccessibleAsync("My actions with every item updated");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_copied_update_still_counts_as_needing_an_update()
    {
        var (plan, page) = await SignedInWithAPlanAsync();
        var first = page.Item("1");
        await first.Level("2 Started with some delay").CheckAsync();
        await first.Card.GetByRole(AriaRole.Button, new() { Name = "Copy last update" }).ClickAsync();
        await first.Save.ClickAsync();

        await Expect(first.Saved).ToHaveTextAsync("Saved at 09:30.");
        // The tracker's own staleness rule has the last word, not the fact of saving.
        await Expect(first.Card).ToContainTextAsync("Needs an update: same update as last review");
        await Expect(Page.GetByText("2 of 3 items still need an update")).ToBeVisibleAsync();
        Assert.That((await MyActionsArrange.StoredAsync(plan.PlanId, plan.ReviewId, plan.R1)).Narrative, Is.EqualTo("Advert running; two enquiries."));
    }

    [Test]
    public async Task An_account_not_linked_to_a_person_is_told_to_ask_the_administrator()
    {
        var username = await MyActionsArrange.AccountAsync("New Manager", "manager", null);
        await SignInPage.SignInThroughTheApiAsync(Context, username, MyActionsArrange.Password);
        await MyActionsPage.OpenAsync(Page);

        await Expect(Page.GetByText("Your account is not linked to your name")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Ask your administrator to link your account to your name.")).ToBeVisibleAsync();
        await AssertAccessibleAsync("My actions for an account without a person");
    }

    [Test]
    public async Task Nothing_to_update_says_which_plans_wait_for_an_open_review()
    {
        var admin = TrackerApp.ClientFor("My Actions Arranger");
        var person = await Api.Arrange.PersonAsync("Ben Marsh", "Team Manager");
        var planId = await Api.Arrange.PlanAsync(admin, title: "Youth justice plan");
        await Api.Arrange.RecommendationAsync(admin, planId, "1", leadIds: [person]);
        var username = await MyActionsArrange.AccountAsync("Ben Marsh", "manager", person);
        await SignInPage.SignInThroughTheApiAsync(Context, username, MyActionsArrange.Password);
        await MyActionsPage.OpenAsync(Page);

        await Expect(Page.GetByText("You have nothing to update at the moment.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("No review is open in “Youth justice plan”.")).ToBeVisibleAsync();
        await AssertAccessibleAsync("My actions with nothing to update");
    }

    [Test]
    public async Task When_everything_is_updated_the_page_says_so_and_a_viewer_cannot_see_the_page()
    {
        var admin = TrackerApp.ClientFor("My Actions Arranger");
        var person = await Api.Arrange.PersonAsync("Dee Walker", "Service Manager");
        var planId = await Api.Arrange.PlanAsync(admin, scaleId: 1, title: "Care leavers plan");
        var r1 = await Api.Arrange.RecommendationAsync(admin, planId, "1", leadIds: [person]);
        var r2 = await Api.Arrange.RecommendationAsync(admin, planId, "2", leadIds: [person]);
        var review = await MyActionsArrange.ReviewAsync(admin, planId, "Update November 26", "2026-11-20");
        await MyActionsArrange.SaveAsync(admin, planId, review, r1, 3, "Pathway plans reviewed.");
        await MyActionsArrange.SaveAsync(admin, planId, review, r2, 2, "Housing protocol drafted.");
        var username = await MyActionsArrange.AccountAsync("Dee Walker", "manager", person);
        await SignInPage.SignInThroughTheApiAsync(Context, username, MyActionsArrange.Password);
        var page = await MyActionsPage.OpenAsync(Page, $"?plan={planId}&item=recommendation-999999");

        await Expect(Page.GetByText("All 2 items are updated for Update November 26.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("All your 2 items are updated.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("The item in the link is not one of yours in an open review")).ToBeVisibleAsync();
        await Expect(page.Item("1").Card).ToContainTextAsync("Updated");
        await AssertAccessibleAsync("My actions with everything updated");

        var viewer = await MyActionsArrange.AccountAsync("Councillor Hughes", "viewer", null);
        await Context.ClearCookiesAsync();
        await SignInPage.SignInThroughTheApiAsync(Context, viewer, MyActionsArrange.Password);
        await MyActionsPage.OpenAsync(Page);
        await Expect(Page.GetByText("Your account cannot see the items you must update.")).ToBeVisibleAsync();
        await AssertAccessibleAsync("My actions for a viewer");
    }

    [Test]
    public async Task The_page_reflows_at_320_pixels()
    {
        await SignedInWithAPlanAsync();
        await Page.SetViewportSizeAsync(320, 800);
        var overflow = await Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.That(overflow, Is.False, "nothing should need sideways scrolling at 320 px");
        await SaveScreenshotAsync("my-actions-320.png", "My actions at 320 px");
        await AssertAccessibleAsync("My actions at 320 px");
    }
}

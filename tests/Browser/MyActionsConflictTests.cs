using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Two managers who co-lead recommendation 1 open "My actions" in two browsers. Tom saves first; Aisha's save then meets
/// his, and she sees both versions and chooses: keep mine, take theirs, or merge. The stored score is checked through the API.
/// </summary>
public sealed class MyActionsConflictTests : BrowserTest
{
    private IBrowserContext tomsBrowser = null!;

    [TearDown]
    public async Task CloseTomsBrowser()
    {
        if (tomsBrowser is not null) await tomsBrowser.CloseAsync();
    }

    private async Task<(PersonsPlan Plan, ItemCard Aisha, ItemCard Tom)> BothOpenAsync()
    {
        var tomPerson = await Api.Arrange.PersonAsync("Tom Okafor", "Service Manager");
        var plan = await MyActionsArrange.PlanAsync("Aisha Rahman", coLead: tomPerson);
        var aisha = await MyActionsArrange.AccountAsync("Aisha Rahman", "manager", plan.PersonId);
        var tom = await MyActionsArrange.AccountAsync("Tom Okafor", "manager", tomPerson);

        await SignInPage.SignInThroughTheApiAsync(Context, aisha, MyActionsArrange.Password);
        var aishasPage = await MyActionsPage.OpenAsync(Page);

        tomsBrowser = await BrowserSession.Browser.NewContextAsync(new()
        {
            BaseURL = TrackerApp.BaseAddress.ToString(), Locale = "en-GB", TimezoneId = "Europe/London", ViewportSize = new() { Width = 1024, Height = 768 },
        });
        await SignInPage.SignInThroughTheApiAsync(tomsBrowser, tom, MyActionsArrange.Password);
        var tomsPage = await MyActionsPage.OpenAsync(await tomsBrowser.NewPageAsync());
        return (plan, aishasPage.Item("1"), tomsPage.Item("1"));
    }

    /// <summary>One part of the page, at full size, beside the full-page screenshots.</summary>
    private static async Task SaveElementScreenshotAsync(ILocator part, string fileName, string description)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifacts", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await part.ScreenshotAsync(new() { Path = path });
        TestContext.AddTestAttachment(path, description);
    }

    /// <summary>Tom saves first; then Aisha, who loaded the page before his save, saves hers and meets his.</summary>
    private static async Task ConflictAsync(ItemCard aisha, ItemCard tom)
    {
        await tom.ScoreAsync("2 Started with some delay", "Two enquiries became one application.");
        await Expect(tom.Saved).ToHaveTextAsync("Saved at 09:30.");
        await aisha.ScoreAsync("3 On track", "Six new carers approved; two for teenagers.");
        await Expect(aisha.Conflict).ToBeVisibleAsync();
    }

    [Test]
    public async Task Meeting_someone_elses_save_shows_both_versions_and_keep_mine_saves_over_theirs_even_twice()
    {
        var (plan, aisha, tom) = await BothOpenAsync();
        await ConflictAsync(aisha, tom);

        await Expect(aisha.Conflict.GetByRole(AriaRole.Heading, new() { Name = "Someone else saved this item while you were working on it" })).ToBeFocusedAsync();
        await Expect(aisha.Conflict).ToContainTextAsync("What differs: the score and the update.");
        await Expect(aisha.Mine).ToContainTextAsync("3 On track");
        await Expect(aisha.Mine).ToContainTextAsync("Six new carers approved; two for teenagers.");
        await Expect(aisha.Theirs("Tom Okafor")).ToContainTextAsync("Saved by Tom Okafor at 09:30 on 23 November 2026");
        await Expect(aisha.Theirs("Tom Okafor")).ToContainTextAsync("2 Started with some delay");
        await Expect(aisha.Theirs("Tom Okafor")).ToContainTextAsync("Two enquiries became one application.");
        await Expect(aisha.Mine.GetByText("Differs")).ToHaveCountAsync(2);
        // Nothing typed is lost: the form still holds her text while she chooses.
        await Expect(aisha.Narrative).ToHaveValueAsync("Six new carers approved; two for teenagers.");
        await Expect(aisha.Card.GetByRole(AriaRole.Status).Filter(new() { HasText = "Not saved" })).ToBeVisibleAsync();
        await SaveScreenshotAsync("my-actions-conflict.png", "The conflict view: Aisha's unsaved version beside Tom's");
        await SaveElementScreenshotAsync(aisha.Card, "my-actions-conflict-item.png", "The conflict view, close up");
        await AssertAccessibleAsync("the conflict view");

        // Tom saves again before Aisha chooses: her "Keep mine" meets his second save, and the choice comes round again.
        await tom.Narrative.FillAsync("One application, assessment booked.");
        await tom.Save.ClickAsync();
        await Expect(tom.Saved).ToHaveTextAsync("Saved at 09:30.");
        await aisha.Choice("Keep mine").ClickAsync();
        await Expect(aisha.Conflict.GetByRole(AriaRole.Heading, new() { Name = "Someone saved this item again while you were working on it" })).ToBeVisibleAsync();
        await Expect(aisha.Theirs("Tom Okafor")).ToContainTextAsync("One application, assessment booked.");
        await aisha.Choice("Keep mine").ClickAsync();

        await Expect(aisha.Saved).ToHaveTextAsync("Saved at 09:30.");
        await Expect(aisha.Conflict).ToHaveCountAsync(0);
        var stored = await MyActionsArrange.StoredAsync(plan.PlanId, plan.ReviewId, plan.R1);
        Assert.That((stored.Level, stored.Narrative, stored.UpdatedBy, stored.Version),
            Is.EqualTo(((int?)3, "Six new carers approved; two for teenagers.", "Aisha Rahman", 3L)), "created by Tom, changed by Tom, then Aisha's");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Take_theirs_puts_their_version_in_the_form_and_mine_can_be_put_back()
    {
        var (plan, aisha, tom) = await BothOpenAsync();
        await ConflictAsync(aisha, tom);

        await aisha.Choice("Take theirs").ClickAsync();

        await Expect(aisha.Conflict).ToHaveCountAsync(0);
        await Expect(aisha.Level("2 Started with some delay")).ToBeCheckedAsync();
        await Expect(aisha.Narrative).ToHaveValueAsync("Two enquiries became one application.");
        var putBack = aisha.Card.GetByRole(AriaRole.Button, new() { Name = "Put my version back" });
        await Expect(putBack).ToBeVisibleAsync();
        await AssertAccessibleAsync("the form after taking their version");
        var stored = await MyActionsArrange.StoredAsync(plan.PlanId, plan.ReviewId, plan.R1);
        Assert.That((stored.Level, stored.Narrative, stored.UpdatedBy), Is.EqualTo(((int?)2, "Two enquiries became one application.", "Tom Okafor")),
            "taking theirs changes nothing stored");

        // Changing her mind: her text comes back, and saving it now replaces Tom's knowingly (no second conflict).
        await putBack.ClickAsync();
        await Expect(aisha.Level("3 On track")).ToBeCheckedAsync();
        await Expect(aisha.Narrative).ToHaveValueAsync("Six new carers approved; two for teenagers.");
        await aisha.Save.ClickAsync();
        await Expect(aisha.Saved).ToHaveTextAsync("Saved at 09:30.");
        stored = await MyActionsArrange.StoredAsync(plan.PlanId, plan.ReviewId, plan.R1);
        Assert.That((stored.Level, stored.Narrative, stored.UpdatedBy), Is.EqualTo(((int?)3, "Six new carers approved; two for teenagers.", "Aisha Rahman")));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Take_theirs_and_save_keeps_their_score_with_her_name_only_if_she_saves()
    {
        var (plan, aisha, tom) = await BothOpenAsync();
        await ConflictAsync(aisha, tom);
        await aisha.Choice("Take theirs").ClickAsync();
        await aisha.Narrative.FillAsync("Two enquiries became one application. Panel in December.");
        await aisha.Save.ClickAsync();

        await Expect(aisha.Saved).ToHaveTextAsync("Saved at 09:30.");
        var stored = await MyActionsArrange.StoredAsync(plan.PlanId, plan.ReviewId, plan.R1);
        Assert.That((stored.Level, stored.Narrative, stored.UpdatedBy), Is.EqualTo(((int?)2, "Two enquiries became one application. Panel in December.", "Aisha Rahman")));
    }

    [Test]
    public async Task Merge_offers_both_updates_marked_and_a_level_then_saves_the_merged_version()
    {
        var (plan, aisha, tom) = await BothOpenAsync();
        await ConflictAsync(aisha, tom);

        await aisha.Choice("Merge").ClickAsync();
        await Expect(aisha.MergedUpdate).ToHaveValueAsync(
            "----- Your update -----\nSix new carers approved; two for teenagers.\n----- Update saved by Tom Okafor -----\nTwo enquiries became one application.");
        await Expect(aisha.MergeLevel("3 On track (yours)")).ToBeCheckedAsync();
        await Expect(aisha.MergeLevel("2 Started with some delay (Tom Okafor’s)")).ToBeVisibleAsync();
        await SaveElementScreenshotAsync(aisha.Conflict, "my-actions-merge.png", "The conflict view's merge");
        await AssertAccessibleAsync("the merge form");

        // Saving with the marker lines still in is refused at the field, and the text stays as it was.
        await aisha.Conflict.GetByRole(AriaRole.Button, new() { Name = "Save merged version" }).ClickAsync();
        await Expect(aisha.Conflict.GetByText("Delete the lines that start and end with -----")).ToBeVisibleAsync();
        await Expect(aisha.MergedUpdate).ToBeFocusedAsync();

        await aisha.MergedUpdate.FillAsync("Six new carers approved, two for teenagers; one more application from the advert.");
        await aisha.MergeLevel("2 Started with some delay").CheckAsync();
        await aisha.Conflict.GetByRole(AriaRole.Button, new() { Name = "Save merged version" }).ClickAsync();

        await Expect(aisha.Saved).ToHaveTextAsync("Saved at 09:30.");
        await Expect(aisha.Narrative).ToHaveValueAsync("Six new carers approved, two for teenagers; one more application from the advert.");
        await Expect(aisha.Level("2 Started with some delay")).ToBeCheckedAsync();
        var stored = await MyActionsArrange.StoredAsync(plan.PlanId, plan.ReviewId, plan.R1);
        Assert.That((stored.Level, stored.Narrative, stored.UpdatedBy, stored.Version),
            Is.EqualTo(((int?)2, "Six new carers approved, two for teenagers; one more application from the advert.", "Aisha Rahman", 2L)));
        AssertNoScriptErrors();
    }
}

using System.Text.Json;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The board's review cycle (issue 12): a board member opens the next review by keyboard, sees who has not updated yet,
/// closes it after the confirmation and re-opens it, with no stale message beside the new one; a viewer gets none of
/// the forms; the administration's review list drops "started" once the review is closed (defect 10).
/// </summary>
public sealed class BoardReviewCycleTests : BrowserTest
{
    private static readonly HttpClient Admin = TrackerApp.ClientFor("Board Cycle Arranger");

    private sealed record Arranged(long PlanId, string Title, string Aisha, string Ben, long Theirs, long HisItem);

    /// <summary>
    /// A plan scoring recommendations: Aisha leads 1, Ben leads 2, neither has an account. RAG 10/26 is open and holds
    /// both scores.
    /// </summary>
    private static async Task<Arranged> PlanAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"Board cycle plan {suffix}";
        var aisha = $"Aisha Cycle {suffix}";
        var ben = $"Ben Cycle {suffix}";
        var aishaId = await Arrange.PersonAsync(aisha, "Service Manager");
        var benId = await Arrange.PersonAsync(ben, "Head of Service");
        var planId = await Arrange.PlanAsync(Admin, scaleId: 1, title: title);
        var r1 = await Arrange.RecommendationAsync(Admin, planId, "1", "Recruit more foster carers for teenagers.", leadIds: [aishaId]);
        var r2 = await Arrange.RecommendationAsync(Admin, planId, "2", "Review every child's placement plan within 20 days.", leadIds: [benId]);
        var october = await MyActionsArrange.ReviewAsync(Admin, planId, "RAG 10/26", "2026-10-30");
        await MyActionsArrange.SaveAsync(Admin, planId, october, r1, 2, "Advert running.");
        await MyActionsArrange.SaveAsync(Admin, planId, october, r2, 2, "Audit planned.");
        return new Arranged(planId, title, aisha, ben, r1, r2);
    }

    /// <summary>Replaces what the focused box holds, by keyboard.</summary>
    private async Task ReplaceAsync(string text)
    {
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.PressAsync("Backspace");
        if (text != "") await Page.Keyboard.TypeAsync(text);
    }

    private async Task<JsonElement> ReviewAsync(long planId, string label)
    {
        var reviews = await (await Admin.GetAsync($"/api/plans/{planId}/reviews")).ReadAsync<JsonElement>();
        return reviews.EnumerateArray().Single(r => r.GetProperty("label").GetString() == label);
    }

    [Test]
    public async Task A_board_member_opens_the_next_review_by_keyboard_sees_who_has_not_updated_and_closes_it()
    {
        var plan = await PlanAsync();
        var board = await MyActionsArrange.AccountAsync($"Board Member {plan.Title[^6..]}", "board", null);
        await SignInPage.SignInThroughTheApiAsync(Context, board, MyActionsArrange.Password);

        // From the plan's grid, where the board finds its review page.
        await Page.GotoAsync($"/plans/{plan.PlanId}");
        var toReviews = Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Reviews: who has not updated yet" });
        await toReviews.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/plans/{plan.PlanId}/reviews$"));
        var page = new AdminPage(Page);
        await page.WaitUntilLoadedAsync();
        await Expect(page.Heading).ToHaveTextAsync($"Reviews of {plan.Title}");
        var table = page.Table("Reviews of this plan");
        var october = await page.RowTextAsync(table, "RAG 10/26");
        Assert.That((october["Status"], october["Scores recorded"], october["Updates due by"]), Is.EqualTo(("Open", "2 of 2 items", "None set")));
        await AssertAccessibleAsync("the board's list of reviews");

        // Open the next review: the label follows the last one's pattern, and the form says the open one stays open.
        await page.Link("Open the next review").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/plans/{plan.PlanId}/reviews/new$"));
        await page.WaitUntilLoadedAsync();
        await Expect(page.Field("Label")).ToHaveValueAsync("RAG 11/26");
        await Expect(page.Main).ToContainTextAsync("Opening a review does not close RAG 10/26: it stays open");
        await Expect(page.DateGroup("Date of the review").GetByLabel("Year")).ToHaveValueAsync(DateTime.Now.Year.ToString());

        // First with no label and updates due long after the review: the API's two errors, at their fields.
        await page.Field("Label").FocusAsync();
        await ReplaceAsync("");
        for (var i = 0; i < 4; i++) await Page.Keyboard.PressAsync("Tab"); // day, month, year of the review, then updates due by's day
        await ReplaceAsync("31");
        await Page.Keyboard.PressAsync("Tab");
        await ReplaceAsync("12");
        await Page.Keyboard.PressAsync("Tab");
        await ReplaceAsync("2100");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(page.ErrorSummary).ToBeFocusedAsync();
        await Expect(page.ErrorSummary.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Expect(page.ErrorLink("Enter the review's label, for example \"RAG 03/18\" or \"Update November 16\".")).ToBeVisibleAsync();
        await Expect(page.ErrorSummary).ToContainTextAsync("Updates must be due on or before the review date");
        await Expect(page.InlineError(page.DateGroup("Updates due by (optional)").GetByLabel("Day"))).ToContainTextAsync("Updates must be due on or before the review date");
        await AssertAccessibleAsync("the open-review form with the API's errors");

        // The error's link takes the keyboard to the label; then the dates, and Enter opens the review.
        await page.ErrorLink("Enter the review's label, for example \"RAG 03/18\" or \"Update November 16\".").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(page.Field("Label")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("RAG 11/26");
        foreach (var part in new[] { "30", "11", "2026", "20", "11", "2026" })
        {
            await Page.Keyboard.PressAsync("Tab");
            await ReplaceAsync(part);
        }
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/plans/{plan.PlanId}/reviews$"));
        var opened = page.Status("RAG 11/26 is open.");
        await Expect(opened).ToBeFocusedAsync();
        var november = await page.RowTextAsync(table, "RAG 11/26");
        Assert.That((november["Date"], november["Updates due by"], november["Status"], november["Scores recorded"]),
            Is.EqualTo(("30 November 2026", "20 November 2026", "Open", "0 of 2 items")));
        Assert.That((await ReviewAsync(plan.PlanId, "RAG 11/26")).GetProperty("updatesDueBy").GetString(), Is.EqualTo("2026-11-20"));

        // Aisha's update arrives; Ben's does not.
        var novemberId = (await ReviewAsync(plan.PlanId, "RAG 11/26")).GetProperty("id").GetInt64();
        await MyActionsArrange.SaveAsync(Admin, plan.PlanId, novemberId, plan.Theirs, 3, "Two carers approved at panel.");
        await Page.ReloadAsync();
        await page.WaitUntilLoadedAsync();
        var progress = page.Main.GetByRole(AriaRole.Region, new() { Name = "Who has not updated RAG 11/26 yet" });
        await Expect(progress).ToContainTextAsync("Updates due by 20 November 2026.");
        await Expect(progress).ToContainTextAsync("1 of 2 items updated for RAG 11/26; 1 still to update.");
        await Expect(progress).ToContainTextAsync("RAG 10/26 is also still open");
        var waiting = progress.GetByRole(AriaRole.Listitem).Filter(new() { HasText = plan.Ben });
        await Expect(waiting.First).ToContainTextAsync($"{plan.Ben}, Head of Service: 1 of 1 item to update");
        await Expect(waiting.First).ToContainTextAsync("No account in the tracker");
        var item = waiting.First.GetByRole(AriaRole.Link, new() { Name = "2 Review every child's placement plan within 20 days." });
        await Expect(item).ToHaveAttributeAsync("href", $"/plans/{plan.PlanId}/items/recommendation/{plan.HisItem}");
        await Expect(waiting.First).ToContainTextAsync("(no score, no update)");
        await Expect(progress.GetByRole(AriaRole.Heading, new() { Name = "Up to date (1 person)" })).ToBeVisibleAsync();
        await Expect(progress).ToContainTextAsync($"{plan.Aisha}, Service Manager: all 1 item updated");
        await Expect(opened).ToHaveCountAsync(0);
        await AssertAccessibleAsync("who has not updated the open review yet");

        // Close it: the confirmation says how many items have no update yet.
        await progress.GetByRole(AriaRole.Link, new() { Name = "Close RAG 11/26", Exact = true }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/plans/{plan.PlanId}/reviews/{novemberId}/close$"));
        await page.WaitUntilLoadedAsync();
        await Expect(page.Heading).ToHaveTextAsync("Close RAG 11/26?");
        await Expect(page.Main).ToContainTextAsync("1 of 2 items has no update yet for RAG 11/26.");
        await Expect(page.Main).ToContainTextAsync($"{plan.Ben}, Head of Service: 1 of 1 item to update");
        await AssertAccessibleAsync("the confirmation before closing a review");
        await page.Button("Close RAG 11/26").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/plans/{plan.PlanId}/reviews$"));
        await page.WaitUntilLoadedAsync();
        var closed = page.Status("RAG 11/26 is now closed.");
        await Expect(closed).ToBeFocusedAsync();
        Assert.That((await page.RowTextAsync(table, "RAG 11/26"))["Status"], Is.EqualTo("Closed"));
        await Expect(page.Main).Not.ToContainTextAsync("RAG 11/26 is open.");
        Assert.That((await ReviewAsync(plan.PlanId, "RAG 11/26")).GetProperty("status").GetString(), Is.EqualTo("closed"));
        Assert.That((await ReviewAsync(plan.PlanId, "RAG 11/26")).GetProperty("updatesDueBy").GetString(), Is.EqualTo("2026-11-20"), "closing keeps the date");
        await AssertAccessibleAsync("the reviews after closing one");

        // Re-opening says so in place of "now closed".
        await page.Row(table, "RAG 11/26").GetByRole(AriaRole.Button, new() { Name = "Re-open review RAG 11/26" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(page.Status("RAG 11/26 is open again")).ToBeFocusedAsync();
        await Expect(closed).ToHaveCountAsync(0);
        Assert.That((await page.RowTextAsync(table, "RAG 11/26"))["Status"], Is.EqualTo("Open"));
        await AssertAccessibleAsync("the reviews after re-opening one");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Everyone_has_updated_is_said_as_good_news()
    {
        var plan = await PlanAsync();
        var november = await MyActionsArrange.ReviewAsync(Admin, plan.PlanId, "RAG 11/26", "2026-11-30");
        await MyActionsArrange.SaveAsync(Admin, plan.PlanId, november, plan.Theirs, 3, "Two carers approved at panel.");
        await MyActionsArrange.SaveAsync(Admin, plan.PlanId, november, plan.HisItem, 3, "27 of 30 plans reviewed in time.");
        var board = await MyActionsArrange.AccountAsync("Board Good News", "board", null);
        await SignInPage.SignInThroughTheApiAsync(Context, board, MyActionsArrange.Password);

        var page = await AdminPage.OpenAsync(Page, $"/plans/{plan.PlanId}/reviews");
        var progress = page.Main.GetByRole(AriaRole.Region, new() { Name = "Who has not updated RAG 11/26 yet" });
        await Expect(progress).ToContainTextAsync("Everyone has updated: all 2 items have a score and a fresh update for RAG 11/26.");
        await Expect(progress.GetByRole(AriaRole.Heading, new() { Name = "Up to date (2 people)" })).ToBeVisibleAsync();
        await Expect(progress.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Still to update") })).ToHaveCountAsync(0);
        await AssertAccessibleAsync("a review everyone has updated");
    }

    [Test]
    public async Task A_viewer_gets_neither_the_review_page_nor_its_forms_nor_the_link()
    {
        var plan = await PlanAsync();
        var viewer = await MyActionsArrange.AccountAsync("Viewer Of Reviews", "viewer", null);
        await SignInPage.SignInThroughTheApiAsync(Context, viewer, MyActionsArrange.Password);

        foreach (var path in new[] { $"/plans/{plan.PlanId}/reviews", $"/plans/{plan.PlanId}/reviews/new" })
        {
            var page = await AdminPage.OpenAsync(Page, path);
            await Expect(page.Main).ToContainTextAsync("Your account cannot see the board’s review pages.");
            await Expect(page.Main.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
            await Expect(page.Main.GetByRole(AriaRole.Link, new() { Name = "Open the next review" })).ToHaveCountAsync(0);
            await AssertAccessibleAsync($"{path} for a viewer");
        }

        await Page.GotoAsync($"/plans/{plan.PlanId}");
        await Expect(Page.GetByRole(AriaRole.Banner).GetByText("Signed in as")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Board dashboard" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Reviews: who has not updated yet" })).ToHaveCountAsync(0);
    }

    [Test]
    public async Task The_administration_review_list_drops_the_started_message_once_the_review_is_closed()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);
        var planId = await Arrange.PlanAsync(Admin, title: $"Admin cycle plan {Guid.NewGuid().ToString("N")[..6]}");
        var admin = await AdminPage.OpenAsync(Page, $"/admin/plans/{planId}/reviews/new");
        await admin.Field("Label").FillAsync("RAG 11/26");
        await admin.FillDateAsync("Date of the review (optional)", "20", "11", "2026");
        await admin.FillDateAsync("Updates due by (optional)", "13", "11", "2026");
        await admin.GoAsync(admin.Button("Start review"), $"/admin/plans/{planId}/reviews");
        var started = admin.Status("Review RAG 11/26 started.");
        await Expect(started).ToBeVisibleAsync();
        var table = admin.Table("Reviews");
        Assert.That((await admin.RowTextAsync(table, "RAG 11/26"))["Updates due by"], Is.EqualTo("13 November 2026"));

        await admin.Row(table, "RAG 11/26").GetByRole(AriaRole.Button, new() { Name = "Close review RAG 11/26" }).ClickAsync();
        await Expect(admin.Status("RAG 11/26 is now closed.")).ToBeVisibleAsync();
        await Expect(started).ToHaveCountAsync(0);
        await Expect(admin.Main).Not.ToContainTextAsync("started");
        var review = (await (await Admin.GetAsync($"/api/plans/{planId}/reviews")).ReadAsync<JsonElement>()).EnumerateArray().Single();
        Assert.That((review.GetProperty("status").GetString(), review.GetProperty("updatesDueBy").GetString()), Is.EqualTo(("closed", "2026-11-13")));
        await AssertAccessibleAsync("the administration's reviews after closing one just started");
        AssertNoScriptErrors();
    }
}

using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 12, "Scoring as a board member or administrator": a board member whose account is linked to nobody scores any
/// item from its page and from the grid, meets someone else's save, and overrides a direction of travel with a reason.
/// Viewers get neither links nor forms; a manager is told in words which items they may not score.
/// </summary>
public sealed class BoardScoringTests : BrowserTest
{
    private static readonly HttpClient Admin = TrackerApp.ClientFor("Board Scoring Arranger");

    /// <summary>
    /// A development plan on the 1-5 progress scale scoring actions: priority 2 with actions 2.1 and 2.3 (led by a person
    /// the board member is not), RAG 09/26 closed with both scored 2, and RAG 11/26 open with 2.1 scored 2 again.
    /// </summary>
    private static async Task<BoardPlan> PlanAsync()
    {
        var title = $"Board scoring plan {Guid.NewGuid():N}"[..28];
        var planId = await Arrange.PlanAsync(Admin, scaleId: 1, groupedByPriority: true, scoreLevel: "action", title: title);
        var lead = await Arrange.PersonAsync($"Dana Whitfield {Guid.NewGuid():N}"[..22], "Head of Service");
        var p2 = await Arrange.PriorityAsync(Admin, planId, "2", "Children in care");
        var a21 = await Arrange.ActionAsync(Admin, planId, priorityId: p2, code: "2.1", description: "Review every care plan within 20 days.", leadId: lead, deadlineText: "Mar-27");
        var a23 = await Arrange.ActionAsync(Admin, planId, priorityId: p2, code: "2.3", description: "Recruit foster carers for teenagers.", leadId: lead);
        var september = await MyActionsArrange.ReviewAsync(Admin, planId, "RAG 09/26", "2026-09-30");
        await SaveAsync(planId, september, a21, 2, "Audit of 30 plans planned.", "2026-09-20");
        await SaveAsync(planId, september, a23, 2, "Advert out.", "2026-09-21");
        var closed = await Admin.PutJsonAsync($"/api/plans/{planId}/reviews/{september}", new { label = "RAG 09/26", reviewDate = "2026-09-30", status = "closed" }, "*");
        Assert.That(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        var november = await MyActionsArrange.ReviewAsync(Admin, planId, "RAG 11/26", "2026-11-20");
        await SaveAsync(planId, november, a21, 2, "Audit done: 24 of 30 in time.", "2026-11-18");
        return new BoardPlan(planId, title, lead, september, november, a21, a23);
    }

    private static async Task SaveAsync(long planId, long reviewId, long actionId, int level, string narrative, string narrativeDate)
    {
        var saved = await Admin.PutJsonAsync(ScoreUrl(planId, reviewId, actionId), new { level, narrative, narrativeDate }, null);
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }

    private static string ScoreUrl(long planId, long reviewId, long actionId) => $"/api/plans/{planId}/reviews/{reviewId}/scores/actions/{actionId}";

    private static async Task<JsonNode> StoredAsync(BoardPlan plan, long actionId)
    {
        var response = await Admin.GetAsync(ScoreUrl(plan.PlanId, plan.November, actionId));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return body;
    }

    /// <summary>A board member's account linked to no person, signed in in this test's browser.</summary>
    private async Task<string> SignInAsBoardAsync()
    {
        var name = $"Bola Adeyemi {Guid.NewGuid():N}"[..20];
        var username = await BrowserAccounts.CreateAsync("board", name);
        await SignInPage.SignInThroughTheApiAsync(Context, username, BrowserAccounts.Password);
        return name;
    }

    private ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private ILocator Success => Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "scored" });

    private ILocator Level(string name) => Page.GetByRole(AriaRole.Radio, new() { Name = name, Exact = true });

    private ILocator Narrative => Page.GetByLabel("Progress update for RAG 11/26");

    private ILocator Conflict => Page.GetByRole(AriaRole.Region).Filter(new() { HasText = "while you were working on it" });

    private async Task PressAsync(string key, int times = 1)
    {
        for (var i = 0; i < times; i++) await Page.Keyboard.PressAsync(key);
    }

    [Test]
    public async Task A_board_member_linked_to_nobody_scores_an_action_from_its_page_by_keyboard_and_sees_it_in_the_grid()
    {
        var plan = await PlanAsync();
        var board = await SignInAsBoardAsync();

        var item = await ItemDetailPage.OpenAsync(Page, plan.PlanId, "action", plan.A23);
        await Expect(item.UpdateScoreLink).ToHaveAttributeAsync("href", $"/plans/{plan.PlanId}/items/action/{plan.A23}/score");
        await item.UpdateScoreLink.FocusAsync();
        await PressAsync("Enter");

        await Expect(Heading).ToHaveTextAsync(new Regex("^Score action .*2\\.3$"));
        await Expect(Heading).ToBeFocusedAsync();
        await Expect(Page.GetByText("Recruit foster carers for teenagers.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Term).Filter(new() { HasText = "Lead" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Last review, RAG 09/26:")).ToContainTextAsync("2 Started with some delay");
        await Expect(Page.GetByText("Advert out.")).ToBeVisibleAsync();
        // A new update is dated today, never with the previous update's date.
        await Expect(Page.GetByLabel("Date of the update", new() { Exact = true })).ToHaveValueAsync("2026-11-23");
        await Expect(Page.GetByText("Your account is not linked")).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the score page of an action, for a board member");

        // Keyboard only: Tab to the levels, arrows to choose, past "Copy last update" to the update, Ctrl+Enter to save.
        await PressAsync("Tab");
        await Expect(Level("1 Not started or seriously delayed")).ToBeFocusedAsync();
        await PressAsync("ArrowDown", 2);
        await Expect(Level("3 On track")).ToBeCheckedAsync();
        await PressAsync("Tab", 2);
        await Expect(Narrative).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Four carers approved for teenagers.");
        await PressAsync("Control+Enter");

        await Expect(Success).ToContainTextAsync("scored 3 On track for RAG 11/26.");
        await Expect(Success).ToBeFocusedAsync();
        var stored = await StoredAsync(plan, plan.A23);
        Assert.That((stored["level"]!.GetValue<int>(), stored["narrative"]!.GetValue<string>(), stored["narrativeDate"]!.GetValue<string>(), stored["updatedBy"]!.GetValue<string>()),
            Is.EqualTo((3, "Four carers approved for teenagers.", "2026-11-23", board)));
        await AssertAccessibleAsync("the score page after saving");

        // From the success message, by keyboard, back to the action plan, where the new score shows.
        await PressAsync("Tab", 2);
        await Expect(Success.GetByRole(AriaRole.Link, new() { Name = "Back to the action plan" })).ToBeFocusedAsync();
        await PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex($"/plans/{plan.PlanId}$"));
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Recruit foster carers for teenagers." });
        await Expect(row).ToContainTextAsync("3 On track");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_last_score_shown_beside_the_form_keeps_its_words_when_it_is_older_than_the_grids_latest_two_reviews()
    {
        // The grid carries words for the latest two reviews only: here September's score of action 2.3 is older than
        // them (October has no score for it), so the page must read September's words itself.
        var title = $"Board scoring older {Guid.NewGuid():N}"[..30];
        var planId = await Arrange.PlanAsync(Admin, scaleId: 1, groupedByPriority: true, scoreLevel: "action", title: title);
        var lead = await Arrange.PersonAsync($"Dana Whitfield {Guid.NewGuid():N}"[..22], "Head of Service");
        var p2 = await Arrange.PriorityAsync(Admin, planId, "2", "Children in care");
        var a21 = await Arrange.ActionAsync(Admin, planId, priorityId: p2, code: "2.1", description: "Review every care plan within 20 days.", leadId: lead);
        var a23 = await Arrange.ActionAsync(Admin, planId, priorityId: p2, code: "2.3", description: "Recruit foster carers for teenagers.", leadId: lead);
        var september = await MyActionsArrange.ReviewAsync(Admin, planId, "RAG 09/26", "2026-09-30");
        await SaveAsync(planId, september, a23, 2, "Advert out in the local press.", "2026-09-21");
        var october = await MyActionsArrange.ReviewAsync(Admin, planId, "RAG 10/26", "2026-10-30");
        await SaveAsync(planId, october, a21, 2, "Audit of 30 plans planned.", "2026-10-20");
        await MyActionsArrange.ReviewAsync(Admin, planId, "RAG 11/26", "2026-11-20");
        var grid = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await Admin.GetStringAsync($"/api/plans/{planId}/grid"))!);
        static IEnumerable<JsonNode> Tree(JsonArray items) => items.SelectMany(i => new[] { i! }.Concat(i!["children"] is JsonArray c ? Tree(c) : []));
        var item23 = Tree(grid["items"]!.AsArray()).Single(i => i["id"]!.GetValue<long>() == a23 && i["kind"]!.GetValue<string>() == "action");
        var september23 = item23["scores"]!.AsArray().SingleOrDefault(s => s!["reviewId"]!.GetValue<long>() == september);
        Assert.That(september23, Is.Not.Null, item23.ToJsonString());
        Assert.That(september23!["narrative"], Is.Null, "the grid leaves September's words out, so this test exercises the page's own read");

        await SignInAsBoardAsync();
        await Page.GotoAsync($"/plans/{planId}/items/action/{a23}/score");
        await Expect(Heading).ToHaveTextAsync(new Regex("^Score action .*2\\.3$"));
        await Expect(Page.GetByText("Advert out in the local press.")).ToBeVisibleAsync();
        await AssertAccessibleAsync("the score page showing an older review's words");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_board_member_scores_from_the_grids_Score_link_and_goes_back_to_the_grid_as_it_was()
    {
        var plan = await PlanAsync();
        await SignInAsBoardAsync();
        await Page.GotoAsync($"/plans/{plan.PlanId}?sort=deadline");
        var grid = new GridPage(Page);
        await Expect(grid.Table).ToBeVisibleAsync();

        var score = Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Score action .*2\\.3 for RAG 11.26$") });
        await Expect(score).ToHaveTextAsync("Score");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Score", Exact = true })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Score action") })).ToHaveCountAsync(2);
        await AssertAccessibleAsync("the grid with Score links for a board member");
        await score.FocusAsync();
        await PressAsync("Enter");

        await Expect(Heading).ToHaveTextAsync(new Regex("^Score action .*2\\.3$"));
        Assert.That(Page.Url, Does.Contain("from=%2Fplans%2F" + plan.PlanId + "%3Fsort%3Ddeadline"));
        await Level("2 Started with some delay").FocusAsync();
        await PressAsync("Space");
        await Narrative.FocusAsync();
        await Page.Keyboard.TypeAsync("Panel booked for December.");
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Save the score for") }).FocusAsync();
        await PressAsync("Enter");

        await Expect(Success).ToContainTextAsync("scored 2 Started with some delay for RAG 11/26.");
        var back = Success.GetByRole(AriaRole.Link, new() { Name = "Back to the action plan" });
        await Expect(back).ToHaveAttributeAsync("href", $"/plans/{plan.PlanId}?sort=deadline");
        await back.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/plans/{plan.PlanId}\\?sort=deadline$"));
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Recruit foster carers for teenagers." })).ToContainTextAsync("Panel booked for December.");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Someone_elses_save_meanwhile_shows_both_versions_and_keep_mine_saves_over_it()
    {
        var plan = await PlanAsync();
        var board = await SignInAsBoardAsync();
        await Page.GotoAsync($"/plans/{plan.PlanId}/items/action/{plan.A21}/score");
        await Expect(Narrative).ToHaveValueAsync("Audit done: 24 of 30 in time.");

        // The arranger saves first, after the page has read the score.
        var etag = (await Admin.GetAsync(ScoreUrl(plan.PlanId, plan.November, plan.A21))).ETag();
        var theirs = await Admin.PutJsonAsync(ScoreUrl(plan.PlanId, plan.November, plan.A21), new { level = 1, narrative = "Two auditors left.", narrativeDate = "2026-11-22" }, etag);
        Assert.That(theirs.IsSuccessStatusCode, await theirs.Content.ReadAsStringAsync());

        await Level("3 On track").CheckAsync();
        await Narrative.FillAsync("Audit done: 27 of 30 in time.");
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Save the score for") }).ClickAsync();

        await Expect(Conflict.GetByRole(AriaRole.Heading, new() { Name = "Someone else saved this item while you were working on it" })).ToBeFocusedAsync();
        await Expect(Conflict.GetByRole(AriaRole.Group, new() { Name = "Your version (not saved)" })).ToContainTextAsync("Audit done: 27 of 30 in time.");
        var saved = Conflict.GetByRole(AriaRole.Group, new() { NameRegex = new Regex("^Saved by Board Scoring Arranger at") });
        await Expect(saved).ToContainTextAsync("Two auditors left.");
        await Expect(saved).ToContainTextAsync("1 Not started or seriously delayed");
        await AssertAccessibleAsync("the score page's conflict view");

        await Conflict.GetByRole(AriaRole.Button, new() { Name = "Keep mine", Exact = true }).ClickAsync();
        await Expect(Success).ToContainTextAsync("scored 3 On track for RAG 11/26.");
        var stored = await StoredAsync(plan, plan.A21);
        Assert.That((stored["level"]!.GetValue<int>(), stored["narrative"]!.GetValue<string>(), stored["updatedBy"]!.GetValue<string>()),
            Is.EqualTo((3, "Audit done: 27 of 30 in time.", board)));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_board_member_overrides_the_direction_of_travel_with_a_reason_and_withdraws_it()
    {
        var plan = await PlanAsync();
        var board = await SignInAsBoardAsync();
        var item = await ItemDetailPage.OpenAsync(Page, plan.PlanId, "action", plan.A21);
        var open = item.Section("Direction of travel").GetByRole(AriaRole.Link, new() { Name = "Override the direction of travel" });
        await open.FocusAsync();
        await PressAsync("Enter");

        await Expect(Heading).ToHaveTextAsync(new Regex("^Direction of travel: Action .*2\\.1$"));
        // What the person overrides is in front of them.
        await Expect(Page.GetByText("The scores say: → Maintained, compared with RAG 09/26.")).ToBeVisibleAsync();
        await AssertAccessibleAsync("the direction override form");

        // Keyboard: choose Improving, leave the reason out, and save: the API's message, in the summary and at the field.
        var improving = Page.GetByRole(AriaRole.Radio, new() { Name = "Improving", Exact = true });
        await improving.FocusAsync();
        await PressAsync("Space");
        await Expect(improving).ToBeCheckedAsync();
        var save = Page.GetByRole(AriaRole.Button, new() { Name = "Save the override" });
        await save.FocusAsync();
        await PressAsync("Enter");
        var summary = Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Expect(summary).ToContainTextAsync("Say why the direction of travel differs from what the scores show.");
        await Expect(summary).ToBeFocusedAsync();
        await AssertAccessibleAsync("the direction override form with an error");

        await Page.GetByLabel("Reason").FocusAsync();
        await Page.Keyboard.TypeAsync("Audits show better plans, though the score has not moved yet.");
        await save.FocusAsync();
        await PressAsync("Enter");

        var done = Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Direction of travel for RAG 11/26 overridden: Improving." });
        await Expect(done).ToBeFocusedAsync();
        await Expect(Page.Locator("main")).ToContainTextAsync($"{board} judged it Improving");
        await Expect(Page.GetByText("Reason: “Audits show better plans, though the score has not moved yet.”")).ToBeVisibleAsync();
        var stored = await StoredAsync(plan, plan.A21);
        Assert.That((stored["directionOverride"]!.GetValue<string>(), stored["directionOverrideReason"]!.GetValue<string>(), stored["directionOverrideBy"]!.GetValue<string>()),
            Is.EqualTo(("improving", "Audits show better plans, though the score has not moved yet.", board)));
        await AssertAccessibleAsync("the direction page with an override");

        // Withdraw it, after a confirmation in the page.
        var withdraw = Page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the override", Exact = true });
        await withdraw.FocusAsync();
        await PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Are you sure you want to withdraw the override?" })).ToBeFocusedAsync();
        await AssertAccessibleAsync("the withdraw confirmation");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw the override" }).FocusAsync();
        await PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Override withdrawn: the direction of travel for RAG 11/26 is the one the scores give, Maintained." })).ToBeFocusedAsync();
        stored = await StoredAsync(plan, plan.A21);
        Assert.That(stored["directionOverride"], Is.Null);
        await ItemDetailPage.OpenAsync(Page, plan.PlanId, "action", plan.A21);
        await Expect(item.Section("Direction of travel")).Not.ToContainTextAsync("Overridden");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_viewer_sees_no_Score_links_and_no_forms()
    {
        var plan = await PlanAsync();
        var viewer = await BrowserAccounts.CreateAsync("viewer", "Councillor Vale");
        await SignInPage.SignInThroughTheApiAsync(Context, viewer, BrowserAccounts.Password);

        await Page.GotoAsync($"/plans/{plan.PlanId}");
        await Expect(new GridPage(Page).Table).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Recruit foster carers for teenagers." })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Score ") })).ToHaveCountAsync(0);

        var item = await ItemDetailPage.OpenAsync(Page, plan.PlanId, "action", plan.A21);
        await Expect(item.UpdateScoreLink).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Override the direction of travel" })).ToHaveCountAsync(0);

        await Page.GotoAsync($"/plans/{plan.PlanId}/items/action/{plan.A21}/score");
        await Expect(Page.GetByText("You can read this plan but not score it.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the score page for a viewer");
        await Page.GotoAsync($"/plans/{plan.PlanId}/items/action/{plan.A21}/direction");
        await Expect(Page.GetByText("You can read this plan but not change its direction of travel.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_manager_who_does_not_lead_the_action_is_told_so_in_the_error_summary()
    {
        var plan = await PlanAsync();
        var someoneElse = await Arrange.PersonAsync($"Tom Okafor {Guid.NewGuid():N}"[..18], "Service Manager");
        var manager = await BrowserAccounts.CreateAsync("manager", "Tom Okafor", someoneElse);
        await SignInPage.SignInThroughTheApiAsync(Context, manager, BrowserAccounts.Password);

        await Page.GotoAsync($"/plans/{plan.PlanId}/items/action/{plan.A23}/score");
        await Level("3 On track").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Save the score for") }).ClickAsync();

        var summary = Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Expect(summary).ToContainTextAsync("You can update only the items you lead or own.");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(Level("3 On track")).ToBeCheckedAsync();
        await AssertAccessibleAsync("the score page refusing a manager");
    }

    [Test]
    public async Task A_closed_review_says_so_and_a_plan_with_no_open_review_says_how_to_open_one()
    {
        var plan = await PlanAsync();
        await SignInAsBoardAsync();

        await Page.GotoAsync($"/plans/{plan.PlanId}/items/action/{plan.A21}/score?review={plan.September}");
        await Expect(Page.GetByText("RAG 09/26 is closed, so its scores can no longer change.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Score it for RAG 11/26" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the score page of a closed review");

        var closed = await Admin.PutJsonAsync($"/api/plans/{plan.PlanId}/reviews/{plan.November}", new { label = "RAG 11/26", reviewDate = "2026-11-20", status = "closed" }, "*");
        Assert.That(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        await Page.GotoAsync($"/plans/{plan.PlanId}/items/action/{plan.A21}/score");
        await Expect(Page.GetByText("No review is open in this plan, so there is nowhere to record a score.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Go to the plan’s reviews to open one" })).ToHaveAttributeAsync("href", $"/plans/{plan.PlanId}/reviews");
        await AssertAccessibleAsync("the score page with no open review");
    }

    private sealed record BoardPlan(long PlanId, string Title, long Lead, long September, long November, long A21, long A23);
}

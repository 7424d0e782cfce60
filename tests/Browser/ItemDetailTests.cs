using System.Text.Json;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Grid;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

public sealed class ItemDetailTests : BrowserTest
{
    private readonly HttpClient admin = TrackerApp.ClientFor("Test Admin");
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

    private Task SignInAsAdmin() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    /// <summary>M1 claimed complete (level 4, with evidence) in the open review: it waits for the board's sign-off.</summary>
    private async Task ClaimCompleteAsync(KnownPlan known)
    {
        var url = $"/api/plans/{known.PlanId}/reviews/{known.Reviews[2]}/scores/measures/{known.M1}";
        var etag = (await admin.GetAsync(url)).ETag();
        var claimed = await admin.PutJsonAsync(url, new { level = 4, narrative = "All supervision now monthly", evidence = "Supervision audit, November: 47 of 50" }, etag);
        Assert.That(claimed.IsSuccessStatusCode, await claimed.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task An_item_shows_where_it_sits_its_history_as_a_chart_and_a_table_its_updates_and_its_changes()
    {
        var known = await KnownPlan.CreateAsync(admin);
        await SignInAsAdmin();

        var item = await ItemDetailPage.OpenAsync(Page, known.PlanId, "measure", known.M3);

        await Expect(item.Heading).ToHaveTextAsync("Success measure 2 / 2.1 / 1");
        await Expect(Page.GetByText("Every child in care has an up-to-date care plan")).ToBeVisibleAsync();
        await Expect(item.Breadcrumb.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Known development plan", "Priority 2", "Action 2.1"]);
        await Expect(item.Breadcrumb.GetByRole(AriaRole.Link, new() { Name = "Action 2.1" }))
            .ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/items/action/{known.Action21}");
        await Expect(Page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "15/12/2026" })).ToContainTextAsync("Due soon");
        await Expect(Page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "15/12/2026" })).ToContainTextAsync("Understood as: Due by 15 December 2026.");

        // The chart is one image whose name gives every point; the table beside it has the same figures.
        await Expect(item.Chart).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex(
            "RAG 07/26: 3 On track; RAG 09/26: 4 Complete, monitoring; RAG 11/26: 2 Started with some delay"));
        await Expect(item.HistoryRow("RAG 07/26")).ToContainTextAsync("3 On track");
        await Expect(item.HistoryRow("RAG 09/26")).ToContainTextAsync("4 Complete, monitoring");
        await Expect(item.HistoryRow("RAG 11/26")).ToContainTextAsync("2 Started with some delay");

        // Updates newest first, each with its review, who and level.
        await Expect(item.Updates).ToHaveCountAsync(3);
        await Expect(item.Updates.First).ToContainTextAsync("RAG 11/26");
        await Expect(item.Updates.First).ToContainTextAsync("Slipped: staff left");
        await Expect(item.Updates.Last).ToContainTextAsync("RAG 07/26");

        await Expect(item.Section("Direction of travel")).ToContainTextAsync("Declining at RAG 11/26, worked out from the scores (compared with RAG 09/26).");

        // The changes: the measure's creation and its three scores, newest first, in words.
        await Expect(item.Changes).ToHaveCountAsync(4);
        await Expect(item.Changes.First).ToContainTextAsync("Score for RAG 11/26 recorded as 2 Started with some delay.");
        await Expect(item.Changes.First).ToContainTextAsync("by Test Admin, 23 November 2026 at 09:30");
        await Expect(item.Changes.Last).ToContainTextAsync("Success measure added.");

        await Page.SetViewportSizeAsync(1280, 900);
        await SaveScreenshotAsync("item-detail.png", "A success measure's detail page");
        await item.Chart.ScreenshotAsync(new() { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifacts", "item-detail-chart.png") });
        await AssertAccessibleAsync("an item's detail page");
        AssertNoScriptErrors();
        Assert.That(policyViolations, Is.Empty, string.Join("\n", policyViolations));
    }

    [Test]
    public async Task A_review_without_a_score_is_a_gap_in_the_history_not_a_zero()
    {
        var known = await KnownPlan.CreateAsync(admin);
        await SignInAsAdmin();

        var item = await ItemDetailPage.OpenAsync(Page, known.PlanId, "measure", known.M2);

        await Expect(item.Chart).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex(
            "RAG 07/26: 1 Not started or seriously delayed; RAG 09/26: no score; RAG 11/26: 2 Started with some delay"));
        await Expect(item.HistoryRow("RAG 09/26")).ToContainTextAsync("No score “update not available”");
        // Two points, not joined across the gap: no line is drawn at all (each run has one point).
        Assert.That(await item.Chart.Locator("polyline").CountAsync(), Is.EqualTo(0));
        await Expect(item.Chart.GetByText("No score")).ToHaveCountAsync(1);
    }

    [Test]
    public async Task A_board_member_signs_off_a_pending_completion_and_the_page_and_the_API_show_it()
    {
        var known = await KnownPlan.CreateAsync(admin);
        await ClaimCompleteAsync(known);
        var board = await BrowserAccounts.CreateAsync("board", "Bola Adeyemi");
        await SignInPage.SignInThroughTheApiAsync(Context, board, BrowserAccounts.Password);

        var item = await ItemDetailPage.OpenAsync(Page, known.PlanId, "measure", known.M1);
        await Expect(item.SignOff).ToContainTextAsync("Waiting for sign-off");
        await Expect(item.SignOff).ToContainTextAsync("Evidence: Supervision audit, November: 47 of 50");
        await Expect(item.UpdateScoreLink).ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/items/measure/{known.M1}/score");
        await AssertAccessibleAsync("a completion waiting for the board's sign-off");

        // Rejecting without a note: the API's message, in the error summary and beside the field.
        await Page.GetByLabel("Reject: it is not complete yet").CheckAsync();
        await item.SignOffButton.ClickAsync();
        await Expect(item.ErrorSummary).ToContainTextAsync("Say what is missing, so the lead knows what to do.");
        await Expect(item.ErrorSummary).ToBeFocusedAsync();
        await AssertAccessibleAsync("the sign-off form with an error");

        await Page.GetByLabel("Sign off: the evidence shows it is complete").CheckAsync();
        await Page.GetByLabel("Note").FillAsync("Audit seen at the board");
        await item.SignOffButton.ClickAsync();

        // The form's own "Recording your decision…" status goes with the form; the section's status says what happened.
        await Expect(item.SignOff.GetByRole(AriaRole.Status).Filter(new() { HasText = "Signed off. The item now counts as complete." })).ToBeVisibleAsync();
        await Expect(item.SignOff).ToContainTextAsync("Signed off by Bola Adeyemi on 23 November 2026 at 09:30");
        await Expect(item.SignOff).ToContainTextAsync("Note: “Audit seen at the board”");
        await Expect(item.SignOffButton).ToHaveCountAsync(0);
        await AssertAccessibleAsync("a completion just signed off");

        var stored = await admin.GetAsync($"/api/plans/{known.PlanId}/reviews/{known.Reviews[2]}/scores/measures/{known.M1}");
        using var score = JsonDocument.Parse(await stored.Content.ReadAsStringAsync());
        Assert.That((score.RootElement.GetProperty("signOffStatus").GetString(), score.RootElement.GetProperty("signOffBy").GetString(),
            score.RootElement.GetProperty("signOffNote").GetString()), Is.EqualTo(("signedOff", "Bola Adeyemi", "Audit seen at the board")));

        await Page.ReloadAsync();
        await item.WaitUntilLoadedAsync();
        await Expect(item.Changes.First).ToContainTextAsync("Completion for RAG 11/26 signed off: “Audit seen at the board”.");
        await Expect(item.Changes.First).ToContainTextAsync("by Bola Adeyemi");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_viewer_sees_the_sign_off_state_but_no_form_and_no_link_to_score()
    {
        var known = await KnownPlan.CreateAsync(admin);
        await ClaimCompleteAsync(known);
        var viewer = await BrowserAccounts.CreateAsync("viewer", "Councillor Vale");
        await SignInPage.SignInThroughTheApiAsync(Context, viewer, BrowserAccounts.Password);

        var item = await ItemDetailPage.OpenAsync(Page, known.PlanId, "measure", known.M1);

        await Expect(item.SignOff).ToContainTextAsync("Waiting for sign-off");
        await Expect(item.SignOff).ToContainTextAsync("A board member or administrator signs it off or rejects it.");
        await Expect(item.SignOffButton).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);
        await Expect(item.UpdateScoreLink).ToHaveCountAsync(0);
        await AssertAccessibleAsync("an item's detail page for a viewer");
    }

    [Test]
    public async Task An_item_that_is_not_in_the_plan_says_so()
    {
        var known = await KnownPlan.CreateAsync(admin);
        await SignInAsAdmin();

        var item = await ItemDetailPage.OpenAsync(Page, known.PlanId, "measure", 987654321);

        await Expect(item.Heading).ToHaveTextAsync("No such item");
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Go to Known development plan" }))
            .ToHaveAttributeAsync("href", $"/plans/{known.PlanId}");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the detail page of an item that does not exist");
    }

    [Test]
    public async Task A_priority_lists_the_items_under_it_and_its_changes_without_a_score_history()
    {
        var known = await KnownPlan.CreateAsync(admin);
        await SignInAsAdmin();

        var item = await ItemDetailPage.OpenAsync(Page, known.PlanId, "priority", known.Priority1);

        await Expect(item.Heading).ToHaveTextAsync("Priority 1");
        await Expect(item.Section("Items under this one").GetByRole(AriaRole.Link, new() { Name = "Action 1 / 1.1" }))
            .ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/items/action/{known.Action11}");
        await Expect(item.Chart).ToHaveCountAsync(0);
        await Expect(item.Changes.First).ToContainTextAsync("Priority added.");
        await AssertAccessibleAsync("a priority's detail page");
    }

    [Test]
    public async Task On_a_phone_sized_screen_the_page_reflows_and_only_the_chart_scrolls()
    {
        var known = await KnownPlan.CreateAsync(admin);
        await SignInAsAdmin();
        await Page.SetViewportSizeAsync(320, 640);

        var item = await ItemDetailPage.OpenAsync(Page, known.PlanId, "measure", known.M1);

        await Expect(item.Chart).ToBeVisibleAsync();
        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(pageWidth, Is.LessThanOrEqualTo(320), await WidestAsync());
        await SaveScreenshotAsync("item-detail-320.png", "An item's detail page 320 pixels wide");
        await AssertAccessibleAsync("an item's detail page at 320 pixels wide");
    }

    /// <summary>Names the elements that stick out past the window's right edge, for a failing reflow check.</summary>
    private Task<string> WidestAsync() => Page.EvaluateAsync<string>("""
        () => [...document.querySelectorAll('body *')]
          .filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 8).map(e => `${e.tagName.toLowerCase()}.${e.getAttribute('class')}: ${Math.round(e.getBoundingClientRect().right)}`).join('\n')
        """);
}

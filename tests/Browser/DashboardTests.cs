using System.Text.Json;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Grid;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The dashboard of the known plan (tests/Api/Grid/KnownPlan.cs), whose figures are worked out by hand there:
/// at RAG 11/26 M1 3, M2 2, M3 2 (mean 2.3; 3.5 at RAG 09/26 from M1 3 and M3 4); priority 1 3.0 → 2.5, priority 2 4.0 → 2.0.
/// </summary>
public sealed class DashboardTests : BrowserTest
{
    private readonly HttpClient admin = TrackerApp.ClientFor("Test Admin");
    private readonly List<string> policyViolations = [];

    [SetUp]
    public async Task SignIn()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);
        policyViolations.Clear();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) policyViolations.Add(message.Text);
        };
    }

    [Test]
    public async Task The_dashboard_shows_the_known_plans_averages_counts_and_lists()
    {
        var known = await KnownPlan.CreateAsync(admin);
        var references = await ReferencesAsync(known.PlanId);

        var dashboard = await DashboardPage.OpenAsync(Page, known.PlanId);

        await Expect(dashboard.Heading).ToHaveTextAsync("Board dashboard: Known development plan");
        await Expect(dashboard.ReviewSelect).ToHaveValueAsync(known.Reviews[2].ToString());
        await Expect(Page.GetByText("Figures at RAG 11/26 (open, the current review), dated 20 November 2026, compared with RAG 09/26.")).ToBeVisibleAsync();

        await Expect(dashboard.Figure("Average score, over scored items")).ToContainTextAsync(DashboardPage.Movement("3.5", "2.3"));
        await Expect(dashboard.Figure("Average score, over scored items")).ToContainTextAsync("Worse than at RAG 09/26.");
        await Expect(dashboard.Figure("Average of the priority figures")).ToContainTextAsync(DashboardPage.Movement("3.5", "2.3"));
        await Expect(dashboard.Figure("Declining")).ToContainTextAsync("1");
        await Expect(dashboard.Figure("Overdue")).ToContainTextAsync("2");
        await Expect(dashboard.Figure("Overdue")).ToContainTextAsync("1 more due within 30 days");
        await Expect(dashboard.Figure("Stale")).ToContainTextAsync("2");
        await Expect(dashboard.Figure("Awaiting sign-off")).ToContainTextAsync("0");

        var counts = dashboard.Table("Items at each level in RAG 11/26");
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(counts, "3 On track")), Is.EqualTo(new[] { "1" }));
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(counts, "2 Started with some delay")), Is.EqualTo(new[] { "2" }));
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(counts, "All scored items")), Is.EqualTo(new[] { "3" }));
        var directions = dashboard.Table("Direction of travel, worked out from the scores");
        foreach (var word in new[] { "Improving", "Maintained", "Declining" })
            Assert.That(await DashboardPage.CellsAsync(dashboard.Row(directions, word)), Is.EqualTo(new[] { "1" }), word);

        var priorities = dashboard.Table("Average score of each priority, RAG 09/26 and RAG 11/26");
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(priorities, "1. Help and protection")), Is.EqualTo(new[] { "3.0", "2.5", "↓ worse" }));
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(priorities, "2. Children in care")), Is.EqualTo(new[] { "4.0", "2.0", "↓ worse" }));

        // The chart's text alternative: items at each level in each review, best level first.
        var history = dashboard.Table("The chart’s figures: items at each level in each review");
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(history, "RAG 07/26")), Is.EqualTo(new[] { "0", "0", "1", "1", "1", "0", "3" }));
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(history, "RAG 09/26")), Is.EqualTo(new[] { "0", "1", "1", "0", "0", "1", "3" }));
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(history, "RAG 11/26")), Is.EqualTo(new[] { "0", "0", "1", "2", "0", "0", "3" }));
        await Expect(dashboard.Chart).ToHaveAttributeAsync("aria-label", new Regex(
            "RAG 09/26: 0 at 5 Complete and sustained, 1 at 4 Complete, monitoring, 1 at 3 On track, 0 at 2 Started with some delay, " +
            "0 at 1 Not started or seriously delayed, 1 with no score"));

        // Lists: each entry linked to its item, with who must explain it and its level now.
        var declining = dashboard.List("Declining since RAG 09/26 (1)");
        var m3 = references[("measure", known.M3)];
        await Expect(declining.GetByRole(AriaRole.Link, new() { Name = $"Success measure {m3}" }))
            .ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/items/measure/{known.M3}");
        await Expect(declining).ToContainTextAsync("2 Started with some delay");
        var overdue = dashboard.List("Overdue (2)");
        await Expect(overdue.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Expect(overdue).ToContainTextAsync("Dana Whitfield");
        await Expect(overdue).ToContainTextAsync("Deadline: Sep-26");
        await Expect(dashboard.List("Stale (2)")).ToContainTextAsync("Stale: update copied forward");
        await Expect(dashboard.List("Direction overrides that contradict the scores (1)")).ToContainTextAsync("Scores say maintained; overridden to improving: “Feels better”");
        await Expect(dashboard.List("At 1 Not started or seriously delayed, the worst level (0)"))
            .ToContainTextAsync("Good news: no item is at 1 Not started or seriously delayed in RAG 11/26.");

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "The scrutiny report for RAG 11/26" }))
            .ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/report?review={known.Reviews[2]}");

        await Page.SetViewportSizeAsync(1280, 900);
        await SaveScreenshotAsync("dashboard.png", "The board dashboard of the known plan");
        await dashboard.Chart.ScreenshotAsync(new() { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifacts", "dashboard-chart.png") });
        await AssertAccessibleAsync("the board dashboard");
        AssertNoScriptErrors();
        Assert.That(policyViolations, Is.Empty, string.Join("\n", policyViolations));
    }

    [Test]
    public async Task Choosing_a_review_changes_the_address_and_the_figures_and_Back_returns()
    {
        var known = await KnownPlan.CreateAsync(admin);
        var dashboard = await DashboardPage.OpenAsync(Page, known.PlanId);

        await dashboard.ReviewSelect.SelectOptionAsync(known.Reviews[1].ToString());
        await dashboard.ShowButton.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($@"/plans/{known.PlanId}/dashboard\?review={known.Reviews[1]}$"));
        await dashboard.WaitUntilLoadedAsync();
        await Expect(Page.GetByText("Figures at RAG 09/26 (closed), dated 30 September 2026, compared with RAG 07/26.")).ToBeVisibleAsync();
        // At RAG 09/26: M1 3 and M3 4 against 2, 1 and 3 at RAG 07/26; M3's claim of completion waited for sign-off.
        await Expect(dashboard.Figure("Average score, over scored items")).ToContainTextAsync(DashboardPage.Movement("2.0", "3.5"));
        await Expect(dashboard.Figure("Average score, over scored items")).ToContainTextAsync("Better than at RAG 07/26.");
        await Expect(dashboard.Figure("Awaiting sign-off")).ToContainTextAsync("1");
        await Expect(dashboard.List("Declining since RAG 07/26 (0)")).ToContainTextAsync("Good news: no item declined since RAG 07/26.");
        await AssertAccessibleAsync("the board dashboard at an earlier review");

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($@"/plans/{known.PlanId}/dashboard$"));
        await dashboard.WaitUntilLoadedAsync();
        await Expect(dashboard.Figure("Average score, over scored items")).ToContainTextAsync(DashboardPage.Movement("3.5", "2.3"));
        await Expect(dashboard.ReviewSelect).ToHaveValueAsync(known.Reviews[2].ToString());
        AssertNoScriptErrors();
    }

    [Test]
    public async Task An_item_in_a_list_opens_its_detail_page()
    {
        var known = await KnownPlan.CreateAsync(admin);
        var dashboard = await DashboardPage.OpenAsync(Page, known.PlanId);

        await dashboard.List("Declining since RAG 09/26 (1)").GetByRole(AriaRole.Link).ClickAsync();

        var item = new ItemDetailPage(Page);
        await item.WaitUntilLoadedAsync();
        await Expect(item.Heading).ToHaveTextAsync("Success measure 2 / 2.1 / 1");
        await Expect(item.Heading).ToBeFocusedAsync();
    }

    [Test]
    public async Task A_plan_with_no_reviews_says_so()
    {
        var planId = await Arrange.PlanAsync(admin, title: "Plan without reviews");

        var dashboard = await DashboardPage.OpenAsync(Page, planId);

        await Expect(Page.GetByText("This plan has no reviews yet.")).ToBeVisibleAsync();
        await Expect(dashboard.Headline).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the dashboard of a plan with no reviews");
    }

    [Test]
    public async Task A_review_that_is_not_the_plans_says_so()
    {
        var known = await KnownPlan.CreateAsync(admin);

        await DashboardPage.OpenAsync(Page, known.PlanId, 987654321);

        await Expect(Page.GetByText("This plan has no such review.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Show the current review" })).ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/dashboard");
        await AssertAccessibleAsync("the dashboard at a review that is not the plan's");
    }

    [Test]
    public async Task On_a_phone_sized_screen_the_dashboard_reflows()
    {
        var known = await KnownPlan.CreateAsync(admin);
        await Page.SetViewportSizeAsync(320, 640);

        var dashboard = await DashboardPage.OpenAsync(Page, known.PlanId);

        await Expect(dashboard.Chart).ToBeVisibleAsync();
        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(pageWidth, Is.LessThanOrEqualTo(320), await Page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
              .slice(0, 8).map(e => `${e.tagName.toLowerCase()}.${e.getAttribute('class')}: ${Math.round(e.getBoundingClientRect().right)}`).join('\n')
            """));
        await SaveScreenshotAsync("dashboard-320.png", "The board dashboard 320 pixels wide");
        await AssertAccessibleAsync("the board dashboard at 320 pixels wide");
    }

    private async Task<Dictionary<(string Kind, long Id), string>> ReferencesAsync(long planId)
    {
        using var grid = JsonDocument.Parse(await (await admin.GetAsync($"/api/plans/{planId}/grid")).Content.ReadAsStringAsync());
        var references = new Dictionary<(string Kind, long Id), string>();
        void Walk(JsonElement items)
        {
            foreach (var item in items.EnumerateArray())
            {
                references[(item.GetProperty("kind").GetString()!, item.GetProperty("id").GetInt64())] = item.GetProperty("reference").GetString()!;
                Walk(item.GetProperty("children"));
            }
        }
        Walk(grid.RootElement.GetProperty("items"));
        return references;
    }
}

using System.Text.Json;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Grid;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

public sealed class GridPageTests : BrowserTest
{
    private readonly List<string> policyViolations = [];

    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [SetUp]
    public void ListenForPolicyViolations()
    {
        policyViolations.Clear();
        // The level colours are set from script; as a style attribute the policy would refuse them, with only this to show.
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) policyViolations.Add(message.Text);
        };
    }

    [Test]
    public async Task The_grid_shows_each_measure_with_its_scores_direction_and_deadline()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var references = await ReferencesAsync(known.PlanId);

        var grid = await GridPage.OpenAsync(Page, known.PlanId);

        await Expect(grid.Heading).ToHaveTextAsync("Known development plan");
        await Expect(Page.GetByText("Current review: RAG 11/26 (open), dated 20 November 2026. Deadlines judged on 23 November 2026.")).ToBeVisibleAsync();
        var headings = (await grid.ColumnHeaders.AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        Assert.That(headings.Count(h => h.StartsWith("RAG ", StringComparison.Ordinal)), Is.EqualTo(3), string.Join(" | ", headings));
        Assert.That(headings.First(h => h.StartsWith("RAG 11/26", StringComparison.Ordinal)), Does.Contain("Current"));
        foreach (var measure in new[] { known.M1, known.M2, known.M3 })
            await Expect(grid.Row(references[("measure", measure)])).ToHaveCountAsync(1);
        await Expect(Page.GetByRole(AriaRole.Rowheader, new() { Name = "Priority 1: Help and protection" })).ToBeVisibleAsync();

        // M3 slipped to 2 in the current review: the tag says the number and the label, not only a colour.
        var m3Current = await grid.CellAsync(references[("measure", known.M3)], "RAG 11/26");
        await Expect(m3Current).ToContainTextAsync("2 Started with some delay");
        await Expect(await grid.CellAsync(references[("measure", known.M3)], "RAG 09/26")).ToContainTextAsync("4 Complete, monitoring");
        await Expect(await grid.CellAsync(references[("measure", known.M2)], "RAG 09/26")).ToHaveTextAsync("No score");
        await Expect(await grid.CellAsync(references[("measure", known.M3)], "Direction of travel")).ToContainTextAsync("Declining");

        // M1's score held at 3 but a person said it is improving: both are shown, with the override marked as such.
        var m1Direction = await grid.CellAsync(references[("measure", known.M1)], "Direction of travel");
        await Expect(m1Direction).ToContainTextAsync("Maintained");
        await Expect(m1Direction).ToContainTextAsync("Overridden");
        await Expect(m1Direction).ToContainTextAsync("Improving");

        var overdue = await grid.CellAsync(references[("action", known.Action11)], "Deadline");
        await Expect(overdue).ToContainTextAsync("Sep-26");
        await Expect(overdue).ToContainTextAsync("Overdue");
        await Expect(await grid.CellAsync(references[("action", known.Action21)], "Deadline")).ToContainTextAsync("Due soon");
        await Expect(await grid.CellAsync(references[("measure", known.M3)], "Latest update")).ToContainTextAsync("Slipped: staff left");

        await Expect(grid.ScrollRegion).ToHaveAttributeAsync("tabindex", "0");
        // On a wide desktop screen the whole grid fits inside its scrolling region, so the screenshot shows all of it.
        await Page.SetViewportSizeAsync(1600, 1200);
        await SaveScreenshotAsync("grid.png", "The action-plan grid of the known plan");
        await AssertAccessibleAsync("the action-plan grid");
        AssertNoScriptErrors();
        Assert.That(policyViolations, Is.Empty, string.Join("\n", policyViolations));
    }

    [Test]
    public async Task The_plans_page_links_to_each_plans_grid_and_back_returns()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var plans = await PlansPage.OpenAsync(Page);

        await plans.Table.GetByRole(AriaRole.Link, new() { Name = "Known development plan" }).Last.ClickAsync();
        // Several tests make a known plan; the link followed is the newest one's or another's, so only the shape is checked.
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/plans/\d+$"));
        var grid = new GridPage(Page);
        await grid.WaitUntilLoadedAsync();
        await Expect(grid.Heading).ToHaveTextAsync("Known development plan");
        await Expect(grid.Heading).ToBeFocusedAsync();

        await Page.GoBackAsync();
        await Expect(plans.Heading).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/$"));

        await Page.GoForwardAsync();
        await grid.WaitUntilLoadedAsync();
        await Expect(grid.Table).ToBeVisibleAsync();
        AssertNoScriptErrors();
        _ = known;
    }

    [Test]
    public async Task A_plan_that_does_not_exist_says_so()
    {
        var grid = await GridPage.OpenAsync(Page, 987654321);

        await Expect(grid.Heading).ToHaveTextAsync("No such plan");
        await Expect(Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Go to the plans" })).ToHaveAttributeAsync("href", "/");
        await Expect(grid.Error).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the grid of a plan that does not exist");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task When_the_grid_cannot_be_loaded_the_page_says_so()
    {
        await Page.RouteAsync("**/api/plans/*/grid", route => route.FulfillAsync(new()
        {
            Status = 500,
            ContentType = "application/problem+json",
            Body = """{"type":"about:blank","title":"Internal Server Error","status":500}""",
        }));

        var grid = await GridPage.OpenAsync(Page, 1);

        await Expect(grid.Error).ToContainTextAsync("Sorry, the action plan could not be loaded");
        await Expect(grid.Error).ToContainTextAsync("The server answered 500 (Internal Server Error).");
        await AssertAccessibleAsync("the grid when the API fails");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_plan_with_no_items_says_so()
    {
        var created = await TrackerApp.ClientFor("Test Admin").PostJsonAsync("/api/plans",
            new { title = $"Empty plan {Guid.NewGuid().ToString("N")[..6]}", sourceType = "Peer review", status = "draft", scaleId = 3, scoreLevel = "action" });
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());

        var grid = await GridPage.OpenAsync(Page, body.RootElement.GetProperty("id").GetInt64());

        await Expect(Page.GetByText("This plan has no items yet.")).ToBeVisibleAsync();
        await Expect(grid.Table).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the grid of an empty plan");
    }

    [Test]
    public async Task On_a_phone_sized_screen_only_the_grid_scrolls_sideways()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        await Page.SetViewportSizeAsync(320, 640);

        var grid = await GridPage.OpenAsync(Page, known.PlanId);

        await Expect(grid.Table).ToBeVisibleAsync();
        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(pageWidth, Is.LessThanOrEqualTo(320));
        await grid.ScrollRegion.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(grid.ScrollRegion).ToBeFocusedAsync();
        await SaveScreenshotAsync("grid-320.png", "The action-plan grid 320 pixels wide");
        await AssertAccessibleAsync("the action-plan grid at 320 pixels wide");
    }

    /// <summary>Each item's reference as the grid endpoint gives it, by kind and id (each kind numbers its own ids).</summary>
    private static async Task<Dictionary<(string Kind, long Id), string>> ReferencesAsync(long planId)
    {
        var response = await TrackerApp.ClientFor("Test Admin").GetAsync($"/api/plans/{planId}/grid");
        Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        using var grid = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
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

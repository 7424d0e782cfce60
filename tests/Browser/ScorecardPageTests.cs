using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 15, the scorecard page: one row per indicator with the API's figures (latest value and period, target, RAG in
/// colour, shape and word, direction of travel in arrow and word, year to date, statistical neighbours, baseline, a
/// trend line with words); filters by priority, RAG and owner and sortable columns, all by keyboard; the values a
/// person enters by keyboard appear on it; a print layout; the empty state.
/// </summary>
public sealed class ScorecardPageTests : BrowserTest
{
    private static readonly HttpClient Admin = TrackerApp.ClientFor("Scorecard Page Arranger");

    private sealed record Card(long PlanId, long Owner, string OwnerName, long Cp1, long Cp2, long Cp3);

    /// <summary>
    /// Priority 1 ("Help and protection") with CP1 linked to it; priority 2 ("Children in care") with CP2 linked to an
    /// action under it; CP3 linked to nothing. CP1 and CP2 owned by the person, CP3 by someone else. Values April to
    /// September 2025 for CP1 (72 → 87.5%, target 80%), CP2 a count rising (lower is better, target 10) and CP3 one value.
    /// </summary>
    private static async Task<Card> CardAsync(string ownerName)
    {
        var planId = await Arrange.PlanAsync(Admin, groupedByPriority: true, scoreLevel: "action", title: $"Scorecard page {Guid.NewGuid():N}"[..24]);
        var p1 = await Arrange.PriorityAsync(Admin, planId, "1", "Help and protection");
        var p2 = await Arrange.PriorityAsync(Admin, planId, "2", "Children in care");
        var a21 = await Arrange.ActionAsync(Admin, planId, priorityId: p2, code: "2.1", description: "Review every care plan.");
        var owner = await Arrange.PersonAsync(ownerName, "Service manager");
        var other = await Arrange.PersonAsync($"Other Owner {Guid.NewGuid():N}"[..20], "Head of Service");
        var cp1 = await ScorecardValuesTests.IndicatorAsync(planId, "CP1", "Child protection plans reviewed in time", "percentage", 1, "higher-is-better", owner, [new { kind = "priority", id = p1 }]);
        var cp2 = await ScorecardValuesTests.IndicatorAsync(planId, "CP2", "Children waiting for an assessment", "number", 0, "lower-is-better", owner, [new { kind = "action", id = a21 }]);
        var cp3 = await ScorecardValuesTests.IndicatorAsync(planId, "CP3", "Care leavers in touch", "percentage", 1, "neither", other);
        var board = TrackerApp.ClientFor("Scorecard Page Arranger", "board");
        Assert.That((await board.PutJsonAsync($"/api/plans/{planId}/indicators/{cp1}/years/2025", new { baseline = 70.0, target = 80.0, tolerance = 5.0, interimTargets = Array.Empty<object>() }, null)).IsSuccessStatusCode);
        Assert.That((await board.PutJsonAsync($"/api/plans/{planId}/indicators/{cp2}/years/2025", new { target = 10.0, tolerance = 2.0, interimTargets = Array.Empty<object>() }, null)).IsSuccessStatusCode);
        Assert.That((await board.PutJsonAsync($"/api/plans/{planId}/indicators/{cp1}/years/2025/comparators/statistical-neighbours", new { value = 75.0, figureYear = "2023/24", source = "LAIT" }, null)).IsSuccessStatusCode);
        var months = new[] { "2025-04", "2025-05", "2025-06", "2025-07", "2025-08" };
        double[] cp1Values = [72, 74, 78, 80, 82];
        double[] cp2Values = [9, 10, 12, 14, 15];
        for (var i = 0; i < months.Length; i++)
            await ScorecardValuesTests.SaveValuesAsync(planId, months[i], new { indicatorId = cp1, value = cp1Values[i] }, new { indicatorId = cp2, value = cp2Values[i] });
        await ScorecardValuesTests.SaveValuesAsync(planId, "2025-08", new { indicatorId = cp3, value = 60.0 });
        return new Card(planId, owner, ownerName, cp1, cp2, cp3);
    }

    private ILocator Table => Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Indicators") });

    private ILocator Row(string reference) => Table.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex($"^{reference} ") }) });

    [Test]
    public async Task An_owner_enters_a_months_values_by_keyboard_and_sees_them_on_the_scorecard()
    {
        var name = $"Priya Natarajan {Guid.NewGuid():N}"[..22];
        var card = await CardAsync(name);
        var username = await BrowserAccounts.CreateAsync("manager", name, card.Owner);
        await SignInPage.SignInThroughTheApiAsync(Context, username, BrowserAccounts.Password);

        await Page.GotoAsync($"/plans/{card.PlanId}/scorecard");
        await Expect(Row("CP1")).ToContainTextAsync("82.0%");
        await Expect(Row("CP1")).ToContainTextAsync("August 2025");
        // From the scorecard to the form by keyboard.
        var enter = Page.GetByRole(AriaRole.Link, new() { Name = "Enter values for August 2025" });
        await enter.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enter values for August 2025");
        // Then the next month.
        await Page.GetByLabel("Period", new() { Exact = true }).FillAsync("2025-09");
        await Page.GetByLabel("Period", new() { Exact = true }).PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enter values for September 2025");

        var cp1 = Page.GetByLabel("Value for CP1", new() { Exact = true });
        // The month's form is drawn after its values arrive: start from the period field once it is there, so no Tab
        // is pressed into a page still being drawn. However many stops lie between, Tab reaches CP1's value before any
        // other field of the form.
        await Expect(cp1).ToBeVisibleAsync();
        await Page.GetByLabel("Period", new() { Exact = true }).FocusAsync();
        for (var i = 0; i < 10 && !await cp1.EvaluateAsync<bool>("e => e === document.activeElement"); i++) await Page.Keyboard.PressAsync("Tab");
        await Expect(cp1).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("87.5");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("Value for CP2", new() { Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("11");
        await Page.Keyboard.PressAsync("Enter");
        var saved = Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved 2 values" });
        await Expect(saved).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "See the scorecard for September 2025" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Performance scorecard"));
        await Expect(Row("CP1")).ToContainTextAsync("87.5%");
        await Expect(Row("CP1")).ToContainTextAsync("September 2025");
        await Expect(Row("CP1")).ToContainTextAsync("Green: on target");
        await Expect(Row("CP1")).ToContainTextAsync("Improving");
        await Expect(Row("CP2")).ToContainTextAsync("11");
        await Expect(Row("CP2")).ToContainTextAsync("Amber: within tolerance");
        await Expect(Row("CP2")).ToContainTextAsync("Improving");
        await AssertAccessibleAsync("the scorecard after entering values");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_scorecard_shows_each_indicators_figures_and_filters_and_sorts_by_keyboard()
    {
        var card = await CardAsync($"Owner {Guid.NewGuid():N}"[..16]);
        var viewer = await BrowserAccounts.CreateAsync("viewer", $"Vic Viewer {Guid.NewGuid():N}"[..16]);
        await SignInPage.SignInThroughTheApiAsync(Context, viewer, BrowserAccounts.Password);

        await Page.GotoAsync($"/plans/{card.PlanId}/scorecard");
        await Expect(Table.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await Expect(Page.GetByText(new Regex("^As of August 2025 \\(year 2025/26\\): 1 green, 0 amber, 1 red"))).ToBeVisibleAsync();
        var cp1 = Row("CP1");
        await Expect(cp1).ToContainTextAsync("82.0%");
        await Expect(cp1).ToContainTextAsync("80.0%");
        await Expect(cp1.Locator(".rag-tag")).ToHaveTextAsync("● Green: on target");
        await Expect(cp1).ToContainTextAsync("75.0% (2023/24)");
        await Expect(cp1).ToContainTextAsync("70.0%");
        await Expect(cp1.GetByRole(AriaRole.Img)).ToHaveAttributeAsync("aria-label", "Rising from 72.0% in April 2025 to 82.0% in August 2025.");
        await Expect(Row("CP2").Locator(".rag-tag")).ToHaveTextAsync("■ Red: off target");
        await Expect(Row("CP2")).ToContainTextAsync("Declining");
        await Expect(Row("CP3")).ToContainTextAsync("No target");
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Enter values") })).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the scorecard");

        // Filter by RAG with the keyboard: choose, then Apply.
        await Page.GetByLabel("RAG", new() { Exact = true }).FocusAsync();
        await Page.GetByLabel("RAG", new() { Exact = true }).SelectOptionAsync("red");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Showing 1 of 3 indicators." })).ToBeVisibleAsync();
        await Expect(Row("CP2")).ToBeVisibleAsync();
        await Expect(Row("CP1")).ToHaveCountAsync(0);
        Assert.That(Page.Url, Does.Contain("rag=red"));

        // By priority, through the indicators' links: priority 2 holds the action CP2 evidences.
        await Page.GotoAsync($"/plans/{card.PlanId}/scorecard");
        await Page.GetByLabel("Priority", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "2 Children in care" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(Table.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Expect(Row("CP2")).ToBeVisibleAsync();
        // By owner.
        await Page.GotoAsync($"/plans/{card.PlanId}/scorecard");
        await Page.GetByLabel("Owner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = card.OwnerName });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Showing 2 of 3 indicators." })).ToBeVisibleAsync();

        // Sort by RAG, worst first, then the other way, by keyboard.
        await Page.GotoAsync($"/plans/{card.PlanId}/scorecard");
        var ragHeader = Table.GetByRole(AriaRole.Columnheader, new() { Name = "RAG" });
        await Expect(ragHeader).ToHaveAttributeAsync("aria-sort", "none");
        await ragHeader.GetByRole(AriaRole.Button).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(ragHeader).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(Table.GetByRole(AriaRole.Rowheader).First).ToHaveTextAsync(new Regex("^CP2 "));
        await Expect(ragHeader.GetByRole(AriaRole.Button)).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(ragHeader).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(Table.GetByRole(AriaRole.Rowheader).First).ToHaveTextAsync(new Regex("^CP3 "));
        await AssertAccessibleAsync("the scorecard sorted");

        // As of an earlier month.
        await Page.GotoAsync($"/plans/{card.PlanId}/scorecard?asOf=2025-05");
        await Expect(Row("CP1")).ToContainTextAsync("74.0%");
        await Expect(Row("CP1")).ToContainTextAsync("May 2025");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task On_paper_the_scorecard_is_its_table_without_the_filters()
    {
        var card = await CardAsync($"Owner {Guid.NewGuid():N}"[..16]);
        var board = await BrowserAccounts.CreateAsync("board", $"Bola Adeyemi {Guid.NewGuid():N}"[..20]);
        await SignInPage.SignInThroughTheApiAsync(Context, board, BrowserAccounts.Password);
        await Page.GotoAsync($"/plans/{card.PlanId}/scorecard");
        await Expect(Row("CP1")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Form, new() { Name = "Filter the scorecard" })).ToBeVisibleAsync();

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.GetByRole(AriaRole.Form, new() { Name = "Filter the scorecard" })).ToBeHiddenAsync();
        await Expect(Page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(Table).ToBeVisibleAsync();
        await Expect(Row("CP1")).ToContainTextAsync("Green: on target");
        // Black on white on paper: the RAG tag keeps its shape and word, not its colour.
        Assert.That(await Row("CP2").Locator(".rag-tag").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"), Is.EqualTo("rgb(255, 255, 255)"));
        await SaveScreenshotAsync("scorecard-print.png", "The scorecard in print media");
    }

    [Test]
    public async Task A_plan_without_indicators_offers_a_board_member_to_add_one()
    {
        var planId = await Arrange.PlanAsync(Admin, title: $"No indicators {Guid.NewGuid():N}"[..24]);
        var board = await BrowserAccounts.CreateAsync("board", $"Bola Adeyemi {Guid.NewGuid():N}"[..20]);
        await SignInPage.SignInThroughTheApiAsync(Context, board, BrowserAccounts.Password);
        await Page.GotoAsync($"/plans/{planId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Performance scorecard" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Performance scorecard: No indicators"));
        await Expect(Page.GetByText("No indicators yet.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Add the plan’s indicators, then set each one’s targets and comparators")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Add an indicator" })).ToHaveCountAsync(2);
        await AssertAccessibleAsync("an empty scorecard");
    }
}

using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 15, adding and changing indicators in the web app: a board member adds one by keyboard alone and sees it on
/// the scorecard, changes it (a refused field in the error summary, focused from its link), sets a year's target and
/// a comparator and sees the RAG and the gap change on the scorecard, deletes one after a confirmation; a manager sees
/// no way to do any of it. Axe on every page.
/// </summary>
public sealed class IndicatorEditTests : BrowserTest
{
    private static readonly HttpClient Admin = TrackerApp.ClientFor("Indicator Edit Arranger");

    private ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private ILocator Table => Page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^Indicators") });

    private ILocator Row(string reference) => Table.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex($"^{reference} ") }) });

    /// <summary>Presses Tab until `target` has the focus (at most `limit` times), then checks it has.</summary>
    private async Task TabToAsync(ILocator target, int limit = 40)
    {
        for (var i = 0; i < limit && !await target.EvaluateAsync<bool>("e => e === document.activeElement"); i++) await Page.Keyboard.PressAsync("Tab");
        await Expect(target).ToBeFocusedAsync();
    }

    private async Task SignInAsync(string role)
    {
        var username = await BrowserAccounts.CreateAsync(role, $"{role} {Guid.NewGuid():N}"[..20]);
        await SignInPage.SignInThroughTheApiAsync(Context, username, BrowserAccounts.Password);
    }

    [Test]
    public async Task A_board_member_adds_an_indicator_by_keyboard_and_sees_it_on_the_scorecard_then_changes_it()
    {
        var title = $"KPI edit {Guid.NewGuid():N}"[..20];
        var planId = await Arrange.PlanAsync(Admin, groupedByPriority: true, scoreLevel: "action", title: title);
        await Arrange.PriorityAsync(Admin, planId, "1", "Help and protection");
        var ownerName = $"Owen Owner {Guid.NewGuid():N}"[..20];
        await Arrange.PersonAsync(ownerName, "Service manager");
        await SignInAsync("board");

        await Page.GotoAsync($"/plans/{planId}/scorecard");
        await Expect(Page.GetByText("No indicators yet.")).ToBeVisibleAsync();
        var add = Page.GetByRole(AriaRole.Link, new() { Name = "Add an indicator" }).Last;
        await add.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Heading).ToHaveTextAsync($"Add an indicator to {title}");
        await AssertAccessibleAsync("the add indicator form");

        await Page.GetByLabel("Reference", new() { Exact = true }).FocusAsync();
        await Page.Keyboard.TypeAsync("KP1");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("Visits on time");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("Statutory visits completed within timescale.");
        await TabToAsync(Page.GetByRole(AriaRole.Radio, new() { Name = "Percentage" }));
        await Page.Keyboard.PressAsync("Space");
        await TabToAsync(Page.GetByLabel("Decimal places", new() { Exact = true }));
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("1");
        await TabToAsync(Page.GetByRole(AriaRole.Radio, new() { Name = "Higher is better" }));
        await Page.Keyboard.PressAsync("Space");
        await TabToAsync(Page.GetByRole(AriaRole.Radio, new() { Name = "The sum of the year’s values" }));
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "The average of the year’s values" })).ToBeCheckedAsync();
        await TabToAsync(Page.GetByLabel("Data source (optional)"));
        await Page.Keyboard.TypeAsync("Liquidlogic");
        await TabToAsync(Page.GetByLabel("Find a person by name or job title"));
        await Page.Keyboard.TypeAsync(ownerName);
        await Page.Keyboard.PressAsync("Enter");
        var result = Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^Choose {Regex.Escape(ownerName)}") });
        await Expect(result).ToBeVisibleAsync();
        await TabToAsync(result);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"{ownerName}" }).First).ToContainTextAsync("chosen as owner");
        await TabToAsync(Page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Priority 1: Help and protection") }));
        await Page.Keyboard.PressAsync("Space");
        await TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Add indicator" }));
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Heading).ToHaveTextAsync("KP1 Visits on time");
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Indicator KP1 Visits on time added." })).ToBeFocusedAsync();
        await Expect(Page.Locator(".scorecard-facts")).ToContainTextAsync(ownerName);
        await Expect(Page.Locator(".scorecard-facts")).ToContainTextAsync("Priority 1: Help and protection");
        await AssertAccessibleAsync("a new indicator's page");
        var back = Page.GetByRole(AriaRole.Link, new() { Name = "Back to the scorecard" });
        await TabToAsync(back);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Row("KP1")).ToContainTextAsync("No target");

        // Changing it: decimal places 9 is refused by the API, shown in the summary, and its link focuses the field.
        await Row("KP1").GetByRole(AriaRole.Link).First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit this indicator" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Change KP1 Visits on time");
        await Expect(Page.GetByLabel("Reference", new() { Exact = true })).ToHaveValueAsync("KP1");
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "Percentage" })).ToBeCheckedAsync();
        await Expect(Page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Priority 1: Help and protection") })).ToBeCheckedAsync();
        await AssertAccessibleAsync("the change indicator form");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Statutory visits on time");
        await Page.GetByLabel("Decimal places", new() { Exact = true }).FillAsync("9");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        var summary = Page.Locator(".error-summary");
        await Expect(summary).ToBeFocusedAsync();
        var error = summary.GetByRole(AriaRole.Link, new() { Name = "Decimal places must be between 0 and 4." });
        await Expect(error).ToBeVisibleAsync();
        await AssertAccessibleAsync("the change indicator form with an error");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(error).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByLabel("Decimal places", new() { Exact = true })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("2");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Heading).ToHaveTextAsync("KP1 Statutory visits on time");
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "KP1 Statutory visits on time saved." })).ToBeVisibleAsync();
        await Expect(Page.Locator(".scorecard-facts")).ToContainTextAsync("Percentage, 2 decimal places");

        // Deleting it, after a confirmation.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Delete this indicator" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Delete KP1 Statutory visits on time?");
        await AssertAccessibleAsync("the delete indicator confirmation");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete indicator" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Indicator KP1 Statutory visits on time deleted." })).ToBeVisibleAsync();
        await Expect(Page.GetByText("No indicators yet.")).ToBeVisibleAsync();
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_years_target_and_comparator_change_the_rag_and_the_gap_on_the_scorecard()
    {
        var planId = await Arrange.PlanAsync(Admin, title: $"KPI year {Guid.NewGuid():N}"[..20]);
        var owner = await Arrange.PersonAsync($"Tara Owner {Guid.NewGuid():N}"[..20], "Service manager");
        var id = await ScorecardValuesTests.IndicatorAsync(planId, "YT1", "Assessments on time", "percentage", 1, "higher-is-better", owner);
        foreach (var (month, value) in new[] { ("2025-06", 78.0), ("2025-07", 80.0), ("2025-08", 82.0) })
            await ScorecardValuesTests.SaveValuesAsync(planId, month, new { indicatorId = id, value });
        await SignInAsync("administrator");

        await Page.GotoAsync($"/plans/{planId}/scorecard");
        await Expect(Row("YT1")).ToContainTextAsync("No target");
        await Page.GotoAsync($"/plans/{planId}/indicators/{id}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Targets and comparators for 2025/26" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("YT1 targets and comparators for 2025/26");
        await AssertAccessibleAsync("the year's targets form");

        // A tolerance written in words is refused before anything is sent, and its link in the summary focuses it.
        await Page.GetByLabel("Baseline (optional)", new() { Exact = true }).FillAsync("70");
        await Page.GetByLabel("Target (optional)", new() { Exact = true }).FillAsync("80");
        await Page.GetByLabel("Tolerance (optional)", new() { Exact = true }).FillAsync("five");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save targets and comparators" }).ClickAsync();
        var error = Page.Locator(".error-summary").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Enter the tolerance as a number") });
        await Expect(error).ToBeVisibleAsync();
        await AssertAccessibleAsync("the year's targets form with an error");
        await error.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var tolerance = Page.GetByLabel("Tolerance (optional)", new() { Exact = true });
        await Expect(tolerance).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("5");

        // An interim target row, added and removed again by keyboard.
        var addRow = Page.GetByRole(AriaRole.Button, new() { Name = "Add an interim target" });
        await addRow.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByLabel("Period", new() { Exact = true })).ToBeFocusedAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Remove interim target 1" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByLabel("Period", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(addRow).ToBeFocusedAsync();

        await Page.GetByLabel("Statistical neighbours figure (optional)").FillAsync("75");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Statistical neighbours" }).GetByLabel("Year the figure is for (optional)").FillAsync("2023/24");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Statistical neighbours" }).GetByLabel("Source (optional)").FillAsync("LAIT");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save targets and comparators" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Targets and comparators for 2025/26 saved." })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Targets and comparators" })).ToContainTextAsync("75.0% (2023/24), LAIT");

        await Page.GotoAsync($"/plans/{planId}/scorecard?asOf=2025-08");
        await Expect(Row("YT1").Locator(".rag-tag")).ToHaveTextAsync("● Green: on target");
        await Expect(Row("YT1")).ToContainTextAsync(new Regex(@"75\.0% \(2023/24\); gap: 7(\.0)? points"));

        // A higher target turns it red; a new neighbours' figure changes the gap; England is removed by emptying it.
        await Page.GotoAsync($"/plans/{planId}/indicators/{id}/years/2025");
        await Expect(Page.GetByLabel("Target (optional)", new() { Exact = true })).ToHaveValueAsync("80");
        await Page.GetByLabel("Target (optional)", new() { Exact = true }).FillAsync("90");
        await Page.GetByLabel("Statistical neighbours figure (optional)").FillAsync("85");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save targets and comparators" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Targets and comparators for 2025/26 saved." })).ToBeVisibleAsync();
        await Page.GotoAsync($"/plans/{planId}/scorecard?asOf=2025-08");
        await Expect(Row("YT1").Locator(".rag-tag")).ToHaveTextAsync("■ Red: off target");
        await Expect(Row("YT1")).ToContainTextAsync(new Regex(@"85\.0% \(2023/24\); gap: 3(\.0)? points"));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_manager_sees_no_way_to_add_or_change_indicators()
    {
        var planId = await Arrange.PlanAsync(Admin, title: $"KPI manager {Guid.NewGuid():N}"[..22]);
        var name = $"Mona Manager {Guid.NewGuid():N}"[..20];
        var owner = await Arrange.PersonAsync(name, "Team manager");
        var id = await ScorecardValuesTests.IndicatorAsync(planId, "MG1", "Supervisions on time", "percentage", 1, "higher-is-better", owner);
        var username = await BrowserAccounts.CreateAsync("manager", name, owner);
        await SignInPage.SignInThroughTheApiAsync(Context, username, BrowserAccounts.Password);

        await Page.GotoAsync($"/plans/{planId}/scorecard");
        await Expect(Row("MG1")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Enter values") })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Add an indicator" })).ToHaveCountAsync(0);
        await Page.GotoAsync($"/plans/{planId}/indicators/{id}");
        await Expect(Heading).ToHaveTextAsync("MG1 Supervisions on time");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Enter values" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Edit this indicator" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Delete this indicator" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Targets and comparators for") })).ToHaveCountAsync(0);
        await Page.GotoAsync($"/plans/{planId}/indicators/{id}/edit");
        await Expect(Page.GetByText("Only board members and administrators can add or change indicators.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Reference", new() { Exact = true })).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the edit form refused to a manager");
        AssertNoScriptErrors();
    }
}

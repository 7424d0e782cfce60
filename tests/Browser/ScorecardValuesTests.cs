using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 15, entering values: a data owner enters a month's values for their indicators in one form by keyboard; a value
/// the API refuses is in the error summary and its link focuses the field; two people saving the same month meet the
/// conflict view; a month a closed review reported on is read-only and says why. And the indicator page: its chart's
/// text alternative and the values table beneath it.
/// </summary>
public sealed class ScorecardValuesTests : BrowserTest
{
    private static readonly HttpClient Board = TrackerApp.ClientFor("Scorecard Values Arranger", "board");

    internal sealed record KpiPlan(long PlanId, long Owner, long Cp1, long Cp2, long Theirs);

    /// <summary>
    /// A plan with three monthly indicators: CP1 (percentage, higher is better, target 80% within 5, statistical
    /// neighbours 75%) and CP2 (a count, lower is better) owned by the person, CP3 owned by someone else. August 2025
    /// has values for CP1 (80%) and CP2 (14).
    /// </summary>
    internal static async Task<KpiPlan> PlanAsync(string ownerName)
    {
        var admin = TrackerApp.ClientFor("Scorecard Values Arranger");
        var planId = await Arrange.PlanAsync(admin, title: $"Scorecard plan {Guid.NewGuid():N}"[..24]);
        var owner = await Arrange.PersonAsync(ownerName, "Service manager");
        var other = await Arrange.PersonAsync($"Other Owner {Guid.NewGuid():N}"[..20], "Head of Service");
        var cp1 = await IndicatorAsync(planId, "CP1", "Child protection plans reviewed in time", "percentage", 1, "higher-is-better", owner);
        var cp2 = await IndicatorAsync(planId, "CP2", "Children waiting for an assessment", "number", 0, "lower-is-better", owner);
        var cp3 = await IndicatorAsync(planId, "CP3", "Care leavers in touch", "percentage", 1, "higher-is-better", other);
        await OkAsync(await Board.PutJsonAsync($"/api/plans/{planId}/indicators/{cp1}/years/2025", new { baseline = 72.0, target = 80.0, tolerance = 5.0, interimTargets = Array.Empty<object>() }, null));
        await OkAsync(await Board.PutJsonAsync($"/api/plans/{planId}/indicators/{cp1}/years/2025/comparators/statistical-neighbours", new { value = 75.0, figureYear = "2023/24", source = "LAIT" }, null));
        await SaveValuesAsync(planId, "2025-08", new { indicatorId = cp1, value = 80.0 }, new { indicatorId = cp2, value = 14.0 });
        return new KpiPlan(planId, owner, cp1, cp2, cp3);
    }

    internal static async Task<long> IndicatorAsync(long planId, string reference, string name, string unit, int places, string polarity, long owner, object[]? links = null)
    {
        var created = await Board.PostJsonAsync($"/api/plans/{planId}/indicators", new
        {
            reference, name, unit, decimalPlaces = places, polarity, frequency = "monthly", ytdRule = unit == "number" ? "sum" : "average",
            definition = $"{name}, as the council counts it.", dataSource = "Liquidlogic", ownerIds = new[] { owner }, links = links ?? [],
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<long>();
    }

    internal static async Task SaveValuesAsync(long planId, string period, params object[] values) =>
        await OkAsync(await Board.PutJsonAsync($"/api/plans/{planId}/indicator-values/{period}", new { values }, null));

    private static async Task OkAsync(HttpResponseMessage response) =>
        Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

    internal static async Task<JsonNode?> StoredAsync(long planId, long indicatorId, string period)
    {
        var values = JsonNode.Parse(await (await Board.GetAsync($"/api/plans/{planId}/indicators/{indicatorId}/values")).Content.ReadAsStringAsync())!.AsArray();
        return values.FirstOrDefault(v => v!["period"]!.GetValue<string>() == period);
    }

    private async Task<string> SignInAsOwnerAsync(long personId, string name)
    {
        var username = await BrowserAccounts.CreateAsync("manager", name, personId);
        await SignInPage.SignInThroughTheApiAsync(Context, username, BrowserAccounts.Password);
        return username;
    }

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    [Test]
    public async Task An_owner_enters_a_months_values_by_keyboard_and_sees_them_on_the_indicator_page()
    {
        var name = $"Priya Natarajan {Guid.NewGuid():N}"[..22];
        var plan = await PlanAsync(name);
        await SignInAsOwnerAsync(plan.Owner, name);

        await Page.GotoAsync($"/plans/{plan.PlanId}/scorecard/values?period=2025-09");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Enter values for September 2025");
        // Only the manager's own indicators: CP1 and CP2, not CP3.
        await Expect(Page.GetByRole(AriaRole.Group)).ToHaveCountAsync(2);
        await Expect(Field(Page, "Value for CP3")).ToHaveCountAsync(0);
        await Expect(Page.GetByText("Previous, August 2025: 80.0%")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Previous, August 2025: 14")).ToBeVisibleAsync();
        await Expect(Field(Page, "Value for CP1")).ToHaveAttributeAsync("inputmode", "decimal");
        await AssertAccessibleAsync("the values form for an owner");

        // Keyboard only, straight down: CP1's value, its state, its note, then CP2's value; Enter saves.
        await Field(Page, "Value for CP1").FocusAsync();
        await Page.Keyboard.TypeAsync("87.5");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Field(Page, "State for CP1")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Field(Page, "Note for CP1 (optional)")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Audit of 40 plans.");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Field(Page, "Value for CP2")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("0");
        await Page.Keyboard.PressAsync("Enter");

        var status = Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved" });
        await Expect(status).ToHaveTextAsync(new Regex("Saved 2 values for September 2025: CP1 87.5%, CP2 0\\."));
        await Expect(status).ToBeFocusedAsync();
        var cp1 = await StoredAsync(plan.PlanId, plan.Cp1, "2025-09");
        var cp2 = await StoredAsync(plan.PlanId, plan.Cp2, "2025-09");
        Assert.That((cp1?["value"]?.GetValue<double>(), cp1?["note"]?.GetValue<string>(), cp2?["value"]?.GetValue<double>(), cp2?["state"]?.GetValue<string>()),
            Is.EqualTo(((double?)87.5, "Audit of 40 plans.", (double?)0.0, "value")), "a 0 is a real zero");
        await AssertAccessibleAsync("the values form after saving");

        // Saving again without a change sends nothing.
        await Field(Page, "Value for CP1").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nothing has changed" })).ToBeVisibleAsync();

        await Page.GotoAsync($"/plans/{plan.PlanId}/indicators/{plan.Cp1}");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = "September 2025", Exact = true }) });
        await Expect(row).ToContainTextAsync("87.5%");
        await Expect(row).ToContainTextAsync("Green: on target");
        await Expect(row).ToContainTextAsync("Improving");
        await Expect(row).ToContainTextAsync("Audit of 40 plans.");
        // The value history names the owner's change, newest first, from the audit log.
        var history = Page.GetByRole(AriaRole.Table, new() { Name = "Changes to CP1, its targets, comparators and values, newest first" });
        var change = history.GetByRole(AriaRole.Row).Filter(new() { HasText = "September 2025" });
        await Expect(change).ToHaveCountAsync(1);
        await Expect(change).ToContainTextAsync("87.5%");
        // It also lists the year's targets and the comparator set when the plan was arranged, in words.
        var targets = history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Baseline, target and tolerance for 2025/26" });
        await Expect(targets).ToContainTextAsync("set 2025/26's baseline 72.0%, target 80.0% and tolerance 5.0 percentage points.");
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "Statistical neighbours’ average for 2025/26" })).ToContainTextAsync("value 75.0%");
        await Expect(history.GetByRole(AriaRole.Row).Filter(new() { HasText = "The indicator" })).ToContainTextAsync("added the indicator CP1");
        await AssertAccessibleAsync("the indicator page with its value history");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_value_the_API_refuses_is_in_the_error_summary_and_its_link_focuses_the_field()
    {
        var plan = await PlanAsync($"Owner {Guid.NewGuid():N}"[..16]);
        var board = await BrowserAccounts.CreateAsync("board", $"Bola Adeyemi {Guid.NewGuid():N}"[..20]);
        await SignInPage.SignInThroughTheApiAsync(Context, board, BrowserAccounts.Password);

        await Page.GotoAsync($"/plans/{plan.PlanId}/scorecard/values?period=2025-09");
        // The board sees every indicator.
        await Expect(Field(Page, "Value for CP3")).ToBeVisibleAsync();
        await Field(Page, "Value for CP3").FillAsync("140");
        await Field(Page, "Value for CP3").PressAsync("Enter");

        var summary = Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Expect(summary).ToBeFocusedAsync();
        var message = summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^CP3: A percentage (cannot be more than 100; 140 was given|is between 0 and 100)\\.$") });
        await Expect(message).ToBeVisibleAsync();
        await Expect(Field(Page, "Value for CP3")).ToHaveAttributeAsync("aria-describedby", new Regex("indicator-\\d+-value-error"));
        await AssertAccessibleAsync("the values form with a refused value");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(message).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Field(Page, "Value for CP3")).ToBeFocusedAsync();
        Assert.That(await StoredAsync(plan.PlanId, plan.Theirs, "2025-09"), Is.Null, "nothing was saved");

        // Text in a number is said before anything is sent.
        await Field(Page, "Value for CP3").FillAsync("about 80");
        await Field(Page, "Value for CP3").PressAsync("Enter");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(new Regex("CP3: Enter the value as a number"));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_values_page_opened_from_the_scorecard_focuses_its_heading()
    {
        var name = $"Focus Owner {Guid.NewGuid():N}"[..20];
        var plan = await PlanAsync(name);
        await SignInAsOwnerAsync(plan.Owner, name);
        await Page.GotoAsync($"/plans/{plan.PlanId}/scorecard");
        var enter = Page.GetByRole(AriaRole.Link, new() { Name = "Enter values for August 2025" });
        await enter.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var h1 = Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(h1).ToHaveTextAsync("Enter values for August 2025");
        await Expect(Field(Page, "Value for CP1")).ToBeVisibleAsync();
        await Expect(h1).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Back to the scorecard" })).ToBeFocusedAsync();
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Two_people_saving_the_same_month_meet_the_conflict_view_and_one_keeps_theirs()
    {
        var plan = await PlanAsync($"Owner {Guid.NewGuid():N}"[..16]);
        var first = await BrowserAccounts.CreateAsync("board", $"Ayo First {Guid.NewGuid():N}"[..16]);
        var secondName = $"Sam Second {Guid.NewGuid():N}"[..17];
        var second = await BrowserAccounts.CreateAsync("board", secondName);
        await SignInPage.SignInThroughTheApiAsync(Context, first, BrowserAccounts.Password);
        await using var otherContext = await BrowserSession.Browser.NewContextAsync(new() { BaseURL = TrackerApp.BaseAddress.ToString(), Locale = "en-GB", TimezoneId = "Europe/London" });
        await SignInPage.SignInThroughTheApiAsync(otherContext, second, BrowserAccounts.Password);
        var otherPage = await otherContext.NewPageAsync();

        var address = $"/plans/{plan.PlanId}/scorecard/values?period=2025-09";
        await Page.GotoAsync(address);
        await otherPage.GotoAsync(address);
        await Field(otherPage, "Value for CP1").FillAsync("88");
        await Field(otherPage, "Value for CP1").PressAsync("Enter");
        await Expect(otherPage.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved 1 value" })).ToBeVisibleAsync();

        await Field(Page, "Value for CP1").FillAsync("90");
        await Field(Page, "Value for CP1").PressAsync("Enter");
        var conflict = Page.GetByRole(AriaRole.Region, new() { Name = "Someone else saved values for this period while you were working" });
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict.GetByRole(AriaRole.Heading)).ToBeFocusedAsync();
        var row = conflict.GetByRole(AriaRole.Row).Filter(new() { HasText = "CP1" });
        // Mine is worded as the scorecard words a value: "90.0%" at the indicator's places, never "90 %".
        await Expect(row.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("90.0%");
        await Expect(row).ToContainTextAsync($"88.0%, saved by {secondName}");
        Assert.That((await StoredAsync(plan.PlanId, plan.Cp1, "2025-09"))?["value"]?.GetValue<double>(), Is.EqualTo(88.0), "nothing of mine saved yet");
        await AssertAccessibleAsync("the values form's conflict view");

        await conflict.GetByRole(AriaRole.Button, new() { Name = "Keep mine" }).PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved 1 value for September 2025: CP1 90.0%." })).ToBeFocusedAsync();
        Assert.That((await StoredAsync(plan.PlanId, plan.Cp1, "2025-09"))?["value"]?.GetValue<double>(), Is.EqualTo(90.0));

        // The other person, still on the old version, takes this one's value instead.
        await Field(otherPage, "Value for CP1").FillAsync("85");
        await Field(otherPage, "Value for CP1").PressAsync("Enter");
        var theirConflict = otherPage.GetByRole(AriaRole.Region, new() { Name = "Someone else saved values for this period while you were working" });
        await theirConflict.GetByRole(AriaRole.Button, new() { Name = "Take theirs" }).ClickAsync();
        await Expect(Field(otherPage, "Value for CP1")).ToHaveValueAsync("90");
        Assert.That((await StoredAsync(plan.PlanId, plan.Cp1, "2025-09"))?["value"]?.GetValue<double>(), Is.EqualTo(90.0), "taking theirs saves nothing");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_month_a_closed_review_reported_on_is_read_only_and_says_why()
    {
        var plan = await PlanAsync($"Owner {Guid.NewGuid():N}"[..16]);
        var admin = TrackerApp.ClientFor("Scorecard Values Arranger");
        var review = await MyActionsArrange.ReviewAsync(admin, plan.PlanId, "RAG 09/25", "2025-09-30");
        await OkAsync(await admin.PutJsonAsync($"/api/plans/{plan.PlanId}/reviews/{review}", new { label = "RAG 09/25", reviewDate = "2025-09-30", status = "closed" }, "*"));
        var board = await BrowserAccounts.CreateAsync("board", $"Bola Adeyemi {Guid.NewGuid():N}"[..20]);
        await SignInPage.SignInThroughTheApiAsync(Context, board, BrowserAccounts.Password);

        await Page.GotoAsync($"/plans/{plan.PlanId}/scorecard/values?period=2025-08");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "August 2025 is locked" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("The board closed RAG 09/25 on 30 September 2025")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel(new Regex("^(Value|Note) for CP"))).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Save values for August 2025" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "CP1" })).ToContainTextAsync("80.0%");
        await AssertAccessibleAsync("a locked month");

        await Page.GotoAsync($"/plans/{plan.PlanId}/scorecard/values?period=2025-10");
        await Expect(Field(Page, "Value for CP1")).ToBeEditableAsync();
    }

    [Test]
    public async Task The_indicator_page_draws_its_chart_with_a_text_alternative_and_the_values_table_beneath()
    {
        var plan = await PlanAsync($"Owner {Guid.NewGuid():N}"[..16]);
        await SaveValuesAsync(plan.PlanId, "2025-04", new { indicatorId = plan.Cp1, value = 72.0 });
        await SaveValuesAsync(plan.PlanId, "2025-05", new { indicatorId = plan.Cp1, state = "being-collated", note = "System migration" });
        await SaveValuesAsync(plan.PlanId, "2025-06", new { indicatorId = plan.Cp1, value = 76.0 });
        var viewer = await BrowserAccounts.CreateAsync("viewer", $"Vic Viewer {Guid.NewGuid():N}"[..16]);
        await SignInPage.SignInThroughTheApiAsync(Context, viewer, BrowserAccounts.Password);

        await Page.GotoAsync($"/plans/{plan.PlanId}/indicators/{plan.Cp1}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("CP1 Child protection plans reviewed in time");
        await Expect(Page.GetByRole(AriaRole.Definition).Filter(new() { HasText = "Higher is better" })).ToBeVisibleAsync();
        var chart = Page.GetByRole(AriaRole.Img, new() { Name = "Line chart of CP1" });
        await Expect(chart).ToHaveAttributeAsync("aria-label", new Regex("Rising from 72\\.0% in April 2025 to 80\\.0% in August 2025 \\(1 period without a number\\)\\. Target 80\\.0% \\(dashed line\\)"));
        var key = Page.GetByRole(AriaRole.List, new() { Name = "Key to the chart" });
        await Expect(key).ToContainTextAsync("Target: dashed line, squares");
        await Expect(key).ToContainTextAsync("Statistical neighbours’ average: dotted line, triangles");

        var table = Page.GetByRole(AriaRole.Table, new() { Name = "CP1 values by period (the figures of the chart)" });
        await Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(5);
        var may = table.GetByRole(AriaRole.Row).Filter(new() { HasText = "May 2025" });
        await Expect(may).ToContainTextAsync("Being collated");
        await Expect(may).ToContainTextAsync("No value");
        await Expect(may).ToContainTextAsync("System migration");
        var june = table.GetByRole(AriaRole.Row).Filter(new() { HasText = "June 2025" });
        await Expect(june).ToContainTextAsync("Amber: within tolerance");
        await Expect(june).ToContainTextAsync("Improving");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Enter values" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the indicator page");
        AssertNoScriptErrors();
    }
}

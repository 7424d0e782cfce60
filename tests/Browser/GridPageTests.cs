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

        // The filters start folded, so on a phone the grid is not a screen or two down; one press opens them.
        await Expect(grid.Checkbox("Overdue")).ToBeHiddenAsync();
        await grid.FiltersSummary.ClickAsync();
        await Expect(grid.Checkbox("Overdue")).ToBeVisibleAsync();

        // Filtered, sorted and with the empty state, the page still never scrolls sideways.
        await grid.Checkbox("2 Started with some delay").CheckAsync();
        await grid.SortButton("Deadline").ClickAsync();
        await Expect(grid.Count).ToHaveTextAsync("Showing 2 of 5 items, and 2 more shown for context.");
        Assert.That(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(320));
        await grid.Checkbox("5 Complete and sustained").CheckAsync();
        await grid.Checkbox("2 Started with some delay").UncheckAsync();
        await Expect(grid.NoMatch).ToBeVisibleAsync();
        Assert.That(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(320));
        await SaveScreenshotAsync("grid-320-no-match.png", "The grid 320 pixels wide when the filters leave nothing");
        await AssertAccessibleAsync("the grid at 320 pixels wide when the filters leave nothing");
    }

    [Test]
    public async Task Filtering_by_level_keeps_the_matches_with_their_parents_shown_for_context()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var grid = await GridPage.OpenAsync(Page, known.PlanId);
        await Expect(grid.Count).ToHaveTextAsync("Showing 5 of 5 items.");
        // The panel starts folded, so the grid is on the first screen.
        await Expect(grid.Checkbox("Overdue")).ToBeHiddenAsync();
        await grid.OpenFiltersAsync();

        // M2 and M3 are at 2 in the current review; their actions stay, marked, so each measure still reads in place.
        await grid.Checkbox("2 Started with some delay").CheckAsync();

        await Expect(grid.Count).ToHaveTextAsync("Showing 2 of 5 items, and 2 more shown for context.");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 2", "2 / 2.1", "2 / 2.1 / 1" }));
        Assert.That(await grid.ContextReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "2 / 2.1" }));
        await Expect(Page).ToHaveURLAsync($"{TrackerApp.BaseAddress}plans/{known.PlanId}?level=2");
        await Expect(grid.ActiveFilters).ToHaveTextAsync("Filtered by: Score at RAG 11/26: 2 Started with some delay.");
        await Page.SetViewportSizeAsync(1600, 1200);
        await SaveScreenshotAsync("grid-filtered-by-level.png", "The grid filtered to level 2 at the current review");
        await AssertAccessibleAsync("the grid filtered by level");

        // Levels combine with "or": adding 3 brings M1 back.
        await grid.Checkbox("3 On track").CheckAsync();
        await Expect(grid.Count).ToHaveTextAsync("Showing 3 of 5 items, and 2 more shown for context.");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 1", "1 / 1.1 / 2", "2 / 2.1", "2 / 2.1 / 1" }));
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?level=2,3$"));
        AssertNoScriptErrors();
        Assert.That(policyViolations, Is.Empty, string.Join("\n", policyViolations));
    }

    [Test]
    public async Task Filtering_by_person_shows_what_they_lead_and_everything_under_it()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var danaId = await DanaIdAsync(known.PlanId);
        var grid = await GridPage.OpenAsync(Page, known.PlanId);
        await grid.OpenFiltersAsync();

        // Dana leads action 1.1; the select lists only the people named in this plan.
        Assert.That(await grid.Select("Person").Locator("option").AllInnerTextsAsync(), Is.EqualTo(new[] { "Anyone", "Dana Whitfield, Head of Service" }));
        await grid.Select("Person").SelectOptionAsync(new SelectOptionValue { Label = "Dana Whitfield, Head of Service" });

        await Expect(grid.Count).ToHaveTextAsync("Showing 3 of 5 items.");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 1", "1 / 1.1 / 2" }));
        await Expect(Page.GetByRole(AriaRole.Rowheader, new() { Name = "Priority 1: Help and protection" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Rowheader, new() { Name = "Priority 2: Children in care" })).ToHaveCountAsync(0);
        await Expect(Page).ToHaveURLAsync($"{TrackerApp.BaseAddress}plans/{known.PlanId}?person={danaId}");
        await Expect(grid.ActiveFilters).ToHaveTextAsync("Filtered by: Person: Dana Whitfield.");
        await AssertAccessibleAsync("the grid filtered by person");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_other_filters_find_stale_declining_overridden_and_due_soon_items()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var grid = await GridPage.OpenAsync(Page, known.PlanId);
        await grid.OpenFiltersAsync();

        // M1's update was copied forward and M2 has none: both are stale.
        await grid.Checkbox("Stale").CheckAsync();
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 1", "1 / 1.1 / 2" }));
        await grid.ClearFilters.ClickAsync();
        await Expect(grid.Count).ToHaveTextAsync("Showing 5 of 5 items.");
        await Expect(grid.Checkbox("Stale")).Not.ToBeCheckedAsync();

        await grid.Select("Direction").SelectOptionAsync("declining");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "2 / 2.1", "2 / 2.1 / 1" }));
        await grid.Select("Direction").SelectOptionAsync("");

        // M1's score held at 3, but a person said "improving": that override contradicts the scores.
        await grid.Select("Overrides").SelectOptionAsync("contradicts");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 1" }));
        await grid.Select("Overrides").SelectOptionAsync("");

        await grid.Select("Priority").SelectOptionAsync(known.Priority2.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "2 / 2.1", "2 / 2.1 / 1" }));
        await grid.Select("Priority").SelectOptionAsync("");

        await grid.Checkbox("Due soon").CheckAsync();
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "2 / 2.1", "2 / 2.1 / 1" }));
        await grid.Checkbox("Overdue").CheckAsync();
        await Expect(grid.Count).ToHaveTextAsync("Showing 5 of 5 items.");
        await Expect(grid.ActiveFilters).ToHaveTextAsync("Filtered by: Deadline: overdue or due soon.");
        await AssertAccessibleAsync("the grid filtered by deadline");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Filters_live_in_the_address_so_a_reload_keeps_them_and_back_undoes_them()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var grid = await GridPage.OpenAsync(Page, known.PlanId);
        var address = $"{TrackerApp.BaseAddress}plans/{known.PlanId}";
        await grid.OpenFiltersAsync();

        await grid.Checkbox("Overdue").CheckAsync();
        await Expect(Page).ToHaveURLAsync($"{address}?overdue=1");
        await grid.Checkbox("3 On track").CheckAsync();
        await Expect(Page).ToHaveURLAsync($"{address}?level=3&overdue=1");
        // Action 1.1 is overdue but has no score of its own, so it stays only for context above M1.
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 1" }));

        await Page.ReloadAsync();
        await grid.WaitUntilLoadedAsync();
        // An address with filters opens the panel, so the checked boxes are there to see.
        await Expect(grid.Checkbox("Overdue")).ToBeVisibleAsync();
        await Expect(grid.Checkbox("Overdue")).ToBeCheckedAsync();
        await Expect(grid.Checkbox("3 On track")).ToBeCheckedAsync();
        await Expect(grid.Count).ToHaveTextAsync("Showing 1 of 5 items, and 1 more shown for context.");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 1" }));

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync($"{address}?overdue=1");
        await Expect(grid.Checkbox("3 On track")).Not.ToBeCheckedAsync();
        await Expect(grid.Checkbox("Overdue")).ToBeCheckedAsync();
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 1", "1 / 1.1 / 2" }));

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(address);
        await Expect(grid.Checkbox("Overdue")).Not.ToBeCheckedAsync();
        await Expect(grid.Count).ToHaveTextAsync("Showing 5 of 5 items.");

        await Page.GoForwardAsync();
        await Expect(grid.Checkbox("Overdue")).ToBeCheckedAsync();
        await Expect(grid.Count).ToHaveTextAsync("Showing 3 of 5 items.");

        // A shared link opens with its filters and sort already applied.
        var shared = await Context.NewPageAsync();
        var sharedGrid = await GridPage.OpenAsync(shared, known.PlanId, "?level=2&sort=score-desc");
        await Expect(sharedGrid.Checkbox("2 Started with some delay")).ToBeCheckedAsync();
        await sharedGrid.ExpectVisibleReferencesAsync("1 / 1.1", "1 / 1.1 / 2", "2 / 2.1", "2 / 2.1 / 1");
        await Expect(sharedGrid.SortableHeader("RAG 11/26")).ToHaveAttributeAsync("aria-sort", "descending");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Sorting_orders_rows_within_each_group_and_says_so()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var grid = await GridPage.OpenAsync(Page, known.PlanId);
        await Expect(grid.SortableHeader("Reference")).ToHaveAttributeAsync("aria-sort", "none");

        // By keyboard: the sort control is a button inside the column heading.
        await grid.SortButton("RAG 11/26").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(grid.SortableHeader("RAG 11/26")).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(grid.SortableHeader("Reference")).ToHaveAttributeAsync("aria-sort", "none");
        await Expect(grid.SortStatus).ToHaveTextAsync("Sorted by score at the current review, lowest first, within each group.");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?sort=score-asc$"));
        // M2 (2) before M1 (3), each still under action 1.1; M3 stays under 2.1.
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 2", "1 / 1.1 / 1", "2 / 2.1", "2 / 2.1 / 1" }));
        await AssertAccessibleAsync("the grid sorted by the current score");

        await Page.Keyboard.PressAsync("Enter");
        await Expect(grid.SortableHeader("RAG 11/26")).ToHaveAttributeAsync("aria-sort", "descending");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 1", "1 / 1.1 / 2", "2 / 2.1", "2 / 2.1 / 1" }));

        // Reference, last to first: the priorities swap, and each keeps its own rows beneath it.
        await grid.SortButton("Reference").ClickAsync();
        await grid.SortButton("Reference").ClickAsync();
        await Expect(grid.SortableHeader("Reference")).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(grid.SortableHeader("RAG 11/26")).ToHaveAttributeAsync("aria-sort", "none");
        await Expect(grid.SortStatus).ToHaveTextAsync("Sorted by reference, last to first, within each group.");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "2 / 2.1", "2 / 2.1 / 1", "1 / 1.1", "1 / 1.1 / 2", "1 / 1.1 / 1" }));
        var groups = await grid.Table.GetByRole(AriaRole.Rowheader).GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Priority ") }).AllInnerTextsAsync();
        Assert.That(groups, Is.EqualTo(new[] { "Priority 2: Children in care", "Priority 1: Help and protection" }));

        await Page.GoBackAsync();
        await Expect(grid.SortableHeader("Reference")).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?sort=reference-asc$"));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Rows_fold_away_under_their_parent_by_keyboard()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var grid = await GridPage.OpenAsync(Page, known.PlanId);
        var measures = grid.Toggle("2 success measures under 1 / 1.1");
        await Expect(measures).ToHaveAttributeAsync("aria-expanded", "true");
        // aria-controls names the rows the button shows and hides.
        var controlled = (await measures.GetAttributeAsync("aria-controls"))!.Split(' ');
        Assert.That(controlled, Has.Length.EqualTo(2));
        foreach (var id in controlled)
            await Expect(Page.Locator($"#{id}").GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1 / 1\.1 / \d$"));

        await measures.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(measures).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "2 / 2.1", "2 / 2.1 / 1" }));
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"\?collapsed=a{known.Action11}$"));
        await Expect(measures).ToBeFocusedAsync();
        await AssertAccessibleAsync("the grid with an action's measures folded away");

        await Page.Keyboard.PressAsync("Space");
        await Expect(measures).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.That(await grid.VisibleReferencesAsync(), Has.Count.EqualTo(5));

        await grid.Toggle("1 action under priority 2").PressAsync("Enter");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 1", "1 / 1.1 / 2" }));

        await grid.CollapseAll.ClickAsync();
        Assert.That(await grid.VisibleReferencesAsync(), Is.Empty);
        await Expect(Page.GetByRole(AriaRole.Rowheader, new() { Name = "Priority 1: Help and protection" })).ToBeVisibleAsync();
        await Page.SetViewportSizeAsync(1600, 900);
        await SaveScreenshotAsync("grid-collapsed.png", "The grid with every group folded away");
        await AssertAccessibleAsync("the grid with every group folded away");

        await grid.ExpandAll.ClickAsync();
        Assert.That(await grid.VisibleReferencesAsync(), Has.Count.EqualTo(5));
        await Expect(Page).ToHaveURLAsync($"{TrackerApp.BaseAddress}plans/{known.PlanId}");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Filters_that_leave_nothing_say_which_one_did_it()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var grid = await GridPage.OpenAsync(Page, known.PlanId, "?level=5&overdue=1");

        await Expect(grid.Count).ToHaveTextAsync("Showing 0 of 5 items.");
        await Expect(grid.ScrollRegion).ToBeHiddenAsync();
        await Expect(grid.NoMatch).ToContainTextAsync("No items match these filters.");
        await Expect(grid.NoMatch).ToContainTextAsync("Nothing matches “Score at RAG 11/26: 5 Complete and sustained” on its own.");
        await Expect(grid.NoMatch.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(new[]
        {
            "Score at RAG 11/26: 5 Complete and sustained: 0 items on its own",
            "Deadline: overdue: 3 items on its own",
        });
        await SaveScreenshotAsync("grid-no-match.png", "The grid when the filters leave nothing");
        await AssertAccessibleAsync("the grid when the filters leave nothing");

        await grid.NoMatch.GetByRole(AriaRole.Link, new() { Name = "Clear filters and show every item" }).ClickAsync();
        await Expect(grid.Count).ToHaveTextAsync("Showing 5 of 5 items.");
        await Expect(grid.ScrollRegion).ToBeVisibleAsync();
        await Expect(grid.NoMatch).ToBeHiddenAsync();
        await Expect(grid.Checkbox("Overdue")).Not.ToBeCheckedAsync();
        await Expect(Page).ToHaveURLAsync($"{TrackerApp.BaseAddress}plans/{known.PlanId}");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task References_link_to_each_items_page_and_the_plans_dashboard_and_report_are_a_click_away()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var grid = await GridPage.OpenAsync(Page, known.PlanId);

        // Exact: a board member's row also has "Score success measure 2 / 2.1 / 1 for …".
        await Expect(grid.Row("2 / 2.1 / 1").GetByRole(AriaRole.Link, new() { Name = "2 / 2.1 / 1", Exact = true }))
            .ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/items/measure/{known.M3}");
        await Expect(grid.Row("1 / 1.1").GetByRole(AriaRole.Link, new() { Name = "1 / 1.1", Exact = true }))
            .ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/items/action/{known.Action11}");
        await Expect(grid.Table.GetByRole(AriaRole.Link, new() { Name = "Priority 2: Children in care" }))
            .ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/items/priority/{known.Priority2}");
        var main = Page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Board dashboard" })).ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/dashboard");
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Scrutiny report (print view)" })).ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/report");
    }

    [Test]
    public async Task Review_columns_can_be_narrowed_to_the_latest_reviews()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var grid = await GridPage.OpenAsync(Page, known.PlanId);
        var reviewHeaders = grid.ColumnHeaders.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^RAG ") });
        await Expect(reviewHeaders).ToHaveCountAsync(3);
        await grid.OpenFiltersAsync();

        await grid.Select("Review columns").SelectOptionAsync(new SelectOptionValue { Label = "Current review only" });

        await Expect(reviewHeaders).ToHaveCountAsync(1);
        await Expect(reviewHeaders).ToContainTextAsync("RAG 11/26");
        await Expect(grid.Row("2 / 2.1 / 1").GetByText("4 Complete, monitoring")).ToBeHiddenAsync();
        await Expect(grid.Row("2 / 2.1 / 1").GetByText("2 Started with some delay")).ToBeVisibleAsync();
        await Expect(grid.ActiveFilters).ToContainTextAsync("Review columns: RAG 11/26 (1 of 3).");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?reviews=current$"));
        await AssertAccessibleAsync("the grid showing only the current review");
    }

    [Test]
    public async Task Printed_the_grid_is_what_the_screen_shows_without_the_controls()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var grid = await GridPage.OpenAsync(Page, known.PlanId, "?overdue=1");
        await Expect(grid.Count).ToHaveTextAsync("Showing 3 of 5 items.");

        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(grid.Filters).ToBeHiddenAsync();
        await Expect(grid.ExpandAll).ToBeHiddenAsync();
        await Expect(grid.Toggle("2 success measures under 1 / 1.1")).ToBeHiddenAsync();
        await Expect(grid.ActiveFilters).ToBeVisibleAsync();
        await Expect(grid.ActiveFilters).ToHaveTextAsync("Filtered by: Deadline: overdue.");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1 / 1.1", "1 / 1.1 / 1", "1 / 1.1 / 2" }));
        Assert.That(await grid.Table.Locator("thead").EvaluateAsync<string>("e => getComputedStyle(e).display"), Is.EqualTo("table-header-group"));
        Assert.That(await grid.Row("1 / 1.1 / 1").EvaluateAsync<string>("e => getComputedStyle(e).breakInside"), Is.EqualTo("avoid"));
        // Black on white whatever the level's colour, so a black-and-white printer (or one leaving backgrounds off) loses nothing.
        var tag = (await grid.CellAsync("1 / 1.1 / 2", "RAG 11/26")).Locator(".level-tag");
        await Expect(tag).ToHaveTextAsync("2 Started with some delay");
        // The shape is drawn before the words (and left out of what a screen reader says).
        Assert.That(await tag.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"), Does.Contain("▲"));
        Assert.That(await tag.EvaluateAsync<string>("e => getComputedStyle(e).color + ' on ' + getComputedStyle(e).backgroundColor"),
            Is.EqualTo("rgb(0, 0, 0) on rgba(0, 0, 0, 0)"));

        await SaveScreenshotAsync("grid-print.png", "The grid as printed (print media), filtered to overdue items");
        var pdf = Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifacts", "grid.pdf");
        var bytes = await Page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true, PrintBackground = false });
        Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 0, 5), Is.EqualTo("%PDF-"));
        TestContext.AddTestAttachment(pdf, "The grid printed to PDF (A4 landscape)");
        await AssertAccessibleAsync("the grid in print media");
        AssertNoScriptErrors();
    }

    /// <summary>What the known plan's grid says about its people: Dana leads action 1.1.</summary>
    private static async Task<long> DanaIdAsync(long planId)
    {
        var response = await TrackerApp.ClientFor("Test Admin").GetAsync($"/api/plans/{planId}/grid");
        using var grid = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var action = grid.RootElement.GetProperty("items")[0].GetProperty("children")[0];
        return action.GetProperty("leads")[0].GetInt64(); // people are named by id in the grid (issue 14)
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

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The grid holding plans as real sources print them (issue 10): the plan's own column headings, people and deadlines
/// taken from the row above, rows without a printed number, addressees, directions of travel printed in the source,
/// completions printed before the tracker existed, scales that never said which end is better, and the plan as it stood
/// on an earlier date. Arranged by <see cref="WidenedPlanArrange"/>.
/// </summary>
public sealed class GridPageSourceShapesTests : BrowserTest
{
    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [Test]
    public async Task The_grid_shows_the_plans_own_headings_inherited_people_and_an_unnumbered_row()
    {
        var plan = await WidenedPlanArrange.InspectionPlanAsync();

        var grid = await GridPage.OpenAsync(Page, plan.PlanId);

        var headings = (await grid.ColumnHeaders.AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        Assert.That(headings, Has.Some.StartsWith("Assigned lead"), string.Join(" | ", headings));
        Assert.That(headings, Has.Some.StartsWith("Responsible officer"), string.Join(" | ", headings));
        // The action has no printed letter: it is shown as unnumbered, never given a number the source did not print.
        await Expect(grid.Row("1 / unnumbered")).ToHaveCountAsync(1);
        var inheritedLead = await grid.CellAsync("1 / unnumbered", "Assigned lead");
        await Expect(inheritedLead).ToContainTextAsync("Dana Whitfield");
        await Expect(inheritedLead).ToContainTextAsync("(from recommendation 1)");
        var inheritedDeadline = await grid.CellAsync("1 / unnumbered", "Deadline");
        await Expect(inheritedDeadline).ToContainTextAsync("01/02/2027");
        await Expect(inheritedDeadline).ToContainTextAsync("(from recommendation 1)");
        // Recommendation 1 names Dana itself: no "from" there; its date reads two ways, so it is to be confirmed.
        await Expect(await grid.CellAsync("1", "Assigned lead")).Not.ToContainTextAsync("from");
        await Expect(await grid.CellAsync("1", "Deadline")).ToContainTextAsync("Date to confirm");
        await Expect(await grid.CellAsync("1", "Item")).ToContainTextAsync("Addressed to the local authority");
        // A person named by role only is shown by the role, once.
        await Expect(await grid.CellAsync("2", "Assigned lead")).ToHaveTextAsync("Head of Service");
        // A completion copied from a board report is shown as such, not as the board's sign-off.
        await Expect(await grid.CellAsync("3", "Update Nov 16")).ToContainTextAsync("4 Completed");
        await Expect(await grid.CellAsync("3", "Update Nov 16")).ToContainTextAsync("Complete as printed in Board report, November 2016");

        await AssertAccessibleAsync("the grid of a plan with inherited people and an unnumbered row");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_addressee_filter_shows_what_answers_one_body_and_is_kept_in_the_address()
    {
        var plan = await WidenedPlanArrange.InspectionPlanAsync();
        var grid = await GridPage.OpenAsync(Page, plan.PlanId);
        await grid.OpenFiltersAsync();

        await grid.Select("Addressed to").SelectOptionAsync(new SelectOptionValue { Label = "the safeguarding partnership" });

        await Expect(grid.Count).ToHaveTextAsync("Showing 1 of 4 items.");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "2" }));
        await Expect(grid.ActiveFilters).ToHaveTextAsync("Filtered by: Addressed to the safeguarding partnership.");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?addressee=the%20safeguarding%20partnership$"));
        await AssertAccessibleAsync("the grid filtered by addressee");

        // What answers a recommendation goes with it: the unnumbered action under recommendation 1.
        await grid.Select("Addressed to").SelectOptionAsync(new SelectOptionValue { Label = "the local authority" });
        await Expect(grid.Count).ToHaveTextAsync("Showing 3 of 4 items.");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1", "1 / unnumbered", "3" }));

        await Page.ReloadAsync();
        await grid.WaitUntilLoadedAsync();
        await Expect(grid.Select("Addressed to")).ToHaveValueAsync("the local authority");
        await Expect(grid.Count).ToHaveTextAsync("Showing 3 of 4 items.");
        await Page.GoBackAsync();
        await Expect(grid.Select("Addressed to")).ToHaveValueAsync("the safeguarding partnership");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_printed_direction_the_scores_contradict_is_marked_and_can_be_filtered()
    {
        var plan = await WidenedPlanArrange.InspectionPlanAsync();
        var grid = await GridPage.OpenAsync(Page, plan.PlanId);

        // Amber at both reviews, yet the source printed "Improving": both are shown, and the contradiction in words.
        var direction = await grid.CellAsync("1", "Direction of travel");
        await Expect(direction).ToContainTextAsync("Maintained");
        await Expect(direction).ToContainTextAsync("Printed: ↑ Improving");
        await Expect(direction).ToContainTextAsync("Printed direction contradicts the scores");
        await Expect(await grid.CellAsync("2", "Direction of travel")).Not.ToContainTextAsync("Printed");

        await grid.OpenFiltersAsync();
        await grid.Select("Printed direction").SelectOptionAsync("contradicts");
        await Expect(grid.Count).ToHaveTextAsync("Showing 2 of 4 items.");
        Assert.That(await grid.VisibleReferencesAsync(), Is.EqualTo(new[] { "1", "1 / unnumbered" }));
        await Expect(grid.ActiveFilters).ToHaveTextAsync("Filtered by: Printed directions that contradict the scores.");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?printed=contradicts$"));
        await AssertAccessibleAsync("the grid filtered to printed directions that contradict the scores");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_grid_as_of_an_earlier_date_says_so_and_leaves_out_later_reviews()
    {
        var plan = await WidenedPlanArrange.InspectionPlanAsync();
        var grid = await GridPage.OpenAsync(Page, plan.PlanId);
        await Expect(grid.AsOfBanner).ToHaveCountAsync(0);
        await grid.OpenFiltersAsync();

        await grid.AsOf.FillAsync("2016-10-15");

        await Expect(grid.AsOfBanner).ToContainTextAsync("Figures as they stood on 15 October 2016");
        await Expect(grid.AsOfBanner).ToContainTextAsync("reviews held after that date are left out: the latest review shown is Update Sept 16 (30 September 2016).");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"\?asOf=2016-10-15$"));
        await Expect(grid.ReviewSummary).ToContainTextAsync("Deadlines judged on 15 October 2016.");
        var headings = (await grid.ColumnHeaders.AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        Assert.That(headings, Has.Some.StartsWith("Update Sept 16"));
        Assert.That(headings, Has.None.StartsWith("Update Nov 16"));
        await Expect(grid.AsOf).ToHaveValueAsync("2016-10-15");
        await Expect(grid.AsOf).ToBeFocusedAsync();
        await AssertAccessibleAsync("the grid as of an earlier date");

        // On paper the date heads the page too.
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(Page.GetByText("Figures as they stood on 15 October 2016 (an earlier date chosen).")).ToBeVisibleAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });

        await Page.GoBackAsync();
        await grid.WaitUntilLoadedAsync();
        await Expect(grid.AsOfBanner).ToHaveCountAsync(0);
        headings = (await grid.ColumnHeaders.AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        Assert.That(headings, Has.Some.StartsWith("Update Nov 16"));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_scale_whose_direction_is_not_stated_says_changed_and_what_each_reading_would_mean()
    {
        var plan = await WidenedPlanArrange.UnstatedScalePlanAsync();
        var grid = await GridPage.OpenAsync(Page, plan.PlanId);

        await Expect(Page.GetByText("which end is better is not stated").First).ToBeVisibleAsync();
        var direction = await grid.CellAsync("1", "Direction of travel");
        await Expect(direction).ToContainTextAsync("Changed");
        await Expect(direction).ToContainTextAsync("If higher is better: ↑ Improving");
        await Expect(direction).ToContainTextAsync("If lower is better: ↓ Declining");
        await Expect(direction).ToContainTextAsync("Printed: ↑ Improving (“up”)");
        await Expect(direction).Not.ToContainTextAsync("contradicts");
        // A level labelled only by its number is shown once, and a review known only by its label says it has no date.
        await Expect((await grid.CellAsync("1", "RAG 03/18")).Locator(".level-tag")).ToHaveTextAsync("2");
        var headings = (await grid.ColumnHeaders.AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        Assert.That(headings.First(h => h.StartsWith("RAG 03/18", StringComparison.Ordinal)), Does.Contain("no date"));

        await AssertAccessibleAsync("the grid of a scale whose direction is not stated, with levels that have no colour");
        AssertNoScriptErrors();
    }
}

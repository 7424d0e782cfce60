using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The dashboard's reconciliation of what a plan's documents printed with its scores, the date its figures were judged on,
/// and the figures as of an earlier date (issue 10). Arranged by <see cref="WidenedPlanArrange"/>.
/// </summary>
public sealed class DashboardReconciliationTests : BrowserTest
{
    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [Test]
    public async Task The_dashboard_reconciles_what_the_plan_printed_with_the_scores()
    {
        var plan = await WidenedPlanArrange.InspectionPlanAsync();

        var dashboard = await DashboardPage.OpenAsync(Page, plan.PlanId);

        await Expect(Page.GetByText("Overdue and due soon are judged on 23 November 2026 (today).")).ToBeVisibleAsync();
        var reconciliation = dashboard.Section("Printed figures and the scores");
        await Expect(reconciliation).ToContainTextAsync(
            "1 printed average disagrees and 1 printed direction of travel contradicts the scores. " +
            "1 item is complete only as printed in a source and 1 deadline date needs confirming.");

        // The board report printed 3.0; the scores give 2.7 (Amber 2, Amber 2, Completed 4), and the plan has no priorities.
        var averages = dashboard.Table("Averages printed for Update Nov 16, checked against the scores");
        var whole = dashboard.Row(averages, "Whole plan");
        var cells = await DashboardPage.CellsAsync(whole);
        Assert.That(cells[0], Does.StartWith("3.0").And.Contain("Disagrees with the scores"));
        Assert.That(cells[1], Is.EqualTo("2.7"));
        Assert.That(cells[2], Is.EqualTo("None: the plan has no priorities"));
        Assert.That(cells[3], Does.StartWith("Agrees with neither mean").And.Contain("3.0 was printed, but the scores give 2.7"));

        await Expect(dashboard.List("Printed directions of travel that contradict the scores (1)")).ToContainTextAsync("Scores say maintained; the source printed improving.");
        await Expect(dashboard.List("Direction overrides that contradict the scores (0)")).ToContainTextAsync("No override contradicts the scores.");
        await Expect(dashboard.List("Complete as printed in a source (1)")).ToContainTextAsync("Complete as printed in Board report, November 2016");
        var toConfirm = dashboard.List("Deadline dates to confirm (1)");
        await Expect(toConfirm).ToContainTextAsync("01/02/2027");
        await Expect(toConfirm.GetByRole(AriaRole.Link, new() { Name = "Recommendation 1" })).ToHaveAttributeAsync("href", $"/plans/{plan.PlanId}/items/recommendation/{plan.R1}");

        var addressees = dashboard.Table("Recommendations by the body the report addressed them to");
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(addressees, "the local authority")), Is.EqualTo(new[] { "2", "2" }));
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(addressees, "the safeguarding partnership")), Is.EqualTo(new[] { "1", "1" }));

        await AssertAccessibleAsync("the dashboard's reconciliation of printed figures");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_dashboard_as_of_an_earlier_date_says_so_and_has_nothing_printed_to_check_yet()
    {
        var plan = await WidenedPlanArrange.InspectionPlanAsync();
        var dashboard = await DashboardPage.OpenAsync(Page, plan.PlanId);

        await Page.GetByLabel("Figures as of").FillAsync("2016-10-15");
        await dashboard.ShowButton.ClickAsync();
        await dashboard.WaitUntilLoadedAsync();

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/dashboard\?asOf=2016-10-15$"));
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "Figures as they stood on 15 October 2016" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Figures at Update Sept 16 (the latest held by then), dated 30 September 2016, the plan’s first review.")).ToBeVisibleAsync();
        await Expect(Page.GetByText("Overdue and due soon are judged on 15 October 2016 (the date chosen")).ToBeVisibleAsync();
        await Expect(dashboard.ReviewSelect.Locator("option")).ToHaveCountAsync(1);
        await Expect(dashboard.List("Averages as printed (0)")).ToContainTextAsync("No average printed for Update Sept 16 has been recorded, so there is nothing to check.");
        await Expect(dashboard.List("Printed directions of travel that contradict the scores (0)")).ToContainTextAsync("No direction of travel printed for Update Sept 16 contradicts the scores.");
        await Expect(dashboard.List("Complete as printed in a source (0)")).ToBeVisibleAsync();
        await AssertAccessibleAsync("the dashboard as of an earlier date");

        await Page.GoBackAsync();
        await dashboard.WaitUntilLoadedAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "Figures as they stood on" })).ToHaveCountAsync(0);
        AssertNoScriptErrors();
    }

    [Test]
    public async Task For_a_scale_whose_direction_is_not_stated_the_dashboard_gives_what_the_printed_directions_imply()
    {
        var plan = await WidenedPlanArrange.UnstatedScalePlanAsync();

        var dashboard = await DashboardPage.OpenAsync(Page, plan.PlanId);

        var reading = dashboard.List("Which end of the scale is better");
        await Expect(reading).ToContainTextAsync("does not say which end is better");
        await Expect(reading).ToContainTextAsync("the plan reads as if a higher level is better");
        await Expect(reading).ToContainTextAsync("1 of 1 fit “higher is better”");
        await Expect(dashboard.Figure("At the worst level")).ToContainTextAsync("Not known");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "the worst level" })).ToHaveCountAsync(0);
        var directions = dashboard.Table("Direction of travel, worked out from the scores");
        Assert.That(await DashboardPage.CellsAsync(dashboard.Row(directions, "Changed")), Is.EqualTo(new[] { "1" }));
        await AssertAccessibleAsync("the dashboard of a scale whose direction is not stated");
        AssertNoScriptErrors();
    }
}

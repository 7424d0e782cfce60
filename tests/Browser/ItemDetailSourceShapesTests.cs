using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// An item's page holding every field of the item as real sources print it (issue 10): people and deadlines taken from
/// the row above, addressees, dates to confirm, printed directions, completions printed before the tracker, undated
/// reviews. Arranged by <see cref="WidenedPlanArrange"/>.
/// </summary>
public sealed class ItemDetailSourceShapesTests : BrowserTest
{
    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    private ILocator Fact(string term) => new ItemDetailPage(Page).Fact(term);

    [Test]
    public async Task An_unnumbered_action_shows_the_lead_and_deadline_it_takes_from_its_recommendation()
    {
        var plan = await WidenedPlanArrange.InspectionPlanAsync();

        var item = await ItemDetailPage.OpenAsync(Page, plan.PlanId, "action", plan.UnnumberedAction);

        await Expect(item.Heading).ToHaveTextAsync("Action 1 / unnumbered");
        await Expect(item.Breadcrumb.GetByRole(AriaRole.Link).Last).ToHaveTextAsync("Recommendation 1");
        await Expect(item.Breadcrumb).ToContainTextAsync("Unnumbered action (the first under its recommendation)");
        await Expect(Fact("Number")).ToHaveTextAsync("Unnumbered: the source printed no number for it");
        await Expect(Fact("Assigned lead")).ToContainTextAsync("Dana Whitfield");
        await Expect(Fact("Assigned lead")).ToContainTextAsync("(from recommendation 1)");
        await Expect(Fact("Deadline")).ToContainTextAsync("01/02/2027");
        await Expect(Fact("Deadline")).ToContainTextAsync("(from recommendation 1)");
        await Expect(Fact("Deadline")).ToContainTextAsync("To confirm");
        await AssertAccessibleAsync("an unnumbered action's page");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_recommendation_shows_its_addressees_and_the_printed_direction_the_scores_contradict()
    {
        var plan = await WidenedPlanArrange.InspectionPlanAsync();

        var item = await ItemDetailPage.OpenAsync(Page, plan.PlanId, "recommendation", plan.R1);

        await Expect(Fact("Addressed to")).ToHaveTextAsync("the local authority");
        await Expect(Fact("Assigned lead")).Not.ToContainTextAsync("from");
        await Expect(item.Section("Direction of travel")).ToContainTextAsync("Maintained at Update Nov 16");
        await Expect(item.Section("Direction of travel")).ToContainTextAsync("The source printed Improving for Update Nov 16.");
        await Expect(item.Section("Direction of travel")).ToContainTextAsync("The printed direction contradicts the scores");
        await Expect(item.HistoryRow("Update Nov 16")).ToContainTextAsync("Direction: Improving");
        await AssertAccessibleAsync("a recommendation with a contradicting printed direction");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_completion_printed_before_the_tracker_is_shown_with_its_document_not_as_a_sign_off()
    {
        var plan = await WidenedPlanArrange.InspectionPlanAsync();

        var item = await ItemDetailPage.OpenAsync(Page, plan.PlanId, "recommendation", plan.R3);

        await Expect(item.SignOff).ToContainTextAsync("Complete as printed");
        await Expect(item.SignOff).ToContainTextAsync("as printed in Board report, November 2016");
        await Expect(item.SignOff).Not.ToContainTextAsync("Waiting for sign-off");
        await Expect(item.HistoryRow("Update Nov 16")).ToContainTextAsync("Complete as printed in Board report, November 2016");
        await AssertAccessibleAsync("a completion printed before the tracker");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Reviews_without_a_date_keep_their_place_in_the_history_and_say_they_have_no_date()
    {
        var plan = await WidenedPlanArrange.UnstatedScalePlanAsync();

        var item = await ItemDetailPage.OpenAsync(Page, plan.PlanId, "recommendation", plan.R1);

        await Expect(item.HistoryTable.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["RAG 01/18", "RAG 03/18"]);
        await Expect(item.HistoryRow("RAG 01/18")).ToContainTextAsync("no date");
        await Expect(item.HistoryRow("RAG 03/18")).ToContainTextAsync("no date");
        await Expect(item.Chart).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("which end is better is not stated. RAG 01/18: 1; RAG 03/18: 2"));
        // The updates keep the columns' order, which the dates of undated reviews cannot give.
        await Expect(item.Updates.First).ToContainTextAsync("RAG 03/18");
        await Expect(item.Updates.Last).ToContainTextAsync("RAG 01/18");
        await Expect(item.Section("Direction of travel")).ToContainTextAsync("If higher is better: improving");
        await Expect(item.Section("Direction of travel")).ToContainTextAsync("If lower is better: declining");
        await AssertAccessibleAsync("the history of an item whose reviews have no dates");
        AssertNoScriptErrors();
    }
}

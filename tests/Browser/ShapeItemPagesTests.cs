using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api.Shapes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The item page of one plan of each real shape (docs/domain.md, "The shapes real plans take"), built through the API by
/// the shape builders in tests/Api/Shapes, as the API, grid and report tests build them: every field the shape carries is
/// on the page of the item that holds it, as held. Found by roles and labels; axe on every page visited.
/// </summary>
public sealed class ShapeItemPagesTests : BrowserTest
{
    private readonly HttpClient loaderClient = TrackerApp.ClientFor("Improvement Team Loader");

    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    private static Regex Whole(string pattern) => new($"^{pattern}$");

    private async Task<ItemDetailPage> OpenAsync(long planId, string kind, long itemId) => await ItemDetailPage.OpenAsync(Page, planId, kind, itemId);

    [Test]
    public async Task An_inspection_recommendation_plans_items_show_both_leads_the_lettered_actions_and_the_printed_direction_beside_the_computed_one()
    {
        const string september = InspectionRecommendationPlan.September, november = InspectionRecommendationPlan.November;
        var plan = await InspectionRecommendationPlan.LoadAsync(new Loader(loaderClient));

        // Recommendation 1: two assigned leads in printed order, a role-only owner by role, its actions lettered and not.
        var item = await OpenAsync(plan.PlanId, "recommendation", plan.R1);
        await Expect(item.Heading).ToHaveTextAsync("Recommendation 1");
        await Expect(Page.GetByText(InspectionRecommendationPlan.Rec1)).ToBeVisibleAsync();
        await Expect(item.Fact("Assigned lead")).ToHaveTextAsync(Whole(
            @"Marion Keane, Service Manager, Assessment and Intervention\s*Daniel Osei, Strategic Lead, Quality and Performance"));
        await Expect(item.Fact("Owner(s)")).ToHaveTextAsync("Principal Social Worker");
        await Expect(item.Fact("Deadline")).ToContainTextAsync("December 2026");
        await Expect(item.Fact("Answers report recommendation")).ToHaveTextAsync("1");
        await Expect(item.Children).ToHaveTextAsync(["Action 1 / A", "Action 1 / B", "Unnumbered action (the third under its recommendation)"]);
        await Expect(item.Children.Last).ToHaveAttributeAsync("href", $"/plans/{plan.PlanId}/items/action/{plan.Unlettered}");
        await Expect(item.Section("Items under this one")).ToContainTextAsync(InspectionRecommendationPlan.Rec1Unlettered);
        // The score did not move, the sheet printed "Improving": both are shown, and that they disagree.
        await Expect(item.HistoryRow(september)).ToContainTextAsync("2 Two");
        await Expect(item.HistoryRow(november)).ToContainTextAsync("2 Two");
        await Expect(item.HistoryRow(november)).ToContainTextAsync("Direction: Improving");
        var direction = item.Section("Direction of travel");
        await Expect(direction).ToContainTextAsync($"Maintained at {november}, worked out from the scores (compared with {september}).");
        await Expect(direction).ToContainTextAsync($"The source printed Improving for {november}.");
        await Expect(direction).ToContainTextAsync("The printed direction contradicts the scores");
        await Expect(item.Updates.First).ToContainTextAsync(InspectionRecommendationPlan.Rec1November);
        await Expect(item.Updates.First).ToContainTextAsync("9 November 2026");
        await AssertAccessibleAsync("an inspection plan's recommendation with two leads, lettered actions and a contradicting printed direction");

        // Recommendation 2: a role-only lead first, by role; 3 to 2 on a scale whose direction nobody stated is "changed",
        // with both readings; the printed "Improving" fits one of them, so it is not called a contradiction. Its updates
        // were undated and stay so.
        item = await OpenAsync(plan.PlanId, "recommendation", plan.R2);
        await Expect(item.Fact("Assigned lead")).ToHaveTextAsync(Whole(
            @"Head of Service, Children in Care\s*Daniel Osei, Strategic Lead, Quality and Performance"));
        await Expect(item.HistoryRow(september)).ToContainTextAsync("3 Three");
        await Expect(item.HistoryRow(november)).ToContainTextAsync("2 Two");
        direction = item.Section("Direction of travel");
        await Expect(direction).ToContainTextAsync($"Changed at {november}, worked out from the scores");
        await Expect(direction).ToContainTextAsync("does not say which end is better, so the tracker does not judge this move.");
        await Expect(direction.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["If higher is better: declining", "If lower is better: improving"]);
        await Expect(direction).ToContainTextAsync($"The source printed Improving for {november}.");
        await Expect(direction).Not.ToContainTextAsync("contradicts");
        await Expect(item.Updates).ToHaveCountAsync(2);
        await Expect(item.Updates.First).ToContainTextAsync(InspectionRecommendationPlan.Rec2November);
        await Expect(item.Updates.First).ToContainTextAsync($"{november}, undated (placed at the review’s date, 16 November 2026)");
        await Expect(item.Updates.Last).ToContainTextAsync($"{september}, undated (placed at the review’s date, 21 September 2026)");
        await AssertAccessibleAsync("a recommendation with a role-only lead that changed on a scale whose direction is not stated");

        // The action written without a letter is unnumbered, never given one, and answers to its recommendation's people.
        item = await OpenAsync(plan.PlanId, "action", plan.Unlettered);
        await Expect(item.Heading).ToHaveTextAsync("Action 1 / unnumbered");
        await Expect(item.Breadcrumb).ToContainTextAsync("Unnumbered action (the third under its recommendation)");
        await Expect(item.Fact("Number")).ToHaveTextAsync("Unnumbered: the source printed no number for it");
        await Expect(item.Fact("Carried over from")).ToHaveTextAsync("Report paragraph 27");
        await Expect(item.Fact("Assigned lead")).ToContainTextAsync("Marion Keane");
        await Expect(item.Fact("Assigned lead")).ToContainTextAsync("(from recommendation 1)");
        await Expect(item.Fact("Owner(s)")).ToContainTextAsync("Principal Social Worker");
        await Expect(item.Fact("Deadline")).ToContainTextAsync("December 2026");
        await Expect(item.Fact("Deadline")).ToContainTextAsync("(from recommendation 1)");
        await AssertAccessibleAsync("an unlettered action of an inspection plan");

        // Action B names its own lead, owner and "By when", and takes nothing from the row above.
        item = await OpenAsync(plan.PlanId, "action", plan.ActionB);
        await Expect(item.Heading).ToHaveTextAsync("Action 1 / B");
        await Expect(item.Fact("Assigned lead")).ToHaveTextAsync("Daniel Osei, Strategic Lead, Quality and Performance");
        await Expect(item.Fact("Owner(s)")).ToHaveTextAsync("Principal Social Worker");
        await Expect(item.Fact("Deadline")).ToContainTextAsync("Mar-27");
        await Expect(item.Fact("Deadline")).Not.ToContainTextAsync("from");
        await AssertAccessibleAsync("a lettered action with its own people");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_service_development_plans_success_measures_show_their_own_or_their_actions_people_and_undated_review_columns_with_placeholders_as_no_score()
    {
        const string initial = ServiceDevelopmentPlan.Initial, may = ServiceDevelopmentPlan.May, september = ServiceDevelopmentPlan.September, november = ServiceDevelopmentPlan.November;
        var plan = await ServiceDevelopmentPlan.LoadAsync(new Loader(loaderClient));

        // The first measure names its own lead, responsible officer and deadline.
        var item = await OpenAsync(plan.PlanId, "measure", plan.Measure1);
        await Expect(item.Heading).ToHaveTextAsync("Success measure 1 / 1.1 / a");
        await Expect(item.Breadcrumb.GetByRole(AriaRole.Link)).ToHaveTextAsync([ServiceDevelopmentPlan.Title, "Priority 1", "Action 1.1"]);
        await Expect(item.Fact("Lead")).ToHaveTextAsync("Lucy Fairbrother, Practice Educator");
        await Expect(item.Fact("Responsible officer")).ToHaveTextAsync("Owen Hughes, Team Manager, Front Door");
        await Expect(item.Fact("Deadline")).ToContainTextAsync("31/01/2027");
        await Expect(item.Fact("Deadline")).Not.ToContainTextAsync("from action");
        // Review columns known only by their labels: each keeps its place and says it has no date; "RAG initial" first.
        await Expect(item.HistoryTable.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync([initial, may, september, november]);
        foreach (var review in new[] { initial, may, september, november })
            await Expect(item.HistoryRow(review)).ToContainTextAsync("no date");
        await Expect(item.HistoryRow(initial)).ToContainTextAsync("1 Not started or seriously delayed");
        await Expect(item.HistoryRow(september)).ToContainTextAsync("3 On track");
        // The zero typed into next review's column is no score, with the text as the sheet had it.
        await Expect(item.HistoryRow(november)).ToContainTextAsync("No score “0”");
        await Expect(item.Chart).ToHaveAttributeAsync("aria-label", new Regex(
            $"{initial}: 1 Not started or seriously delayed; {may}: 2 Started with some delay; {september}: 3 On track; {november}: no score"));
        await Expect(item.Updates).ToHaveCountAsync(2);
        await Expect(item.Updates.First).ToContainTextAsync(ServiceDevelopmentPlan.M1September);
        await Expect(item.Updates.First).ToContainTextAsync($"{september}, no date");
        await Expect(item.Updates.Last).ToContainTextAsync("Front door staffing agreed.");
        await AssertAccessibleAsync("a success measure with its own lead, officer and deadline in undated review columns");

        // The second measure, printed without a number, names nobody and no deadline: it takes its action's, and says so.
        item = await OpenAsync(plan.PlanId, "measure", plan.Measure2);
        await Expect(item.Heading).ToHaveTextAsync("Success measure 1 / 1.1 / unnumbered");
        await Expect(item.Fact("Number")).ToHaveTextAsync("Unnumbered: the source printed no number for it");
        await Expect(item.Fact("Lead")).ToHaveTextAsync(Whole(@"Priya Raman, Head of Service, Early Help\s*\(from action 1 / 1\.1\)"));
        await Expect(item.Fact("Responsible officer")).ToHaveTextAsync(Whole(@"Owen Hughes, Team Manager, Front Door\s*\(from action 1 / 1\.1\)"));
        await Expect(item.Fact("Deadline")).ToContainTextAsync("June - Dec 26");
        await Expect(item.Fact("Deadline")).ToContainTextAsync("(from action 1 / 1.1)");
        await Expect(item.HistoryRow(november)).ToContainTextAsync("No score “0”");
        await AssertAccessibleAsync("an unnumbered success measure that takes its action's people and deadline");

        // A drop-down left on its prompt is no score too, shown with the prompt as printed.
        item = await OpenAsync(plan.PlanId, "measure", plan.Measure4);
        await Expect(item.HistoryRow(november)).ToContainTextAsync("No score “Score - please select”");
        await AssertAccessibleAsync("a success measure whose next review holds a drop-down prompt");

        // The action carried over from the inspection keeps its tag; the priority its outcome statement.
        item = await OpenAsync(plan.PlanId, "action", plan.A12);
        await Expect(item.Fact("Carried over from")).ToHaveTextAsync("Ofsted rec 14");
        await Expect(item.Fact("Lead")).ToHaveTextAsync("Priya Raman, Head of Service, Early Help");
        await Expect(item.Children).ToHaveTextAsync(["Success measure 1 / 1.2 / a"]);
        await AssertAccessibleAsync("an action carried over from the inspection");
        item = await OpenAsync(plan.PlanId, "priority", plan.P1);
        await Expect(item.Fact("Outcome")).ToHaveTextAsync(ServiceDevelopmentPlan.Outcome1);
        await Expect(item.Children).ToHaveTextAsync(["Action 1 / 1.1", "Action 1 / 1.2"]);
        await AssertAccessibleAsync("a priority with its outcome statement");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_peer_review_plans_recommendations_keep_their_merged_numbers_leads_by_initials_a_completion_as_printed_and_dated_updates()
    {
        const string june = PeerReviewPlan.June, october = PeerReviewPlan.October;
        var plan = await PeerReviewPlan.LoadAsync(new Loader(loaderClient));

        // "7 (14)" keeps the review's own numbering; its lead is printed as initials; October had no update.
        var item = await OpenAsync(plan.PlanId, "recommendation", plan.R7);
        await Expect(item.Heading).ToHaveTextAsync("Recommendation 7 (14)");
        await Expect(item.Fact("Reference")).ToHaveTextAsync("7 (14)");
        await Expect(item.Fact("Lead")).ToHaveTextAsync("SK");
        await Expect(item.Fact("Deadline")).ToContainTextAsync("June/July 2026");
        await Expect(item.HistoryRow(june)).ToContainTextAsync("2 Amber");
        await Expect(item.HistoryRow(june)).ToContainTextAsync("Printed as “AMBER”");
        await Expect(item.HistoryRow(october)).ToContainTextAsync("No score “update not available”");
        await AssertAccessibleAsync("a peer review recommendation numbered 7 (14)");

        // COMPLETED was printed in board papers before the tracker: complete as printed, with its document, not a sign-off.
        item = await OpenAsync(plan.PlanId, "recommendation", plan.R1);
        await Expect(item.Fact("Lead")).ToHaveTextAsync("JT");
        await Expect(item.SignOff).ToContainTextAsync("Complete as printed");
        await Expect(item.SignOff).ToContainTextAsync($"as printed in {PeerReviewPlan.Source}");
        await Expect(item.SignOff).ToContainTextAsync("the board has not signed it off here");
        await Expect(item.SignOff).Not.ToContainTextAsync("Waiting for sign-off");
        await Expect(item.SignOff).Not.ToContainTextAsync("Signed off by");
        await Expect(item.SignOffButton).ToHaveCountAsync(0);
        await Expect(item.HistoryRow(october)).ToContainTextAsync("4 Completed");
        await Expect(item.HistoryRow(october)).ToContainTextAsync($"Complete as printed in {PeerReviewPlan.Source}");
        await AssertAccessibleAsync("a recommendation complete as printed before the tracker");

        // Two leads by initials in printed order; the dated update of each review and the dated log entry between them.
        item = await OpenAsync(plan.PlanId, "recommendation", plan.R5);
        await Expect(item.Heading).ToHaveTextAsync("Recommendation 5 (6, 7)");
        await Expect(item.Fact("Lead")).ToHaveTextAsync(Whole(@"RM\s*SK"));
        await Expect(item.Section("Direction of travel")).ToContainTextAsync($"Improving at {october}");
        await Expect(item.Updates).ToContainTextAsync([PeerReviewPlan.Rec5October, PeerReviewPlan.Rec5Log, "68% of plans issued within 20 weeks."]);
        await Expect(item.Updates.First).ToContainTextAsync($"{october}, 14 October 2026");
        await Expect(item.Updates.First).ToContainTextAsync("3 Green");
        await Expect(item.Updates.Nth(1)).ToContainTextAsync($"{october}, 2 October 2026, progress log, by RM");
        await Expect(item.Updates.Nth(1)).ToContainTextAsync("From Peer review action plan, October update");
        await Expect(item.Updates.Last).ToContainTextAsync($"{june}, 20 June 2026");
        await AssertAccessibleAsync("a merged peer review recommendation with dated updates and a log entry");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_campaign_plans_unnumbered_action_shows_its_running_log_of_dated_notes_and_the_undated_one()
    {
        const string september = CampaignPlan.September, november = CampaignPlan.November;
        var plan = await CampaignPlan.LoadAsync(new Loader(loaderClient));

        // Neither the outcome nor its actions carry a number, and none is invented; two unnumbered actions stay apart.
        var item = await OpenAsync(plan.PlanId, "priority", plan.O1);
        await Expect(item.Heading).ToHaveTextAsync("Priority unnumbered");
        await Expect(item.Fact("Number")).ToHaveTextAsync("Unnumbered: the source printed no number for it");
        await Expect(Page.GetByText(CampaignPlan.Outcome1, new() { Exact = true })).ToBeVisibleAsync();
        await Expect(item.Children).ToHaveTextAsync(["Unnumbered action (the first under its priority)", "Unnumbered action (the second under its priority)"]);
        await Expect(item.Children.First).ToHaveAttributeAsync("href", $"/plans/{plan.PlanId}/items/action/{plan.CampaignAction}");
        await AssertAccessibleAsync("a campaign plan's unnumbered outcome");

        item = await OpenAsync(plan.PlanId, "action", plan.CampaignAction);
        await Expect(item.Heading).ToHaveTextAsync("Action unnumbered");
        await Expect(item.Breadcrumb.GetByRole(AriaRole.Link)).ToHaveTextAsync([CampaignPlan.Title, "Unnumbered priority (the first in the plan)"]);
        await Expect(item.Breadcrumb).ToContainTextAsync("Unnumbered action (the first under its priority)");
        await Expect(item.Fact("Reference")).ToHaveTextAsync("unnumbered");
        await Expect(item.Fact("Number")).ToHaveTextAsync("Unnumbered: the source printed no number for it");
        await Expect(item.Fact("Lead")).ToHaveTextAsync("Nadia Flynn, Fostering Recruitment Officer");
        await Expect(item.Fact("Deadline")).ToContainTextAsync("Sept 2026 - March 2027");
        // The RAG was only a fill colour: the level read from it, and the fill as the sheet had it.
        await Expect(item.HistoryRow(september)).ToContainTextAsync("2 Amber");
        await Expect(item.HistoryRow(september)).ToContainTextAsync("Printed as “#FFCC00 fill”");
        await Expect(item.HistoryRow(november)).ToContainTextAsync("3 Green");
        // The progress cell's running log, newest first: the undated note stays undated and counts by its review's date.
        await Expect(item.Updates).ToHaveCountAsync(5);
        await Expect(item.Updates).ToContainTextAsync(Enumerable.Reverse(CampaignPlan.CampaignLog).Select(e => e.Text).ToArray());
        await Expect(item.Updates.First).ToContainTextAsync($"{november}, undated (placed at the review’s date, 18 November 2026), progress log");
        await Expect(item.Updates.Nth(1)).ToContainTextAsync($"{november}, 10 November 2026, progress log");
        await Expect(item.Updates.Nth(2)).ToContainTextAsync($"{november}, 6 October 2026, progress log");
        await Expect(item.Updates.Nth(3)).ToContainTextAsync($"{september}, 29 August 2026, progress log");
        await Expect(item.Updates.Last).ToContainTextAsync($"{september}, 14 July 2026, progress log");
        await Expect(item.Updates.Last).ToContainTextAsync("From Campaign plan, progress column");
        await SaveScreenshotAsync("shape-campaign-action.png", "A campaign plan's unnumbered action with its running log");
        await AssertAccessibleAsync("a campaign action with a running log of dated and undated notes");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task An_inspectorate_lists_recommendations_show_addressees_a_real_zero_score_and_the_report_recommendation_each_answers()
    {
        const string july = InspectorateRecommendationList.July, october = InspectorateRecommendationList.October;
        var plan = await InspectorateRecommendationList.LoadAsync(new Loader(loaderClient));

        // HMIP's scale starts at 0: a 0 is "0 Inadequate", a real and bad score, never "no score".
        var item = await OpenAsync(plan.PlanId, "recommendation", plan.R1);
        await Expect(item.Fact("Addressed to")).ToHaveTextAsync(InspectorateRecommendationList.Board);
        await Expect(item.Fact("Lead officer")).ToHaveTextAsync("Carys Pugh, Head of Youth Justice");
        await Expect(item.Fact("Judgement area")).ToHaveTextAsync("Domain one: organisational delivery");
        await Expect(item.Fact("Report paragraphs")).ToHaveTextAsync("1.1, 1.2");
        await Expect(item.Fact("Answers report recommendation")).ToHaveTextAsync("1");
        await Expect(item.HistoryRow(july)).ToContainTextAsync("0 Inadequate");
        await Expect(item.HistoryRow(july)).Not.ToContainTextAsync("No score");
        await Expect(item.HistoryRow(october)).ToContainTextAsync("1 Requires improvement");
        await Expect(item.Chart).ToHaveAttributeAsync("aria-label", new Regex($"{july}: 0 Inadequate; {october}: 1 Requires improvement"));
        await Expect(item.Updates.Last).ToContainTextAsync("0 Inadequate");
        await Expect(item.Section("Direction of travel")).ToContainTextAsync($"Improving at {october}, worked out from the scores (compared with {july}).");
        await AssertAccessibleAsync("an inspectorate recommendation scored 0 then 1");

        // Two addressees and two leads, each in printed order; 0 twice is maintained at 0.
        item = await OpenAsync(plan.PlanId, "recommendation", plan.R2);
        await Expect(item.Fact("Addressed to")).ToHaveTextAsync(Whole($@"the local authority\s*{InspectorateRecommendationList.Board}"));
        await Expect(item.Fact("Lead officer")).ToHaveTextAsync(Whole(@"Virtual School Head\s*Carys Pugh, Head of Youth Justice"));
        await Expect(item.HistoryRow(july)).ToContainTextAsync("0 Inadequate");
        await Expect(item.HistoryRow(october)).ToContainTextAsync("0 Inadequate");
        await Expect(item.Section("Direction of travel")).ToContainTextAsync($"Maintained at {october}");
        await AssertAccessibleAsync("an inspectorate recommendation addressed to two bodies, at 0 in both reviews");

        // The plan renumbered report recommendation 14 as its 7: the page says which of the report's it answers.
        item = await OpenAsync(plan.PlanId, "recommendation", plan.R7);
        await Expect(item.Heading).ToHaveTextAsync("Recommendation 7 (14)");
        await Expect(item.Fact("Answers report recommendation")).ToHaveTextAsync("14");
        await Expect(item.Fact("Addressed to")).ToHaveTextAsync("the service");
        await AssertAccessibleAsync("a renumbered recommendation answering report recommendation 14");

        // The council's own recommendation answers none of the report's and is addressed to nobody: neither is made up.
        item = await OpenAsync(plan.PlanId, "recommendation", plan.R8);
        await Expect(item.Fact("Reference")).ToHaveTextAsync("8");
        await Expect(Page.GetByRole(AriaRole.Term).Filter(new() { HasTextRegex = new Regex("^Answers report recommendation") })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Term).Filter(new() { HasTextRegex = new Regex("^Addressed to$") })).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the council's own recommendation");
        AssertNoScriptErrors();
    }
}

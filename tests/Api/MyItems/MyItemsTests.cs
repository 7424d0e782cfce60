using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api.Grid;
using ActionPlanTracker.Tests.Api.Reviews;

namespace ActionPlanTracker.Tests.Api.MyItems;

/// <summary>GET /api/my-items: a service manager's items in each active plan's open review, by the rule that lets them save.</summary>
public sealed class MyItemsTests
{
    public sealed record MyItemsDto(long? PersonId, string? Reason, DateOnly Today, List<PlanDto> Plans, List<WaitingPlanDto> PlansWithoutOpenReview);

    public sealed record PlanDto(long PlanId, string PlanTitle, string ScoreLevel, ScaleDto Scale, ReviewRefDto Review, ReviewRefDto? PreviousReview,
        int ItemCount, int NeedsUpdateCount, List<ItemDto> Items);

    public sealed record ScaleDto(long Id, string Name, bool HigherIsBetter, List<LevelDto> Levels);

    public sealed record LevelDto(int Value, string Label, string? Meaning, string Colour, bool MeansComplete);

    public sealed record ReviewRefDto(long Id, string Label, DateOnly ReviewDate);

    public sealed record WaitingPlanDto(long PlanId, string PlanTitle, int ItemCount);

    public sealed record ItemDto(string ItemType, long ItemId, string Reference, string Text, string? DeadlineText, string DeadlineStatus,
        List<string> Why, ScoreDto? Score, PreviousDto? Previous, List<string> Stale, bool NeedsUpdate);

    public sealed record ScoreDto(long Id, int? Level, string? LevelLabel, string? Narrative, DateOnly? NarrativeDate, string? RecordedAs,
        string? Evidence, string? SignOffStatus, string UpdatedBy, string UpdatedAt, long Version);

    public sealed record PreviousDto(long ReviewId, string ReviewLabel, int? Level, string? LevelLabel, string? RecordedAs, string? Narrative,
        DateOnly? NarrativeDate);

    private readonly HttpClient admin = TrackerApp.ClientFor("My Items Administrator");

    private async Task<long> ReviewAsync(long planId, string label, string date) =>
        (await (await admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label, reviewDate = date })).ReadAsync<ReviewTests.ReviewDto>()).Id;

    private async Task CloseAsync(long planId, long reviewId, string label, string date)
    {
        var closed = await admin.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}", new { label, reviewDate = date, status = "closed" }, "*");
        Assert.That(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
    }

    private static async Task<MyItemsDto> MyItemsAsync(HttpClient client) =>
        await (await client.GetAsync("/api/my-items")).ReadAsync<MyItemsDto>();

    [Test]
    public async Task A_manager_gets_exactly_the_recommendations_they_lead_or_whose_actions_they_lead_own_or_answer_for()
    {
        var aisha = await Arrange.PersonAsync("Aisha Rahman", "Service Manager");
        var tom = await Arrange.PersonAsync("Tom Okafor", "Service Manager");
        var planId = await Arrange.PlanAsync(admin, title: "My items: inspection plan");
        var led = await Arrange.RecommendationAsync(admin, planId, "1", "Recommendation Aisha leads", leadIds: [aisha, tom]);
        var viaLead = await Arrange.RecommendationAsync(admin, planId, "2", "One of its actions is Aisha's to lead", leadIds: [tom]);
        await Arrange.ActionAsync(admin, planId, recommendationId: viaLead, code: "A", leadId: aisha);
        var viaOwner = await Arrange.RecommendationAsync(admin, planId, "3", "Aisha owns one of its actions", leadIds: [tom]);
        await Arrange.ActionAsync(admin, planId, recommendationId: viaOwner, code: "A", leadId: tom, ownerIds: [tom, aisha]);
        var viaOwnerOfRecommendation = await Arrange.RecommendationAsync(admin, planId, "4", "Aisha owns the recommendation itself", leadIds: [tom]);
        await admin.PutJsonAsync($"/api/plans/{planId}/recommendations/{viaOwnerOfRecommendation}",
            new { number = "4", text = "Aisha owns the recommendation itself", leadIds = new[] { tom }, ownerIds = new[] { aisha } }, "*");
        var notHers = await Arrange.RecommendationAsync(admin, planId, "5", "Tom's alone", leadIds: [tom]);
        await Arrange.ActionAsync(admin, planId, recommendationId: notHers, code: "A", leadId: tom, ownerIds: [tom]);
        var reviewId = await ReviewAsync(planId, "Update November 26", "2026-11-20");
        var manager = TrackerApp.ClientFor("Aisha Rahman", "manager", aisha);

        var mine = await MyItemsAsync(manager);

        Assert.That(mine.PersonId, Is.EqualTo(aisha));
        Assert.That(mine.Reason, Is.Null);
        var plan = mine.Plans.Single();
        Assert.That((plan.PlanId, plan.Review.Id, plan.ScoreLevel), Is.EqualTo((planId, reviewId, "recommendation")));
        Assert.That(plan.Items.Select(i => (i.ItemId, i.Reference, string.Join(",", i.Why))), Is.EqualTo(new[]
        {
            (led, "1", "recommendationLead"),
            (viaLead, "2", "actionLead"),
            (viaOwner, "3", "actionOwner"),
            (viaOwnerOfRecommendation, "4", "recommendationOwner"),
        }));
        Assert.That(plan.Scale.Levels.Select(l => l.Value), Is.EqualTo(new[] { 1, 2, 3 }), "the plan's own scale, 1 to 3");

        // The list and the permission are one rule: every listed item saves, the one left out is refused.
        foreach (var item in plan.Items)
        {
            var saved = await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{item.ItemId}", new { level = 2 }, null);
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"recommendation {item.Reference}");
        }
        var refused = await manager.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{notHers}", new { level = 2 }, null);
        await refused.ReadProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task In_plans_that_score_actions_or_measures_the_items_are_those_rows_with_the_reason_for_each()
    {
        var jo = await Arrange.PersonAsync("Jo Evans", "Team Manager");
        var actionPlan = await Arrange.PlanAsync(admin, scaleId: 1, scoreLevel: "action", title: "My items: action plan");
        var recommendation = await Arrange.RecommendationAsync(admin, actionPlan, "7 (14)", leadIds: [jo]);
        var underHerRecommendation = await Arrange.ActionAsync(admin, actionPlan, recommendationId: recommendation, code: "B");
        var other = await Arrange.RecommendationAsync(admin, actionPlan, "8");
        var owned = await Arrange.ActionAsync(admin, actionPlan, recommendationId: other, code: "A", ownerIds: [jo]);
        await Arrange.ActionAsync(admin, actionPlan, recommendationId: other, code: "C");
        await ReviewAsync(actionPlan, "RAG 11/26", "2026-11-20");

        var measurePlan = await Arrange.PlanAsync(admin, scaleId: 1, groupedByPriority: true, scoreLevel: "measure", title: "My items: development plan");
        var priority = await Arrange.PriorityAsync(admin, measurePlan, "2");
        var action = await Arrange.ActionAsync(admin, measurePlan, priorityId: priority, code: "2.1", leadId: jo, deadlineText: "Sep-26");
        var first = await Arrange.MeasureAsync(admin, measurePlan, action, "First measure", number: "1");
        var second = await Arrange.MeasureAsync(admin, measurePlan, action, "Second measure");
        var otherAction = await Arrange.ActionAsync(admin, measurePlan, priorityId: priority, code: "2.2");
        await Arrange.MeasureAsync(admin, measurePlan, otherAction, "Not hers");
        // A measure can name its own responsible officer and deadline, under an action she has nothing to do with.
        var ownMeasure = await Arrange.MeasureAsync(admin, measurePlan, otherAction, "Hers alone", ownerIds: [jo], deadlineText: "Mar-27");
        await ReviewAsync(measurePlan, "RAG 11/26", "2026-11-20");

        var mine = await MyItemsAsync(TrackerApp.ClientFor("Jo Evans", "manager", jo));

        var actions = mine.Plans.Single(p => p.PlanId == actionPlan);
        Assert.That(actions.Items.Select(i => (i.ItemType, i.ItemId, i.Reference, string.Join(",", i.Why))), Is.EqualTo(new[]
        {
            ("action", underHerRecommendation, "7 (14) / B", "recommendationLead"),
            ("action", owned, "8 / A", "actionOwner"),
        }));
        var measures = mine.Plans.Single(p => p.PlanId == measurePlan);
        Assert.That(measures.Items.Select(i => (i.ItemType, i.ItemId, i.Reference, i.Text, i.DeadlineText, i.DeadlineStatus)), Is.EqualTo(new[]
        {
            ("measure", first, "2 / 2.1 / 1", "First measure", (string?)"Sep-26", "overdue"),
            ("measure", second, "2 / 2.1", "Second measure", (string?)"Sep-26", "overdue"),
            ("measure", ownMeasure, "2 / 2.2", "Hers alone", (string?)"Mar-27", "notDue"),
        }), "a measure takes its action's deadline unless it has its own; September 2026 has passed on 23 November; an unnumbered measure adds nothing to the reference");
        Assert.That(measures.Items.Select(i => string.Join(",", i.Why)), Is.EqualTo(new[] { "actionLead", "actionLead", "measureOwner" }));
    }

    [Test]
    public async Task Only_each_active_plans_open_review_counts_and_closed_or_draft_plans_list_nothing()
    {
        var sam = await Arrange.PersonAsync("Sam Patel", "Service Manager");
        async Task<long> PlanLedBySam(string title, string status = "active")
        {
            var planId = await Arrange.PlanAsync(admin, title: title);
            await Arrange.RecommendationAsync(admin, planId, "1", leadIds: [sam]);
            if (status != "active")
            {
                var plan = await admin.GetAsync($"/api/plans/{planId}");
                var body = JsonNode.Parse(await plan.Content.ReadAsStringAsync())!.AsObject();
                body["status"] = status;
                var changed = await admin.PutJsonAsync($"/api/plans/{planId}", body, plan.ETag());
                Assert.That(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
            }
            return planId;
        }

        var open = await PlanLedBySam("My items: open review");
        var september = await ReviewAsync(open, "Update September 26", "2026-09-30");
        await CloseAsync(open, september, "Update September 26", "2026-09-30");
        var november = await ReviewAsync(open, "Update November 26", "2026-11-20");

        var allClosed = await PlanLedBySam("My items: between reviews");
        await CloseAsync(allClosed, await ReviewAsync(allClosed, "Update October 26", "2026-10-31"), "Update October 26", "2026-10-31");
        await PlanLedBySam("My items: no reviews yet");
        var closedPlan = await PlanLedBySam("My items: business as usual", status: "closed");
        await ReviewAsync(closedPlan, "Update November 26", "2026-11-20");
        var draft = await PlanLedBySam("My items: draft", status: "draft");
        await ReviewAsync(draft, "Update November 26", "2026-11-20");

        var mine = await MyItemsAsync(TrackerApp.ClientFor("Sam Patel", "manager", sam));

        Assert.That(mine.Plans.Select(p => (p.PlanId, p.Review.Id, p.Review.Label, p.PreviousReview?.Id)),
            Is.EqualTo(new[] { (open, november, "Update November 26", (long?)september) }));
        Assert.That(mine.PlansWithoutOpenReview.Select(p => p.PlanTitle), Is.EquivalentTo(new[] { "My items: between reviews", "My items: no reviews yet" }));
    }

    [Test]
    public async Task Each_item_carries_this_reviews_score_with_its_version_and_last_reviews_update_for_context()
    {
        var lee = await Arrange.PersonAsync("Lee Carter", "Service Manager");
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, title: "My items: versions");
        var copied = await Arrange.RecommendationAsync(admin, planId, "1", leadIds: [lee], deadlineText: "31/12/2026");
        var fresh = await Arrange.RecommendationAsync(admin, planId, "2", leadIds: [lee]);
        var unscored = await Arrange.RecommendationAsync(admin, planId, "3", leadIds: [lee]);
        var rejected = await Arrange.RecommendationAsync(admin, planId, "4", leadIds: [lee]);
        var september = await ReviewAsync(planId, "RAG 09/26", "2026-09-30");
        var november = await ReviewAsync(planId, "RAG 11/26", "2026-11-20");
        string Url(long review, long item) => $"/api/plans/{planId}/reviews/{review}/scores/recommendations/{item}";
        async Task<HttpResponseMessage> Save(HttpClient client, long review, long item, object body, string? etag = null)
        {
            var response = await client.PutJsonAsync(Url(review, item), body, etag);
            Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            return response;
        }

        await Save(admin, september, copied, new { level = 2, narrative = "Recruiting two senior practitioners." });
        await Save(admin, september, fresh, new { level = 2, narrative = "Audit started." });
        await Save(admin, november, copied, new { level = 3, narrative = "  recruiting two senior   practitioners. " });
        var manager = TrackerApp.ClientFor("Lee Carter", "manager", lee);
        await Save(manager, november, fresh, new { level = 3, narrative = "Audit of 30 files: 24 good.", narrativeDate = "2026-11-18" });
        var secondSave = await Save(manager, november, fresh, new { level = 3, narrative = "Audit of 30 files: 25 good.", narrativeDate = "2026-11-19" },
            (await manager.GetAsync(Url(november, fresh))).ETag());
        await Save(manager, november, rejected, new { level = 4, narrative = "Done.", evidence = "Audit report, November" });
        var board = TrackerApp.ClientFor("Board Chair", "board");
        var signOff = await board.PutJsonAsync(Url(november, rejected) + "/sign-off", new { decision = "rejected", note = "The audit covers one team only." },
            (await board.GetAsync(Url(november, rejected))).ETag());
        Assert.That(signOff.IsSuccessStatusCode, await signOff.Content.ReadAsStringAsync());

        var plan = (await MyItemsAsync(manager)).Plans.Single(p => p.PlanId == planId);
        var items = plan.Items.ToDictionary(i => i.ItemId);

        Assert.That(items[fresh].Score!.Version, Is.EqualTo(2));
        Assert.That(secondSave.ETag(), Is.EqualTo($"\"{items[fresh].Score!.Version}\""), "the version is the score's ETag, for If-Match");
        Assert.That((items[fresh].Score!.Level, items[fresh].Score!.LevelLabel, items[fresh].Score!.Narrative, items[fresh].Score!.NarrativeDate, items[fresh].Score!.UpdatedBy),
            Is.EqualTo(((int?)3, "On track", "Audit of 30 files: 25 good.", (DateOnly?)new DateOnly(2026, 11, 19), "Lee Carter")));
        Assert.That((items[fresh].Previous!.ReviewId, items[fresh].Previous!.Level, items[fresh].Previous!.LevelLabel, items[fresh].Previous!.Narrative),
            Is.EqualTo((september, (int?)2, "Started with some delay", "Audit started.")));
        Assert.That((items[fresh].NeedsUpdate, items[fresh].Stale), Is.EqualTo((false, new List<string>())));

        Assert.That((items[copied].NeedsUpdate, items[copied].Stale), Is.EqualTo((true, new List<string> { "updateCopiedForward" })),
            "the same text as September's, whatever its case and spacing");
        Assert.That((items[copied].DeadlineText, items[copied].DeadlineStatus), Is.EqualTo(("31/12/2026", "notDue")));
        Assert.That((items[unscored].Score, items[unscored].Previous, items[unscored].NeedsUpdate), Is.EqualTo(((ScoreDto?)null, (PreviousDto?)null, true)));
        Assert.That(items[unscored].Stale, Is.EqualTo(new[] { "noScore", "noUpdate" }));
        Assert.That((items[rejected].Score!.SignOffStatus, items[rejected].Score!.Evidence, items[rejected].Stale.Count, items[rejected].NeedsUpdate),
            Is.EqualTo(("rejected", "Audit report, November", 0, true)), "a rejected completion needs another look");
        Assert.That((plan.ItemCount, plan.NeedsUpdateCount), Is.EqualTo((4, 3)));
        Assert.That(plan.Items.Select(i => i.ItemId), Is.EqualTo(new[] { copied, fresh, unscored, rejected }), "in the plan's order");
    }

    [Test]
    public async Task The_reference_deadline_and_staleness_are_the_grids_own()
    {
        var known = await KnownPlan.CreateAsync(admin);
        var grid = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await (await admin.GetAsync($"/api/plans/{known.PlanId}/grid")).Content.ReadAsStringAsync())!);
        var gridItems = Flatten(grid["items"]!.AsArray()).ToDictionary(i => (i["kind"]!.GetValue<string>(), i["id"]!.GetValue<long>()));
        var dana = gridItems[("action", known.Action11)]["leads"]![0]!["id"]!.GetValue<long>();

        var plan = (await MyItemsAsync(TrackerApp.ClientFor("Dana Whitfield", "manager", dana))).Plans.Single(p => p.PlanId == known.PlanId);

        Assert.That(plan.Items.Select(i => i.ItemId), Is.EqualTo(new[] { known.M1, known.M2 }), "Dana leads action 1.1, so its two measures");
        foreach (var item in plan.Items)
        {
            var row = gridItems[("measure", item.ItemId)];
            Assert.That(item.Reference, Is.EqualTo(row["reference"]!.GetValue<string>()));
            Assert.That(item.DeadlineStatus, Is.EqualTo(row["deadlineStatus"]!.GetValue<string>()));
            Assert.That(item.Stale, Is.EqualTo(row["stale"]!.AsArray().Select(s => s!.GetValue<string>())));
        }
        Assert.That(plan.Items.Select(i => string.Join(",", i.Stale)), Is.EqualTo(new[] { "updateCopiedForward", "noUpdate" }));
        Assert.That(plan.Items[0].Score!.Version, Is.EqualTo(2), "M1's score was saved, then its direction overridden");
    }

    [Test]
    public async Task A_viewer_is_refused_and_an_account_without_a_person_is_told_why_its_list_is_empty()
    {
        await (await TrackerApp.ClientFor("Councillor Hughes", "viewer").GetAsync("/api/my-items")).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await TrackerApp.Anonymous().GetAsync("/api/my-items")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        foreach (var role in new[] { "manager", "board", "administrator" })
        {
            var mine = await MyItemsAsync(TrackerApp.ClientFor($"Unlinked {role}", role));
            Assert.That((mine.PersonId, mine.Reason, mine.Plans.Count, mine.Today), Is.EqualTo(((long?)null, "noPersonLinked", 0, TrackerApp.Today)), role);
        }
    }

    [Test]
    public async Task A_board_member_linked_to_a_person_gets_that_persons_items()
    {
        var person = await Arrange.PersonAsync("Priya Shah", "Head of Service");
        var planId = await Arrange.PlanAsync(admin, title: "My items: board member's own");
        var led = await Arrange.RecommendationAsync(admin, planId, "1", leadIds: [person]);
        await Arrange.RecommendationAsync(admin, planId, "2");
        await ReviewAsync(planId, "Update November 26", "2026-11-20");

        var mine = await MyItemsAsync(TrackerApp.ClientFor("Priya Shah", "board", person));

        Assert.That(mine.Plans.Single().Items.Select(i => i.ItemId), Is.EqualTo(new[] { led }), "board members may score anything, but their list is what they lead or own");
    }

    private static IEnumerable<JsonNode> Flatten(JsonArray items)
    {
        foreach (var item in items)
        {
            yield return item!;
            foreach (var child in Flatten(item!["children"]!.AsArray())) yield return child;
        }
    }
}

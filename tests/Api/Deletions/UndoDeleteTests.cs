using System.Net;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Deletions;

/// <summary>
/// Undo of a delete: every item DELETE keeps what went (Undo-Location), and POST .../restore puts it all back exactly,
/// with the same ids, values and versions, or says in a sentence why it cannot.
/// </summary>
// Some tests compare every row of the shared tracker before and after (DatabaseRows.All): no other fixture may write
// while they run.
[NonParallelizable]
public sealed class UndoDeleteTests
{
    private readonly HttpClient admin = TrackerApp.ClientFor("Undo Administrator");
    private readonly HttpClient board = TrackerApp.ClientFor("Undo Board Member", "board");

    public sealed record CountsDto(int Priorities, int Recommendations, int Actions, int Measures, int Scores, int Updates, int People,
        int Links, int PrintedFigures, int ReportedAverages);

    public sealed record DeletionDto(long Id, long PlanId, string ItemType, long ItemId, string Description, CountsDto Counts,
        string DeletedBy, string DeletedAt, string? RestoredAt, string? RestoredBy);

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<long> ReviewAsync(long planId, string label, string date) =>
        (await (await admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label, reviewDate = date })).ReadAsync<Reviews.ReviewTests.ReviewDto>()).Id;

    private async Task CloseAsync(long planId, long reviewId, string label, string date)
    {
        var closed = await board.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}", new { label, reviewDate = date, status = "closed" }, "*");
        Assert.That(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
    }

    private static string ScoreUrl(long planId, long reviewId, string kind, long itemId) =>
        $"/api/plans/{planId}/reviews/{reviewId}/scores/{kind}/{itemId}";

    private async Task<string> ScoreAsync(long planId, long reviewId, string kind, long itemId, object body)
    {
        var saved = await admin.PutJsonAsync(ScoreUrl(planId, reviewId, kind, itemId), body, null);
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        return saved.ETag();
    }

    private async Task UpdateAsync(long planId, string kind, long itemId, object body)
    {
        var added = await admin.PostJsonAsync($"/api/plans/{planId}/items/{kind}/{itemId}/updates", body);
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created), await added.Content.ReadAsStringAsync());
    }

    /// <summary>Deletes through the API and answers the deletion's address from the Undo-Location header.</summary>
    private async Task<string> DeleteAsync(string url, long planId, string ifMatch = "*")
    {
        var deleted = await admin.DeleteAsync(url, ifMatch);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await deleted.Content.ReadAsStringAsync());
        Assert.That(deleted.Headers.TryGetValues("Undo-Location", out var values), Is.True, $"DELETE {url} sent no Undo-Location");
        var location = values!.Single();
        Assert.That(location, Does.Match($"^/api/plans/{planId}/deletions/[0-9]+$"));
        return location;
    }

    private async Task<DeletionDto> RestoreAsync(string location)
    {
        var restored = await admin.PostAsync(location + "/restore", null);
        Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.OK), await restored.Content.ReadAsStringAsync());
        return await restored.ReadAsync<DeletionDto>();
    }

    /// <summary>
    /// Each address's status, ETag and body, as a client would see them. The grid's and summary's ETags name a version
    /// of the whole plan (issue 14), which a delete and its undo both move on, so for those only the body is compared.
    /// </summary>
    private async Task<List<string>> ReadAllAsync(IEnumerable<string> urls)
    {
        var answers = new List<string>();
        foreach (var url in urls)
        {
            var response = await admin.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            var planView = url.EndsWith("/grid", StringComparison.Ordinal) || url.EndsWith("/summary", StringComparison.Ordinal);
            answers.Add($"{url} {(planView ? "" : response.Headers.ETag)} {await response.Content.ReadAsStringAsync()}");
        }
        return answers;
    }

    private async Task<List<(string Kind, long Id)>> GridItemsAsync(long planId)
    {
        var grid = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/grid"))!);
        var items = new List<(string, long)>();
        void Walk(JsonArray nodes)
        {
            foreach (var node in nodes)
            {
                items.Add(((string)node!["kind"]!, (long)node["id"]!));
                Walk(node["children"]!.AsArray());
            }
        }
        Walk(grid["items"]!.AsArray());
        return items;
    }

    [Test]
    public async Task An_action_comes_back_exactly_with_its_measures_scores_sign_off_override_history_people_and_inspection_link()
    {
        var inspectionId = await Arrange.InspectionAsync(admin);
        var reportRecommendation = await Arrange.InspectionRecommendationAsync(admin, inspectionId, "4", "Recruit and keep experienced social workers.");
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, groupedByPriority: true, scoreLevel: "measure", title: $"Workforce plan {Unique()}",
            inspectionId: inspectionId);
        var lead = await Arrange.PersonAsync("Nadia Okafor", "Head of Workforce");
        var owner1 = await Arrange.PersonAsync("Tom Reyes", "Recruitment Lead");
        var owner2 = await Arrange.PersonAsync("Sara Lund", "HR Business Partner");
        var priority = await Arrange.PriorityAsync(admin, planId, "2", "A stable, skilled workforce");
        var sibling = await Arrange.ActionAsync(admin, planId, priorityId: priority, code: "1", description: "Keep caseloads under 18.");
        var siblingMeasure = await Arrange.MeasureAsync(admin, planId, sibling, "Average caseload 18 or fewer.");
        var actionId = await Arrange.ActionAsync(admin, planId, priorityId: priority, code: "3",
            description: "Recruit twelve experienced social workers by spring and keep agency use below 10%.",
            leadId: lead, ownerIds: [owner1, owner2], deadlineText: "March 2027");
        var m1 = await Arrange.MeasureAsync(admin, planId, actionId, "Vacancy rate below 10%.", number: "2.3.1", leadIds: [owner1]);
        var m2 = await Arrange.MeasureAsync(admin, planId, actionId, "Agency use below 10%.", number: "2.3.2", deadlineText: "June 2027");
        var linked = await admin.PutJsonAsync($"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}/links",
            new { links = new[] { new { kind = "action", itemId = actionId, note = "Workforce strategy" } } }, "*");
        Assert.That(linked.IsSuccessStatusCode, await linked.Content.ReadAsStringAsync());

        var july = await ReviewAsync(planId, "RAG 07/26", "2026-07-31");
        await ScoreAsync(planId, july, "measures", m1, new { level = 2, narrative = "Six posts filled.", narrativeDate = "2026-07-20" });
        await ScoreAsync(planId, july, "measures", m2, new { level = 1, narrative = "Agency use at 25%." });
        await ScoreAsync(planId, july, "measures", siblingMeasure, new { level = 3 });
        await UpdateAsync(planId, "action", actionId, new { reviewId = july, writtenOn = "2026-07-15", text = "Recruitment campaign launched.", author = "NO" });
        await CloseAsync(planId, july, "RAG 07/26", "2026-07-31");
        var november = await ReviewAsync(planId, "RAG 11/26", "2026-11-20");
        var m1Score = await ScoreAsync(planId, november, "measures", m1, new { level = 3, narrative = "Ten posts filled." });
        var m2Score = await ScoreAsync(planId, november, "measures", m2,
            new { level = 4, narrative = "Agency use at 8%.", evidence = "Workforce report, November 2026" });
        var overridden = await board.PutJsonAsync(ScoreUrl(planId, november, "measures", m1) + "/direction-override",
            new { direction = "maintained", reason = "Two leavers expected in December." }, m1Score);
        Assert.That(overridden.IsSuccessStatusCode, await overridden.Content.ReadAsStringAsync());
        var signed = await board.PutJsonAsync(ScoreUrl(planId, november, "measures", m2) + "/sign-off",
            new { decision = "signedOff", note = "Seen at the board." }, m2Score);
        Assert.That(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        await UpdateAsync(planId, "measure", m2, new { text = "Agency contract ended; note from the workforce board." });

        string[] urls =
        [
            $"/api/plans/{planId}/grid", $"/api/plans/{planId}/summary", $"/api/plans/{planId}/inspection-coverage",
            $"/api/plans/{planId}/actions", $"/api/plans/{planId}/actions/{actionId}", $"/api/plans/{planId}/actions/{actionId}/measures",
            $"/api/plans/{planId}/actions/{actionId}/measures/{m1}", $"/api/plans/{planId}/actions/{actionId}/measures/{m2}",
            $"/api/plans/{planId}/reviews/{july}/scores", $"/api/plans/{planId}/reviews/{november}/scores",
            ScoreUrl(planId, july, "measures", m1), ScoreUrl(planId, july, "measures", m2),
            ScoreUrl(planId, november, "measures", m1), ScoreUrl(planId, november, "measures", m2),
            $"/api/plans/{planId}/items/action/{actionId}/updates", $"/api/plans/{planId}/items/measure/{m2}/updates",
            $"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}",
        ];
        var before = await ReadAllAsync(urls);
        var rowsBefore = DatabaseRows.All();
        var scoreIds = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/reviews/{november}/scores"))!.AsArray()
            .Concat(JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/reviews/{july}/scores"))!.AsArray())
            .Where(s => (long)s!["itemId"]! != siblingMeasure).Select(s => (long)s!["id"]!).ToList();
        Assert.That(scoreIds, Has.Count.EqualTo(4));

        var location = await DeleteAsync($"/api/plans/{planId}/actions/{actionId}", planId);
        Assert.That(await GridItemsAsync(planId), Is.EqualTo(new[] { ("priority", priority), ("action", sibling), ("measure", siblingMeasure) }));
        Assert.That((await admin.GetAsync($"/api/plans/{planId}/actions/{actionId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await admin.GetAsync(ScoreUrl(planId, july, "measures", m1))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var deletion = await (await admin.GetAsync(location)).ReadAsync<DeletionDto>();
        Assert.That(deletion with { Id = 0, DeletedAt = "" }, Is.EqualTo(new DeletionDto(0, planId, "action", actionId,
            "action 2 / 3 “Recruit twelve experienced social workers by spring and keep …”",
            new CountsDto(Priorities: 0, Recommendations: 0, Actions: 1, Measures: 2, Scores: 4, Updates: 2, People: 4, Links: 1, PrintedFigures: 0,
                ReportedAverages: 0), "Undo Administrator", "", null, null)).UsingPropertiesComparer());
        Assert.That(location, Does.EndWith($"/deletions/{deletion.Id}"));

        var restored = await RestoreAsync(location);
        Assert.That((restored.Id, restored.RestoredBy, restored.RestoredAt), Is.EqualTo((deletion.Id, "Undo Administrator", "2026-11-23T09:30:00.000Z")));
        Assert.That(await ReadAllAsync(urls), Is.EqualTo(before), "every answer is exactly as it was before the delete");
        Assert.That(DatabaseRows.All(), Is.EqualTo(rowsBefore), "every row is exactly as it was before the delete");

        var actionTrail = AuditRows.For("action", actionId);
        Assert.That(actionTrail.Select(e => e.Change).TakeLast(2), Is.EqualTo(new[] { "delete", "create" }));
        Assert.That(actionTrail[^1].Actor, Is.EqualTo("Undo Administrator"));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(actionTrail[^1].AfterJson!), JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/actions/{actionId}"))),
            Is.True, "the restore's entry holds the action as the API returns it");
        foreach (var (type, id) in scoreIds.Select(id => ("score", id)).Append(("measure", m1)).Append(("measure", m2)))
            Assert.That(AuditRows.For(type, id)[^1].Change, Is.EqualTo("create"), $"{type} {id}");
        var trail = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/items/action/{actionId}/audit?pageSize=200"))!["items"]!.AsArray();
        Assert.That(trail.Any(e => (string)e!["entityType"]! == "action" && (string)e["change"]! == "create" && (string)e["actor"]! == "Undo Administrator"),
            Is.True, "the item's trail says it came back");
    }

    [Test]
    public async Task A_priority_comes_back_with_its_own_actions_and_figures_and_regroups_the_recommendations_it_ungrouped()
    {
        var inspectionId = await Arrange.InspectionAsync(admin);
        var reportRecommendation = await Arrange.InspectionRecommendationAsync(admin, inspectionId, "1", "Help children early.");
        var planId = await Arrange.PlanAsync(admin, scaleId: 2, groupedByPriority: true, title: $"Priority plan {Unique()}", inspectionId: inspectionId);
        var lead = await Arrange.PersonAsync("Ola Brown", "Director of Children's Services");
        var priority = await Arrange.PriorityAsync(admin, planId, "1", "Help and protection", "Children get help early.");
        var otherPriority = await Arrange.PriorityAsync(admin, planId, "2", "Children in care");
        var recommendation = await Arrange.RecommendationAsync(admin, planId, "1", priorityId: priority, leadIds: [lead]);
        var recommendationAction = await Arrange.ActionAsync(admin, planId, recommendationId: recommendation, code: "A");
        var ownAction = await Arrange.ActionAsync(admin, planId, priorityId: priority, code: "B", description: "Run a front door audit.");
        var measure = await Arrange.MeasureAsync(admin, planId, ownAction, "Audit done by March.");
        var otherRecommendation = await Arrange.RecommendationAsync(admin, planId, "2", priorityId: otherPriority);
        var review = await ReviewAsync(planId, "Update Nov 26", "2026-11-20");
        await ScoreAsync(planId, review, "recommendations", recommendation, new { level = 2, narrative = "Some progress." });
        var average = await admin.PostJsonAsync($"/api/plans/{planId}/reviews/{review}/reported-averages",
            new { priorityId = priority, value = 2.0, source = "Board report" });
        Assert.That(average.StatusCode, Is.EqualTo(HttpStatusCode.Created), await average.Content.ReadAsStringAsync());
        var figure = await board.PostJsonAsync($"/api/plans/{planId}/printed-figures",
            new { reviewId = review, priorityId = priority, kind = "itemCount", label = "Recommendations", valueText = "1" });
        Assert.That(figure.StatusCode, Is.EqualTo(HttpStatusCode.Created), await figure.Content.ReadAsStringAsync());
        var linked = await admin.PutJsonAsync($"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}/links",
            new { links = new[] { new { kind = "priority", itemId = priority, note = (string?)null } } }, "*");
        Assert.That(linked.IsSuccessStatusCode, await linked.Content.ReadAsStringAsync());

        string[] urls =
        [
            $"/api/plans/{planId}/priorities/{priority}", $"/api/plans/{planId}/priorities", $"/api/plans/{planId}/actions",
            $"/api/plans/{planId}/actions/{ownAction}/measures/{measure}", $"/api/plans/{planId}/recommendations/{otherRecommendation}",
            $"/api/plans/{planId}/reviews/{review}/reported-averages", $"/api/plans/{planId}/printed-figures",
            $"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}", $"/api/plans/{planId}/summary",
        ];
        var before = await ReadAllAsync(urls);
        var recommendationBefore = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/recommendations/{recommendation}"))!;
        var gridBefore = await admin.GetStringAsync($"/api/plans/{planId}/grid");
        var rowsBefore = DatabaseRows.All();

        var location = await DeleteAsync($"/api/plans/{planId}/priorities/{priority}", planId);
        var ungrouped = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/recommendations/{recommendation}"))!;
        Assert.That(ungrouped["priorityId"], Is.Null, "the delete ungroups the recommendation");
        var deletion = await (await admin.GetAsync(location)).ReadAsync<DeletionDto>();
        Assert.That((deletion.Description, deletion.Counts), Is.EqualTo(("priority 1 “Help and protection”",
            new CountsDto(Priorities: 1, Recommendations: 0, Actions: 1, Measures: 1, Scores: 0, Updates: 0, People: 0, Links: 1, PrintedFigures: 1,
                ReportedAverages: 1))));

        await RestoreAsync(location);
        Assert.That(await ReadAllAsync(urls), Is.EqualTo(before));
        var regrouped = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/recommendations/{recommendation}"))!;
        Assert.That(((long?)regrouped["priorityId"], (long)regrouped["version"]!), Is.EqualTo(((long?)priority, (long)recommendationBefore["version"]! + 2)),
            "the recommendation is grouped again, as a change of its own (its version moves on)");
        var last = AuditRows.For("recommendation", recommendation)[^1];
        Assert.That((last.Change, last.Actor, (long?)JsonNode.Parse(last.BeforeJson!)!["priorityId"], (long?)JsonNode.Parse(last.AfterJson!)!["priorityId"]),
            Is.EqualTo(("update", "Undo Administrator", (long?)null, (long?)priority)));
        Assert.That(Unversioned(await admin.GetStringAsync($"/api/plans/{planId}/grid"), recommendation), Is.EqualTo(Unversioned(gridBefore, recommendation)),
            "the grid shows the priority, its actions and the regrouped recommendation again");
        Assert.That(DatabaseRows.All().Where(r => !r.StartsWith($"recommendations: id={recommendation} (", StringComparison.Ordinal)),
            Is.EqualTo(rowsBefore.Where(r => !r.StartsWith($"recommendations: id={recommendation} (", StringComparison.Ordinal))));
        Assert.That(AuditRows.For("reportedAverage", JsonNode.Parse(before[5].Split(' ', 3)[2])!.AsArray()[0]!["id"]!.GetValue<long>())[^1].Change,
            Is.EqualTo("create"));
        Assert.That(recommendationAction, Is.GreaterThan(0));
    }

    /// <summary>The grid with one item's version blanked, for comparing a grid in which only that version moved on.</summary>
    private static string Unversioned(string gridJson, long recommendationId)
    {
        var grid = JsonNode.Parse(gridJson)!;
        void Walk(JsonArray nodes)
        {
            foreach (var node in nodes)
            {
                if ((string)node!["kind"]! == "recommendation" && (long)node["id"]! == recommendationId) node["version"] = 0;
                Walk(node["children"]!.AsArray());
            }
        }
        Walk(grid["items"]!.AsArray());
        return grid.ToJsonString();
    }

    [Test]
    public async Task A_recommendation_comes_back_with_its_addressees_leads_actions_and_scores()
    {
        var planId = await Arrange.PlanAsync(admin, title: $"Recommendation plan {Unique()}");
        var lead1 = await Arrange.PersonAsync("Zara Ahmed", "Head of Service");
        var lead2 = await Arrange.PersonAsync("Ben Cole", "Service Manager");
        var created = await admin.PostJsonAsync($"/api/plans/{planId}/recommendations", new
        {
            number = "7 (14)", text = "Improve the quality of pathway plans.", leadIds = new[] { lead2, lead1 }, deadlineText = "Dec-26",
            addressees = new[] { "the local authority", "the safeguarding partnership" }, judgementArea = "Care leavers",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var recommendation = (await created.ReadAsync<JsonObject>())["id"]!.GetValue<long>();
        var action = await Arrange.ActionAsync(admin, planId, recommendationId: recommendation, code: "A", leadId: lead1);
        var review = await ReviewAsync(planId, "Update Nov 26", "2026-11-20");
        await ScoreAsync(planId, review, "recommendations", recommendation, new { level = 3, narrative = "Little progress.", recordedAs = "3" });
        await UpdateAsync(planId, "recommendation", recommendation, new { reviewId = review, text = "Audit of 20 plans booked.", author = "ZA" });
        string[] urls =
        [
            $"/api/plans/{planId}/grid", $"/api/plans/{planId}/recommendations/{recommendation}", $"/api/plans/{planId}/actions/{action}",
            ScoreUrl(planId, review, "recommendations", recommendation), $"/api/plans/{planId}/items/recommendation/{recommendation}/updates",
        ];
        var before = await ReadAllAsync(urls);
        var rowsBefore = DatabaseRows.All();

        var location = await DeleteAsync($"/api/plans/{planId}/recommendations/{recommendation}", planId);
        Assert.That(await GridItemsAsync(planId), Is.Empty);
        var deletion = await (await admin.GetAsync(location)).ReadAsync<DeletionDto>();
        Assert.That((deletion.Description, deletion.Counts), Is.EqualTo(("recommendation 7 (14) “Improve the quality of pathway plans.”",
            new CountsDto(0, Recommendations: 1, Actions: 1, 0, Scores: 1, Updates: 1, People: 3, 0, 0, 0))));

        await RestoreAsync(location);
        Assert.That(await ReadAllAsync(urls), Is.EqualTo(before));
        Assert.That(DatabaseRows.All(), Is.EqualTo(rowsBefore));
    }

    [Test]
    public async Task A_measure_comes_back_once_and_a_second_restore_is_refused()
    {
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, groupedByPriority: true, scoreLevel: "measure", title: $"Measure plan {Unique()}");
        var priority = await Arrange.PriorityAsync(admin, planId);
        var action = await Arrange.ActionAsync(admin, planId, priorityId: priority, code: "1.1");
        var measure = await Arrange.MeasureAsync(admin, planId, action, "Every child seen within 10 days.", number: "1.1.1");
        var review = await ReviewAsync(planId, "Q3", "2026-09-30");
        await ScoreAsync(planId, review, "measures", measure, new { level = 3, narrative = "On track." });
        string[] urls = [$"/api/plans/{planId}/grid", $"/api/plans/{planId}/actions/{action}/measures/{measure}", ScoreUrl(planId, review, "measures", measure)];
        var before = await ReadAllAsync(urls);

        var read = await admin.GetAsync($"/api/plans/{planId}/actions/{action}/measures/{measure}");
        var location = await DeleteAsync($"/api/plans/{planId}/actions/{action}/measures/{measure}", planId, read.ETag());
        Assert.That(await GridItemsAsync(planId), Is.EqualTo(new[] { ("priority", priority), ("action", action) }));
        var deletion = await (await admin.GetAsync(location)).ReadAsync<DeletionDto>();
        Assert.That((deletion.ItemType, deletion.Description, deletion.Counts.Measures, deletion.Counts.Scores),
            Is.EqualTo(("measure", "success measure 1 / 1.1 / 1.1.1 “Every child seen within 10 days.”", 1, 1)));

        await RestoreAsync(location);
        Assert.That(await ReadAllAsync(urls), Is.EqualTo(before));
        var rows = DatabaseRows.All();

        var again = await admin.PostAsync(location + "/restore", null);
        var problem = await again.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "deletionId" }));
        Assert.That(problem.ReasonFor("deletionId"), Is.EqualTo(
            "Success measure 1 / 1.1 / 1.1.1 “Every child seen within 10 days.” has already been restored, by Undo Administrator at 2026-11-23T09:30:00.000Z."));
        Assert.That(DatabaseRows.All(), Is.EqualTo(rows));
    }

    [Test]
    public async Task A_measure_whose_action_was_deleted_since_waits_for_the_action_and_nothing_is_written()
    {
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, groupedByPriority: true, scoreLevel: "measure", title: $"Parent plan {Unique()}");
        var priority = await Arrange.PriorityAsync(admin, planId, "2");
        var action = await Arrange.ActionAsync(admin, planId, priorityId: priority, code: "3", description: "Recruit social workers.");
        var kept = await Arrange.MeasureAsync(admin, planId, action, "Vacancies below 10%.");
        var measure = await Arrange.MeasureAsync(admin, planId, action, "Agency use below 10%.");
        var review = await ReviewAsync(planId, "Q3", "2026-09-30");
        await ScoreAsync(planId, review, "measures", measure, new { level = 2 });
        await ScoreAsync(planId, review, "measures", kept, new { level = 3 });
        var before = await ReadAllAsync([$"/api/plans/{planId}/grid"]);

        var measureLocation = await DeleteAsync($"/api/plans/{planId}/actions/{action}/measures/{measure}", planId);
        var actionLocation = await DeleteAsync($"/api/plans/{planId}/actions/{action}", planId);
        var rows = DatabaseRows.All();
        var auditCount = AuditRows.For("measure", measure).Count;

        var refused = await admin.PostAsync(measureLocation + "/restore", null);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That((problem.Fields, problem.ReasonFor("deletionId")), Is.EqualTo((new[] { "deletionId" },
            "Success measure 2 / 3 “Agency use below 10%.” sat under action 3, which has since been deleted: restore that first.")));
        Assert.That(DatabaseRows.All(), Is.EqualTo(rows), "nothing was written");
        Assert.That(AuditRows.For("measure", measure), Has.Count.EqualTo(auditCount));
        Assert.That((await (await admin.GetAsync(measureLocation)).ReadAsync<DeletionDto>()).RestoredAt, Is.Null);

        await RestoreAsync(actionLocation);
        await RestoreAsync(measureLocation);
        Assert.That(await ReadAllAsync([$"/api/plans/{planId}/grid"]), Is.EqualTo(before), "restored in turn, the plan is as it was");
    }

    [Test]
    public async Task A_code_taken_since_the_delete_is_a_conflict_and_nothing_is_written()
    {
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, groupedByPriority: true, scoreLevel: "action", title: $"Clash plan {Unique()}");
        var priority = await Arrange.PriorityAsync(admin, planId, "4");
        var action = await Arrange.ActionAsync(admin, planId, priorityId: priority, code: "B", description: "Publish the sufficiency strategy.");
        var location = await DeleteAsync($"/api/plans/{planId}/actions/{action}", planId);
        await Arrange.ActionAsync(admin, planId, priorityId: priority, code: "B", description: "Open two new children's homes.");
        var rows = DatabaseRows.All();

        var refused = await admin.PostAsync(location + "/restore", null);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That((problem.Fields, problem.ReasonFor("deletionId")), Is.EqualTo((new[] { "deletionId" },
            "Action 4 / B “Publish the sufficiency strategy.” cannot come back: another action added since has the same code as action B. "
            + "Change or delete that one first.")));
        Assert.That(DatabaseRows.All(), Is.EqualTo(rows));
    }

    [Test]
    public async Task A_link_to_the_inspection_report_whose_place_was_taken_since_goes_last()
    {
        var inspectionId = await Arrange.InspectionAsync(admin);
        var reportRecommendation = await Arrange.InspectionRecommendationAsync(admin, inspectionId, "3", "Improve supervision.");
        var planId = await Arrange.PlanAsync(admin, title: $"Link plan {Unique()}", inspectionId: inspectionId);
        var first = await Arrange.RecommendationAsync(admin, planId, "1");
        var second = await Arrange.RecommendationAsync(admin, planId, "2");
        var action = await Arrange.ActionAsync(admin, planId, recommendationId: first, code: "A");
        var linksUrl = $"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}/links";
        Assert.That((await admin.PutJsonAsync(linksUrl, new { links = new object[] { new { kind = "action", itemId = action }, new { kind = "recommendation", itemId = second } } }, "*"))
            .IsSuccessStatusCode);
        var location = await DeleteAsync($"/api/plans/{planId}/actions/{action}", planId);
        Assert.That((await admin.PutJsonAsync(linksUrl, new { links = new object[] { new { kind = "recommendation", itemId = second }, new { kind = "recommendation", itemId = first } } }, "*"))
            .IsSuccessStatusCode, "the list is replaced since: the action's place (first) is taken");

        await RestoreAsync(location);
        var links = JsonNode.Parse(await admin.GetStringAsync($"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}"))!["links"]!.AsArray();
        Assert.That(links.Select(l => ((string)l!["kind"]!, (long)l["itemId"]!)),
            Is.EqualTo(new[] { ("recommendation", second), ("recommendation", first), ("action", action) }));
    }

    [Test]
    public async Task A_review_deleted_since_leaves_an_update_unattached_but_stops_scores_coming_back()
    {
        var planId = await Arrange.PlanAsync(admin, title: $"Review plan {Unique()}");
        var recommendation = await Arrange.RecommendationAsync(admin, planId, "5");
        var action = await Arrange.ActionAsync(admin, planId, recommendationId: recommendation, code: "A");
        var scored = await Arrange.RecommendationAsync(admin, planId, "6");
        var review = await ReviewAsync(planId, "Extra review", "2026-10-01");
        await UpdateAsync(planId, "action", action, new { reviewId = review, text = "Written for the extra review." });
        await ScoreAsync(planId, review, "recommendations", scored, new { level = 1 });
        var actionLocation = await DeleteAsync($"/api/plans/{planId}/actions/{action}", planId);
        var scoredLocation = await DeleteAsync($"/api/plans/{planId}/recommendations/{scored}", planId);
        var deleted = await admin.DeleteAsync($"/api/plans/{planId}/reviews/{review}", "*");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await deleted.Content.ReadAsStringAsync());

        var refused = await admin.PostAsync(scoredLocation + "/restore", null);
        Assert.That((await refused.ReadProblemAsync(HttpStatusCode.Conflict)).ReasonFor("deletionId"), Is.EqualTo(
            "Recommendation 6 “Improve the quality and timeliness of assessments.” cannot come back as it was: review “Extra review”, "
            + "which its scores refer to, has since been deleted."));

        await RestoreAsync(actionLocation);
        var log = JsonNode.Parse(await admin.GetStringAsync($"/api/plans/{planId}/items/action/{action}/updates"))!.AsArray();
        Assert.That(log.Select(u => ((string)u!["text"]!, (long?)u["reviewId"])),
            Is.EqualTo(new[] { ("Written for the extra review.", (long?)null) }), "as deleting the review would have left it: written for no review");
    }

    [Test]
    public async Task Deletions_are_listed_newest_first_and_unknown_ones_are_404()
    {
        var planId = await Arrange.PlanAsync(admin, title: $"List plan {Unique()}");
        var otherPlan = await Arrange.PlanAsync(admin, title: $"Other plan {Unique()}");
        var first = await Arrange.RecommendationAsync(admin, planId, "1");
        var second = await Arrange.RecommendationAsync(admin, planId, "2", "Strengthen management oversight.");
        var firstLocation = await DeleteAsync($"/api/plans/{planId}/recommendations/{first}", planId);
        await DeleteAsync($"/api/plans/{planId}/recommendations/{second}", planId);
        await RestoreAsync(firstLocation);

        var list = await (await admin.GetAsync($"/api/plans/{planId}/deletions")).ReadAsync<List<DeletionDto>>();
        Assert.That(list.Select(d => (d.ItemId, d.Description, d.RestoredBy)), Is.EqualTo(new[]
        {
            (second, "recommendation 2 “Strengthen management oversight.”", (string?)null),
            (first, "recommendation 1 “Improve the quality and timeliness of assessments.”", "Undo Administrator"),
        }));
        Assert.That(await (await admin.GetAsync($"/api/plans/{otherPlan}/deletions")).ReadAsync<List<DeletionDto>>(), Is.Empty);

        var elsewhere = firstLocation.Replace($"/plans/{planId}/", $"/plans/{otherPlan}/");
        foreach (var response in new[]
                 {
                     await admin.GetAsync(elsewhere), await admin.PostAsync(elsewhere + "/restore", null),
                     await admin.GetAsync($"/api/plans/{planId}/deletions/987654"),
                 })
            Assert.That((await response.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "deletionId" }));
        Assert.That((await (await admin.GetAsync("/api/plans/987654/deletions")).ReadProblemAsync(HttpStatusCode.NotFound)).Fields,
            Is.EqualTo(new[] { "planId" }));
    }

    [Test]
    public async Task Only_administrators_read_and_restore_deletions()
    {
        var planId = await Arrange.PlanAsync(admin, title: $"Roles plan {Unique()}");
        var recommendation = await Arrange.RecommendationAsync(admin, planId, "1");
        var location = await DeleteAsync($"/api/plans/{planId}/recommendations/{recommendation}", planId);
        foreach (var role in new[] { "board", "manager", "viewer" })
        {
            var client = TrackerApp.ClientFor($"Undo {role}", role);
            foreach (var response in new[]
                     {
                         await client.GetAsync($"/api/plans/{planId}/deletions"), await client.GetAsync(location),
                         await client.PostAsync(location + "/restore", null),
                     })
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), role);
        }
        Assert.That((await (await admin.GetAsync(location)).ReadAsync<DeletionDto>()).RestoredAt, Is.Null);
    }
}

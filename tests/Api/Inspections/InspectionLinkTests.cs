using System.Net;

namespace ActionPlanTracker.Tests.Api.Inspections;

public sealed class InspectionLinkTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static object Link(string kind, long itemId, string? note = null) => new { kind, itemId, note };

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<HttpResponseMessage> PutLinksAsync(long inspectionId, long recommendationId, object[] links, string? ifMatch = "*") =>
        await client.PutJsonAsync($"/api/inspections/{inspectionId}/recommendations/{recommendationId}/links", new { links }, ifMatch);

    private async Task<InspectionRecommendationDto> ReadAsync(long inspectionId, long recommendationId) =>
        await (await client.GetAsync($"/api/inspections/{inspectionId}/recommendations/{recommendationId}")).ReadAsync<InspectionRecommendationDto>();

    [Test]
    public async Task The_plan_items_answering_a_report_recommendation_are_linked_and_the_list_replaced_as_a_whole()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var title = $"Improvement plan {Unique()}";
        var planId = await Arrange.PlanAsync(client, groupedByPriority: true, title: title, inspectionId: inspectionId);
        var priorityId = await Arrange.PriorityAsync(client, planId, "3", "Care leavers are well supported");
        var planRecommendationId = await Arrange.RecommendationAsync(client, planId, "7", "Improve pathway plans.", priorityId: priorityId);
        var actionId = await Arrange.ActionAsync(client, planId, recommendationId: planRecommendationId, code: "B", description: "Audit pathway plans monthly.");
        var reportRecommendationId = await Arrange.InspectionRecommendationAsync(client, inspectionId, "9", "Improve the quality of pathway plans.");

        var linked = await PutLinksAsync(inspectionId, reportRecommendationId,
            [Link("recommendation", planRecommendationId), Link("action", actionId, " The audit checks the plans. "), Link("priority", priorityId)], "\"1\"");
        var recommendation = await linked.ReadAsync<InspectionRecommendationDto>();
        Assert.That(linked.ETag(), Is.EqualTo("\"2\""));
        Assert.That(InspectionJson.Of(recommendation.Links), Is.EqualTo(InspectionJson.Of(new[]
        {
            new LinkedItemDto("recommendation", planRecommendationId, planId, title, "7", "Improve pathway plans.", null),
            new LinkedItemDto("action", actionId, planId, title, "B", "Audit pathway plans monthly.", "The audit checks the plans."),
            new LinkedItemDto("priority", priorityId, planId, title, "3", "Care leavers are well supported", null),
        })));
        Assert.That(InspectionJson.Of(await ReadAsync(inspectionId, reportRecommendationId)), Is.EqualTo(InspectionJson.Of(recommendation)));

        var replaced = await PutLinksAsync(inspectionId, reportRecommendationId, [Link("action", actionId)], linked.ETag());
        Assert.That((await replaced.ReadAsync<InspectionRecommendationDto>()).Links.Select(l => (l.Kind, l.ItemId, l.Note)),
            Is.EqualTo(new[] { ("action", actionId, (string?)null) }));
        var emptied = await PutLinksAsync(inspectionId, reportRecommendationId, [], replaced.ETag());
        Assert.That((await emptied.ReadAsync<InspectionRecommendationDto>()).Links, Is.Empty);

        var entries = AuditRows.For("inspectionRecommendation", reportRecommendationId);
        Assert.That(entries.Select(e => e.Change), Is.EqualTo(new[] { "create", "update", "update", "update" }));
        Assert.That(entries[1].AfterJson, Does.Contain("\"note\":\"The audit checks the plans.\""));
    }

    [Test]
    public async Task A_renumbered_plan_recommendation_answers_the_report_recommendation_it_came_from()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var planId = await Arrange.PlanAsync(client, inspectionId: inspectionId);
        var planRecommendationId = await Arrange.RecommendationAsync(client, planId, "7 (14)", "Return home interviews for every child.");
        var reportRecommendationId = await Arrange.InspectionRecommendationAsync(client, inspectionId, "14",
            "Ensure that return home interviews are offered to every child who has been missing.");

        var linked = await PutLinksAsync(inspectionId, reportRecommendationId, [Link("recommendation", planRecommendationId)]);
        var link = (await linked.ReadAsync<InspectionRecommendationDto>()).Links.Single();
        Assert.That((link.ItemNumber, link.ItemText), Is.EqualTo(("7 (14)", "Return home interviews for every child.")));

        var coverage = await (await client.GetAsync($"/api/inspections/{inspectionId}/coverage")).ReadAsync<CoverageDto>();
        var row = coverage.Recommendations.Single();
        Assert.That((row.Number, row.Links.Single().ItemNumber, coverage.Gaps.Count), Is.EqualTo(("14", "7 (14)", 0)));
    }

    [Test]
    public async Task Only_items_of_a_plan_that_answers_the_inspection_can_answer_its_recommendations()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var otherInspectionId = await Arrange.InspectionAsync(client, "HMIP", "Youth justice inspection");
        var answeringPlanId = await Arrange.PlanAsync(client, inspectionId: inspectionId);
        var answered = await Arrange.RecommendationAsync(client, answeringPlanId, "1");
        var unrelatedTitle = $"Campaign plan {Unique()}";
        var unrelatedPlanId = await Arrange.PlanAsync(client, title: unrelatedTitle);
        var unrelatedAction = await Arrange.ActionAsync(client, unrelatedPlanId, recommendationId: await Arrange.RecommendationAsync(client, unrelatedPlanId, "1"));
        var youthJusticePlanId = await Arrange.PlanAsync(client, title: "Youth justice plan", inspectionId: otherInspectionId);
        var youthJusticePriority = await Arrange.PriorityAsync(client, youthJusticePlanId);
        var reportRecommendationId = await Arrange.InspectionRecommendationAsync(client, inspectionId, "1");
        await PutLinksAsync(inspectionId, reportRecommendationId, [Link("recommendation", answered)]);

        var problem = await (await PutLinksAsync(inspectionId, reportRecommendationId,
            [Link("recommendation", answered), Link("action", unrelatedAction)])).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That((problem.Fields, problem.ReasonFor("links[1].itemId")), Is.EqualTo((new[] { "links[1].itemId" },
            $"The action with id {unrelatedAction} is in the plan \"{unrelatedTitle}\", which answers no inspection. "
            + $"Only items of plans that answer inspection {inspectionId} can answer its recommendations; change the plan's inspection first.")));

        problem = await (await PutLinksAsync(inspectionId, reportRecommendationId, [Link("priority", youthJusticePriority)]))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That((problem.Fields, problem.ReasonFor("links[0].itemId")), Is.EqualTo((new[] { "links[0].itemId" },
            $"The priority with id {youthJusticePriority} is in the plan \"Youth justice plan\", which answers another inspection. "
            + $"Only items of plans that answer inspection {inspectionId} can answer its recommendations; change the plan's inspection first.")));

        problem = await (await PutLinksAsync(inspectionId, reportRecommendationId, [Link("action", 987654321)])).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That((problem.Fields, problem.ReasonFor("links[0].itemId")), Is.EqualTo((new[] { "links[0].itemId" }, "No plan action has id 987654321.")));

        problem = await (await PutLinksAsync(inspectionId, reportRecommendationId,
            [Link("measure", answered), Link("recommendation", 0, new string('n', 1001)), Link("recommendation", answered), Link("recommendation", answered)]))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EquivalentTo(new[] { "links", "links[0].kind", "links[1].itemId", "links[1].note" }));
        Assert.That(problem.ReasonFor("links"), Is.EqualTo("Link each plan item once."));
        Assert.That(problem.ReasonFor("links[0].kind"), Is.EqualTo("Kind must be recommendation, action or priority."));

        var noList = await client.PutJsonAsync($"/api/inspections/{inspectionId}/recommendations/{reportRecommendationId}/links", new { }, "*");
        problem = await noList.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That((problem.Fields, problem.ReasonFor("links")), Is.EqualTo((new[] { "links" }, "Send the list of links; an empty list removes them all.")));

        var stored = await ReadAsync(inspectionId, reportRecommendationId);
        Assert.That((stored.Links.Select(l => l.ItemId), stored.Version), Is.EqualTo((new[] { answered }, 2L)));
    }

    [Test]
    public async Task Links_changed_from_a_stale_copy_or_without_If_Match_are_refused()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var planId = await Arrange.PlanAsync(client, inspectionId: inspectionId);
        var planRecommendationId = await Arrange.RecommendationAsync(client, planId, "1");
        var reportRecommendationId = await Arrange.InspectionRecommendationAsync(client, inspectionId, "1");
        await PutLinksAsync(inspectionId, reportRecommendationId, [Link("recommendation", planRecommendationId)], "\"1\"");

        var stale = await PutLinksAsync(inspectionId, reportRecommendationId, [], "\"1\"");
        Assert.That((await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        await (await PutLinksAsync(inspectionId, reportRecommendationId, [], ifMatch: null)).ReadProblemAsync((HttpStatusCode)428);

        var stored = await ReadAsync(inspectionId, reportRecommendationId);
        Assert.That((stored.Links.Single().ItemId, stored.Version), Is.EqualTo((planRecommendationId, 2L)));
    }

    [Test]
    public async Task Deleting_a_linked_plan_item_removes_the_link_and_the_recommendation_becomes_a_gap()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var planId = await Arrange.PlanAsync(client, inspectionId: inspectionId);
        var planRecommendationId = await Arrange.RecommendationAsync(client, planId, "1");
        var actionId = await Arrange.ActionAsync(client, planId, recommendationId: planRecommendationId);
        var reportRecommendationId = await Arrange.InspectionRecommendationAsync(client, inspectionId, "1");
        await PutLinksAsync(inspectionId, reportRecommendationId, [Link("action", actionId)]);
        var before = await (await client.GetAsync($"/api/inspections/{inspectionId}/coverage")).ReadAsync<CoverageDto>();
        Assert.That((before.Recommendations.Single().Links.Count, before.Gaps.Count), Is.EqualTo((1, 0)));

        var deleted = await client.DeleteAsync($"/api/plans/{planId}/actions/{actionId}", "*");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Assert.That((await ReadAsync(inspectionId, reportRecommendationId)).Links, Is.Empty);
        var after = await (await client.GetAsync($"/api/inspections/{inspectionId}/coverage")).ReadAsync<CoverageDto>();
        Assert.That(after.Recommendations.Single().Links, Is.Empty);
        Assert.That(after.Gaps.Select(g => (g.Id, g.Number)), Is.EqualTo(new[] { (reportRecommendationId, (string?)"1") }));
    }
}

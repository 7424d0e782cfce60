using System.Net;

namespace ActionPlanTracker.Tests.Api.Inspections;

/// <summary>A plan names the inspection it answers (inspectionId on the plan's request and response).</summary>
public sealed class PlanInspectionTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static object PlanBody(string title, long? inspectionId) => new
    {
        title, sourceType = "Ofsted ILACS inspection", status = "active", scaleId = 2, scoreLevel = "recommendation", inspectionId,
    };

    [Test]
    public async Task A_plan_says_which_inspection_it_answers_and_the_inspection_lists_the_plan()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var title = $"Improvement plan {Guid.NewGuid():N}";

        var created = await client.PostJsonAsync("/api/plans", PlanBody(title, inspectionId));
        var plan = await created.ReadAsync<PlanInspectionDto>();
        Assert.That(plan.InspectionId, Is.EqualTo(inspectionId));
        Assert.That((await (await client.GetAsync($"/api/plans/{plan.Id}")).ReadAsync<PlanInspectionDto>()).InspectionId, Is.EqualTo(inspectionId));
        var inspection = await (await client.GetAsync($"/api/inspections/{inspectionId}")).ReadAsync<InspectionDto>();
        Assert.That(inspection.Plans, Is.EqualTo(new[] { new InspectionPlanDto(plan.Id, title) }));

        var cleared = await client.PutJsonAsync($"/api/plans/{plan.Id}", PlanBody(title, null), created.ETag());
        Assert.That((await cleared.ReadAsync<PlanInspectionDto>()).InspectionId, Is.Null);
        Assert.That((await (await client.GetAsync($"/api/inspections/{inspectionId}")).ReadAsync<InspectionDto>()).Plans, Is.Empty);
        Assert.That(AuditRows.For("plan", plan.Id)[^1].BeforeJson, Does.Contain($"\"inspectionId\":{inspectionId}"));
    }

    [Test]
    public async Task A_plan_cannot_answer_an_inspection_that_does_not_exist()
    {
        var problem = await (await client.PostJsonAsync("/api/plans", PlanBody("Plan for nothing", 987654321))).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That((problem.Fields, problem.ReasonFor("inspectionId")), Is.EqualTo((new[] { "inspectionId" },
            "No inspection has id 987654321. Record the inspection first, or leave it out.")));

        var planId = await Arrange.PlanAsync(client);
        var changed = await client.PutJsonAsync($"/api/plans/{planId}", PlanBody("Plan", 987654321), "*");
        Assert.That((await changed.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "inspectionId" }));
        var zero = await client.PostJsonAsync("/api/plans", PlanBody("Plan", 0));
        Assert.That((await zero.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "inspectionId" }));

        var stored = await (await client.GetAsync($"/api/plans/{planId}")).ReadAsync<PlanInspectionDto>();
        Assert.That((stored.InspectionId, stored.Version), Is.EqualTo(((long?)null, 1L)));
    }

    [Test]
    public async Task A_plan_whose_items_answer_an_inspection_cannot_move_to_another_until_the_links_are_removed()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var otherInspectionId = await Arrange.InspectionAsync(client, "HMIP");
        var planId = await Arrange.PlanAsync(client, title: "Linked plan", inspectionId: inspectionId);
        var planRecommendationId = await Arrange.RecommendationAsync(client, planId, "7 (14)");
        var reportRecommendationId = await Arrange.InspectionRecommendationAsync(client, inspectionId, "14");
        var links = $"/api/inspections/{inspectionId}/recommendations/{reportRecommendationId}/links";
        await client.PutJsonAsync(links, new { links = new[] { new { kind = "recommendation", itemId = planRecommendationId } } }, "*");

        foreach (var target in new long?[] { otherInspectionId, null })
        {
            var moved = await client.PutJsonAsync($"/api/plans/{planId}", PlanBody("Linked plan", target), "*");
            var problem = await moved.ReadProblemAsync(HttpStatusCode.Conflict);
            Assert.That((problem.Fields, problem.ReasonFor("inspectionId")), Is.EqualTo((new[] { "inspectionId" },
                $"This plan's items answer 1 recommendation of inspection {inspectionId} (\"14\"). "
                + "Remove those links before the plan answers another inspection or none.")));
        }
        var renamed = await client.PutJsonAsync($"/api/plans/{planId}", PlanBody("Linked plan, renamed", inspectionId), "*");
        Assert.That(renamed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "keeping the same inspection is no move");

        await client.PutJsonAsync(links, new { links = Array.Empty<object>() }, "*");
        var movedAfter = await client.PutJsonAsync($"/api/plans/{planId}", PlanBody("Linked plan, renamed", otherInspectionId), "*");
        Assert.That((await movedAfter.ReadAsync<PlanInspectionDto>()).InspectionId, Is.EqualTo(otherInspectionId));
    }
}

using System.Net;

namespace ActionPlanTracker.Tests.Api.Inspections;

public sealed class CoverageTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task LinkAsync(long inspectionId, long recommendationId, params object[] links)
    {
        var response = await client.PutJsonAsync($"/api/inspections/{inspectionId}/recommendations/{recommendationId}/links", new { links }, "*");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Coverage_lists_every_report_recommendation_in_order_with_the_plan_items_answering_it_and_the_gaps()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var councilTitle = $"Council improvement plan {Unique()}";
        var partnershipTitle = $"Partnership plan {Unique()}";
        var councilPlanId = await Arrange.PlanAsync(client, title: councilTitle, inspectionId: inspectionId);
        var partnershipPlanId = await Arrange.PlanAsync(client, groupedByPriority: true, scoreLevel: "action", title: partnershipTitle, inspectionId: inspectionId);
        var planRecommendation = await Arrange.RecommendationAsync(client, councilPlanId, "7 (14)", "Return home interviews for every child.");
        var action = await Arrange.ActionAsync(client, councilPlanId, recommendationId: planRecommendation, code: "A", description: "Commission the service.");
        var priority = await Arrange.PriorityAsync(client, partnershipPlanId, "2", "Children missing from home are safe");
        var rec14 = await Arrange.InspectionRecommendationAsync(client, inspectionId, "14", "Offer every child a return home interview.", "the local authority", "23");
        var rec15 = await Arrange.InspectionRecommendationAsync(client, inspectionId, "15", "Strengthen multi-agency work on exploitation.", "the safeguarding partnership");
        var rec16 = await Arrange.InspectionRecommendationAsync(client, inspectionId, "16", "Improve the quality of supervision.", "the local authority", "41, 42");
        await LinkAsync(inspectionId, rec14, new { kind = "recommendation", itemId = planRecommendation }, new { kind = "action", itemId = action, note = "Contract from April" });
        await LinkAsync(inspectionId, rec15, new { kind = "priority", itemId = priority });

        var response = await client.GetAsync($"/api/inspections/{inspectionId}/coverage");
        var coverage = await response.ReadAsync<CoverageDto>();

        Assert.That(InspectionJson.Of(coverage), Is.EqualTo(InspectionJson.Of(new CoverageDto(
            new CoverageInspectionDto(inspectionId, "Ofsted", "ILACS", "Inspection of children's social care services", new DateOnly(2026, 3, 14),
                "Requires improvement to be good"),
            [
                new CoverageRecommendationDto(rec14, "14", "Offer every child a return home interview.", "the local authority", "23",
                [
                    new LinkedItemDto("recommendation", planRecommendation, councilPlanId, councilTitle, "7 (14)", "Return home interviews for every child.", null),
                    new LinkedItemDto("action", action, councilPlanId, councilTitle, "A", "Commission the service.", "Contract from April"),
                ]),
                new CoverageRecommendationDto(rec15, "15", "Strengthen multi-agency work on exploitation.", "the safeguarding partnership", null,
                [
                    new LinkedItemDto("priority", priority, partnershipPlanId, partnershipTitle, "2", "Children missing from home are safe", null),
                ]),
                new CoverageRecommendationDto(rec16, "16", "Improve the quality of supervision.", "the local authority", "41, 42", []),
            ],
            [new CoverageGapDto(rec16, "16", "Improve the quality of supervision.", "the local authority", "41, 42")]))));

        // Each plan that answers the inspection sees the same coverage, whichever plan's items answer a recommendation.
        foreach (var planId in new[] { councilPlanId, partnershipPlanId })
        {
            var fromPlan = await (await client.GetAsync($"/api/plans/{planId}/inspection-coverage")).ReadAsync<CoverageDto>();
            Assert.That(InspectionJson.Of(fromPlan), Is.EqualTo(InspectionJson.Of(coverage)));
        }
    }

    [Test]
    public async Task The_grid_says_which_report_recommendations_an_item_answers_and_the_summary_lists_the_gaps()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var planId = await Arrange.PlanAsync(client, title: $"Council improvement plan {Unique()}", inspectionId: inspectionId);
        var planRecommendation = await Arrange.RecommendationAsync(client, planId, "7 (14)", "Return home interviews for every child.");
        var action = await Arrange.ActionAsync(client, planId, recommendationId: planRecommendation, code: "A", description: "Commission the service.");
        var rec14 = await Arrange.InspectionRecommendationAsync(client, inspectionId, "14", "Offer every child a return home interview.", "the local authority", "23");
        var rec16 = await Arrange.InspectionRecommendationAsync(client, inspectionId, "16", "Improve the quality of supervision.", "the local authority", "41, 42");
        await LinkAsync(inspectionId, rec14, new { kind = "recommendation", itemId = planRecommendation }, new { kind = "action", itemId = action });

        var gridResponse = await client.GetAsync($"/api/plans/{planId}/grid");
        Assert.That(gridResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), string.Join("\n", TrackerApp.Factory.LogLines.Where(l => l.Contains("Exception")).Take(3)));
        var grid = System.Text.Json.Nodes.JsonNode.Parse(await gridResponse.Content.ReadAsStringAsync())!;
        var row = grid["items"]![0]!;
        Assert.That(((string)row["number"]!, (long)row["answersReportRecommendations"]![0]!["id"]!, (string)row["answersReportRecommendations"]![0]!["number"]!),
            Is.EqualTo(("7 (14)", rec14, "14")), "plan recommendation 7 answers the report's recommendation 14");
        Assert.That((string)row["children"]![0]!["answersReportRecommendations"]![0]!["number"]!, Is.EqualTo("14"));

        var summaryResponse = await client.GetAsync($"/api/plans/{planId}/summary");
        Assert.That(summaryResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), string.Join("\n", TrackerApp.Factory.LogLines.TakeLast(3)));
        var summary = System.Text.Json.Nodes.JsonNode.Parse(await summaryResponse.Content.ReadAsStringAsync())!["inspection"]!;
        Assert.That(((long)summary["id"]!, (int)summary["reportRecommendations"]!, (int)summary["answered"]!), Is.EqualTo((inspectionId, 2, 1)));
        Assert.That(summary["gaps"]!.AsArray().Select(g => ((long)g!["id"]!, (string)g["number"]!, (string)g["paragraphs"]!)),
            Is.EqualTo(new[] { (rec16, "16", "41, 42") }));

        // A plan that answers no inspection says so rather than showing an empty list of gaps.
        var otherPlan = await Arrange.PlanAsync(client, title: $"Unlinked plan {Unique()}");
        var unlinkedResponse = await client.GetAsync($"/api/plans/{otherPlan}/summary");
        Assert.That(unlinkedResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK), string.Join("\n", TrackerApp.Factory.LogLines.Where(l => l.Contains("Exception")).Take(3)));
        var unlinked = System.Text.Json.Nodes.JsonNode.Parse(await unlinkedResponse.Content.ReadAsStringAsync())!;
        Assert.That(unlinked["inspection"], Is.Null);
    }

    [Test]
    public async Task An_inspection_without_recommendations_has_no_gaps_and_one_without_links_is_all_gaps()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var empty = await (await client.GetAsync($"/api/inspections/{inspectionId}/coverage")).ReadAsync<CoverageDto>();
        Assert.That((empty.Inspection?.Id, empty.Recommendations.Count, empty.Gaps.Count), Is.EqualTo(((long?)inspectionId, 0, 0)));

        var first = await Arrange.InspectionRecommendationAsync(client, inspectionId, "1");
        var unnumbered = await Arrange.InspectionRecommendationAsync(client, inspectionId, null, "Listen to children's views.", addressee: "the service");
        var coverage = await (await client.GetAsync($"/api/inspections/{inspectionId}/coverage")).ReadAsync<CoverageDto>();
        Assert.That(coverage.Gaps.Select(g => (g.Id, g.Number, g.Addressee)),
            Is.EqualTo(new[] { (first, (string?)"1", (string?)"the local authority"), (unnumbered, null, "the service") }));
    }

    [Test]
    public async Task A_plan_that_answers_no_inspection_has_an_empty_coverage_rather_than_a_404()
    {
        var planId = await Arrange.PlanAsync(client);

        var response = await client.GetAsync($"/api/plans/{planId}/inspection-coverage");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("""{"inspection":null,"recommendations":[],"gaps":[]}"""));

        var noPlan = await client.GetAsync("/api/plans/987654321/inspection-coverage");
        Assert.That((await noPlan.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "planId" }));
    }
}

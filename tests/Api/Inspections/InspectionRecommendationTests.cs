using System.Net;

namespace ActionPlanTracker.Tests.Api.Inspections;

public sealed class InspectionRecommendationTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static object NewRecommendation(string? number = "14", string text = "Ensure that return home interviews are offered to every child.",
        string? addressee = "the local authority", string? paragraphs = "12, 31", int? sortOrder = null) =>
        new { number, text, addressee, paragraphs, sortOrder };

    [Test]
    public async Task A_report_recommendation_keeps_its_number_addressee_and_paragraphs_as_printed()
    {
        var inspectionId = await Arrange.InspectionAsync(client);

        var created = await client.PostJsonAsync($"/api/inspections/{inspectionId}/recommendations", NewRecommendation());
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var recommendation = await created.ReadAsync<InspectionRecommendationDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/inspections/{inspectionId}/recommendations/{recommendation.Id}"));
        Assert.That(created.ETag(), Is.EqualTo("\"1\""));
        Assert.That(InspectionJson.Of(recommendation with { Id = 0, CreatedAt = "", UpdatedAt = "" }), Is.EqualTo(InspectionJson.Of(
            new InspectionRecommendationDto(0, inspectionId, "14", "Ensure that return home interviews are offered to every child.",
                "the local authority", "12, 31", 1, [], 1, "", ""))));

        var read = await client.GetAsync($"/api/inspections/{inspectionId}/recommendations/{recommendation.Id}");
        Assert.That(InspectionJson.Of(await read.ReadAsync<InspectionRecommendationDto>()), Is.EqualTo(InspectionJson.Of(recommendation)));
        Assert.That(read.ETag(), Is.EqualTo("\"1\""));

        var changed = await client.PutJsonAsync($"/api/inspections/{inspectionId}/recommendations/{recommendation.Id}",
            NewRecommendation(" 14 ", addressee: "the safeguarding partnership", paragraphs: " "), read.ETag());
        var after = await changed.ReadAsync<InspectionRecommendationDto>();
        Assert.That((after.Number, after.Addressee, after.Paragraphs, after.SortOrder, after.Version),
            Is.EqualTo(("14", "the safeguarding partnership", (string?)null, 1, 2L)));
        var listed = await (await client.GetAsync($"/api/inspections/{inspectionId}/recommendations")).ReadAsync<List<InspectionRecommendationDto>>();
        Assert.That(InspectionJson.Of(listed), Is.EqualTo(InspectionJson.Of(new[] { after })));

        var deleted = await client.DeleteAsync($"/api/inspections/{inspectionId}/recommendations/{recommendation.Id}", changed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var gone = await client.GetAsync($"/api/inspections/{inspectionId}/recommendations/{recommendation.Id}");
        Assert.That((await gone.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "recommendationId" }));
        Assert.That(AuditRows.For("inspectionRecommendation", recommendation.Id).Select(e => (e.Actor, e.Change, e.PlanId)),
            Is.EqualTo(new[] { ("Priya Shah", "create", (long?)null), ("Priya Shah", "update", null), ("Priya Shah", "delete", null) }));
    }

    [Test]
    public async Task Report_recommendations_are_listed_in_printed_order()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var url = $"/api/inspections/{inspectionId}/recommendations";
        var second = (await (await client.PostJsonAsync(url, NewRecommendation("2", sortOrder: 20))).ReadAsync<InspectionRecommendationDto>()).Id;
        var first = (await (await client.PostJsonAsync(url, NewRecommendation("1", sortOrder: 10))).ReadAsync<InspectionRecommendationDto>()).Id;
        var third = await Arrange.InspectionRecommendationAsync(client, inspectionId, "3");

        var listed = await (await client.GetAsync(url)).ReadAsync<List<InspectionRecommendationDto>>();
        Assert.That(listed.Select(r => (r.Id, r.SortOrder)), Is.EqualTo(new[] { (first, 10), (second, 20), (third, 21) }));
    }

    [Test]
    public async Task Two_recommendations_of_one_report_cannot_share_a_number_but_unnumbered_ones_can()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var otherInspectionId = await Arrange.InspectionAsync(client);
        var url = $"/api/inspections/{inspectionId}/recommendations";
        await Arrange.InspectionRecommendationAsync(client, inspectionId, "14");
        var other = await Arrange.InspectionRecommendationAsync(client, inspectionId, "15");
        await Arrange.InspectionRecommendationAsync(client, otherInspectionId, "14");

        var clash = await client.PostJsonAsync(url, NewRecommendation("14"));
        var problem = await clash.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That((problem.Fields, problem.ReasonFor("number")),
            Is.EqualTo((new[] { "number" }, "This inspection already has a recommendation numbered \"14\".")));
        var renumbered = await client.PutJsonAsync($"{url}/{other}", NewRecommendation("14"), "*");
        Assert.That((await renumbered.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "number" }));
        Assert.That((await client.PostJsonAsync(url, NewRecommendation(null))).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await client.PostJsonAsync(url, NewRecommendation(""))).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var listed = await (await client.GetAsync(url)).ReadAsync<List<InspectionRecommendationDto>>();
        Assert.That(listed.Select(r => r.Number), Is.EqualTo(new[] { "14", "15", null, null }));
    }

    [Test]
    public async Task A_report_recommendation_needs_its_text_and_nothing_oversized()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var url = $"/api/inspections/{inspectionId}/recommendations";

        var missing = await client.PostJsonAsync(url, new { number = "1", text = " " });
        var problem = await missing.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That((problem.Fields, problem.ReasonFor("text")),
            Is.EqualTo((new[] { "text" }, "Enter the recommendation's text as the report prints it.")));

        var oversized = await client.PostJsonAsync(url, new
        {
            number = new string('1', 21), text = new string('t', 4001), addressee = new string('a', 201), paragraphs = new string('1', 201), sortOrder = -1,
        });
        Assert.That((await oversized.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields,
            Is.EquivalentTo(new[] { "number", "text", "addressee", "paragraphs", "sortOrder" }));

        Assert.That(await (await client.GetAsync(url)).ReadAsync<List<InspectionRecommendationDto>>(), Is.Empty);
    }

    [Test]
    public async Task A_report_recommendation_is_found_only_in_its_own_inspection()
    {
        var inspectionId = await Arrange.InspectionAsync(client);
        var otherInspectionId = await Arrange.InspectionAsync(client);
        var recommendationId = await Arrange.InspectionRecommendationAsync(client, otherInspectionId);
        var url = $"/api/inspections/{inspectionId}/recommendations/{recommendationId}";

        var read = await (await client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That((read.Fields, read.ReasonFor("recommendationId")), Is.EqualTo((new[] { "recommendationId" },
            $"Inspection {inspectionId} has no recommendation with id {recommendationId}.")));
        Assert.That((await (await client.PutJsonAsync(url, NewRecommendation(), "*")).ReadProblemAsync(HttpStatusCode.NotFound)).Fields,
            Is.EqualTo(new[] { "recommendationId" }));
        Assert.That((await (await client.PutJsonAsync(url + "/links", new { links = Array.Empty<object>() }, "*")).ReadProblemAsync(HttpStatusCode.NotFound)).Fields,
            Is.EqualTo(new[] { "recommendationId" }));
        Assert.That((await (await client.DeleteAsync(url, "*")).ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "recommendationId" }));
        var noInspection = await client.PostJsonAsync("/api/inspections/987654321/recommendations", NewRecommendation());
        Assert.That((await noInspection.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "inspectionId" }));

        var stored = await (await client.GetAsync($"/api/inspections/{otherInspectionId}/recommendations/{recommendationId}")).ReadAsync<InspectionRecommendationDto>();
        Assert.That(stored.Version, Is.EqualTo(1));
    }
}

using System.Net;

namespace ActionPlanTracker.Tests.Api.Recommendations;

public sealed class RecommendationTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static object NewRecommendation(string number = "7 (14)", string text = "Ensure that return home interviews are offered to every child.",
        IReadOnlyList<long>? leadIds = null, long? priorityId = null, string? deadlineText = "June - Dec 16", int? sortOrder = null) => new
    {
        number,
        text,
        judgementArea = "Children who need help and protection",
        sourceParagraphs = "12, 14, 31",
        priorityId,
        deadlineText,
        leadIds = leadIds ?? [],
        sortOrder,
    };

    [Test]
    public async Task A_recommendation_keeps_its_number_as_written_and_its_leads_in_order()
    {
        var planId = await Arrange.PlanAsync(client);
        var priorityId = await Arrange.PriorityAsync(client, planId);
        var zara = await Arrange.PersonAsync("Zara Ahmed", "Head of Service");
        var ben = await Arrange.PersonAsync("Ben Cole", "Service Manager");

        var created = await client.PostJsonAsync($"/api/plans/{planId}/recommendations",
            NewRecommendation(leadIds: [zara, ben], priorityId: priorityId));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var recommendation = await created.ReadAsync<RecommendationDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/plans/{planId}/recommendations/{recommendation.Id}"));
        Assert.That(created.ETag(), Is.EqualTo("\"1\""));
        Assert.That(recommendation with { Id = 0, CreatedAt = "", UpdatedAt = "", Deadline = null }, Is.EqualTo(new RecommendationDto(0, planId,
            priorityId, "7 (14)", "Ensure that return home interviews are offered to every child.", "Children who need help and protection",
            "12, 14, 31", [new(zara, "Zara Ahmed", "Head of Service"), new(ben, "Ben Cole", "Service Manager")], "June - Dec 16", null,
            1, 1, "", "")).UsingPropertiesComparer());
        // The parser's own tests pin its notes; here it is enough that the range was understood.
        var deadline = recommendation.Deadline!;
        Assert.That((deadline.Text, deadline.DueFrom, deadline.DueBy, deadline.State, deadline.Problems.Count),
            Is.EqualTo(("June - Dec 16", (DateOnly?)new DateOnly(2016, 6, 1), (DateOnly?)new DateOnly(2016, 12, 31), "none", 0)));

        var read = await client.GetAsync($"/api/plans/{planId}/recommendations/{recommendation.Id}");
        Assert.That(await read.ReadAsync<RecommendationDto>(), Is.EqualTo(recommendation).UsingPropertiesComparer());
        Assert.That(read.ETag(), Is.EqualTo("\"1\""));

        var changed = await client.PutJsonAsync($"/api/plans/{planId}/recommendations/{recommendation.Id}",
            NewRecommendation("7", leadIds: [ben, zara], deadlineText: null), read.ETag());
        var after = await changed.ReadAsync<RecommendationDto>();
        Assert.That(after.Leads.Select(l => l.Id), Is.EqualTo(new[] { ben, zara }));
        Assert.That((after.Number, after.PriorityId, after.Deadline, after.Version), Is.EqualTo(("7", (long?)null, (DeadlineDto?)null, 2L)));
        var listed = await (await client.GetAsync($"/api/plans/{planId}/recommendations")).ReadAsync<List<RecommendationDto>>();
        Assert.That(listed, Is.EqualTo(new[] { after }).UsingPropertiesComparer());

        var deleted = await client.DeleteAsync($"/api/plans/{planId}/recommendations/{recommendation.Id}", changed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var gone = await client.GetAsync($"/api/plans/{planId}/recommendations/{recommendation.Id}");
        Assert.That((await gone.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "recommendationId" }));
    }

    [Test]
    public async Task Recommendations_are_listed_in_printed_order()
    {
        var planId = await Arrange.PlanAsync(client);
        var second = await Arrange.RecommendationAsync(client, planId, "2", sortOrder: 20);
        var first = await Arrange.RecommendationAsync(client, planId, "1", sortOrder: 10);
        var third = await Arrange.RecommendationAsync(client, planId, "3");

        var listed = await (await client.GetAsync($"/api/plans/{planId}/recommendations")).ReadAsync<List<RecommendationDto>>();
        Assert.That(listed.Select(r => (r.Id, r.SortOrder)), Is.EqualTo(new[] { (first, 10), (second, 20), (third, 21) }));
    }

    [Test]
    public async Task Two_recommendations_of_one_plan_cannot_share_a_number()
    {
        var planId = await Arrange.PlanAsync(client);
        await Arrange.RecommendationAsync(client, planId, "7 (14)");
        var other = await Arrange.RecommendationAsync(client, planId, "8");

        var clash = await client.PostJsonAsync($"/api/plans/{planId}/recommendations", NewRecommendation("7 (14)"));
        var problem = await clash.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "number" }));
        Assert.That(problem.ReasonFor("number"), Is.EqualTo("This plan already has a recommendation numbered \"7 (14)\"."));
        var renumbered = await client.PutJsonAsync($"/api/plans/{planId}/recommendations/{other}", NewRecommendation("7 (14)"), "*");
        Assert.That((await renumbered.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "number" }));

        var listed = await (await client.GetAsync($"/api/plans/{planId}/recommendations")).ReadAsync<List<RecommendationDto>>();
        Assert.That(listed.Select(r => r.Number), Is.EqualTo(new[] { "7 (14)", "8" }));
    }

    [Test]
    public async Task A_recommendation_can_only_be_grouped_under_a_priority_of_its_own_plan()
    {
        var planId = await Arrange.PlanAsync(client);
        var otherPlanId = await Arrange.PlanAsync(client);
        var foreignPriority = await Arrange.PriorityAsync(client, otherPlanId);
        var recommendationId = await Arrange.RecommendationAsync(client, planId, "1");

        var created = await client.PostJsonAsync($"/api/plans/{planId}/recommendations", NewRecommendation("2", priorityId: foreignPriority));
        var problem = await created.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "priorityId" }));
        Assert.That(problem.ReasonFor("priorityId"), Is.EqualTo($"Plan {planId} has no priority with id {foreignPriority}."));
        var moved = await client.PutJsonAsync($"/api/plans/{planId}/recommendations/{recommendationId}",
            NewRecommendation("1", priorityId: foreignPriority), "*");
        Assert.That((await moved.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "priorityId" }));

        var listed = await (await client.GetAsync($"/api/plans/{planId}/recommendations")).ReadAsync<List<RecommendationDto>>();
        Assert.That(listed.Select(r => (r.Id, r.PriorityId, r.Version)), Is.EqualTo(new[] { (recommendationId, (long?)null, 1L) }));
    }

    [Test]
    public async Task A_recommendation_is_found_only_in_its_own_plan()
    {
        var planId = await Arrange.PlanAsync(client);
        var otherPlanId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, otherPlanId);
        var url = $"/api/plans/{planId}/recommendations/{recommendationId}";

        Assert.That((await (await client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "recommendationId" }));
        Assert.That((await (await client.PutJsonAsync(url, NewRecommendation(), "*")).ReadProblemAsync(HttpStatusCode.NotFound)).Fields,
            Is.EqualTo(new[] { "recommendationId" }));
        Assert.That((await (await client.DeleteAsync(url, "*")).ReadProblemAsync(HttpStatusCode.NotFound)).Fields,
            Is.EqualTo(new[] { "recommendationId" }));
        var noPlan = await client.PostJsonAsync("/api/plans/987654321/recommendations", NewRecommendation());
        Assert.That((await noPlan.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "planId" }));

        var stored = await (await client.GetAsync($"/api/plans/{otherPlanId}/recommendations/{recommendationId}")).ReadAsync<RecommendationDto>();
        Assert.That(stored.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task Leads_must_be_known_people_each_named_once()
    {
        var planId = await Arrange.PlanAsync(client);
        var lead = await Arrange.PersonAsync("Sam Green", "Strategic Lead");
        var url = $"/api/plans/{planId}/recommendations";

        var unknown = await client.PostJsonAsync(url, NewRecommendation(leadIds: [lead, 987654321]));
        var problem = await unknown.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "leadIds" }));
        Assert.That(problem.ReasonFor("leadIds"), Is.EqualTo("No person has id 987654321. Add them to the people list first."));

        var twice = await client.PostJsonAsync(url, NewRecommendation(leadIds: [lead, lead]));
        var duplicate = await twice.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That((duplicate.Fields, duplicate.ReasonFor("leadIds")), Is.EqualTo((new[] { "leadIds" }, "Name each lead once.")));

        var listed = await (await client.GetAsync(url)).ReadAsync<List<RecommendationDto>>();
        Assert.That(listed, Is.Empty);
    }

    [Test]
    public async Task A_recommendation_needs_its_text_and_nothing_oversized_but_its_number_is_optional()
    {
        var planId = await Arrange.PlanAsync(client);
        var url = $"/api/plans/{planId}/recommendations";

        var missing = await client.PostJsonAsync(url, new { number = "", text = " " });
        var problem = await missing.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EquivalentTo(new[] { "text" }));
        Assert.That(problem.ReasonFor("text"), Is.EqualTo("Enter the recommendation's text."));

        var oversized = await client.PostJsonAsync(url, new
        {
            number = new string('7', 21), text = new string('t', 4001), judgementArea = new string('j', 201),
            sourceParagraphs = new string('1', 201), deadlineText = new string('d', 501),
        });
        Assert.That((await oversized.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields,
            Is.EquivalentTo(new[] { "number", "text", "judgementArea", "sourceParagraphs", "deadlineText" }));

        var wrongType = await client.SendRawAsync(HttpMethod.Post, url, """{ "number": "1", "text": "T", "leadIds": ["Sam"] }""");
        Assert.That((int)wrongType.StatusCode, Is.EqualTo(400), await wrongType.Content.ReadAsStringAsync());
        var broken = await client.SendRawAsync(HttpMethod.Post, url, """{ "number": "1", """);
        Assert.That((int)broken.StatusCode, Is.EqualTo(400), await broken.Content.ReadAsStringAsync());

        var listed = await (await client.GetAsync(url)).ReadAsync<List<RecommendationDto>>();
        Assert.That(listed, Is.Empty);
    }

    [Test]
    public async Task A_change_from_a_stale_copy_or_without_If_Match_is_refused_and_changes_nothing()
    {
        var planId = await Arrange.PlanAsync(client);
        var lead = await Arrange.PersonAsync("Sam Green", "Strategic Lead");
        var recommendationId = await Arrange.RecommendationAsync(client, planId, "1", "Original text", leadIds: [lead]);
        var url = $"/api/plans/{planId}/recommendations/{recommendationId}";
        var before = await (await client.GetAsync(url)).ReadAsync<RecommendationDto>();
        await client.PutJsonAsync(url, NewRecommendation("1", "Tom's text", leadIds: [lead]), "\"1\"");

        var stale = await client.PutJsonAsync(url, NewRecommendation("1", "Priya's text"), "\"1\"");
        Assert.That((await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var missing = await client.PutJsonAsync(url, NewRecommendation("1", "Priya's text"), ifMatch: null);
        await missing.ReadProblemAsync((HttpStatusCode)428);
        await (await client.DeleteAsync(url, "\"1\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.DeleteAsync(url, ifMatch: null)).ReadProblemAsync((HttpStatusCode)428);

        var stored = await (await client.GetAsync(url)).ReadAsync<RecommendationDto>();
        Assert.That((stored.Text, stored.Version), Is.EqualTo(("Tom's text", 2L)));
        Assert.That(stored.Leads, Is.EqualTo(before.Leads));
    }

    [Test]
    public async Task Deleting_a_recommendation_deletes_the_actions_answering_it()
    {
        var planId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, planId, "1");
        var keptRecommendationId = await Arrange.RecommendationAsync(client, planId, "2");
        var actionId = await Arrange.ActionAsync(client, planId, recommendationId: recommendationId);
        var keptActionId = await Arrange.ActionAsync(client, planId, recommendationId: keptRecommendationId);

        var deleted = await client.DeleteAsync($"/api/plans/{planId}/recommendations/{recommendationId}", "\"1\"");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var gone = await client.GetAsync($"/api/plans/{planId}/actions/{actionId}");
        Assert.That((await gone.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "actionId" }));
        Assert.That((await client.GetAsync($"/api/plans/{planId}/actions/{keptActionId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(AuditRows.For("action", actionId).Select(e => e.Change), Is.EqualTo(new[] { "create", "delete" }));
    }

    [Test]
    public async Task Every_change_to_a_recommendation_is_audited_with_its_leads()
    {
        var planId = await Arrange.PlanAsync(client);
        var first = await Arrange.PersonAsync("Zara Ahmed", "Head of Service");
        var second = await Arrange.PersonAsync("Ben Cole", "Service Manager");
        var recommendationId = await Arrange.RecommendationAsync(client, planId, "3", leadIds: [first]);
        await client.PutJsonAsync($"/api/plans/{planId}/recommendations/{recommendationId}", NewRecommendation("3", leadIds: [first, second]), "\"1\"");
        await client.DeleteAsync($"/api/plans/{planId}/recommendations/{recommendationId}", "\"2\"");

        var entries = AuditRows.For("recommendation", recommendationId);
        Assert.That(entries.Select(e => (e.Actor, e.Change, e.PlanId)), Is.EqualTo(new[]
        {
            ("Priya Shah", "create", (long?)planId), ("Priya Shah", "update", (long?)planId), ("Priya Shah", "delete", (long?)planId),
        }));
        Assert.That(entries[0].AfterJson, Does.Contain($"\"leads\":[{{\"id\":{first},"));
        Assert.That(entries[1].BeforeJson, Does.Contain("\"text\":\"Improve the quality and timeliness of assessments.\""));
        Assert.That(entries[1].AfterJson, Does.Contain($"\"leads\":[{{\"id\":{first},").And.Contain($"{{\"id\":{second},"));
        Assert.That(entries[2].AfterJson, Is.Null);
    }
}

public sealed record RecommendationDto(long Id, long PlanId, long? PriorityId, string Number, string Text, string? JudgementArea,
    string? SourceParagraphs, List<PersonRefDto> Leads, string? DeadlineText, DeadlineDto? Deadline, int SortOrder, long Version,
    string CreatedAt, string UpdatedAt);

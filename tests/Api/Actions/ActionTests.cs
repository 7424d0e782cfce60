using System.Net;

namespace ActionPlanTracker.Tests.Api.Actions;

public sealed class ActionTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static object NewAction(long? recommendationId = null, long? priorityId = null, string? code = "A",
        string description = "Offer every child a return home interview within 72 hours.", IReadOnlyList<long>? leadIds = null,
        IReadOnlyList<long>? ownerIds = null, string? deadlineText = "Sept 16 / ongoing", int? sortOrder = null) => new
    {
        recommendationId,
        priorityId,
        code,
        description,
        sourceReference = "Ofsted rec 14",
        leadIds = leadIds ?? [],
        ownerIds = ownerIds ?? [],
        deadlineText,
        sortOrder,
    };

    [Test]
    public async Task An_action_keeps_its_people_in_order_and_says_what_its_deadline_means()
    {
        var planId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, planId, "14");
        var lead = await Arrange.PersonAsync("Zara Ahmed", "Head of Service");
        var officer = await Arrange.PersonAsync("Ola Brown", "Director of Children's Services");
        var owner1 = await Arrange.PersonAsync("Ben Cole", "Service Manager");
        var owner2 = await Arrange.PersonAsync("Amy Diaz", "Team Manager");

        var created = await client.PostJsonAsync($"/api/plans/{planId}/actions",
            NewAction(recommendationId, leadIds: [lead, officer], ownerIds: [owner1, owner2]));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var action = await created.ReadAsync<ActionDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/plans/{planId}/actions/{action.Id}"));
        Assert.That(created.ETag(), Is.EqualTo("\"1\""));
        Assert.That(action with { Id = 0, CreatedAt = "", UpdatedAt = "", Deadline = null }, Is.EqualTo(new ActionDto(0, planId, recommendationId,
            null, "A", "Offer every child a return home interview within 72 hours.", "Ofsted rec 14",
            [new(lead, "Zara Ahmed", "Head of Service"), new(officer, "Ola Brown", "Director of Children's Services")],
            [new(owner1, "Ben Cole", "Service Manager"), new(owner2, "Amy Diaz", "Team Manager")], "Sept 16 / ongoing", null, 1, 1, "", ""))
            .UsingPropertiesComparer());
        var deadline = action.Deadline!;
        Assert.That((deadline.Text, deadline.DueFrom, deadline.DueBy, deadline.State, deadline.Problems.Count),
            Is.EqualTo(("Sept 16 / ongoing", (DateOnly?)null, (DateOnly?)new DateOnly(2016, 9, 30), "ongoing", 0)));
        Assert.That(deadline.DueDates, Is.EqualTo(new[] { new DateOnly(2016, 9, 30) }));

        var read = await client.GetAsync($"/api/plans/{planId}/actions/{action.Id}");
        Assert.That(await read.ReadAsync<ActionDto>(), Is.EqualTo(action).UsingPropertiesComparer());
        Assert.That(read.ETag(), Is.EqualTo("\"1\""));

        var changed = await client.PutJsonAsync($"/api/plans/{planId}/actions/{action.Id}",
            NewAction(recommendationId, code: "B", ownerIds: [owner2, owner1], deadlineText: null), read.ETag());
        var after = await changed.ReadAsync<ActionDto>();
        Assert.That(after.Owners.Select(o => o.Id), Is.EqualTo(new[] { owner2, owner1 }));
        Assert.That((after.Code, after.Leads.Count, after.Deadline, after.Version), Is.EqualTo(("B", 0, (DeadlineDto?)null, 2L)));
        Assert.That(await (await client.GetAsync($"/api/plans/{planId}/actions/{action.Id}")).ReadAsync<ActionDto>(),
            Is.EqualTo(after).UsingPropertiesComparer());

        var deleted = await client.DeleteAsync($"/api/plans/{planId}/actions/{action.Id}", changed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var gone = await client.GetAsync($"/api/plans/{planId}/actions/{action.Id}");
        Assert.That((await gone.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "actionId" }));
    }

    [Test]
    public async Task An_action_answers_a_recommendation_or_sits_under_a_priority_but_not_both()
    {
        var planId = await Arrange.PlanAsync(client, groupedByPriority: true);
        var recommendationId = await Arrange.RecommendationAsync(client, planId);
        var priorityId = await Arrange.PriorityAsync(client, planId);
        var url = $"/api/plans/{planId}/actions";

        var neither = await client.PostJsonAsync(url, NewAction());
        var problem = await neither.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "recommendationId" }));
        Assert.That(problem.ReasonFor("recommendationId"),
            Is.EqualTo("Choose the recommendation this action answers or the priority it sits under: one of them, not both."));
        var both = await client.PostJsonAsync(url, NewAction(recommendationId, priorityId));
        Assert.That((await both.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "recommendationId" }));

        var underPriority = await client.PostJsonAsync(url, NewAction(priorityId: priorityId));
        var action = await underPriority.ReadAsync<ActionDto>();
        Assert.That((action.RecommendationId, action.PriorityId), Is.EqualTo(((long?)null, (long?)priorityId)));
        var listed = await (await client.GetAsync(url)).ReadAsync<List<ActionDto>>();
        Assert.That(listed.Select(a => a.Id), Is.EqualTo(new[] { action.Id }));
    }

    [Test]
    public async Task An_action_cannot_point_at_a_recommendation_or_priority_of_another_plan()
    {
        var planId = await Arrange.PlanAsync(client);
        var otherPlanId = await Arrange.PlanAsync(client);
        var foreignRecommendation = await Arrange.RecommendationAsync(client, otherPlanId);
        var foreignPriority = await Arrange.PriorityAsync(client, otherPlanId);
        var ownRecommendation = await Arrange.RecommendationAsync(client, planId);
        var actionId = await Arrange.ActionAsync(client, planId, recommendationId: ownRecommendation);
        var url = $"/api/plans/{planId}/actions";

        var toRecommendation = await client.PostJsonAsync(url, NewAction(foreignRecommendation));
        var problem = await toRecommendation.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "recommendationId" }));
        Assert.That(problem.ReasonFor("recommendationId"), Is.EqualTo($"Plan {planId} has no recommendation with id {foreignRecommendation}."));
        var toPriority = await client.PostJsonAsync(url, NewAction(priorityId: foreignPriority));
        Assert.That((await toPriority.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "priorityId" }));
        var moved = await client.PutJsonAsync($"{url}/{actionId}", NewAction(priorityId: foreignPriority), "*");
        Assert.That((await moved.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "priorityId" }));

        var read = await client.GetAsync($"/api/plans/{otherPlanId}/actions/{actionId}");
        Assert.That((await read.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "actionId" }));
        var stored = await (await client.GetAsync($"{url}/{actionId}")).ReadAsync<ActionDto>();
        Assert.That((stored.RecommendationId, stored.PriorityId, stored.Version), Is.EqualTo(((long?)ownRecommendation, (long?)null, 1L)));
    }

    [Test]
    public async Task Two_actions_under_one_recommendation_cannot_share_a_code()
    {
        var planId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, planId, "1");
        var otherRecommendationId = await Arrange.RecommendationAsync(client, planId, "2");
        await Arrange.ActionAsync(client, planId, recommendationId: recommendationId, code: "A");
        var b = await Arrange.ActionAsync(client, planId, recommendationId: recommendationId, code: "B");

        var clash = await client.PostJsonAsync($"/api/plans/{planId}/actions", NewAction(recommendationId, code: "A"));
        var problem = await clash.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "code" }));
        Assert.That(problem.ReasonFor("code"), Is.EqualTo("Another action answering this recommendation already has code \"A\"."));
        var recoded = await client.PutJsonAsync($"/api/plans/{planId}/actions/{b}", NewAction(recommendationId, code: "A"), "*");
        Assert.That((await recoded.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "code" }));

        var elsewhere = await client.PostJsonAsync($"/api/plans/{planId}/actions", NewAction(otherRecommendationId, code: "A"));
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var listed = await (await client.GetAsync($"/api/plans/{planId}/actions?recommendationId={recommendationId}")).ReadAsync<List<ActionDto>>();
        Assert.That(listed.Select(a => a.Code), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public async Task The_action_list_can_be_narrowed_to_one_recommendation_or_one_priority()
    {
        var planId = await Arrange.PlanAsync(client, groupedByPriority: true);
        var priority1 = await Arrange.PriorityAsync(client, planId, "1");
        var priority2 = await Arrange.PriorityAsync(client, planId, "2");
        var recommendationId = await Arrange.RecommendationAsync(client, planId, "14", priorityId: priority1);
        var p2b = await Arrange.ActionAsync(client, planId, priorityId: priority2, code: "B");
        var p1a = await Arrange.ActionAsync(client, planId, priorityId: priority1, code: "A");
        var p2a = await Arrange.ActionAsync(client, planId, priorityId: priority2, code: "A", sortOrder: 0);
        var r14a = await Arrange.ActionAsync(client, planId, recommendationId: recommendationId, code: "A");
        var ungroupedRecommendation = await Arrange.RecommendationAsync(client, planId, "15", sortOrder: 0);
        var r15a = await Arrange.ActionAsync(client, planId, recommendationId: ungroupedRecommendation, code: "A");

        async Task<IEnumerable<long>> Ids(string query) =>
            (await (await client.GetAsync($"/api/plans/{planId}/actions{query}")).ReadAsync<List<ActionDto>>()).Select(a => a.Id);

        Assert.That(await Ids(""), Is.EqualTo(new[] { r14a, p1a, p2a, p2b, r15a }),
            "printed order: under priority 1 its recommendation's actions, then its own; priority 2's in their order; then ungrouped");
        Assert.That(await Ids($"?priorityId={priority2}"), Is.EqualTo(new[] { p2a, p2b }));
        Assert.That(await Ids($"?priorityId={priority1}"), Is.EqualTo(new[] { p1a }));
        Assert.That(await Ids($"?recommendationId={recommendationId}"), Is.EqualTo(new[] { r14a }));

        var otherPlanId = await Arrange.PlanAsync(client);
        var foreign = await client.GetAsync($"/api/plans/{otherPlanId}/actions?priorityId={priority1}");
        Assert.That((await foreign.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "priorityId" }));
        var notANumber = await client.GetAsync($"/api/plans/{planId}/actions?recommendationId=fourteen");
        Assert.That((int)notANumber.StatusCode, Is.EqualTo(400), await notANumber.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Everyone_named_on_an_action_must_be_a_known_person()
    {
        var planId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, planId);
        var known = await Arrange.PersonAsync("Ben Cole", "Service Manager");
        var url = $"/api/plans/{planId}/actions";

        var lead = await client.PostJsonAsync(url, NewAction(recommendationId, leadIds: [987654321]));
        var problem = await lead.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "leadIds" }));
        Assert.That(problem.ReasonFor("leadIds"), Is.EqualTo("No person has id 987654321. Add them to the people list first."));
        var owner = await client.PostJsonAsync(url, NewAction(recommendationId, ownerIds: [known, 987654321]));
        Assert.That((await owner.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "ownerIds" }));
        var twice = await client.PostJsonAsync(url, NewAction(recommendationId, ownerIds: [known, known]));
        var duplicate = await twice.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That((duplicate.Fields, duplicate.ReasonFor("ownerIds")), Is.EqualTo((new[] { "ownerIds" }, "Name each owner once.")));

        var listed = await (await client.GetAsync(url)).ReadAsync<List<ActionDto>>();
        Assert.That(listed, Is.Empty);
    }

    [Test]
    public async Task An_action_needs_a_description_and_nothing_oversized_but_its_code_is_optional()
    {
        var planId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, planId);
        var url = $"/api/plans/{planId}/actions";

        var missing = await client.PostJsonAsync(url, new { recommendationId, code = "", description = "" });
        var problem = await missing.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EquivalentTo(new[] { "description" }));
        Assert.That(problem.ReasonFor("description"), Is.EqualTo("Describe the action."));

        var oversized = await client.PostJsonAsync(url, new
        {
            recommendationId, code = new string('A', 21), description = new string('d', 4001), sourceReference = new string('s', 201),
            deadlineText = new string('d', 501), sortOrder = 1_000_001,
        });
        Assert.That((await oversized.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields,
            Is.EquivalentTo(new[] { "code", "description", "sourceReference", "deadlineText", "sortOrder" }));

        var wrongType = await client.SendRawAsync(HttpMethod.Post, url, $$"""{ "recommendationId": {{recommendationId}}, "code": "A", "description": "D", "leadIds": ["Ben"] }""");
        Assert.That((int)wrongType.StatusCode, Is.EqualTo(400), await wrongType.Content.ReadAsStringAsync());

        var listed = await (await client.GetAsync(url)).ReadAsync<List<ActionDto>>();
        Assert.That(listed, Is.Empty);

        // An action written under its recommendation without a letter is held without one; two such rows may sit side by side.
        var unlettered = await (await client.PostJsonAsync(url, new { recommendationId, description = "Review the front door." })).ReadAsync<ActionDto>();
        var another = await (await client.PostJsonAsync(url, new { recommendationId, code = "  ", description = "Train the MASH." })).ReadAsync<ActionDto>();
        Assert.That((unlettered.Code, another.Code), Is.EqualTo(((string?)null, (string?)null)));
    }

    [Test]
    public async Task A_change_from_a_stale_copy_or_without_If_Match_is_refused_and_changes_nothing()
    {
        var planId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, planId);
        var owner = await Arrange.PersonAsync("Ben Cole", "Service Manager");
        var actionId = await Arrange.ActionAsync(client, planId, recommendationId: recommendationId, description: "Original", ownerIds: [owner]);
        var url = $"/api/plans/{planId}/actions/{actionId}";
        await client.PutJsonAsync(url, NewAction(recommendationId, description: "Tom's", ownerIds: [owner]), "\"1\"");

        var stale = await client.PutJsonAsync(url, NewAction(recommendationId, description: "Priya's"), "\"1\"");
        Assert.That((await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        await (await client.PutJsonAsync(url, NewAction(recommendationId, description: "Priya's"), ifMatch: null)).ReadProblemAsync((HttpStatusCode)428);
        await (await client.DeleteAsync(url, "\"1\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.DeleteAsync(url, ifMatch: null)).ReadProblemAsync((HttpStatusCode)428);

        var stored = await (await client.GetAsync(url)).ReadAsync<ActionDto>();
        Assert.That((stored.Description, stored.Version), Is.EqualTo(("Tom's", 2L)));
        Assert.That(stored.Owners.Select(o => o.Id), Is.EqualTo(new[] { owner }));
    }

    [Test]
    public async Task Every_change_to_an_action_is_audited_with_its_people()
    {
        var planId = await Arrange.PlanAsync(client);
        var recommendationId = await Arrange.RecommendationAsync(client, planId);
        var lead = await Arrange.PersonAsync("Zara Ahmed", "Head of Service");
        var owner = await Arrange.PersonAsync("Ben Cole", "Service Manager");
        var actionId = await Arrange.ActionAsync(client, planId, recommendationId: recommendationId, leadId: lead);
        await client.PutJsonAsync($"/api/plans/{planId}/actions/{actionId}", NewAction(recommendationId, leadIds: [lead], ownerIds: [owner]), "\"1\"");
        await client.DeleteAsync($"/api/plans/{planId}/actions/{actionId}", "\"2\"");

        var entries = AuditRows.For("action", actionId);
        Assert.That(entries.Select(e => (e.Actor, e.Change, e.PlanId)), Is.EqualTo(new[]
        {
            ("Priya Shah", "create", (long?)planId), ("Priya Shah", "update", (long?)planId), ("Priya Shah", "delete", (long?)planId),
        }));
        Assert.That(entries[0].AfterJson, Does.Contain($"\"leads\":[{{\"id\":{lead},").And.Contain("\"owners\":[]"));
        Assert.That(entries[1].BeforeJson, Does.Contain("\"owners\":[]"));
        Assert.That(entries[1].AfterJson, Does.Contain($"\"owners\":[{{\"id\":{owner},"));
        Assert.That(entries[2].AfterJson, Is.Null);
    }
}

public sealed record ActionDto(long Id, long PlanId, long? RecommendationId, long? PriorityId, string? Code, string Description,
    string? SourceReference, List<PersonRefDto> Leads, List<PersonRefDto> Owners, string? DeadlineText,
    DeadlineDto? Deadline, int SortOrder, long Version, string CreatedAt, string UpdatedAt);

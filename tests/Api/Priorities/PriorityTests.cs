using System.Net;

namespace ActionPlanTracker.Tests.Api.Priorities;

public sealed class PriorityTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static object NewPriority(string number = "1", string title = "Children get the right help at the right time",
        string? outcomeStatement = "Families receive help as soon as needs emerge.", int? sortOrder = null) =>
        new { number, title, outcomeStatement, sortOrder };

    [Test]
    public async Task A_priority_can_be_added_read_changed_and_deleted()
    {
        var planId = await Arrange.PlanAsync(client, scaleId: 1, groupedByPriority: true, scoreLevel: "measure");

        var created = await client.PostJsonAsync($"/api/plans/{planId}/priorities", NewPriority());
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var priority = await created.ReadAsync<PriorityDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/plans/{planId}/priorities/{priority.Id}"));
        Assert.That(created.ETag(), Is.EqualTo("\"1\""));
        Assert.That(priority with { Id = 0, CreatedAt = "", UpdatedAt = "" }, Is.EqualTo(new PriorityDto(0, planId, "1",
            "Children get the right help at the right time", "Families receive help as soon as needs emerge.", 1, 1, "", "")));

        var read = await client.GetAsync($"/api/plans/{planId}/priorities/{priority.Id}");
        Assert.That(await read.ReadAsync<PriorityDto>(), Is.EqualTo(priority));
        Assert.That(read.ETag(), Is.EqualTo("\"1\""));

        var changed = await client.PutJsonAsync($"/api/plans/{planId}/priorities/{priority.Id}",
            NewPriority("1a", "Early help", null), read.ETag());
        var after = await changed.ReadAsync<PriorityDto>();
        Assert.That((after.Number, after.Title, after.OutcomeStatement, after.SortOrder, after.Version), Is.EqualTo(("1a", "Early help", (string?)null, 1, 2L)));
        Assert.That(changed.ETag(), Is.EqualTo("\"2\""));
        Assert.That(await (await client.GetAsync($"/api/plans/{planId}/priorities/{priority.Id}")).ReadAsync<PriorityDto>(), Is.EqualTo(after));

        var deleted = await client.DeleteAsync($"/api/plans/{planId}/priorities/{priority.Id}", changed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var problem = await (await client.GetAsync($"/api/plans/{planId}/priorities/{priority.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "priorityId" }));
    }

    [Test]
    public async Task Priorities_are_listed_in_printed_order_and_a_new_one_goes_after_the_last()
    {
        var planId = await Arrange.PlanAsync(client, groupedByPriority: true);
        var third = await Arrange.PriorityAsync(client, planId, "3", sortOrder: 30);
        var first = await Arrange.PriorityAsync(client, planId, "1", sortOrder: 10);
        var last = await Arrange.PriorityAsync(client, planId, "8");

        var listed = await (await client.GetAsync($"/api/plans/{planId}/priorities")).ReadAsync<List<PriorityDto>>();
        Assert.That(listed.Select(p => (p.Id, p.Number, p.SortOrder)), Is.EqualTo(new[] { (first, "1", 10), (third, "3", 30), (last, "8", 31) }));
    }

    [Test]
    public async Task Two_priorities_of_one_plan_cannot_share_a_number_but_two_plans_can()
    {
        var planId = await Arrange.PlanAsync(client, groupedByPriority: true);
        var otherPlanId = await Arrange.PlanAsync(client, groupedByPriority: true);
        await Arrange.PriorityAsync(client, planId, "2");
        var second = await Arrange.PriorityAsync(client, planId, "3");

        var clash = await client.PostJsonAsync($"/api/plans/{planId}/priorities", NewPriority(" 2 "));
        var problem = await clash.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "number" }));
        Assert.That(problem.ReasonFor("number"), Is.EqualTo("This plan already has a priority numbered \"2\"."));

        var renumbered = await client.PutJsonAsync($"/api/plans/{planId}/priorities/{second}", NewPriority("2"), "*");
        Assert.That((await renumbered.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "number" }));

        var elsewhere = await client.PostJsonAsync($"/api/plans/{otherPlanId}/priorities", NewPriority("2"));
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var listed = await (await client.GetAsync($"/api/plans/{planId}/priorities")).ReadAsync<List<PriorityDto>>();
        Assert.That(listed.Select(p => p.Number), Is.EqualTo(new[] { "2", "3" }));
    }

    [Test]
    public async Task A_priority_is_found_only_in_its_own_plan()
    {
        var planId = await Arrange.PlanAsync(client);
        var otherPlanId = await Arrange.PlanAsync(client);
        var priorityId = await Arrange.PriorityAsync(client, otherPlanId);

        var read = await client.GetAsync($"/api/plans/{planId}/priorities/{priorityId}");
        Assert.That((await read.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "priorityId" }));
        var changed = await client.PutJsonAsync($"/api/plans/{planId}/priorities/{priorityId}", NewPriority("9"), "*");
        Assert.That((await changed.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "priorityId" }));
        var deleted = await client.DeleteAsync($"/api/plans/{planId}/priorities/{priorityId}", "*");
        Assert.That((await deleted.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "priorityId" }));
        var noPlan = await client.GetAsync("/api/plans/987654321/priorities");
        Assert.That((await noPlan.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "planId" }));

        var stored = await (await client.GetAsync($"/api/plans/{otherPlanId}/priorities/{priorityId}")).ReadAsync<PriorityDto>();
        Assert.That((stored.Number, stored.Version), Is.EqualTo(("1", 1L)));
    }

    [Test]
    public async Task A_change_from_a_stale_copy_is_refused_and_changes_nothing()
    {
        var planId = await Arrange.PlanAsync(client);
        var priorityId = await Arrange.PriorityAsync(client, planId, "1", "Original title");
        var url = $"/api/plans/{planId}/priorities/{priorityId}";
        await client.PutJsonAsync(url, NewPriority("1", "Tom's title"), "\"1\"");

        var stale = await client.PutJsonAsync(url, NewPriority("1", "Priya's title"), "\"1\"");
        Assert.That((await stale.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var staleDelete = await client.DeleteAsync(url, "\"1\"");
        await staleDelete.ReadProblemAsync(HttpStatusCode.PreconditionFailed);

        var stored = await (await client.GetAsync(url)).ReadAsync<PriorityDto>();
        Assert.That((stored.Title, stored.Version), Is.EqualTo(("Tom's title", 2L)));
    }

    [Test]
    public async Task A_change_or_delete_without_If_Match_is_refused_and_changes_nothing()
    {
        var planId = await Arrange.PlanAsync(client);
        var priorityId = await Arrange.PriorityAsync(client, planId, "1", "Original title");
        var url = $"/api/plans/{planId}/priorities/{priorityId}";

        var changed = await client.PutJsonAsync(url, NewPriority("1", "Changed"), ifMatch: null);
        Assert.That((await changed.ReadProblemAsync((HttpStatusCode)428)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var deleted = await client.DeleteAsync(url, ifMatch: null);
        await deleted.ReadProblemAsync((HttpStatusCode)428);

        var stored = await (await client.GetAsync(url)).ReadAsync<PriorityDto>();
        Assert.That((stored.Title, stored.Version), Is.EqualTo(("Original title", 1L)));
    }

    [Test]
    public async Task A_priority_needs_a_title_and_a_short_number_if_any()
    {
        var planId = await Arrange.PlanAsync(client);
        var url = $"/api/plans/{planId}/priorities";

        var missing = await client.PostJsonAsync(url, new { number = " ", title = "" });
        var problem = await missing.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EquivalentTo(new[] { "title" }));
        Assert.That(problem.ReasonFor("title"), Is.EqualTo("Enter the priority's title."));

        var oversized = await client.PostJsonAsync(url, new
        {
            number = new string('1', 21), title = new string('t', 501), outcomeStatement = new string('o', 4001), sortOrder = -1,
        });
        Assert.That((await oversized.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields,
            Is.EquivalentTo(new[] { "number", "title", "outcomeStatement", "sortOrder" }));

        var wrongType = await client.SendRawAsync(HttpMethod.Post, url, """{ "number": "1", "title": "T", "sortOrder": "first" }""");
        Assert.That((int)wrongType.StatusCode, Is.EqualTo(400), await wrongType.Content.ReadAsStringAsync());

        var listed = await (await client.GetAsync(url)).ReadAsync<List<PriorityDto>>();
        Assert.That(listed, Is.Empty);
    }

    [Test]
    public async Task Deleting_a_priority_deletes_its_actions_and_leaves_its_recommendations_ungrouped()
    {
        var planId = await Arrange.PlanAsync(client, groupedByPriority: true);
        var priorityId = await Arrange.PriorityAsync(client, planId, "1");
        var keptPriorityId = await Arrange.PriorityAsync(client, planId, "2");
        var recommendationId = await Arrange.RecommendationAsync(client, planId, "14", priorityId: priorityId);
        var answeringAction = await Arrange.ActionAsync(client, planId, recommendationId: recommendationId);
        var directAction = await Arrange.ActionAsync(client, planId, priorityId: priorityId);
        var measureId = await Arrange.MeasureAsync(client, planId, directAction);
        var keptAction = await Arrange.ActionAsync(client, planId, priorityId: keptPriorityId);

        var deleted = await client.DeleteAsync($"/api/plans/{planId}/priorities/{priorityId}", "*");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var recommendation = await client.GetAsync($"/api/plans/{planId}/recommendations/{recommendationId}");
        Assert.That(await recommendation.Content.ReadAsStringAsync(), Does.Contain("\"priorityId\":null"));
        Assert.That(recommendation.ETag(), Is.EqualTo("\"2\""), "ungrouping is a change, so the recommendation's version moves on");
        var actions = await (await client.GetAsync($"/api/plans/{planId}/actions")).ReadAsync<List<IdDto>>();
        Assert.That(actions.Select(a => a.Id), Is.EquivalentTo(new[] { answeringAction, keptAction }));

        Assert.That(AuditRows.For("priority", priorityId).Select(e => e.Change), Is.EqualTo(new[] { "create", "delete" }));
        Assert.That(AuditRows.For("action", directAction).Select(e => e.Change), Is.EqualTo(new[] { "create", "delete" }));
        Assert.That(AuditRows.For("measure", measureId).Select(e => e.Change), Is.EqualTo(new[] { "create", "delete" }));
        var ungrouped = AuditRows.For("recommendation", recommendationId).Last();
        Assert.That((ungrouped.Change, ungrouped.PlanId), Is.EqualTo(("update", (long?)planId)));
        Assert.That(ungrouped.BeforeJson, Does.Contain($"\"priorityId\":{priorityId}"));
        Assert.That(ungrouped.AfterJson, Does.Contain("\"priorityId\":null"));
    }

    [Test]
    public async Task Every_change_to_a_priority_is_in_the_audit_log_with_before_and_after()
    {
        var planId = await Arrange.PlanAsync(client, groupedByPriority: true);
        var priorityId = await Arrange.PriorityAsync(client, planId, "1", "Audited priority");
        await client.PutJsonAsync($"/api/plans/{planId}/priorities/{priorityId}", NewPriority("1", "Audited priority, renamed"), "\"1\"");

        var entries = AuditRows.For("priority", priorityId);
        Assert.That(entries.Select(e => (e.Actor, e.Change, e.PlanId)),
            Is.EqualTo(new[] { ("Priya Shah", "create", (long?)planId), ("Priya Shah", "update", (long?)planId) }));
        Assert.That(entries[1].BeforeJson, Does.Contain("\"title\":\"Audited priority\""));
        Assert.That(entries[1].AfterJson, Does.Contain("\"title\":\"Audited priority, renamed\""));
    }
}

public sealed record PriorityDto(long Id, long PlanId, string Number, string Title, string? OutcomeStatement, int SortOrder, long Version,
    string CreatedAt, string UpdatedAt);

public sealed record IdDto(long Id);

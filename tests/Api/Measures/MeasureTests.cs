using System.Net;

namespace ActionPlanTracker.Tests.Api.Measures;

public sealed class MeasureTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private async Task<(long PlanId, long ActionId)> ActionUnderPriorityAsync()
    {
        var planId = await Arrange.PlanAsync(client, scaleId: 1, groupedByPriority: true, scoreLevel: "measure");
        var priorityId = await Arrange.PriorityAsync(client, planId);
        return (planId, await Arrange.ActionAsync(client, planId, priorityId: priorityId));
    }

    [Test]
    public async Task A_success_measure_can_be_added_read_changed_and_deleted()
    {
        var (planId, actionId) = await ActionUnderPriorityAsync();
        var url = $"/api/plans/{planId}/actions/{actionId}/measures";

        var created = await client.PostJsonAsync(url, new { text = "95% of plans up to date, 75% judged good at audit" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var measure = await created.ReadAsync<MeasureDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"{url}/{measure.Id}"));
        Assert.That(created.ETag(), Is.EqualTo("\"1\""));
        Assert.That(measure with { Id = 0, CreatedAt = "", UpdatedAt = "" },
            Is.EqualTo(new MeasureDto(0, planId, actionId, "95% of plans up to date, 75% judged good at audit", 1, 1, "", "")));

        var read = await client.GetAsync($"{url}/{measure.Id}");
        Assert.That(await read.ReadAsync<MeasureDto>(), Is.EqualTo(measure));
        Assert.That(read.ETag(), Is.EqualTo("\"1\""));

        var changed = await client.PutJsonAsync($"{url}/{measure.Id}", new { text = "Increase from 80% to 100%", sortOrder = 5 }, read.ETag());
        var after = await changed.ReadAsync<MeasureDto>();
        Assert.That((after.Text, after.SortOrder, after.Version), Is.EqualTo(("Increase from 80% to 100%", 5, 2L)));
        Assert.That(await (await client.GetAsync(url)).ReadAsync<List<MeasureDto>>(), Is.EqualTo(new[] { after }));

        var deleted = await client.DeleteAsync($"{url}/{measure.Id}", changed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var gone = await client.GetAsync($"{url}/{measure.Id}");
        Assert.That((await gone.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "measureId" }));
    }

    [Test]
    public async Task Success_measures_are_listed_in_printed_order()
    {
        var (planId, actionId) = await ActionUnderPriorityAsync();
        var second = await Arrange.MeasureAsync(client, planId, actionId, "Second", sortOrder: 20);
        var first = await Arrange.MeasureAsync(client, planId, actionId, "First", sortOrder: 10);
        var third = await Arrange.MeasureAsync(client, planId, actionId, "Third");

        var listed = await (await client.GetAsync($"/api/plans/{planId}/actions/{actionId}/measures")).ReadAsync<List<MeasureDto>>();
        Assert.That(listed.Select(m => (m.Id, m.SortOrder)), Is.EqualTo(new[] { (first, 10), (second, 20), (third, 21) }));
    }

    [Test]
    public async Task Measures_of_an_unknown_action_or_an_action_of_another_plan_are_not_found()
    {
        var (planId, actionId) = await ActionUnderPriorityAsync();
        var (otherPlanId, otherActionId) = await ActionUnderPriorityAsync();
        var measureId = await Arrange.MeasureAsync(client, planId, actionId);
        var otherMeasureId = await Arrange.MeasureAsync(client, otherPlanId, otherActionId);

        var foreignAction = await client.PostJsonAsync($"/api/plans/{planId}/actions/{otherActionId}/measures", new { text = "T" });
        var problem = await foreignAction.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "actionId" }));
        Assert.That(problem.ReasonFor("actionId"), Is.EqualTo($"Plan {planId} has no action with id {otherActionId}."));
        var unknownAction = await client.GetAsync($"/api/plans/{planId}/actions/987654321/measures");
        Assert.That((await unknownAction.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "actionId" }));
        var foreignMeasure = await client.PutJsonAsync($"/api/plans/{planId}/actions/{actionId}/measures/{otherMeasureId}", new { text = "T" }, "*");
        Assert.That((await foreignMeasure.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "measureId" }));
        var unknownPlan = await client.GetAsync($"/api/plans/987654321/actions/{actionId}/measures/{measureId}");
        Assert.That((await unknownPlan.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "planId" }));

        var untouched = await (await client.GetAsync($"/api/plans/{otherPlanId}/actions/{otherActionId}/measures")).ReadAsync<List<MeasureDto>>();
        Assert.That(untouched.Select(m => (m.Id, m.Version)), Is.EqualTo(new[] { (otherMeasureId, 1L) }));
    }

    [Test]
    public async Task A_success_measure_needs_text_of_a_sensible_length()
    {
        var (planId, actionId) = await ActionUnderPriorityAsync();
        var url = $"/api/plans/{planId}/actions/{actionId}/measures";

        var missing = await client.PostJsonAsync(url, new { text = "" });
        var problem = await missing.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "text" }));
        Assert.That(problem.ReasonFor("text"), Is.EqualTo("Enter the success measure, for example \"95% of plans up to date\"."));
        var oversized = await client.PostJsonAsync(url, new { text = new string('m', 2001), sortOrder = -5 });
        Assert.That((await oversized.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EquivalentTo(new[] { "text", "sortOrder" }));

        Assert.That(await (await client.GetAsync(url)).ReadAsync<List<MeasureDto>>(), Is.Empty);
    }

    [Test]
    public async Task A_change_from_a_stale_copy_or_without_If_Match_is_refused_and_changes_nothing()
    {
        var (planId, actionId) = await ActionUnderPriorityAsync();
        var measureId = await Arrange.MeasureAsync(client, planId, actionId, "Original");
        var url = $"/api/plans/{planId}/actions/{actionId}/measures/{measureId}";
        await client.PutJsonAsync(url, new { text = "Tom's" }, "\"1\"");

        Assert.That((await (await client.PutJsonAsync(url, new { text = "Priya's" }, "\"1\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields,
            Is.EqualTo(new[] { "ifMatch" }));
        await (await client.PutJsonAsync(url, new { text = "Priya's" }, ifMatch: null)).ReadProblemAsync((HttpStatusCode)428);
        await (await client.DeleteAsync(url, "\"1\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.DeleteAsync(url, ifMatch: null)).ReadProblemAsync((HttpStatusCode)428);

        var stored = await (await client.GetAsync(url)).ReadAsync<MeasureDto>();
        Assert.That((stored.Text, stored.Version), Is.EqualTo(("Tom's", 2L)));
    }

    [Test]
    public async Task Every_change_to_a_success_measure_is_in_the_audit_log_with_before_and_after()
    {
        var (planId, actionId) = await ActionUnderPriorityAsync();
        var measureId = await Arrange.MeasureAsync(client, planId, actionId, "Audited measure");
        var url = $"/api/plans/{planId}/actions/{actionId}/measures/{measureId}";
        await client.PutJsonAsync(url, new { text = "Audited measure, reworded" }, "\"1\"");
        await client.DeleteAsync(url, "\"2\"");

        var entries = AuditRows.For("measure", measureId);
        Assert.That(entries.Select(e => (e.Actor, e.Change, e.PlanId)), Is.EqualTo(new[]
        {
            ("Priya Shah", "create", (long?)planId), ("Priya Shah", "update", (long?)planId), ("Priya Shah", "delete", (long?)planId),
        }));
        Assert.That(entries[1].BeforeJson, Does.Contain("\"text\":\"Audited measure\""));
        Assert.That(entries[1].AfterJson, Does.Contain("\"text\":\"Audited measure, reworded\""));
        Assert.That(entries[2].BeforeJson, Does.Contain($"\"actionId\":{actionId}"));
    }

    [Test]
    public async Task A_success_measure_moves_to_another_action_of_the_plan_and_goes_last_there()
    {
        var (planId, actionId) = await ActionUnderPriorityAsync();
        var priorityId = await Arrange.PriorityAsync(client, planId, number: "2");
        var otherActionId = await Arrange.ActionAsync(client, planId, priorityId: priorityId);
        var moving = await Arrange.MeasureAsync(client, planId, actionId, "Moving", sortOrder: 1);
        var staying = await Arrange.MeasureAsync(client, planId, otherActionId, "Already there", sortOrder: 7);

        var moved = await client.PutJsonAsync($"/api/plans/{planId}/actions/{actionId}/measures/{moving}",
            new { text = "Moving", moveToActionId = otherActionId }, "\"1\"");
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
        var after = await moved.ReadAsync<MeasureDto>();
        Assert.That((after.ActionId, after.SortOrder, after.Version), Is.EqualTo((otherActionId, 8, 2L)));

        var there = await (await client.GetAsync($"/api/plans/{planId}/actions/{otherActionId}/measures")).ReadAsync<List<MeasureDto>>();
        Assert.That(there.Select(m => m.Id), Is.EqualTo(new[] { staying, moving }));
        Assert.That(await (await client.GetAsync($"/api/plans/{planId}/actions/{actionId}/measures")).ReadAsync<List<MeasureDto>>(), Is.Empty);
        Assert.That(AuditRows.For("measure", moving)[^1].BeforeJson, Does.Contain($"\"actionId\":{actionId}"));

        var (otherPlanId, foreignActionId) = await ActionUnderPriorityAsync();
        var refused = await client.PutJsonAsync($"/api/plans/{planId}/actions/{otherActionId}/measures/{moving}",
            new { text = "Moving", moveToActionId = foreignActionId }, "*");
        var problem = await refused.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.ReasonFor("moveToActionId"), Is.EqualTo($"Plan {planId} has no action with id {foreignActionId}."));
        Assert.That(otherPlanId, Is.Not.EqualTo(planId));
    }

    [Test]
    public async Task Deleting_an_action_deletes_its_success_measures_and_keeps_their_history()
    {
        var (planId, actionId) = await ActionUnderPriorityAsync();
        var measureId = await Arrange.MeasureAsync(client, planId, actionId);

        var deleted = await client.DeleteAsync($"/api/plans/{planId}/actions/{actionId}", "*");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var gone = await client.GetAsync($"/api/plans/{planId}/actions/{actionId}/measures/{measureId}");
        Assert.That((await gone.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "actionId" }));
        Assert.That(AuditRows.For("measure", measureId).Select(e => e.Change), Is.EqualTo(new[] { "create", "delete" }));
    }
}

public sealed record MeasureDto(long Id, long PlanId, long ActionId, string Text, int SortOrder, long Version, string CreatedAt, string UpdatedAt);

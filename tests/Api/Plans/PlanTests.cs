using System.Net;

namespace ActionPlanTracker.Tests.Api.Plans;

public sealed class PlanTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    public static object NewPlan(string title = "Ofsted ILACS 2026 action plan") => new
    {
        title,
        sourceType = "Ofsted ILACS inspection",
        sourceReportDate = "2026-03-14",
        overallJudgement = "Requires improvement to be good",
        planVersion = "v1.0",
        status = "active",
        scaleId = 2,
        groupedByPriority = false,
        scoreLevel = "recommendation",
    };

    [Test]
    public async Task A_plan_can_be_created_read_changed_and_deleted()
    {
        var created = await client.PostJsonAsync("/api/plans", NewPlan());
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var plan = await created.ReadAsync<PlanDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/plans/{plan.Id}"));
        Assert.That(plan.ScaleName, Is.EqualTo("Score 1 to 3 (lower is better)"));

        var read = await client.GetAsync($"/api/plans/{plan.Id}");
        Assert.That((await read.ReadAsync<PlanDto>()) with { }, Is.EqualTo(plan));

        var changed = await client.PutJsonAsync($"/api/plans/{plan.Id}", NewPlan("Ofsted ILACS 2026 action plan v2"), read.ETag());
        var after = await changed.ReadAsync<PlanDto>();
        Assert.That(after.Title, Is.EqualTo("Ofsted ILACS 2026 action plan v2"));
        Assert.That(after.Version, Is.EqualTo(plan.Version + 1));
        Assert.That(changed.ETag(), Is.EqualTo($"\"{after.Version}\""));

        var deleted = await client.DeleteAsync($"/api/plans/{plan.Id}", changed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var gone = await client.GetAsync($"/api/plans/{plan.Id}");
        var problem = await gone.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "planId" }));
    }

    [Test]
    public async Task Two_people_saving_the_same_plan_version_cannot_overwrite_each_other()
    {
        var plan = await (await client.PostJsonAsync("/api/plans", NewPlan())).ReadAsync<PlanDto>();
        var etag = $"\"{plan.Version}\"";
        var other = TrackerApp.ClientFor("Tom Okafor");

        var first = await client.PutJsonAsync($"/api/plans/{plan.Id}", NewPlan("Priya's title"), etag);
        var second = await other.PutJsonAsync($"/api/plans/{plan.Id}", NewPlan("Tom's title"), etag);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var problem = await second.ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "ifMatch" }));
        var stored = await (await client.GetAsync($"/api/plans/{plan.Id}")).ReadAsync<PlanDto>();
        Assert.That(stored.Title, Is.EqualTo("Priya's title"));
    }

    [Test]
    public async Task A_change_without_If_Match_is_refused_and_changes_nothing()
    {
        var plan = await (await client.PostJsonAsync("/api/plans", NewPlan())).ReadAsync<PlanDto>();
        var response = await client.PutJsonAsync($"/api/plans/{plan.Id}", NewPlan("Changed"), ifMatch: null);
        await response.ReadProblemAsync((HttpStatusCode)428);
        var stored = await (await client.GetAsync($"/api/plans/{plan.Id}")).ReadAsync<PlanDto>();
        Assert.That(stored, Is.EqualTo(plan));
    }

    [Test]
    public async Task A_plan_needs_a_title_and_a_known_scale()
    {
        var missingTitle = await client.PostJsonAsync("/api/plans", new { sourceType = "Ofsted", scaleId = 1 });
        Assert.That((await missingTitle.ReadProblemAsync(HttpStatusCode.BadRequest)).ReasonFor("title"), Is.EqualTo("Enter the plan's title."));

        var unknownScale = await client.PostJsonAsync("/api/plans", new { title = "T", sourceType = "Ofsted", scaleId = 999 });
        Assert.That((await unknownScale.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "scaleId" }));
    }

    [Test]
    public async Task Every_change_to_a_plan_is_in_the_audit_log_with_before_and_after()
    {
        var plan = await (await client.PostJsonAsync("/api/plans", NewPlan("Audited plan"))).ReadAsync<PlanDto>();
        await client.PutJsonAsync($"/api/plans/{plan.Id}", NewPlan("Audited plan, renamed"), $"\"{plan.Version}\"");

        var entries = AuditRows.For("plan", plan.Id);
        Assert.That(entries.Select(e => (e.Actor, e.Change)), Is.EqualTo(new[] { ("Priya Shah", "create"), ("Priya Shah", "update") }));
        Assert.That(entries[1].BeforeJson, Does.Contain("\"title\":\"Audited plan\""));
        Assert.That(entries[1].AfterJson, Does.Contain("\"title\":\"Audited plan, renamed\""));
    }
}

public sealed record PlanDto(long Id, string Title, string SourceType, DateOnly? SourceReportDate, string? OverallJudgement,
    string? PlanVersion, string Status, long ScaleId, string ScaleName, bool GroupedByPriority, string ScoreLevel, long Version,
    string CreatedAt, string UpdatedAt);

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActionPlanTracker.Features.Audit;
using Dapper;

namespace ActionPlanTracker.Tests.Api.Audit;

public sealed partial class AuditTrailTests
{
    private readonly HttpClient priya = TrackerApp.ClientFor("Priya Shah");
    private readonly HttpClient alex = TrackerApp.ClientFor("Alex Morgan");

    public sealed record EntryDto(long Id, string OccurredAt, string Actor, string EntityType, long EntityId, long? PlanId,
        string Change, JsonElement? Before, JsonElement? After);

    public sealed record PageDto(List<EntryDto> Items, int Page, int PageSize, long Total);

    private async Task<PageDto> TrailAsync(string url) => await (await priya.GetAsync(url)).ReadAsync<PageDto>();

    private static string? Text(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(property, out var value) ? value.ToString() : null;

    [Test]
    public async Task A_plans_changes_appear_newest_first_with_the_values_before_and_after()
    {
        var planId = await Arrange.PlanAsync(priya, title: "Audit trail plan");
        var read = await priya.GetAsync($"/api/plans/{planId}");
        await priya.PutJsonAsync($"/api/plans/{planId}", Plans.PlanTests.NewPlan("Audit trail plan v2"), read.ETag());
        var recommendationId = await Arrange.RecommendationAsync(alex, planId, number: "7 (14)");

        var trail = await TrailAsync($"/api/plans/{planId}/audit");

        Assert.That(trail.Items.Select(e => (e.EntityType, e.EntityId, e.Change, e.Actor)), Is.EqualTo(new[]
        {
            ("recommendation", recommendationId, "create", "Alex Morgan"),
            ("plan", planId, "update", "Priya Shah"),
            ("plan", planId, "create", "Priya Shah"),
        }));
        Assert.That((trail.Total, trail.Page, trail.PageSize), Is.EqualTo((3L, 1, 50)));
        Assert.That(trail.Items.Select(e => e.PlanId), Is.All.EqualTo(planId));
        Assert.That(trail.Items.Select(e => e.OccurredAt), Is.All.EqualTo("2026-11-23T09:30:00.000Z"));

        var update = trail.Items[1];
        Assert.That((Text(update.Before, "title"), Text(update.After, "title")), Is.EqualTo(("Audit trail plan", "Audit trail plan v2")));
        Assert.That(trail.Items[2].Before, Is.Null);
        Assert.That(Text(trail.Items[0].After, "number"), Is.EqualTo("7 (14)"));
    }

    [Test]
    public async Task The_trail_can_be_narrowed_to_one_person_one_kind_of_change_and_one_kind_of_item()
    {
        var planId = await Arrange.PlanAsync(priya);
        var first = await Arrange.RecommendationAsync(alex, planId, number: "1");
        var second = await Arrange.RecommendationAsync(alex, planId, number: "2");
        var reviewed = await priya.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 11/26", reviewDate = "2026-11-20" });
        var review = await reviewed.ReadAsync<Reviews.ReviewTests.ReviewDto>();
        await priya.DeleteAsync($"/api/plans/{planId}/recommendations/{second}", "*");

        var byAlex = await TrailAsync($"/api/plans/{planId}/audit?actor=ALEX%20morgan");
        Assert.That(byAlex.Items.Select(e => (e.EntityId, e.Change)), Is.EqualTo(new[] { (second, "create"), (first, "create") }));
        Assert.That(byAlex.Total, Is.EqualTo(2));

        var deletions = await TrailAsync($"/api/plans/{planId}/audit?change=delete");
        Assert.That(deletions.Items.Select(e => (e.EntityType, e.EntityId, e.Actor)), Is.EqualTo(new[] { ("recommendation", second, "Priya Shah") }));
        Assert.That(Text(deletions.Items[0].Before, "number"), Is.EqualTo("2"));
        Assert.That(deletions.Items[0].After, Is.Null);

        var reviews = await TrailAsync($"/api/plans/{planId}/audit?entityType=review");
        Assert.That(reviews.Items.Select(e => (e.EntityType, e.EntityId)), Is.EqualTo(new[] { ("review", review.Id) }));

        var nobody = await TrailAsync($"/api/plans/{planId}/audit?actor=Alex&change=create&entityType=recommendation");
        Assert.That((nobody.Items.Count, nobody.Total), Is.EqualTo((0, 0L)), "the actor filter is the whole name, not a part of it");
    }

    [Test]
    public async Task The_trail_can_be_narrowed_to_a_date_range_including_both_ends()
    {
        // Every change in the tests happens at the pinned "now", so the earlier history is written straight into the log,
        // as the append-only table allows, at the edges of the range: the first and last millisecond of each day.
        var planId = await Arrange.PlanAsync(priya);
        AppendHistory(planId, "2026-10-31T23:59:59.999Z", "October's last change");
        AppendHistory(planId, "2026-11-01T00:00:00.000Z", "November's first change");
        AppendHistory(planId, "2026-11-15T23:59:59.999Z", "Mid-November change");
        AppendHistory(planId, "2026-11-16T00:00:00.000Z", "Later change");

        var november = await TrailAsync($"/api/plans/{planId}/audit?from=2026-11-01&to=2026-11-15");
        Assert.That(november.Items.Select(e => e.Actor), Is.EqualTo(new[] { "Mid-November change", "November's first change" }));

        var fromMidNovember = await TrailAsync($"/api/plans/{planId}/audit?from=2026-11-16");
        Assert.That(fromMidNovember.Items.Select(e => e.Actor), Is.EqualTo(new[] { "Priya Shah", "Later change" }));

        var untilOctober = await TrailAsync($"/api/plans/{planId}/audit?to=2026-10-31");
        Assert.That(untilOctober.Items.Select(e => e.Actor), Is.EqualTo(new[] { "October's last change" }));

        var today = await TrailAsync($"/api/plans/{planId}/audit?from=2026-11-23&to=2026-11-23");
        Assert.That(today.Items.Select(e => (e.EntityType, e.Change)), Is.EqualTo(new[] { ("plan", "create") }));
    }

    [Test]
    public async Task Long_trails_are_paged_with_the_total_on_every_page()
    {
        var planId = await Arrange.PlanAsync(priya);
        for (var number = 1; number <= 5; number++) await Arrange.RecommendationAsync(priya, planId, number: number.ToString());

        var pages = new List<PageDto>();
        for (var page = 1; page <= 3; page++) pages.Add(await TrailAsync($"/api/plans/{planId}/audit?page={page}&pageSize=4"));

        Assert.That(pages.Select(p => (p.Page, p.PageSize, p.Total, p.Items.Count)), Is.EqualTo(new[] { (1, 4, 6L, 4), (2, 4, 6L, 2), (3, 4, 6L, 0) }));
        var all = await TrailAsync($"/api/plans/{planId}/audit");
        Assert.That(pages.SelectMany(p => p.Items).Select(e => e.Id), Is.EqualTo(all.Items.Select(e => e.Id)));
        Assert.That(all.Items.Select(e => e.Id), Is.Ordered.Descending);
    }

    [TestCase("page=0", "page")]
    [TestCase("page=first", "page")]
    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=201", "pageSize")]
    [TestCase("change=edit", "change")]
    [TestCase("entityType=people", "entityType")]
    [TestCase("from=23/11/2026", "from")]
    [TestCase("from=11/23/2026", "from")]
    [TestCase("to=2026-02-30", "to")]
    [TestCase("from=2026-11-24&to=2026-11-01", "to")]
    public async Task A_bad_filter_is_refused_naming_it(string query, string field)
    {
        var planId = await Arrange.PlanAsync(priya);

        var problem = await (await priya.GetAsync($"/api/plans/{planId}/audit?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.That(problem.Fields, Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task A_name_longer_than_any_actor_is_refused()
    {
        var problem = await (await priya.GetAsync($"/api/audit/plan/1?actor={new string('a', 201)}")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "actor" }));
    }

    [Test]
    public async Task A_scores_trail_shows_its_create_and_update()
    {
        var planId = await Arrange.PlanAsync(priya);
        var recommendationId = await Arrange.RecommendationAsync(priya, planId);
        var review = await (await priya.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "Update November 26", reviewDate = "2026-11-20" }))
            .ReadAsync<Reviews.ReviewTests.ReviewDto>();
        var url = $"/api/plans/{planId}/reviews/{review.Id}/scores/recommendations/{recommendationId}";
        var first = await alex.PutJsonAsync(url, new { level = 2, narrative = "28 of 40 assessments good or better." }, null);
        var score = await first.ReadAsync<Scores.ScoreTests.ScoreDto>();
        await priya.PutJsonAsync(url, new { level = 1, narrative = "36 of 40 good." }, first.ETag());

        var trail = await TrailAsync($"/api/audit/score/{score.Id}");

        Assert.That(trail.Items.Select(e => (e.EntityType, e.EntityId, e.PlanId, e.Change, e.Actor)), Is.EqualTo(new[]
        {
            ("score", score.Id, (long?)planId, "update", "Priya Shah"),
            ("score", score.Id, (long?)planId, "create", "Alex Morgan"),
        }));
        Assert.That((Text(trail.Items[0].Before, "level"), Text(trail.Items[0].After, "level")), Is.EqualTo(("2", "1")));
        Assert.That(Text(trail.Items[0].After, "narrative"), Is.EqualTo("36 of 40 good."));
        Assert.That(trail.Items[1].Before, Is.Null);

        var updates = await TrailAsync($"/api/audit/score/{score.Id}?change=update&actor=priya%20shah");
        Assert.That(updates.Items.Select(e => e.Change), Is.EqualTo(new[] { "update" }));
    }

    [Test]
    public async Task A_people_trail_can_be_read_though_people_belong_to_no_plan()
    {
        var personId = await Arrange.PersonAsync("Jo Bloggs", "Head of service");

        var trail = await TrailAsync($"/api/audit/person/{personId}");

        Assert.That(trail.Items.Select(e => (e.EntityType, e.Change, e.PlanId)), Is.EqualTo(new[] { ("person", "create", (long?)null) }));
        Assert.That(Text(trail.Items[0].After, "jobTitle"), Is.EqualTo("Head of service"));
    }

    [Test]
    public async Task A_deleted_plans_trail_is_still_there_to_read()
    {
        var planId = await Arrange.PlanAsync(priya);
        await Arrange.RecommendationAsync(priya, planId);
        Assert.That((await priya.DeleteAsync($"/api/plans/{planId}", "*")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var trail = await TrailAsync($"/api/plans/{planId}/audit");

        Assert.That(trail.Items.Select(e => (e.EntityType, e.Change)), Is.EqualTo(new[] { ("plan", "delete"), ("recommendation", "create"), ("plan", "create") }));
        Assert.That(Text(trail.Items[0].Before, "title"), Is.EqualTo("Ofsted ILACS 2026 action plan"));
        Assert.That((await TrailAsync($"/api/audit/plan/{planId}")).Total, Is.EqualTo(2));
    }

    [Test]
    public async Task A_plan_or_item_the_log_knows_nothing_about_is_a_404_and_an_unknown_kind_a_400()
    {
        var plan = await (await priya.GetAsync("/api/plans/987654321/audit")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That(plan.Fields, Is.EqualTo(new[] { "planId" }));

        var item = await (await priya.GetAsync("/api/audit/action/987654321")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That(item.Fields, Is.EqualTo(new[] { "entityId" }));

        var kind = await (await priya.GetAsync("/api/audit/actions/1")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(kind.Fields, Is.EqualTo(new[] { "entityType" }));
        Assert.That(kind.ReasonFor("entityType"), Does.StartWith("Entity type must be one of plan, priority, recommendation, action, measure, review, score,"));
    }

    [Test]
    public async Task No_endpoint_changes_or_removes_audit_entries()
    {
        var planId = await Arrange.PlanAsync(priya);
        var auditRoutes = EveryEndpointTests.Routes().Where(r => r.Template.Contains("audit", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.That(auditRoutes.Select(r => r.ToString()), Is.EquivalentTo(new[]
        {
            "GET /api/plans/{planId}/audit",
            "GET /api/audit/{entityType}/{entityId}",
            "GET /api/plans/{planId}/items/{kind}/{itemId}/audit",
        }));

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Post })
        {
            using var request = new HttpRequestMessage(method, $"/api/audit/plan/{planId}") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("If-Match", "*");
            var response = await priya.SendAsync(request);
            Assert.That((int)response.StatusCode, Is.InRange(400, 499), $"{method} answered {(int)response.StatusCode}");
        }
        Assert.That((await TrailAsync($"/api/audit/plan/{planId}")).Total, Is.EqualTo(1));
    }

    /// <summary>Every kind of item the code writes to the log can be asked for, so a new kind cannot go unreadable.</summary>
    [Test]
    public void Every_kind_of_item_written_to_the_log_can_be_asked_for()
    {
        var separator = Path.DirectorySeparatorChar;
        var calls = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "api"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}") && !f.Contains($"{separator}bin{separator}"))
            .SelectMany(f => RecordCall().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Call: m)))
            .ToList();

        Assert.That(calls, Is.Not.Empty);
        var unreadable = calls.Where(c => !c.Call.Groups["type"].Success)
            .Select(c => $"{c.File}: {c.Call.Value}... does not name its entity type as a string literal in the fourth argument")
            .Concat(calls.Where(c => c.Call.Groups["type"].Success && !AuditData.EntityTypes.Contains(c.Call.Groups["type"].Value))
                .Select(c => $"{c.File}: \"{c.Call.Groups["type"].Value}\" is written to the log but missing from AuditData.EntityTypes"))
            .ToList();
        Assert.That(unreadable, Is.Empty, string.Join("\n", unreadable));
    }

    // AuditLog.RecordAsync(connection, transaction, write or new WriteContext(...), "entityType", ...
    [GeneratedRegex(@"AuditLog\.RecordAsync\(\s*[\w.]+,\s*[\w.]+,\s*(?:(?:new WriteContext\([^)]*\)|[\w.]+),\s*""(?<type>\w+)"")?")]
    private static partial Regex RecordCall();

    private static void AppendHistory(long planId, string occurredAt, string actor)
    {
        using var connection = TrackerApp.Factory.OpenDatabase();
        connection.Execute("""
            INSERT INTO audit_log (occurred_at, actor, entity_type, entity_id, plan_id, change, before_json, after_json)
            VALUES (@occurredAt, @actor, 'plan', @planId, @planId, 'update', '{"title":"before"}', '{"title":"after"}')
            """, new { occurredAt, actor, planId });
    }
}

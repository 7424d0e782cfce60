using System.Net;
using System.Text.Json;
using ActionPlanTracker.Tests.Api.Grid;

namespace ActionPlanTracker.Tests.Api.ItemTrail;

public sealed class ItemTrailTests
{
    private readonly HttpClient admin = TrackerApp.ClientFor("Test Admin");
    private readonly HttpClient aisha = TrackerApp.ClientFor("Aisha Rahman", "board");

    public sealed record EntryDto(long Id, string OccurredAt, string Actor, string EntityType, long EntityId, long? PlanId,
        string Change, JsonElement? Before, JsonElement? After);

    public sealed record PageDto(List<EntryDto> Items, int Page, int PageSize, long Total);

    private static int? Level(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("level", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    [Test]
    public async Task A_measures_trail_holds_its_own_changes_and_its_scores_in_every_review_newest_first()
    {
        var known = await KnownPlan.CreateAsync(admin);
        // A later change by someone else: the board member rescores M3 in the open review.
        var url = $"/api/plans/{known.PlanId}/reviews/{known.Reviews[2]}/scores/measures/{known.M3}";
        var etag = (await admin.GetAsync(url)).ETag();
        var changed = await aisha.PutJsonAsync(url, new { level = 1, narrative = "Slipped further" }, etag);
        Assert.That(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());

        var trail = await (await aisha.GetAsync($"/api/plans/{known.PlanId}/items/measure/{known.M3}/audit")).ReadAsync<PageDto>();

        // The measure's creation and its three scores' creations, then Aisha's change on top.
        Assert.That(trail.Total, Is.EqualTo(5));
        Assert.That(trail.Items.Select(e => (e.EntityType, e.Change)), Is.EqualTo(new[]
        {
            ("score", "update"), ("score", "create"), ("score", "create"), ("score", "create"), ("measure", "create"),
        }));
        var newest = trail.Items[0];
        Assert.That((newest.Actor, Level(newest.Before), Level(newest.After)), Is.EqualTo(("Aisha Rahman", (int?)2, (int?)1)));
        Assert.That(trail.Items.Select(e => e.PlanId), Is.All.EqualTo(known.PlanId));
        // Nothing about the other measures, whose scores sit in the same reviews.
        Assert.That(trail.Items.Where(e => e.EntityType == "score").Select(e => e.After!.Value.GetProperty("itemId").GetInt64()), Is.All.EqualTo(known.M3));
    }

    [Test]
    public async Task The_trail_pages_and_filters_like_the_other_trails()
    {
        var known = await KnownPlan.CreateAsync(admin);

        var first = await (await admin.GetAsync($"/api/plans/{known.PlanId}/items/measure/{known.M1}/audit?pageSize=2")).ReadAsync<PageDto>();
        var second = await (await admin.GetAsync($"/api/plans/{known.PlanId}/items/measure/{known.M1}/audit?pageSize=2&page=2")).ReadAsync<PageDto>();
        // M1: created, scored three times, then the override: five entries.
        Assert.That((first.Total, first.Items.Count, second.Items.Count), Is.EqualTo((5L, 2, 2)));
        Assert.That(first.Items.Select(e => e.Id).Intersect(second.Items.Select(e => e.Id)), Is.Empty);

        var creations = await (await admin.GetAsync($"/api/plans/{known.PlanId}/items/measure/{known.M1}/audit?change=create")).ReadAsync<PageDto>();
        Assert.That(creations.Total, Is.EqualTo(4));
    }

    [Test]
    public async Task An_item_the_log_has_never_heard_of_in_this_plan_is_not_found()
    {
        var known = await KnownPlan.CreateAsync(admin);
        var other = await Arrange.PlanAsync(admin);

        var elsewhere = await admin.GetAsync($"/api/plans/{other}/items/measure/{known.M1}/audit");
        var problem = await elsewhere.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "itemId" }));

        var badKind = await admin.GetAsync($"/api/plans/{known.PlanId}/items/measures/{known.M1}/audit");
        Assert.That((await badKind.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Does.Contain("kind"));
    }

    [Test]
    public async Task A_viewer_may_read_the_trail()
    {
        var known = await KnownPlan.CreateAsync(admin);
        var viewer = TrackerApp.ClientFor("Councillor Reader", "viewer");

        var trail = await (await viewer.GetAsync($"/api/plans/{known.PlanId}/items/action/{known.Action11}/audit")).ReadAsync<PageDto>();

        Assert.That(trail.Items.Select(e => (e.EntityType, e.EntityId, e.Change)), Is.EqualTo(new[] { ("action", known.Action11, "create") }));
    }
}

using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Tests.Api.Demo;

/// <summary>
/// The demo's plans are seeded straight into the database, so the audit log holds nothing about their items until someone
/// changes them. An item's change history must still open (issue 12, defect 5: it answered 404 and the page said "No
/// changes recorded" even after a score update). A tracker of its own, since these tests change the demo's scores.
/// </summary>
public sealed class DemoItemTrailTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tracker-demo-trail-" + Guid.NewGuid().ToString("N")[..8]);
    private TrackerFactory? tracker;

    [OneTimeSetUp]
    public void Start()
    {
        Directory.CreateDirectory(folder);
        tracker = new TrackerFactory(folder, seedDemoData: true);
        tracker.UseKestrel(0);
        tracker.StartServer();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        tracker?.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Test]
    public async Task A_seeded_items_history_opens_empty_and_then_holds_a_score_update()
    {
        var board = await TrackerApp.BrowserSignedInAsync(tracker!, "board@demo.example", "northmoor-demo-2026");
        var plans = await (await board.GetAsync("/api/plans")).ReadAsync<List<PlanDto>>();
        var plan = plans.Single(p => p.ScoreLevel == "recommendation");
        var grid = await (await board.GetAsync($"/api/plans/{plan.Id}/grid")).ReadAsync<GridDto>();
        var open = grid.Reviews.Single(r => r.Status == "open");
        var recommendation = grid.Items.First(i => i.Kind == "recommendation");
        var trailUrl = $"/api/plans/{plan.Id}/items/recommendation/{recommendation.Id}/audit";

        var before = await (await board.GetAsync(trailUrl)).ReadAsync<PageDto>();
        Assert.That(before.Total, Is.EqualTo(0), "Seeded, never changed: an empty history, not a 404.");

        var scoreUrl = $"/api/plans/{plan.Id}/reviews/{open.Id}/scores/recommendations/{recommendation.Id}";
        var current = await board.GetAsync(scoreUrl);
        var saved = await board.PutJsonAsync(scoreUrl, new { level = 2, narrative = "Reviewed by the board" },
            current.IsSuccessStatusCode ? current.ETag() : null);
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var after = await (await board.GetAsync(trailUrl)).ReadAsync<PageDto>();
        Assert.That(after.Items.Select(e => (e.EntityType, e.Actor)), Does.Contain(("score", "Demo board member")));
        Assert.That(after.Items.Where(e => e.EntityType == "score").Select(e => e.After!.Value.GetProperty("narrative").GetString()),
            Does.Contain("Reviewed by the board"));
    }

    [Test]
    public async Task An_item_that_never_existed_in_the_plan_is_still_not_found()
    {
        var viewer = await TrackerApp.BrowserSignedInAsync(tracker!, "viewer@demo.example", "northmoor-demo-2026");
        var plans = await (await viewer.GetAsync("/api/plans")).ReadAsync<List<PlanDto>>();

        var missing = await viewer.GetAsync($"/api/plans/{plans[0].Id}/items/action/987654/audit");

        Assert.That((await missing.ReadProblemAsync(System.Net.HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "itemId" }));
    }

    private sealed record PlanDto(long Id, string ScoreLevel);

    private sealed record GridDto(List<ReviewDto> Reviews, List<ItemDto> Items);

    private sealed record ReviewDto(long Id, string Status);

    private sealed record ItemDto(string Kind, long Id);

    private sealed record PageDto(List<EntryDto> Items, long Total);

    private sealed record EntryDto(string Actor, string EntityType, JsonElement? After);
}

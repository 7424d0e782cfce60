using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Tests.Api.MyItems;

/// <summary>The demo's manager, linked to Aisha Rahman, on a demo tracker of its own: her list is what the grid says she leads or owns.</summary>
public sealed class DemoMyItemsTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tracker-demo-my-items-" + Guid.NewGuid().ToString("N")[..8]);
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
    public async Task The_demo_manager_gets_every_item_she_leads_or_owns_in_each_open_review()
    {
        using var manager = await TrackerApp.BrowserSignedInAsync(tracker!, "manager@demo.example", "northmoor-demo-2026");
        var mine = await (await manager.GetAsync("/api/my-items")).ReadAsync<MyItemsTests.MyItemsDto>();
        Assert.That(mine.Plans, Is.Not.Empty, "the README says Aisha Rahman leads or owns many demo items");

        foreach (var plan in mine.Plans)
        {
            var grid = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await (await manager.GetAsync($"/api/plans/{plan.PlanId}/grid")).Content.ReadAsStringAsync())!);
            var expected = new List<(string, long, string)>();
            Walk(grid["items"]!.AsArray(), false);
            Assert.That(plan.Items.Select(i => (i.ItemType, i.ItemId, i.Reference)), Is.EqualTo(expected), plan.PlanTitle);
            Assert.That(plan.Review.Id, Is.EqualTo(grid["currentReviewId"]!.GetValue<long>()));

            // Her items, as the grid shows them: scored rows where she is named, or sits under a recommendation or action she is named on.
            void Walk(JsonArray items, bool above)
            {
                foreach (var item in items.Select(i => i!))
                {
                    var people = new[] { "leads", "owners" }.SelectMany(k => item[k]!.AsArray().Select(p => p!["id"]!.GetValue<long>()));
                    var kind = item["kind"]!.GetValue<string>();
                    var hers = above || (kind != "priority" && people.Contains(mine.PersonId!.Value));
                    var childrenNameHer = kind == "recommendation" && Named(item["children"]!.AsArray(), mine.PersonId!.Value);
                    if (item["isScored"]!.GetValue<bool>() && (hers || childrenNameHer))
                        expected.Add((kind, item["id"]!.GetValue<long>(), item["reference"]!.GetValue<string>()));
                    Walk(item["children"]!.AsArray(), hers && kind is "recommendation" or "action" ? hers : above);
                }
            }
        }

        // Every listed item is one she may save: the list and the permission are one rule.
        var first = mine.Plans[0].Items[0];
        var saved = await manager.PutJsonAsync($"/api/plans/{mine.Plans[0].PlanId}/reviews/{mine.Plans[0].Review.Id}/scores/{first.ItemType}s/{first.ItemId}",
            new { level = mine.Plans[0].Scale.Levels[1].Value, narrative = "Checked in the demo." }, first.Score is null ? null : $"\"{first.Score.Version}\"");
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
    }

    private static bool Named(JsonArray actions, long personId) => actions.Select(a => a!).Any(a =>
        new[] { "leads", "owners" }.SelectMany(k => a[k]!.AsArray().Select(p => p!["id"]!.GetValue<long>())).Contains(personId));
}

using System.Net;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Updates;

/// <summary>
/// Real plans keep a running log in one cell: several dated notes per row, within a review and between reviews, some
/// with no date. Each test arranges an inspection plan scored by recommendation, with reviews in September and November 2026.
/// </summary>
public sealed class ItemUpdateTests
{
    private readonly HttpClient board = TrackerApp.ClientFor("Board Secretary", "board");

    public sealed record UpdateDto(long Id, long PlanId, string ItemType, long ItemId, long? ReviewId, string? ReviewLabel, DateOnly? WrittenOn,
        string Text, string? Author, string? SourceDocument, long Position, string EnteredBy, string EnteredAt, long Version);

    private sealed record Plan(long PlanId, long Recommendation, long September, long November, long Lead)
    {
        public string Log => $"/api/plans/{PlanId}/items/recommendation/{Recommendation}/updates";
    }

    private async Task<Plan> PlanAsync()
    {
        var admin = TrackerApp.ClientFor("Plan Administrator");
        var lead = await Arrange.PersonAsync("Aisha Rahman", "Service Manager");
        var planId = await Arrange.PlanAsync(admin);
        var recommendation = await Arrange.RecommendationAsync(admin, planId, "3", leadIds: [lead]);
        async Task<long> Review(string label, string date) =>
            (await (await admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label, reviewDate = date })).ReadAsync<Reviews.ReviewTests.ReviewDto>()).Id;
        return new Plan(planId, recommendation, await Review("Update September 26", "2026-09-30"), await Review("Update November 26", "2026-11-20"), lead);
    }

    private async Task<UpdateDto> AddAsync(HttpClient client, Plan plan, object body)
    {
        var response = await client.PostJsonAsync(plan.Log, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<UpdateDto>();
    }

    private async Task CloseAsync(Plan plan, long reviewId, string label, string date)
    {
        var closed = await board.PutJsonAsync($"/api/plans/{plan.PlanId}/reviews/{reviewId}", new { label, reviewDate = date, status = "closed" }, "*");
        Assert.That(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_log_keeps_dated_and_undated_entries_in_the_order_they_were_printed()
    {
        var plan = await PlanAsync();
        var first = await AddAsync(board, plan, new { reviewId = plan.September, writtenOn = "2026-09-12", text = "Audit tool agreed.", author = "JS",
            sourceDocument = "Board papers, September 2026" });
        var second = await AddAsync(board, plan, new { writtenOn = "2026-10-15", text = "  Panel met; 12 files audited.  " });
        var third = await AddAsync(board, plan, new { reviewId = plan.November, text = "Staff briefing held." });

        Assert.That((first.ItemType, first.ItemId, first.ReviewLabel, first.Author, first.SourceDocument, first.EnteredBy),
            Is.EqualTo(("recommendation", plan.Recommendation, "Update September 26", "JS", "Board papers, September 2026", "Board Secretary")));
        Assert.That((second.ReviewId, second.Text, second.Author), Is.EqualTo(((long?)null, "Panel met; 12 files audited.", (string?)null)));
        Assert.That(third.WrittenOn, Is.Null, "an undated entry stays undated; it is never given today's date");

        var log = await (await TrackerApp.ClientFor("Scrutiny Member", "viewer").GetAsync(plan.Log)).ReadAsync<List<UpdateDto>>();
        Assert.That(log.Select(u => (u.Id, u.Position, u.WrittenOn)), Is.EqualTo(new[]
        {
            (first.Id, 1L, (DateOnly?)new DateOnly(2026, 9, 12)), (second.Id, 2L, new DateOnly(2026, 10, 15)), (third.Id, 3L, null),
        }));
        var created = AuditRows.For("update", third.Id).Single();
        Assert.That((created.Change, created.Actor, created.PlanId), Is.EqualTo(("create", "Board Secretary", (long?)plan.PlanId)));
        Assert.That(created.AfterJson, Does.Contain("\"writtenOn\":null").And.Contain("\"itemType\":\"recommendation\""));
    }

    [Test]
    public async Task A_correction_needs_the_version_read_and_keeps_the_entry_in_its_place()
    {
        var plan = await PlanAsync();
        await AddAsync(board, plan, new { text = "Recruitment campaign launched." });
        var entry = await AddAsync(board, plan, new { text = "Two enquires." });
        var url = $"{plan.Log}/{entry.Id}";

        var corrected = new { writtenOn = "2026-10-02", text = "Two enquiries.", author = "AR" };
        Assert.That((await (await board.PutJsonAsync(url, corrected, null)).ReadProblemAsync((HttpStatusCode)428)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        Assert.That((await (await board.PutJsonAsync(url, corrected, "\"99\"")).ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields,
            Is.EqualTo(new[] { "ifMatch" }));

        var read = await board.GetAsync(url);
        var changed = await (await board.PutJsonAsync(url, corrected, read.ETag())).ReadAsync<UpdateDto>();
        Assert.That((changed.Text, changed.WrittenOn, changed.Author, changed.Position, changed.Version),
            Is.EqualTo(("Two enquiries.", (DateOnly?)new DateOnly(2026, 10, 2), "AR", 2L, entry.Version + 1)));

        var gone = await board.DeleteAsync(url, $"\"{changed.Version}\"");
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await (await board.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "updateId" }));
        Assert.That(AuditRows.For("update", entry.Id).Select(a => a.Change), Is.EqualTo(new[] { "create", "update", "delete" }));
        Assert.That(AuditRows.For("update", entry.Id)[2].BeforeJson, Does.Contain("Two enquiries."), "the audit log keeps what it said");

        var next = await AddAsync(board, plan, new { text = "Panel booked." });
        Assert.That(next.Position, Is.EqualTo(2), "a new entry goes last");
    }

    [Test]
    public async Task A_closed_review_refuses_new_updates_and_changes_to_its_own()
    {
        var plan = await PlanAsync();
        var written = await AddAsync(board, plan, new { reviewId = plan.September, text = "Audit tool agreed." });
        await CloseAsync(plan, plan.September, "Update September 26", "2026-09-30");

        var added = await board.PostJsonAsync(plan.Log, new { reviewId = plan.September, text = "Late note." });
        var problem = await added.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "reviewId" }));
        Assert.That(problem.ReasonFor("reviewId"), Does.Contain("Update September 26 is closed"));

        var url = $"{plan.Log}/{written.Id}";
        Assert.That((await (await board.PutJsonAsync(url, new { text = "Moved out." }, "*")).ReadProblemAsync(HttpStatusCode.Conflict)).Fields,
            Is.EqualTo(new[] { "reviewId" }));
        Assert.That((await (await board.DeleteAsync(url, "*")).ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "reviewId" }));

        var between = await AddAsync(board, plan, new { writtenOn = "2026-10-15", text = "Written between reviews, for none." });
        Assert.That(between.ReviewId, Is.Null);
        var log = await (await board.GetAsync(plan.Log)).ReadAsync<List<UpdateDto>>();
        Assert.That(log.Select(u => u.Text), Is.EqualTo(new[] { "Audit tool agreed.", "Written between reviews, for none." }), "nothing else changed");
    }

    [Test]
    public async Task An_update_needs_text_and_a_review_of_the_same_plan()
    {
        var plan = await PlanAsync();
        var other = await PlanAsync();

        var blank = await board.PostJsonAsync(plan.Log, new { text = "   ", writtenOn = "1800-01-01" });
        Assert.That((await blank.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EquivalentTo(new[] { "text", "writtenOn" }));

        var foreign = await board.PostJsonAsync(plan.Log, new { reviewId = other.November, text = "Wrong plan's review." });
        Assert.That((await foreign.ReadProblemAsync(HttpStatusCode.BadRequest)).ReasonFor("reviewId"), Does.Contain("has no review with id"));
        Assert.That(await (await board.GetAsync(plan.Log)).ReadAsync<List<UpdateDto>>(), Is.Empty);
    }

    [Test]
    public async Task Unknown_kinds_and_items_or_updates_of_another_item_are_not_found()
    {
        var plan = await PlanAsync();
        var other = await PlanAsync();
        var entry = await AddAsync(board, other, new { text = "Someone else's log." });

        var priority = await board.GetAsync($"/api/plans/{plan.PlanId}/items/priority/{plan.Recommendation}/updates");
        Assert.That((await priority.ReadProblemAsync(HttpStatusCode.NotFound)).ReasonFor("kind"), Is.EqualTo("Kind must be recommendation, action or measure."));
        var foreignItem = await board.GetAsync($"/api/plans/{plan.PlanId}/items/recommendation/{other.Recommendation}/updates");
        Assert.That((await foreignItem.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "itemId" }));
        var foreignEntry = await board.GetAsync($"{plan.Log}/{entry.Id}");
        Assert.That((await foreignEntry.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "updateId" }));
    }

    [Test]
    public async Task A_manager_adds_updates_only_to_the_items_they_lead_or_own()
    {
        var plan = await PlanAsync();
        var admin = TrackerApp.ClientFor("Plan Administrator");
        var notTheirs = await Arrange.RecommendationAsync(admin, plan.PlanId, "4");
        var manager = TrackerApp.ClientFor("Aisha Rahman", "manager", plan.Lead);

        var mine = await AddAsync(manager, plan, new { reviewId = plan.November, writtenOn = "2026-11-18", text = "Audit of 30 files: 24 good." });
        Assert.That(mine.EnteredBy, Is.EqualTo("Aisha Rahman"));
        var changed = await manager.PutJsonAsync($"{plan.Log}/{mine.Id}", new { reviewId = plan.November, text = "Audit of 30 files: 25 good." }, "*");
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var notMine = await manager.PostJsonAsync($"/api/plans/{plan.PlanId}/items/recommendation/{notTheirs}/updates", new { text = "Not mine." });
        Assert.That((await notMine.ReadProblemAsync(HttpStatusCode.Forbidden)).Fields, Is.EqualTo(new[] { "itemId" }));
        var viewer = await TrackerApp.ClientFor("Scrutiny Member", "viewer").PostJsonAsync(plan.Log, new { text = "Viewers only read." });
        Assert.That(viewer.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await (await board.GetAsync($"/api/plans/{plan.PlanId}/items/recommendation/{notTheirs}/updates")).ReadAsync<List<UpdateDto>>(), Is.Empty);
    }

    [Test]
    public async Task The_grid_shows_the_latest_update_by_date_from_the_log_and_the_narratives()
    {
        var plan = await PlanAsync();
        var score = await board.PutJsonAsync($"/api/plans/{plan.PlanId}/reviews/{plan.September}/scores/recommendations/{plan.Recommendation}",
            new { level = 2, narrative = "Audit planned.", narrativeDate = "2026-09-28" }, null);
        Assert.That(score.IsSuccessStatusCode, await score.Content.ReadAsStringAsync());
        var between = await AddAsync(board, plan, new { writtenOn = "2026-10-15", text = "Panel agreed the audit tool.", author = "JS" });
        await AddAsync(board, plan, new { text = "Undated note from the old sheet." });

        var latest = await LatestAsync(plan);
        Assert.That(((string)latest["narrative"]!, (string)latest["source"]!, (string)latest["author"]!, (bool)latest["undated"]!, (long)latest["updateId"]!),
            Is.EqualTo(("Panel agreed the audit tool.", "log", "JS", false, between.Id)), "the dated note between reviews is later than September's narrative");
        Assert.That((latest["reviewId"], latest["reviewLabel"]), Is.EqualTo(((JsonNode?)null, (JsonNode?)null)));
        Assert.That((int)(await ItemAsync(plan))["updateCount"]!, Is.EqualTo(3));

        // November's narrative has no date of its own, so it counts as the review's, 20 November: later than 15 October.
        var november = await board.PutJsonAsync($"/api/plans/{plan.PlanId}/reviews/{plan.November}/scores/recommendations/{plan.Recommendation}",
            new { level = 1, narrative = "Audit of 30 files: 24 good." }, null);
        Assert.That(november.IsSuccessStatusCode, await november.Content.ReadAsStringAsync());
        latest = await LatestAsync(plan);
        Assert.That(((string)latest["narrative"]!, (string)latest["source"]!, (bool)latest["undated"]!, latest["narrativeDate"], (string)latest["reviewLabel"]!),
            Is.EqualTo(("Audit of 30 files: 24 good.", "score", true, (JsonNode?)null, "Update November 26")));
        Assert.That((int)(await ItemAsync(plan))["updateCount"]!, Is.EqualTo(4));

        // Read at September, the October note is not there yet: an earlier review is read as of its own date.
        var report = JsonNode.Parse(await board.GetStringAsync($"/api/plans/{plan.PlanId}/report?reviewId={plan.September}"))!;
        var row = report["rows"]!.AsArray().Single(r => (long)r!["id"]! == plan.Recommendation)!;
        Assert.That(((string)row["latestUpdate"]!, (string)row["latestUpdateDate"]!), Is.EqualTo(("Audit planned.", "2026-09-28")));
    }

    [Test]
    public async Task A_running_log_counts_as_the_reviews_update_so_the_row_is_not_stale_for_want_of_a_narrative()
    {
        var plan = await PlanAsync();
        var url = $"/api/plans/{plan.PlanId}/reviews/{plan.November}/scores/recommendations/{plan.Recommendation}";
        Assert.That((await board.PutJsonAsync(url, new { level = 2 }, null)).IsSuccessStatusCode);
        async Task<string[]> StaleAsync() => (await ItemAsync(plan))["stale"]!.AsArray().Select(r => (string)r!).ToArray();
        Assert.That(await StaleAsync(), Is.EqualTo(new[] { "noUpdate" }), "a score without a narrative and nothing in the log");

        // A note dated before September's review belongs to that review, not to November's.
        await AddAsync(board, plan, new { writtenOn = "2026-09-10", text = "Audit tool drafted." });
        Assert.That(await StaleAsync(), Is.EqualTo(new[] { "noUpdate" }));

        // A note written between the reviews (for no review) counts as November's update.
        await AddAsync(board, plan, new { writtenOn = "2026-10-15", text = "Panel agreed the audit tool." });
        Assert.That(await StaleAsync(), Is.Empty);

        // The same words as September's update are copied forward, wherever the update was written.
        var september = $"/api/plans/{plan.PlanId}/reviews/{plan.September}/scores/recommendations/{plan.Recommendation}";
        await board.PutJsonAsync(september, new { level = 2, narrative = "Panel agreed the audit tool." }, null);
        Assert.That(await StaleAsync(), Is.EqualTo(new[] { "updateCopiedForward" }));
    }

    [Test]
    public async Task The_items_trail_includes_its_update_log_beside_its_scores()
    {
        var plan = await PlanAsync();
        var note = await AddAsync(board, plan, new { writtenOn = "2026-10-15", text = "Panel agreed the audit tool." });
        await board.PutJsonAsync($"/api/plans/{plan.PlanId}/reviews/{plan.November}/scores/recommendations/{plan.Recommendation}", new { level = 2 }, null);

        var trail = JsonNode.Parse(await board.GetStringAsync($"/api/plans/{plan.PlanId}/items/recommendation/{plan.Recommendation}/audit"))!;
        var entries = trail["items"]!.AsArray().Select(e => ((string)e!["entityType"]!, (string)e["change"]!)).ToList();
        Assert.That(entries, Does.Contain(("update", "create")).And.Contain(("score", "create")));
        var logged = trail["items"]!.AsArray().Single(e => (string)e!["entityType"]! == "update")!;
        Assert.That(((long)logged["entityId"]!, (string)logged["after"]!["text"]!), Is.EqualTo((note.Id, "Panel agreed the audit tool.")));
    }

    [Test]
    public async Task Saving_a_score_without_a_date_leaves_its_update_undated()
    {
        var plan = await PlanAsync();
        var url = $"/api/plans/{plan.PlanId}/reviews/{plan.November}/scores/recommendations/{plan.Recommendation}";
        var saved = await (await board.PutJsonAsync(url, new { level = 2, narrative = "Copied from the March board papers." }, null)).ReadAsync<Scores.ScoreTests.ScoreDto>();
        Assert.That(saved.NarrativeDate, Is.Null);
        Assert.That((await (await board.GetAsync(url)).ReadAsync<Scores.ScoreTests.ScoreDto>()).NarrativeDate, Is.Null);
    }

    private async Task<JsonNode> ItemAsync(Plan plan)
    {
        var grid = ActionPlanTracker.Tests.Api.Grid.GridJson.Complete(JsonNode.Parse(await board.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!);
        return grid["items"]!.AsArray().Single(i => (string)i!["kind"]! == "recommendation" && (long)i["id"]! == plan.Recommendation)!;
    }

    private async Task<JsonNode> LatestAsync(Plan plan) => (await ItemAsync(plan))["latestUpdate"]!;
}

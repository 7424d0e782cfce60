using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Tests.Import.Returns;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Tests.Api.Grid;

/// <summary>
/// Issue 14: the grid and summary are kept per version of their plan, built once per version however many readers
/// miss together, compressed once, and answered 304 while the plan is unchanged. Every test reads through a real
/// server; "unchanged" is checked by the ETag and a 304, "changed" by a new ETag and the new data in the body.
/// </summary>
// Counts the read cache's builds, one counter for every plan of the shared tracker: no other fixture may read grids
// while it runs.
[NonParallelizable]
public sealed class GridCacheTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Cache Board Member");

    private static ReadCache Cache => TrackerApp.Factory.Services.GetRequiredService<ReadCache>();

    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptEncoding = null, string? ifNoneMatch = null, HttpClient? by = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await (by ?? client).SendAsync(request);
    }

    private async Task<string> ETagOfAsync(string url)
    {
        var response = await GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return response.ETag();
    }

    /// <summary>The grid is still the one kept: the same ETag, and 304 with no body when it is sent back.</summary>
    private async Task AssertUnchangedAsync(string url, string etag, string because)
    {
        var response = await GetAsync(url, ifNoneMatch: etag);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), because);
        Assert.That(response.ETag(), Is.EqualTo(etag), because);
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    private async Task<JsonNode> AssertChangedAsync(string url, string etag, string because, HttpClient? by = null)
    {
        var response = await GetAsync(url, ifNoneMatch: etag, by: by);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), because);
        Assert.That(response.ETag(), Is.Not.EqualTo(etag), because);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return GridJson.IsGrid(url) ? GridJson.Complete(body) : body;
    }

    private static IEnumerable<JsonNode> Items(JsonNode grid)
    {
        IEnumerable<JsonNode> Walk(JsonArray items) => items.SelectMany(i => new[] { i! }.Concat(Walk(i!["children"]!.AsArray())));
        return Walk(grid["items"]!.AsArray());
    }

    [TestCase("grid")]
    [TestCase("summary")]
    public async Task Gzip_and_brotli_are_sent_when_accepted_and_decompress_to_the_same_bytes(string view)
    {
        var plan = await KnownPlan.CreateAsync(client);
        var url = $"/api/plans/{plan.PlanId}/{view}";

        var plain = await GetAsync(url);
        var identity = await plain.Content.ReadAsByteArrayAsync();
        Assert.That(plain.Content.Headers.ContentEncoding, Is.Empty);
        Assert.That(plain.Content.Headers.ContentType?.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        Assert.That(plain.Headers.Vary, Is.EqualTo(new[] { "Accept-Encoding" }));
        Assert.That(plain.Headers.CacheControl?.ToString(), Is.EqualTo("no-cache, private").Or.EqualTo("private, no-cache"));
        Assert.That(JsonNode.Parse(identity)!["today"]!.GetValue<string>(), Is.EqualTo("2026-11-23"));

        var gzip = await GetAsync(url, "gzip, deflate");
        Assert.That(gzip.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        var gzipBytes = await gzip.Content.ReadAsByteArrayAsync();
        Assert.That(Decompress(new GZipStream(new MemoryStream(gzipBytes), CompressionMode.Decompress)), Is.EqualTo(identity));

        var br = await GetAsync(url, "gzip, deflate, br, zstd");
        Assert.That(br.Content.Headers.ContentEncoding, Is.EqualTo(new[] { "br" }));
        var brBytes = await br.Content.ReadAsByteArrayAsync();
        Assert.That(Decompress(new BrotliStream(new MemoryStream(brBytes), CompressionMode.Decompress)), Is.EqualTo(identity));
        Assert.That(br.Content.Headers.ContentLength, Is.EqualTo(brBytes.Length));

        // Each coding is its own representation with its own strong tag; gzip when the client weighs it above br.
        Assert.That(new[] { plain.ETag(), gzip.ETag(), br.ETag() }, Is.Unique);
        Assert.That((await GetAsync(url, "br;q=0.5, gzip")).Content.Headers.ContentEncoding, Is.EqualTo(new[] { "gzip" }));
        Assert.That((await GetAsync(url, "br;q=0, gzip;q=0")).Content.Headers.ContentEncoding, Is.Empty);
    }

    private static byte[] Decompress(Stream decompressing)
    {
        using var output = new MemoryStream();
        using (decompressing) decompressing.CopyTo(output);
        return output.ToArray();
    }

    [TestCase("grid")]
    [TestCase("summary")]
    public async Task A_matching_If_None_Match_is_answered_304_with_no_body_and_another_is_answered_in_full(string view)
    {
        var plan = await KnownPlan.CreateAsync(client);
        var url = $"/api/plans/{plan.PlanId}/{view}";
        var br = await GetAsync(url, "br");
        var etag = br.ETag();

        var again = await GetAsync(url, "br", etag);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That((again.ETag(), again.Headers.Vary.Single()), Is.EqualTo((etag, "Accept-Encoding")));
        Assert.That(again.Headers.CacheControl?.NoCache, Is.True);

        // The tag names the version whichever coding carried it, so a list holding it also matches.
        Assert.That((await GetAsync(url, null, $"\"something-else\", {etag}")).StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        var other = await GetAsync(url, null, "\"grid-1-v1-20261123-00000000\"");
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(JsonNode.Parse(await other.Content.ReadAsStringAsync())!["today"]!.GetValue<string>(), Is.EqualTo("2026-11-23"));
    }

    [Test]
    public async Task Another_review_s_summary_is_kept_apart_and_an_unknown_review_is_still_404()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var current = await ETagOfAsync($"/api/plans/{plan.PlanId}/summary");
        var earlier = await GetAsync($"/api/plans/{plan.PlanId}/summary?reviewId={plan.Reviews[0]}");
        Assert.That(earlier.ETag(), Is.Not.EqualTo(current));
        Assert.That(JsonNode.Parse(await earlier.Content.ReadAsStringAsync())!["review"]!["id"]!.GetValue<long>(), Is.EqualTo(plan.Reviews[0]));

        var unknown = await GetAsync($"/api/plans/{plan.PlanId}/summary?reviewId=99999999");
        Assert.That((await unknown.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "reviewId" }));
        Assert.That(unknown.Headers.CacheControl?.NoStore, Is.True, "a refusal is not kept anywhere");
        Assert.That((await GetAsync("/api/plans/99999999/summary")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_saved_score_shows_in_the_next_read_with_a_new_ETag()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = $"/api/plans/{plan.PlanId}/grid";
        var etag = await ETagOfAsync(grid);
        var summaryEtag = await ETagOfAsync($"/api/plans/{plan.PlanId}/summary");

        var url = $"/api/plans/{plan.PlanId}/reviews/{plan.Reviews[2]}/scores/measures/{plan.M3}";
        var saved = await client.PutJsonAsync(url, new { level = 3, narrative = "Recovering" }, (await client.GetAsync(url)).ETag());
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var after = await AssertChangedAsync(grid, etag, "a saved score changes the plan's version");
        var m3 = Items(after).Single(i => (string)i["kind"]! == "measure" && (long)i["id"]! == plan.M3);
        Assert.That((int?)m3["scores"]![2]!["level"], Is.EqualTo(3));
        await AssertChangedAsync($"/api/plans/{plan.PlanId}/summary", summaryEtag, "the summary is kept by the same version");
    }

    [Test]
    public async Task Writes_to_another_plan_sign_ins_and_token_use_leave_the_kept_grid_in_place()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var other = await KnownPlan.CreateAsync(client);
        var grid = $"/api/plans/{plan.PlanId}/grid";
        var summary = $"/api/plans/{plan.PlanId}/summary";
        var etag = await ETagOfAsync(grid);
        var summaryEtag = await ETagOfAsync(summary);
        var builds = Cache.Builds;

        // A score saved in another plan (audited, like every write).
        var url = $"/api/plans/{other.PlanId}/reviews/{other.Reviews[2]}/scores/measures/{other.M3}";
        var saved = await client.PutJsonAsync(url, new { level = 3, narrative = "Back on track" }, (await client.GetAsync(url)).ETag());
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        // A sign-in (a session row, an audit row), a new account with a new token, and that token's first use.
        using var signedIn = await TrackerApp.BrowserSignedInAsync("admin", TrackerApp.AdminPassword);
        var reader = TrackerApp.ClientFor($"Cache Reader {Guid.NewGuid():N}", "viewer");
        Assert.That((await reader.GetAsync("/api/plans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await AssertUnchangedAsync(grid, etag, "nothing this plan shows has changed");
        await AssertUnchangedAsync(summary, summaryEtag, "nothing this plan's summary shows has changed");
        var read = await GetAsync(grid, by: signedIn);
        Assert.That(read.ETag(), Is.EqualTo(etag), "the cookie session reads the same kept grid");
        Assert.That(Cache.Builds, Is.EqualTo(builds), "no read was rebuilt");
        // The other plan's own grid has moved on.
        Assert.That((await GetAsync($"/api/plans/{other.PlanId}/grid")).ETag(), Does.Contain($"grid-{other.PlanId}-"));
    }

    [Test]
    public async Task Readers_that_miss_together_wait_on_one_build()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var key = new ReadCache.Key("grid", plan.PlanId, null);
        using var held = new HeldBuild<ReadCache.Key>(key, hook => Cache.BuildStarting = hook);
        const int readers = 8;
        var reads = Enumerable.Range(0, readers).Select(_ => GetAsync($"/api/plans/{plan.PlanId}/grid", "gzip")).ToList();
        // Hold the one build until every other reader is waiting on it (no sleeping: it either happens or the test fails).
        await HeldBuild<ReadCache.Key>.UntilAsync(() => Cache.WaitingOn(key) >= readers - 1, reads);
        Assert.That(Cache.WaitingOn(key), Is.EqualTo(readers - 1), "every other reader waits on the build in progress");
        held.Release();

        var responses = await Task.WhenAll(reads);
        Assert.That(held.Started, Is.EqualTo(1), "one build for eight readers");
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(responses.Select(r => r.ETag()).Distinct().Count(), Is.EqualTo(1));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsByteArrayAsync()));
        Assert.That(bodies.Skip(1), Is.All.EqualTo(bodies[0]), "gzip made once: the same bytes for everyone");
    }

    [Test]
    public async Task Undo_of_a_delete_changes_the_ETag_and_brings_the_item_back()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = $"/api/plans/{plan.PlanId}/grid";
        var etag = await ETagOfAsync(grid);

        var deleted = await client.DeleteAsync($"/api/plans/{plan.PlanId}/actions/{plan.Action11}/measures/{plan.M2}", "*");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await deleted.Content.ReadAsStringAsync());
        var without = await AssertChangedAsync(grid, etag, "a delete changes the plan");
        Assert.That(Items(without).Any(i => (string)i["kind"]! == "measure" && (long)i["id"]! == plan.M2), Is.False);
        var afterDelete = await ETagOfAsync(grid);

        var restored = await client.PostAsync(deleted.Headers.GetValues("Undo-Location").Single() + "/restore", null);
        Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.OK), await restored.Content.ReadAsStringAsync());
        var back = await AssertChangedAsync(grid, afterDelete, "the undo puts rows back, which changes the plan");
        Assert.That(Items(back).Any(i => (string)i["kind"]! == "measure" && (long)i["id"]! == plan.M2), Is.True);
    }

    [Test]
    public async Task Renaming_a_person_changes_the_plans_that_show_them_and_an_email_change_does_not()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = $"/api/plans/{plan.PlanId}/grid";
        var before = GridJson.Complete(JsonNode.Parse(await client.GetStringAsync(grid))!);
        var lead = Items(before).Single(i => (string)i["kind"]! == "action" && (long)i["id"]! == plan.Action11)["leads"]![0]!;
        var personId = (long)lead["id"]!;
        var etag = await ETagOfAsync(grid);

        var person = await client.GetAsync($"/api/people/{personId}");
        var email = await client.PutJsonAsync($"/api/people/{personId}",
            new { name = "Dana Whitfield", jobTitle = "Head of Service", email = $"dana.{Guid.NewGuid():N}@council.gov.uk" }, person.ETag());
        Assert.That(email.IsSuccessStatusCode, await email.Content.ReadAsStringAsync());
        await AssertUnchangedAsync(grid, etag, "the grid does not show email addresses");

        var renamed = await client.PutJsonAsync($"/api/people/{personId}",
            new { name = "Dana Whitfield-Jones", jobTitle = "Head of Service", email = (string?)null }, email.ETag());
        Assert.That(renamed.IsSuccessStatusCode, await renamed.Content.ReadAsStringAsync());
        var after = await AssertChangedAsync(grid, etag, "the grid shows the lead's name");
        var leadAfter = Items(after).Single(i => (string)i["kind"]! == "action" && (long)i["id"]! == plan.Action11)["leads"]![0]!;
        Assert.That((string)leadAfter["name"]!, Is.EqualTo("Dana Whitfield-Jones"));
    }

    [Test]
    public async Task A_return_changes_the_ETag_when_applied_and_not_while_it_is_only_uploaded()
    {
        var admin = TrackerApp.ClientFor("Cache Return Administrator");
        var lead = await Arrange.PersonAsync("Cache Rahman", "Service manager");
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, title: "Improvement plan (cache return)");
        await Arrange.RecommendationAsync(admin, planId, "1", "Improve the quality of assessments.", leadIds: [lead]);
        var review = await Returns.ReviewAsync(admin, planId, "RAG 11/26", "2026-11-30");
        var grid = $"/api/plans/{planId}/grid";

        using var workbook = new ReturnWorkbookFile(await Returns.DownloadAsync(admin, planId, review));
        var row = workbook.RowOf("1");
        workbook.Set(row, "Score", "3 On track");
        workbook.Set(row, "Update", "Twenty audits done.");
        var filled = workbook.Save();
        var etag = await ETagOfAsync(grid);

        var (uploaded, uploadEtag) = await Returns.UploadedAsync(admin, planId, filled);
        await AssertUnchangedAsync(grid, etag, "a dry run writes nothing the grid shows");

        await Returns.AppliedAsync(admin, planId, uploaded, uploadEtag);
        // Read as the one who applied it: another reader may be served the previous version while the next one builds.
        var after = await AssertChangedAsync(grid, etag, "the applied return saved a score", by: admin);
        Assert.That(Items(after).Single(i => (string)i["kind"]! == "recommendation")["scores"]![0]!["level"]!.GetValue<int>(), Is.EqualTo(3));
    }

    [Test]
    public async Task Signing_out_asks_the_browser_to_drop_the_grids_it_kept()
    {
        var plan = await KnownPlan.CreateAsync(client);
        using var browser = await TrackerApp.BrowserSignedInAsync("admin", TrackerApp.AdminPassword);
        var read = await GetAsync($"/api/plans/{plan.PlanId}/grid", by: browser);
        Assert.That(read.Headers.CacheControl?.Private, Is.True, "kept by this browser only");

        var signedOut = await browser.DeleteAsync("/api/session");
        Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(signedOut.Headers.GetValues("Clear-Site-Data").Single(), Is.EqualTo("\"cache\""));
    }

    private static long VersionOf(HttpResponseMessage response, string header = "X-Plan-Version") =>
        long.Parse(response.Headers.GetValues(header).Single(), System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task While_a_save_s_version_builds_another_reader_gets_the_previous_bytes_and_the_saver_waits_for_the_new()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = $"/api/plans/{plan.PlanId}/grid";
        var board = TrackerApp.ClientFor($"Cache Board Reader {Guid.NewGuid():N}", "viewer");
        var before = await GetAsync(grid, "br", by: board);
        var etag = before.ETag();
        var version = VersionOf(before);
        Assert.That(VersionOf(before, "X-Plan-Version-Latest"), Is.EqualTo(version), "nothing newer");

        var key = new ReadCache.Key("grid", plan.PlanId, null);
        using var held = new HeldBuild<ReadCache.Key>(key, hook => Cache.BuildStarting = hook);
        var url = $"/api/plans/{plan.PlanId}/reviews/{plan.Reviews[2]}/scores/measures/{plan.M3}";
        var saved = await client.PutJsonAsync(url, new { level = 3, narrative = "Recovering" }, (await client.GetAsync(url)).ETag());
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        // The board member's read starts the build of the new version and is answered with the previous one at once.
        var stale = await GetAsync(grid, "br", by: board);
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(stale.ETag(), Is.EqualTo(etag), "the previous version's own tag");
        Assert.That(VersionOf(stale), Is.EqualTo(version));
        Assert.That(VersionOf(stale, "X-Plan-Version-Latest"), Is.GreaterThan(version), "and it says the plan has moved on");
        var notModified = await GetAsync(grid, "br", etag, board);
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), "304 for the version being served");
        Assert.That(notModified.ETag(), Is.EqualTo(etag));
        Assert.That(held.Started, Is.EqualTo(1));

        // The saver's read waits for the new version.
        var saverRead = GetAsync(grid, "br", etag);
        await HeldBuild<ReadCache.Key>.UntilAsync(() => Cache.WaitingOn(key) >= 1, [saverRead]);
        Assert.That(Cache.WaitingOn(key), Is.EqualTo(1), "the saver waits on the build in progress");
        held.Release();

        var fresh = await saverRead;
        Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK), "their tag is the old version's: the new one is sent in full");
        Assert.That(VersionOf(fresh), Is.GreaterThan(version));
        Assert.That(fresh.ETag(), Is.Not.EqualTo(etag));
        var m3 = Items(GridJson.Complete(JsonNode.Parse(Decompress(new BrotliStream(await fresh.Content.ReadAsStreamAsync(), CompressionMode.Decompress)))!))
            .Single(i => (string)i["kind"]! == "measure" && (long)i["id"]! == plan.M3);
        Assert.That((int?)m3["scores"]![2]!["level"], Is.EqualTo(3), "a saved score shows in the saver's next read");
        Assert.That(held.Started, Is.EqualTo(1), "one build for the new version");

        // Built: nobody is served the previous version any more.
        var after = await GetAsync(grid, "br", etag, board);
        Assert.That((after.StatusCode, after.ETag()), Is.EqualTo((HttpStatusCode.OK, fresh.ETag())));
        Assert.That(VersionOf(after), Is.EqualTo(VersionOf(after, "X-Plan-Version-Latest")));
    }

    [Test]
    public async Task The_summary_built_after_the_grid_at_the_same_version_reuses_its_read_of_the_plan()
    {
        var snapshots = TrackerApp.Factory.Services.GetRequiredService<SharedSnapshots>();
        var keep = snapshots.Keep;
        snapshots.Keep = TimeSpan.FromMinutes(5);
        try
        {
            var plan = await KnownPlan.CreateAsync(client);
            var reads = snapshots.Reads;
            var grid = await GetAsync($"/api/plans/{plan.PlanId}/grid");
            Assert.That(snapshots.Reads, Is.EqualTo(reads + 1), "the grid reads the plan");
            var summary = await GetAsync($"/api/plans/{plan.PlanId}/summary");
            var earlier = await GetAsync($"/api/plans/{plan.PlanId}/summary?reviewId={plan.Reviews[0]}");
            Assert.That(snapshots.Reads, Is.EqualTo(reads + 1), "the summaries (the current review's and an earlier one's) reuse that read");
            Assert.That(VersionOf(summary), Is.EqualTo(VersionOf(grid)));

            var body = JsonNode.Parse(await summary.Content.ReadAsStringAsync())!;
            Assert.That(body["review"]!["id"]!.GetValue<long>(), Is.EqualTo(plan.Reviews[2]));
            Assert.That(JsonNode.Parse(await earlier.Content.ReadAsStringAsync())!["review"]!["id"]!.GetValue<long>(), Is.EqualTo(plan.Reviews[0]));

            // A save moves the version on: the next build reads again, once for both views.
            var url = $"/api/plans/{plan.PlanId}/reviews/{plan.Reviews[2]}/scores/measures/{plan.M3}";
            var saved = await client.PutJsonAsync(url, new { level = 3, narrative = "Recovering" }, (await client.GetAsync(url)).ETag());
            Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
            var summaryAfter = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/summary"))!;
            await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid");
            Assert.That(snapshots.Reads, Is.EqualTo(reads + 2));
            Assert.That(summaryAfter.ToJsonString(), Is.Not.EqualTo(body.ToJsonString()), "the summary shows the save");
        }
        finally { snapshots.Keep = keep; }
    }
}

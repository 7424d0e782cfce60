using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Features.Reports;
using ActionPlanTracker.Tests.Api.Grid;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.DependencyInjection;

namespace ActionPlanTracker.Tests.Api.Reports;

/// <summary>
/// Issue 14: the report model is kept per version of its plan (<see cref="ReportCache"/>) and shared by every format, so
/// a second download of an unchanged plan does not read the plan again, and a saved score shows in the next download.
/// "Read again or not" is counted by the cache's builds.
/// </summary>
// Counts the report cache's builds, one counter for every plan of the shared tracker: no other fixture may read
// reports while it runs.
[NonParallelizable]
public sealed class ReportCacheTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Report Cache Board Member");

    private static ReportCache Cache => TrackerApp.Factory.Services.GetRequiredService<ReportCache>();

    private static readonly string[] Formats = ["", "/docx", "/xlsx", "/csv"];

    private async Task<JsonNode> JsonAsync(long planId, string query = "")
    {
        var response = await client.GetAsync($"/api/plans/{planId}/report{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonNode Row(JsonNode report, string kind, long id) =>
        report["rows"]!.AsArray().Single(r => (string)r!["kind"]! == kind && (long)r["id"]! == id)!;

    private static string WordText(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }

    [Test]
    public async Task Every_format_shares_one_build_and_a_saved_score_shows_in_the_next_download()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var builds = Cache.Builds;
        var before = await JsonAsync(plan.PlanId);
        foreach (var format in Formats) await Downloads.GetAsync(client, $"/api/plans/{plan.PlanId}/report{format}");
        Assert.That(Cache.Builds - builds, Is.EqualTo(1), "the print view, Word, Excel and CSV of an unchanged plan are made from one read");
        Assert.That((string)before["generatedAt"]!, Is.EqualTo(TrackerApp.Now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")),
            "a kept report is stamped with the time it is downloaded");
        Assert.That((int?)Row(before, "measure", plan.M3)["scores"]![2]!["level"]?["value"], Is.Not.EqualTo(3));

        var url = $"/api/plans/{plan.PlanId}/reviews/{plan.Reviews[2]}/scores/measures/{plan.M3}";
        var saved = await client.PutJsonAsync(url, new { level = 3, narrative = "Recovering after the cache test's save" }, (await client.GetAsync(url)).ETag());
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var word = await Downloads.GetAsync(client, $"/api/plans/{plan.PlanId}/report/docx");
        Assert.That(WordText(word.Bytes), Does.Contain("Recovering after the cache test's save"), "the next Word download has the saved update");
        var after = await JsonAsync(plan.PlanId);
        Assert.That((int?)Row(after, "measure", plan.M3)["scores"]![2]!["level"]!["value"], Is.EqualTo(3), "the next print view has the saved score");
        Assert.That((string?)Row(after, "measure", plan.M3)["latestUpdate"], Is.EqualTo("Recovering after the cache test's save"));
        Assert.That(Cache.Builds - builds, Is.EqualTo(2), "one more read for the new version, shared by both downloads");
    }

    [Test]
    public async Task A_write_to_another_plan_leaves_the_kept_report_in_place()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var other = await KnownPlan.CreateAsync(client);
        var first = await JsonAsync(plan.PlanId);
        var builds = Cache.Builds;

        var url = $"/api/plans/{other.PlanId}/reviews/{other.Reviews[2]}/scores/measures/{other.M3}";
        var saved = await client.PutJsonAsync(url, new { level = 3, narrative = "Back on track elsewhere" }, (await client.GetAsync(url)).ETag());
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        foreach (var format in Formats) await Downloads.GetAsync(client, $"/api/plans/{plan.PlanId}/report{format}");
        Assert.That((await JsonAsync(plan.PlanId)).ToJsonString(), Is.EqualTo(first.ToJsonString()));
        Assert.That(Cache.Builds, Is.EqualTo(builds), "nothing this plan shows changed, so nothing was read again");
        Assert.That((int?)Row(await JsonAsync(other.PlanId), "measure", other.M3)["scores"]![2]!["level"]!["value"], Is.EqualTo(3),
            "the other plan's report has moved on");
    }

    [Test]
    public async Task Each_review_and_date_is_kept_apart_and_refusals_are_not_kept()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var current = await JsonAsync(plan.PlanId);
        var earlier = await JsonAsync(plan.PlanId, $"?reviewId={plan.Reviews[0]}");
        var asOf = await JsonAsync(plan.PlanId, "?asOf=2026-08-15");
        Assert.That((long)current["review"]!["id"]!, Is.EqualTo(plan.Reviews[2]));
        Assert.That((long)earlier["review"]!["id"]!, Is.EqualTo(plan.Reviews[0]));
        Assert.That(((long)asOf["review"]!["id"]!, (string?)asOf["asOf"]), Is.EqualTo((plan.Reviews[0], "2026-08-15")));
        Assert.That((long)(await JsonAsync(plan.PlanId))["review"]!["id"]!, Is.EqualTo(plan.Reviews[2]), "the current review's report is its own entry");

        var builds = Cache.Builds;
        for (var i = 0; i < 2; i++)
        {
            var unknown = await client.GetAsync($"/api/plans/{plan.PlanId}/report/docx?reviewId=99999999");
            Assert.That((await unknown.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "reviewId" }));
            var later = await client.GetAsync($"/api/plans/{plan.PlanId}/report/xlsx?reviewId={plan.Reviews[2]}&asOf=2026-08-15");
            Assert.That((await later.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "reviewId" }));
        }
        Assert.That(Cache.Builds - builds, Is.EqualTo(4), "a refusal is answered but not kept, so each is read again");
        Assert.That((await client.GetAsync("/api/plans/99999999/report/csv")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Downloads_that_miss_together_wait_on_one_build()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var key = new ReportCache.Key(plan.PlanId, null, null);
        using var held = new HeldBuild<ReportCache.Key>(key, hook => Cache.BuildStarting = hook);
        var downloads = Formats.Concat(Formats).Select(f => client.GetAsync($"/api/plans/{plan.PlanId}/report{f}")).ToList();
        // Hold the one build until every other download waits on it (no sleeping: it either happens or the test fails).
        await HeldBuild<ReportCache.Key>.UntilAsync(() => Cache.WaitingOn(key) >= downloads.Count - 1, downloads);
        Assert.That(Cache.WaitingOn(key), Is.EqualTo(downloads.Count - 1), "every other download waits on the build in progress");
        held.Release();

        var responses = await Task.WhenAll(downloads);
        Assert.That(held.Started, Is.EqualTo(1), "one read for eight downloads");
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
    }
}

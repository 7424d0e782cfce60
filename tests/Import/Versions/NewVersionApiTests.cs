using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Import.Files;
using ActionPlanTracker.Tests.Import.Shapes;

namespace ActionPlanTracker.Tests.Import.Versions;

/// <summary>
/// A plan imported from a workbook, then a newer version of the same workbook imported into it: one more review
/// column, two new recommendations, a changed deadline and a changed score in an existing review.
/// </summary>
public sealed class NewVersionApiTests
{
    private static HttpClient Admin => Shapes1Api.Admin;

    private static readonly object[] Header = ["No.", "Recommendation", "Assigned lead", "By when", "Score Nov 16", "Score Feb 17"];

    private static byte[] First(string council) => new WorkbookBuilder().Sheet("Plan", sheet => sheet
        .Row($"{council} Council: Ofsted improvement plan")
        .Row(Header)
        .Row(1, "Improve the quality of assessments", "Priya Raman", "March 2018", 2, 2)
        .Row(2, "Strengthen management oversight", "Owen Hughes", "Ongoing", 1, 3)).Build();

    /// <summary>The newer version: "Score May 17" added, recommendations 3 and 4 added, 1's deadline moved and its February score changed.</summary>
    private static byte[] Newer(string council) => new WorkbookBuilder().Sheet("Plan", sheet => sheet
        .Row($"{council} Council: Ofsted improvement plan")
        .Row([.. Header, "Score May 17"])
        .Row(1, "Improve the quality of assessments", "Priya Raman", "June 2018", 2, 3, 3)
        .Row(2, "Strengthen management oversight", "Owen Hughes", "Ongoing", 1, 3, 3)
        .Row(3, "Listen to children in care", "Priya Raman", "December 2018", null, null, 1)
        .Row(4, "Improve placement stability", "Owen Hughes", "December 2018", null, null, 2)).Build();

    private static async Task<HttpResponseMessage> UploadVersionAsync(string fileName, byte[] content, long planId)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(planId.ToString(CultureInfo.InvariantCulture)), "planId");
        return await Admin.PostAsync("/api/imports", form);
    }

    private static async Task<(long PlanId, Shapes1Api.Pending Newer)> PlanAndNewerAsync(string council)
    {
        var first = await Shapes1Api.UploadAsync($"{council} plan v1.xlsx", First(council));
        var plan = await Shapes1Api.CommitAsync(first);
        var response = await UploadVersionAsync($"{council} plan v2.xlsx", Newer(council), plan.PlanId);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        var body = JsonNode.Parse(text)!;
        return (plan.PlanId, new Shapes1Api.Pending((long)body["id"]!, response.ETag(), body));
    }

    private static async Task<Shapes1Api.Pending> DecideAsync(Shapes1Api.Pending import, string key, string choice)
    {
        var response = await Admin.PutJsonAsync($"/api/imports/{import.Id}/decisions", new { decisions = new[] { new { key, choice } } }, import.ETag);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return new Shapes1Api.Pending(import.Id, response.ETag(), JsonNode.Parse(text)!);
    }

    private static async Task<JsonNode> CommitVersionAsync(Shapes1Api.Pending import, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await ActionPlanTracker.Tests.Import.Api.Imports.CommitAsync(Admin, import.Id, import.ETag);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);
        return JsonNode.Parse(text)!;
    }

    /// <summary>Each recommendation as "number: deadline | score per review", as the grid reads it back.</summary>
    private static async Task<List<string>> RowsAsync(long planId)
    {
        var plan = await Shapes1Api.ReadBackAsync(planId);
        return plan.Items("recommendation").Select(i =>
            $"{(string?)i["number"]}: {PlanReadBack.Deadline(i)} | {string.Join(" ", plan.ScoresOf(i))}").Prepend(string.Join(", ", plan.ReviewLabels)).ToList();
    }

    private static readonly string[] Before =
    [
        "Score Nov 16, Score Feb 17",
        "1: March 2018 | 2 2",
        "2: Ongoing | 1 3",
    ];

    [Test]
    public async Task The_dry_run_lists_the_new_review_the_new_rows_the_changed_deadline_and_the_changed_score_and_writes_nothing()
    {
        var (planId, newer) = await PlanAndNewerAsync("Ashby");
        var version = newer.Body["versionOf"]!;

        Assert.That(version["summary"]!.ToJsonString(), Is.EqualTo(
            """{"itemsMatched":2,"itemsNew":2,"itemsMissing":0,"newReviews":1,"scoresAdded":4,"scoresSame":3,"scoresDifferent":1,"scoresLeftBlankInFile":0,"fieldChanges":1}"""),
            newer.Said);
        Assert.That(version["newReviews"]!.ToJsonString(), Is.EqualTo("""["Score May 17"]"""));
        Assert.That(version["fieldChanges"]!.ToJsonString(), Is.EqualTo(
            """[{"item":"Recommendation 1: Improve the quality of assessments","field":"deadline","tracker":"March 2018","file":"June 2018"}]"""));
        var decision = version["decisions"]!.AsArray().Single()!;
        Assert.That(((string)decision["review"]!, (string)decision["tracker"]!, (string)decision["file"]!, (string)decision["choice"]!),
            Is.EqualTo(("Score Feb 17", "2", "3", "keepTracker")));
        Assert.That((long?)newer.Body["planId"], Is.Null, "the import names its plan in versionOf until it is committed");
        Assert.That(await RowsAsync(planId), Is.EqualTo(Before));
    }

    [Test]
    public async Task Committing_and_keeping_the_trackers_score_adds_the_review_rows_and_scores_and_takes_the_new_deadline()
    {
        var (planId, newer) = await PlanAndNewerAsync("Bexley Vale");

        var committed = await CommitVersionAsync(newer);

        Assert.That(((long)committed["planId"]!, (bool)committed["planCreated"]!), Is.EqualTo((planId, false)));
        Assert.That(await RowsAsync(planId), Is.EqualTo(new[]
        {
            "Score Nov 16, Score Feb 17, Score May 17",
            "1: June 2018 | 2 2 3",
            "2: Ongoing | 1 3 3",
            "3: December 2018 | blank blank 1",
            "4: December 2018 | blank blank 2",
        }));
    }

    [Test]
    public async Task Committing_with_the_files_score_chosen_changes_that_score_through_its_history()
    {
        var (planId, newer) = await PlanAndNewerAsync("Corbridge");
        var key = (string)newer.Body["versionOf"]!["decisions"]![0]!["key"]!;

        var decided = await DecideAsync(newer, key, "takeFile");
        await CommitVersionAsync(decided);

        Assert.That((string)decided.Body["versionOf"]!["decisions"]![0]!["choice"]!, Is.EqualTo("takeFile"));
        Assert.That((await RowsAsync(planId))[1], Is.EqualTo("1: June 2018 | 2 3 3"));
        var plan = await Shapes1Api.ReadBackAsync(planId);
        var score = ActionPlanTracker.Tests.Api.Shapes.Reads.ScoreIn(plan.Items("recommendation").First(), (long)plan.Reviews[1]["id"]!)!;
        Assert.That((int)score["version"]!, Is.EqualTo(2), "the score was updated in place, its row version moved on for any editor holding the old one");
    }

    [Test]
    public async Task Importing_the_newer_file_again_changes_nothing()
    {
        var (planId, newer) = await PlanAndNewerAsync("Dunholme");
        var decided = await DecideAsync(newer, (string)newer.Body["versionOf"]!["decisions"]![0]!["key"]!, "takeFile");
        await CommitVersionAsync(decided);
        var after = await RowsAsync(planId);

        var response = await UploadVersionAsync("Dunholme plan v2.xlsx", Newer("Dunholme"), planId);
        var again = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(again["versionOf"]!["summary"]!.ToJsonString(), Is.EqualTo(
            """{"itemsMatched":4,"itemsNew":0,"itemsMissing":0,"newReviews":0,"scoresAdded":0,"scoresSame":8,"scoresDifferent":0,"scoresLeftBlankInFile":0,"fieldChanges":0}"""));
        var committed = await CommitVersionAsync(new Shapes1Api.Pending((long)again["id"]!, response.ETag(), again));

        Assert.That((bool)committed["planCreated"]!, Is.False);
        Assert.That(await RowsAsync(planId), Is.EqualTo(after));
    }

    [Test]
    public async Task A_score_edited_after_the_dry_run_is_not_overwritten_the_commit_is_409_and_writes_nothing()
    {
        var (planId, newer) = await PlanAndNewerAsync("Eskdale");
        var decided = await DecideAsync(newer, (string)newer.Body["versionOf"]!["decisions"]![0]!["key"]!, "takeFile");
        var plan = await Shapes1Api.ReadBackAsync(planId);
        var (item, review) = ((long)plan.Items("recommendation").First()["id"]!, (long)plan.Reviews[1]["id"]!);
        var edit = await Admin.PutJsonAsync($"/api/plans/{planId}/reviews/{review}/scores/recommendations/{item}", new { level = 1 }, "\"1\"");
        Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.OK), await edit.Content.ReadAsStringAsync());

        var refused = await ActionPlanTracker.Tests.Import.Api.Imports.CommitAsync(Admin, decided.Id, decided.ETag);

        var text = await refused.Content.ReadAsStringAsync();
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), text);
        Assert.That((string?)JsonNode.Parse(text)!["detail"], Does.StartWith(
            "Recommendation 1: Improve the quality of assessments, review \"Score Feb 17\": the score was changed in the tracker after the dry run (it is now 1)."));
        Assert.That(await RowsAsync(planId), Is.EqualTo(new[] { Before[0], "1: March 2018 | 2 1", Before[2] }));
    }

    [Test]
    public async Task A_decision_key_the_import_does_not_have_is_a_400_naming_it_and_nothing_is_recorded()
    {
        var (_, newer) = await PlanAndNewerAsync("Fenwick");

        var response = await Admin.PutJsonAsync($"/api/imports/{newer.Id}/decisions",
            new { decisions = new[] { new { key = "recommendation-999/review-1", choice = "takeFile" } } }, newer.ETag);

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That((string?)JsonNode.Parse(text)!["errors"]![0]!["name"], Is.EqualTo("decisions[0].key"));
        var reread = await Admin.GetAsync($"/api/imports/{newer.Id}");
        Assert.That(reread.ETag(), Is.EqualTo(newer.ETag), "the import did not change");
    }

    [Test]
    public async Task An_upload_for_a_plan_that_does_not_exist_is_a_400_naming_planId()
    {
        var response = await UploadVersionAsync("Gosforth plan v2.xlsx", Newer("Gosforth"), 987_654);

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That((string?)JsonNode.Parse(text)!["errors"]![0]!["name"], Is.EqualTo("planId"));
    }
}

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ActionPlanTracker.Data;
using ActionPlanTracker.Domain.Import;
using ActionPlanTracker.Features.Grid;
using ActionPlanTracker.Features.Import;
using ActionPlanTracker.Tests.Api;
using Dapper;

namespace ActionPlanTracker.Tests.Import.Api;

/// <summary>
/// The commit's writer against the running tracker's migrated SQLite file, read back through the real GET endpoints
/// and the grid's snapshot: every table a draft fills, and nothing invented.
/// </summary>
// Each test writes a plan in a write transaction it holds itself (a large one for seconds): every other fixture's write
// would queue behind it, so these run alone.
[NonParallelizable]
public sealed class PlanWriterTests
{
    // Signed in on first use, never while a test holds the write transaction (signing in writes a session, which would wait for it).
    private static readonly Lazy<HttpClient> Reader = new(() => TrackerApp.ClientFor("Writer Reader"));
    private static HttpClient Client => Reader.Value;
    private static readonly PlanWriteContext Context = new("Imran Importer", "2026-11-23T09:30:00.000Z", "development-plan.xlsx");

    private static async Task<long> WriteAsync(PlanDraft draft)
    {
        await using var connection = await TrackerApp.Factory.OpenDatabaseAsync();
        await using var transaction = connection.BeginWriteTransaction();
        var planId = PlanWriter.Write(connection, transaction, draft, Context);
        await transaction.CommitAsync();
        return planId;
    }

    private static async Task<PlanSnapshot> SnapshotAsync(long planId)
    {
        await using var connection = await TrackerApp.Factory.OpenDatabaseAsync();
        return (await PlanSnapshot.LoadAsync(connection, planId))!;
    }

    [Test]
    public async Task A_draft_becomes_an_active_plan_with_its_details_and_a_new_scale()
    {
        var scaleName = $"Imported RAG {Guid.NewGuid():N}";
        var planId = await WriteAsync(Drafts.Development(await Arrange.PersonAsync("Dana Whitfield"), scaleName));

        var plan = await (await Client.GetAsync($"/api/plans/{planId}")).ReadAsync<JsonObject>();
        Assert.That((string?)plan["title"], Is.EqualTo("Service development plan 2018"));
        Assert.That((string?)plan["sourceType"], Is.EqualTo(PlanWriter.DefaultSourceType), "an empty source type becomes \"Imported plan\"");
        Assert.That((string?)plan["status"], Is.EqualTo("active"));
        Assert.That((string?)plan["planVersion"], Is.EqualTo("v3.2"));
        Assert.That((string?)plan["planDate"], Is.EqualTo("2018-03-01"));
        Assert.That((string?)plan["ownerHeading"], Is.EqualTo("Responsible officer"));
        Assert.That((bool?)plan["groupedByPriority"], Is.True);
        Assert.That((string?)plan["scoreLevel"], Is.EqualTo("action"));
        Assert.That((string?)plan["scaleName"], Is.EqualTo(scaleName));

        var scale = await (await Client.GetAsync($"/api/scales/{(long)plan["scaleId"]!}")).ReadAsync<JsonObject>();
        Assert.That((bool?)scale["higherIsBetter"], Is.True);
        var levels = scale["levels"]!.AsArray().Select(l => ((int)l!["value"]!, (string)l["label"]!, (string?)l["colour"], (bool)l["meansComplete"]!)).ToList();
        Assert.That(levels, Is.EqualTo(new[] { (1, "Red", "#ff0000", false), (2, "Amber", "#ffcc00", false), (3, "Green", "#92d050", false), (4, "Completed", (string?)null, true) }),
            "a level the source gave no colour stays without one");
    }

    [Test]
    public async Task Every_item_is_written_in_printed_order_under_its_parent()
    {
        var planId = await WriteAsync(Drafts.Development(await Arrange.PersonAsync("Dana Whitfield"), $"Scale {Guid.NewGuid():N}"));
        var snapshot = await SnapshotAsync(planId);

        Assert.That(snapshot.Priorities.Select(p => (p.Number, p.Title, p.OutcomeStatement)),
            Is.EqualTo(new[] { ("1", "Early help", "Families get help early."), ("2", "Children in care", (string?)null) }));
        var recommendation = snapshot.Recommendations.Single();
        Assert.That((recommendation.PriorityId, recommendation.Number, recommendation.Text, recommendation.DeadlineText, recommendation.SourceParagraphs, recommendation.JudgementArea),
            Is.EqualTo((snapshot.Priorities[0].Id, "7 (14)", "Improve the quality of assessments.", "Sept 16 / ongoing", "12, 31", "Help and protection")));
        Assert.That(snapshot.Addressees.Select(a => a.Addressee), Is.EqualTo(new[] { "the local authority", "the safeguarding partnership" }));
        Assert.That(snapshot.Actions.Select(a => (a.RecommendationId, a.PriorityId, a.Code, a.Description, a.SourceReference, a.DeadlineText)),
            Is.EqualTo(new[]
            {
                ((long?)recommendation.Id, (long?)null, "A", "Audit 20 assessments a month.", "Ofsted rec 14", "Mar-18"),
                (null, snapshot.Priorities[1].Id, null, "Review every care plan.", null, "Ongoing"),
            }));
        var measure = snapshot.Measures.Single();
        Assert.That((measure.ActionId, measure.Number, measure.Text, measure.DeadlineText),
            Is.EqualTo((snapshot.Actions[1].Id, "1", "Every child in care has an up-to-date plan.", "31/12/2018")));
    }

    [Test]
    public async Task Leads_and_owners_are_matched_people_or_new_ones_in_printed_order()
    {
        var dana = await Arrange.PersonAsync("Dana Whitfield");
        var planId = await WriteAsync(Drafts.Development(dana, $"Scale {Guid.NewGuid():N}"));

        var recommendations = await (await Client.GetAsync($"/api/plans/{planId}/recommendations")).ReadAsync<JsonArray>();
        var leads = recommendations[0]!["leads"]!.AsArray().Select(p => ((long)p!["id"]!, (string?)p["name"], (string?)p["jobTitle"])).ToList();
        Assert.That(leads[0], Is.EqualTo((dana, "Dana Whitfield", (string?)null)), "the matched person is used, not created again");
        Assert.That(leads[1].Item2, Is.EqualTo("Priya Raman"));
        Assert.That(leads[1].Item3, Is.EqualTo("Head of Service"));
        var owners = recommendations[0]!["owners"]!.AsArray();
        Assert.That(((string?)owners[0]!["name"], (string?)owners[0]!["jobTitle"]), Is.EqualTo(((string?)null, "Head of Safeguarding")), "a person named by role only keeps no name");

        var actions = await (await Client.GetAsync($"/api/plans/{planId}/actions")).ReadAsync<JsonArray>();
        var actionOwners = actions[0]!["owners"]!.AsArray().Select(p => (string?)p!["name"]).ToList();
        Assert.That(actionOwners, Is.EqualTo(new[] { "PR" }), "initials alone are kept as written, and a person named twice in a cell is named once");

        var snapshot = await SnapshotAsync(planId);
        var measurePeople = snapshot.People[("measure", snapshot.Measures[0].Id)];
        Assert.That(measurePeople.Leads.Select(p => p.JobTitle), Is.EqualTo(new[] { "Head of Safeguarding" }));
        Assert.That(measurePeople.Owners.Select(p => p.Id), Is.EqualTo(new[] { dana }));
    }

    [Test]
    public async Task Reviews_scores_and_no_scores_are_held_as_printed_with_the_file_as_their_source()
    {
        var planId = await WriteAsync(Drafts.Development(await Arrange.PersonAsync("Dana Whitfield"), $"Scale {Guid.NewGuid():N}"));
        var snapshot = await SnapshotAsync(planId);

        Assert.That(snapshot.Reviews.Select(r => (r.Label, r.ReviewDate, r.Status, r.Position)),
            Is.EqualTo(new[] { ("RAG 01/18", (DateOnly?)new DateOnly(2018, 1, 31), "closed", 1), ("RAG 03/18", null, "open", 2) }),
            "an undated review stays undated");

        var levelValue = snapshot.Levels.ToDictionary(l => l.Id, l => l.Value);
        var scores = snapshot.Scores.OrderBy(s => s.ActionId).ThenBy(s => s.ReviewId)
            .Select(s => (s.LevelId is { } id ? levelValue[id] : (long?)null, s.RecordedAs, s.Narrative, s.NarrativeDate, s.Evidence, s.PrintedDirection, s.PrintedDirectionText))
            .ToList();
        Assert.That(scores, Is.EqualTo(new[]
        {
            ((long?)2, (string?)null, "Started late.", "2018-01-20", (string?)null, "improving", "↑"),
            (4, null, "Done.", null, null, null, null),
            (null, "0", null, null, null, null, null),
            (3, null, null, null, "Audit report March 2018", null, null),
        }), "a 0 is no score with its text kept, never level 0");
        Assert.That(snapshot.Scores.Select(s => (s.SourceDocument, s.UpdatedBy, s.SignOffStatus)).Distinct(),
            Is.EqualTo(new[] { ("development-plan.xlsx", "Imran Importer", (string?)null) }));
    }

    [Test]
    public async Task A_completion_copied_from_the_file_counts_as_complete_as_printed()
    {
        var planId = await WriteAsync(Drafts.Development(await Arrange.PersonAsync("Dana Whitfield"), $"Scale {Guid.NewGuid():N}"));

        var grid = await ActionPlanTracker.Tests.Api.Grid.GridJson.ReadAsync(Client, $"/api/plans/{planId}/grid");
        var scores = Flatten(grid["items"]!.AsArray()).SelectMany(i => i["scores"]!.AsArray()).ToList();
        var complete = scores.Single(s => (int?)s!["level"] == 4)!;
        Assert.That((bool)complete["completeAsPrinted"]!, Is.True);
        Assert.That((string?)complete["sourceDocument"], Is.EqualTo("development-plan.xlsx"));
        Assert.That(scores.Where(s => (int?)s!["level"] != 4).Select(s => (bool?)s!["completeAsPrinted"] ?? false), Is.All.False, "false is left out of the grid's scores");
    }

    [Test]
    public async Task Update_logs_averages_and_figures_are_kept_with_their_reviews_and_priorities()
    {
        var planId = await WriteAsync(Drafts.Development(await Arrange.PersonAsync("Dana Whitfield"), $"Scale {Guid.NewGuid():N}"));
        var snapshot = await SnapshotAsync(planId);
        var (review1, review2) = (snapshot.Reviews[0].Id, snapshot.Reviews[1].Id);

        var log = await (await Client.GetAsync($"/api/plans/{planId}/items/action/{snapshot.Actions[1].Id}/updates")).ReadAsync<JsonArray>();
        Assert.That(log.Select(u => ((string?)u!["text"], (string?)u["writtenOn"], (long?)u["reviewId"], (string?)u["sourceDocument"])),
            Is.EqualTo(new[]
            {
                ("First note.", "2018-01-12", (long?)review1, "development-plan.xlsx"),
                ("Second note, undated.", (string?)null, null, "development-plan.xlsx"),
            }), "entries keep the draft's order, and an undated note stays undated");
        Assert.That(snapshot.Updates.Single(u => u.MeasureId is not null).ReviewId, Is.EqualTo(review2));

        Assert.That(snapshot.ReportedAverages.Select(a => (a.ReviewId, a.PriorityId, a.Value, a.Source)).OrderBy(a => a.PriorityId),
            Is.EqualTo(new[] { (review2, (long?)null, 3.2, "development-plan.xlsx"), (review2, snapshot.Priorities[0].Id, 3.5, "development-plan.xlsx") }));
        Assert.That(snapshot.PrintedFigures.Select(f => (f.ReviewId, f.PriorityId, f.Kind, f.Level, f.Label, f.ValueText, f.Value)),
            Is.EqualTo(new[]
            {
                ((long?)review2, (long?)null, "countAtLevel", (long?)4, "COMPLETED", "1", (double?)1),
                (null, snapshot.Priorities[1].Id, "other", null, "Children seen", "about 40", null),
            }));
    }

    [Test]
    public async Task A_large_plan_is_written_in_one_transaction_with_every_score()
    {
        var draft = Drafts.Large(rows: 2000, reviews: 24);
        var clock = Stopwatch.StartNew();
        var planId = await WriteAsync(draft);
        TestContext.Out.WriteLine($"Wrote {draft.Scores.Count} scores in {clock.ElapsedMilliseconds} ms");

        await using var connection = await TrackerApp.Factory.OpenDatabaseAsync();
        var counts = await connection.QuerySingleAsync<(long Scores, long NoScores)>("""
            SELECT count(*), sum(CASE WHEN s.level_id IS NULL THEN 1 ELSE 0 END) FROM scores s JOIN reviews r ON r.id = s.review_id WHERE r.plan_id = @planId
            """, new { planId });
        // The run shares one database: a plan this size would slow every test that reads all active plans.
        await connection.ExecuteAsync("DELETE FROM plans WHERE id = @planId", new { planId });
        Assert.That(counts, Is.EqualTo(((long)48_000, (long)draft.Scores.Count(s => s.Level is null))));
    }

    private static IEnumerable<JsonNode> Flatten(JsonArray items) =>
        items.SelectMany(i => new[] { i! }.Concat(Flatten(i!["children"]!.AsArray())));
}

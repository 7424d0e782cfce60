using System.Net;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Grid;

/// <summary>
/// Issue 14, "a smaller grid": the grid carries the words (narrative, its date, evidence, who saved it) of the latest two
/// reviews only, the current one and the one before it; older reviews' scores go as arrays of levels, directions and
/// versions (or whole, without words, when they carry a sign-off, an override or a source's marks), and their words come
/// from GET /plans/{planId}/items/{kind}/{itemId}/narratives. People are sent once and named by id; items leave out
/// what is null, false, zero or empty.
/// </summary>
public sealed class SmallGridTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Board Member");

    private static JsonNode Find(JsonNode grid, string kind, long id)
    {
        IEnumerable<JsonNode> Walk(JsonArray items) => items.SelectMany(i => new[] { i! }.Concat(Walk(i!["children"]!.AsArray())));
        return Walk(grid["items"]!.AsArray()).Single(i => (string)i["kind"]! == kind && (long)i["id"]! == id);
    }

    /// <summary>The known plan with a fourth review (open, current) in which M3 is scored: RAG 07/26 and RAG 09/26 are then older.</summary>
    private async Task<(KnownPlan Plan, long Fourth)> FourReviewsAsync()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var fourth = (await (await client.PostJsonAsync($"/api/plans/{plan.PlanId}/reviews", new { label = "RAG 01/27", reviewDate = "2027-01-29" }))
            .ReadAsync<Reviews.ReviewTests.ReviewDto>()).Id;
        var saved = await client.PutJsonAsync($"/api/plans/{plan.PlanId}/reviews/{fourth}/scores/measures/{plan.M3}",
            new { level = 3, narrative = "Recovering: two new starters" }, null);
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        return (plan, fourth);
    }

    [Test]
    public async Task The_grid_carries_the_latest_two_reviews_words_and_older_scores_as_arrays()
    {
        var (plan, fourth) = await FourReviewsAsync();
        var grid = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!;
        Assert.That((long)grid["currentReviewId"]!, Is.EqualTo(fourth));

        // M1's older reviews (RAG 07/26: 2, RAG 09/26: 3) are plain: levels, directions and versions aligned with reviews[0..1].
        var m1 = Find(grid, "measure", plan.M1);
        var older = m1["older"]!.AsObject();
        Assert.That(older["levels"]!.AsArray().Select(l => (int?)l), Is.EqualTo(new int?[] { 2, 3 }));
        Assert.That(older["directions"]!.AsArray().Select(d => (string?)d), Is.EqualTo(new[] { "new", "improving" }));
        Assert.That(older["versions"]!.AsArray().Select(v => (long)v!), Has.All.GreaterThan(0));
        Assert.That(m1["scores"]!.AsArray().Select(s => (long)s!["reviewId"]!), Is.EqualTo(new[] { plan.Reviews[2] }),
            "M1 has no score in the fourth review; its RAG 11/26 score is one of the latest two reviews' and whole");

        Assert.That(older.ContainsKey("signOffStatuses") || older.ContainsKey("recordedAs"), Is.False, "no older score of M1 has either");

        // M3: RAG 09/26's complete level carries its sign-off status in the arrays; M2's RAG 09/26 what was recorded.
        var m3 = Find(grid, "measure", plan.M3);
        Assert.That(m3["older"]!["levels"]!.AsArray().Select(l => (int?)l), Is.EqualTo(new int?[] { 3, 4 }));
        Assert.That(m3["older"]!["directions"]!.AsArray().Select(d => (string?)d), Is.EqualTo(new[] { "new", "improving" }));
        Assert.That(m3["older"]!["signOffStatuses"]!.AsArray().Select(d => (string?)d), Is.EqualTo(new[] { null, "pending" }));
        var m2 = Find(grid, "measure", plan.M2)["older"]!;
        Assert.That((m2["levels"]![1], (string?)m2["directions"]![1], (string?)m2["recordedAs"]![1]), Is.EqualTo(((JsonNode?)null, "noData", "update not available")));
        var scores = m3["scores"]!.AsArray().ToDictionary(s => (long)s!["reviewId"]!, s => s!.AsObject());
        Assert.That(scores.Keys, Is.EqualTo(new[] { plan.Reviews[2], fourth }));
        // The current review and the one before it keep their words.
        Assert.That((string)scores[fourth]["narrative"]!, Is.EqualTo("Recovering: two new starters"));
        Assert.That((string)scores[plan.Reviews[2]]["narrative"]!, Is.EqualTo("Slipped: staff left"));
        Assert.That((string)scores[plan.Reviews[2]]["label"]!, Is.Not.Empty);
        Assert.That((string)scores[plan.Reviews[2]]["updatedBy"]!, Is.Not.Empty);
        Assert.That(scores[plan.Reviews[2]].ContainsKey("textOmitted"), Is.False);

        // Completed as the web app does, every review's score is back in column order with the right level and direction.
        var completed = Find(GridJson.Complete(grid.DeepClone()), "measure", plan.M3)["scores"]!.AsArray();
        Assert.That(completed.Select(s => ((long)s!["reviewId"]!, (int?)s["level"], (string)s["direction"]!, (string?)s["signOffStatus"])), Is.EqualTo(new[]
        {
            (plan.Reviews[0], (int?)3, "new", (string?)null), (plan.Reviews[1], (int?)4, "improving", "pending"),
            (plan.Reviews[2], (int?)2, "declining", null), (fourth, (int?)3, "improving", null),
        }));
    }

    [Test]
    public async Task An_older_score_with_an_override_is_sent_whole_without_its_words()
    {
        var (plan, fourth) = await FourReviewsAsync();
        // A fifth review makes RAG 11/26, where M1's direction was overridden, an older review.
        var fifth = (await (await client.PostJsonAsync($"/api/plans/{plan.PlanId}/reviews", new { label = "RAG 03/27", reviewDate = "2027-03-26" }))
            .ReadAsync<Reviews.ReviewTests.ReviewDto>()).Id;
        var saved = await client.PutJsonAsync($"/api/plans/{plan.PlanId}/reviews/{fifth}/scores/measures/{plan.M1}", new { level = 3, narrative = "Holding" }, null);
        Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());

        var m1 = Find(JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!, "measure", plan.M1);
        Assert.That(m1["older"]!["directions"]!.AsArray().Select(d => (string?)d), Is.EqualTo(new[] { "new", "improving", null }),
            "RAG 11/26 is sent whole, so its place in the arrays is empty");
        var whole = m1["scores"]!.AsArray().Select(s => s!.AsObject()).First(s => (long)s["reviewId"]! == plan.Reviews[2]);
        Assert.That(((int?)whole["level"], (string?)whole["directionOverride"], (bool?)whole["textOmitted"]), Is.EqualTo(((int?)3, "improving", (bool?)true)));
        Assert.That(whole.ContainsKey("narrative") || whole.ContainsKey("updatedBy") || whole.ContainsKey("label"), Is.False, whole.ToJsonString());
        Assert.That(m1["scores"]!.AsArray().Select(s => (long)s!["reviewId"]!), Is.EqualTo(new[] { plan.Reviews[2], fifth }), "M1 has no score in the fourth review");
        Assert.That(fourth, Is.Not.EqualTo(fifth));
    }

    [Test]
    public async Task People_are_sent_once_and_named_by_id()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!;
        var people = grid["people"]!.AsArray();
        Assert.That(people, Has.Count.EqualTo(1), "the plan names one person, Dana Whitfield, lead of action 1.1");
        var dana = people[0]!;
        Assert.That(((string)dana["name"]!, (string)dana["jobTitle"]!), Is.EqualTo(("Dana Whitfield", "Head of Service")));
        var danaId = (long)dana["id"]!;

        var action = Find(grid, "action", plan.Action11);
        Assert.That(action["leads"]!.AsArray().Select(id => (long)id!), Is.EqualTo(new[] { danaId }));
        var m1 = Find(grid, "measure", plan.M1);
        Assert.That(m1.AsObject().ContainsKey("leads"), Is.False, "a measure that names no lead of its own sends none");
        Assert.That((string)m1["inheritedLeads"]!["from"]!, Is.EqualTo("action"));
        Assert.That(m1["inheritedLeads"]!["people"]!.AsArray().Select(id => (long)id!), Is.EqualTo(new[] { danaId }));

        // Read back whole, the ids are people again.
        var whole = Find(GridJson.Complete(grid), "measure", plan.M1)["inheritedLeads"]!["people"]![0]!;
        Assert.That(((long)whole["id"]!, (string)whole["displayName"]!, (string)whole["jobTitle"]!), Is.EqualTo((danaId, "Dana Whitfield", "Head of Service")));
    }

    [Test]
    public async Task Items_deadlines_and_directions_leave_out_nulls_false_zero_and_empty_lists()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!;
        var empties = new List<string>();
        void Check(JsonObject o, string path, params string[] alwaysSent)
        {
            foreach (var (name, value) in o)
            {
                if (alwaysSent.Contains(name)) continue;
                var empty = value is null
                            || value is JsonValue v && (v.TryGetValue<bool>(out var b) && !b || v.TryGetValue<int>(out var n) && n == 0 && name != "position")
                            || value is JsonArray { Count: 0 };
                if (empty) empties.Add($"{path}.{name}");
            }
        }
        void Walk(JsonArray items, string path)
        {
            foreach (var item in items.Select(i => i!.AsObject()))
            {
                var at = $"{path}/{item["kind"]}{item["id"]}";
                Check(item, at, "children", "scores");
                if (item["deadline"] is JsonObject d) Check(d, at + ".deadline");
                if (item["inheritedDeadline"]?["deadline"] is JsonObject i) Check(i, at + ".inheritedDeadline.deadline");
                if (item["direction"] is JsonObject direction) Check(direction, at + ".direction");
                if (item["latestUpdate"] is JsonObject latest) Check(latest, at + ".latestUpdate");
                foreach (var score in item["scores"]!.AsArray()) Check(score!.AsObject(), at + ".score", "level");
                Walk(item["children"]!.AsArray(), at);
            }
        }
        Walk(grid["items"]!.AsArray(), "");
        Assert.That(empties, Is.Empty);

        // And the properties that may be left out are not required in the API document.
        var document = JsonNode.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"))!;
        var required = document["components"]!["schemas"]!["Grid.GridItemSent"]!["required"]!.AsArray().Select(r => (string)r!).ToList();
        Assert.That(required, Is.SupersetOf(new[] { "kind", "id", "reference", "text", "scores", "children", "version" }));
        Assert.That(required, Has.None.AnyOf("leads", "owners", "deadline", "direction", "latestUpdate", "isScored", "updateCount", "stale", "older"));
    }

    [Test]
    public async Task The_latest_update_names_a_score_sent_whole_and_carries_an_older_one_s_words()
    {
        var (plan, fourth) = await FourReviewsAsync();
        var grid = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!;
        // M3's latest update is RAG 11/26's narrative (the fourth review's, dated 29 Jan 2027, is not yet due on 23 Nov 2026),
        // which its score carries: only the review is named.
        var m3 = Find(grid, "measure", plan.M3);
        Assert.That(m3["latestUpdate"]!.ToJsonString(), Is.EqualTo($$"""{"reviewId":{{plan.Reviews[2]}},"source":"score"}"""));
        Assert.That((int)m3["updateCount"]!, Is.EqualTo(3), "On track, Complete, Slipped");
        // M2's latest update is RAG 07/26's "Not started", whose score is sent without its words: the update carries them.
        var m2 = Find(grid, "measure", plan.M2);
        Assert.That(((string)m2["latestUpdate"]!["narrative"]!, (long)m2["latestUpdate"]!["reviewId"]!, (string)m2["latestUpdate"]!["reviewLabel"]!),
            Is.EqualTo(("Not started", plan.Reviews[0], "RAG 07/26")));
        Assert.That((int)m2["updateCount"]!, Is.EqualTo(1));

        // Completed, M3's update reads as it always did.
        var whole = Find(GridJson.Complete(grid), "measure", plan.M3)["latestUpdate"]!;
        Assert.That(((string)whole["narrative"]!, (string)whole["reviewLabel"]!, (string)whole["source"]!, (bool)whole["undated"]!),
            Is.EqualTo(("Slipped: staff left", "RAG 11/26", "score", true)));
        Assert.That(fourth, Is.Not.EqualTo(plan.Reviews[2]));
        Assert.That((string)whole["updatedBy"]!, Is.Not.Empty);
    }

    [Test]
    public async Task With_three_reviews_only_the_first_loses_its_words()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var grid = JsonNode.Parse(await client.GetStringAsync($"/api/plans/{plan.PlanId}/grid"))!;
        var m3 = Find(grid, "measure", plan.M3);
        var scores = m3["scores"]!.AsArray().ToDictionary(s => (long)s!["reviewId"]!, s => s!.AsObject());
        Assert.That(scores.ContainsKey(plan.Reviews[0]), Is.False, "RAG 07/26 is in the older arrays");
        Assert.That((int?)m3["older"]!["levels"]![0], Is.EqualTo(3));
        Assert.That((string)scores[plan.Reviews[1]]["narrative"]!, Is.EqualTo("Complete"));
        Assert.That((string)scores[plan.Reviews[1]]["evidence"]!, Does.StartWith("Care plan audit"));
    }

    [Test]
    public async Task The_narratives_request_returns_every_review_s_words_for_the_item_in_column_order()
    {
        var (plan, fourth) = await FourReviewsAsync();
        var response = await client.GetAsync($"/api/plans/{plan.PlanId}/items/measure/{plan.M3}/narratives");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var rows = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        Assert.That(rows.Select(r => ((long)r!["reviewId"]!, (string?)r["narrative"])), Is.EqualTo(new (long, string?)[]
        {
            (plan.Reviews[0], "On track"), (plan.Reviews[1], "Complete"), (plan.Reviews[2], "Slipped: staff left"), (fourth, "Recovering: two new starters"),
        }));
        Assert.That((string)rows[1]!["evidence"]!, Does.StartWith("Care plan audit"));
        Assert.That((string)rows[0]!["updatedBy"]!, Is.Not.Empty);
    }

    [Test]
    public async Task The_narratives_request_names_an_unknown_kind_or_item()
    {
        var plan = await KnownPlan.CreateAsync(client);
        var kind = await client.GetAsync($"/api/plans/{plan.PlanId}/items/priority/{plan.Priority1}/narratives");
        Assert.That(kind.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await kind.Content.ReadAsStringAsync(), Does.Contain("kind"));
        var item = await client.GetAsync($"/api/plans/{plan.PlanId}/items/measure/987654/narratives");
        Assert.That(item.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await item.Content.ReadAsStringAsync(), Does.Contain("itemId"));
    }
}

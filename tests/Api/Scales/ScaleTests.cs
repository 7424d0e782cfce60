using System.Net;
using System.Text.Json;

namespace ActionPlanTracker.Tests.Api.Scales;

public sealed class ScaleTests
{
    private readonly HttpClient client = TrackerApp.ClientFor("Priya Shah");

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static object Level(int value, string label, string colour = "#92d050", string? meaning = null, bool meansComplete = false) =>
        new { value, label, meaning, colour, meansComplete };

    private static object[] RagLevels() =>
    [
        Level(1, "Red", "#d4351c", "Off track; must be prioritised."),
        Level(2, "Amber", "#ffcc00", "Some delay; must be monitored."),
        Level(3, "Green", "#92d050", "On track."),
    ];

    public static object NewScale(string name, object[]? levels = null, bool higherIsBetter = true, string? description = "Peer review RAG") =>
        new { name, description, higherIsBetter, levels = levels ?? RagLevels() };

    private async Task<ScaleDto> CreateAsync(string name, object[]? levels = null) =>
        await (await client.PostJsonAsync("/api/scales", NewScale(name, levels))).ReadAsync<ScaleDto>();

    private async Task<ScaleDto> ReadAsync(long id) => await (await client.GetAsync($"/api/scales/{id}")).ReadAsync<ScaleDto>();

    // Records holding lists compare lists by reference; the JSON is what a client sees, so compare that.
    private static string Json(object value) => JsonSerializer.Serialize(value, Http.Json);

    [Test]
    public async Task A_scale_can_be_created_read_changed_and_deleted()
    {
        var name = $"Peer review RAG {Unique()}";
        var created = await client.PostJsonAsync("/api/scales", NewScale(name,
        [
            Level(3, "Green", "#92D050", "On track."), Level(1, "Red", "#d4351c"), Level(2, "Amber", "#ffcc00", "  "),
        ]));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var scale = await created.ReadAsync<ScaleDto>();
        Assert.That(created.Headers.Location?.ToString(), Does.EndWith($"/api/scales/{scale.Id}"));
        Assert.That(created.ETag(), Is.EqualTo("\"1\""));
        Assert.That((scale.Name, scale.Description, scale.HigherIsBetter, scale.IsBuiltIn, scale.Version), Is.EqualTo((name, "Peer review RAG", true, false, 1L)));
        Assert.That(scale.Levels.Select(l => (l.Value, l.Label, l.Meaning, l.Colour, l.MeansComplete)), Is.EqualTo(new[]
        {
            (1, "Red", (string?)null, "#d4351c", false), (2, "Amber", null, "#ffcc00", false), (3, "Green", "On track.", "#92d050", false),
        }));

        var read = await client.GetAsync($"/api/scales/{scale.Id}");
        Assert.That(Json(await read.ReadAsync<ScaleDto>()), Is.EqualTo(Json(scale)));
        Assert.That(read.ETag(), Is.EqualTo("\"1\""));
        var listed = (await (await client.GetAsync("/api/scales")).ReadAsync<List<ScaleDto>>()).Single(s => s.Id == scale.Id);
        Assert.That(Json(listed), Is.EqualTo(Json(scale)));

        var changed = await client.PutJsonAsync($"/api/scales/{scale.Id}", new
        {
            name = name + " (lower is better)", description = (string?)null, higherIsBetter = false,
            levels = new[] { Level(1, "Green"), Level(2, "Amber", "#ffcc00"), Level(3, "Red", "#d4351c", meansComplete: false) },
        }, read.ETag());
        var after = await changed.ReadAsync<ScaleDto>();
        Assert.That((after.Name, after.Description, after.HigherIsBetter, after.Version), Is.EqualTo((name + " (lower is better)", (string?)null, false, 2L)));
        Assert.That(changed.ETag(), Is.EqualTo("\"2\""));
        Assert.That(Json(await ReadAsync(scale.Id)), Is.EqualTo(Json(after)));

        var deleted = await client.DeleteAsync($"/api/scales/{scale.Id}", changed.ETag());
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var problem = await (await client.GetAsync($"/api/scales/{scale.Id}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "scaleId" }));
        Assert.That(problem.ReasonFor("scaleId"), Is.EqualTo($"No rating scale has id {scale.Id}."));
    }

    [Test]
    public async Task The_built_in_scales_come_first_with_their_levels_in_value_order()
    {
        var scales = await (await client.GetAsync("/api/scales")).ReadAsync<List<ScaleDto>>();

        Assert.That(scales.Take(3).Select(s => (s.Id, s.Name, s.HigherIsBetter, s.IsBuiltIn)), Is.EqualTo(new[]
        {
            (1L, "Progress 1 to 5", true, true), (3L, "RAG words", true, true), (2L, "Score 1 to 3 (lower is better)", false, true),
        }));
        Assert.That(scales[0].Levels.Select(l => l.Value), Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        Assert.That(scales[1].Levels.Select(l => l.Label), Is.EqualTo(new[] { "Red", "Amber", "Green", "Completed" }));
        Assert.That(scales.All(s => s.Levels.Select(l => l.Value).SequenceEqual(s.Levels.Select(l => l.Value).Order())));
    }

    [Test]
    public async Task Changing_the_levels_keeps_the_ids_of_the_levels_that_stay()
    {
        var scale = await CreateAsync($"Campaign RAG {Unique()}");
        var ids = scale.Levels.ToDictionary(l => l.Value, l => l.Id);

        // Red and Amber swap labels, Green goes, Completed arrives.
        var changed = await client.PutJsonAsync($"/api/scales/{scale.Id}", NewScale(scale.Name,
        [
            Level(1, "Amber", "#ffcc00"), Level(2, "Red", "#d4351c"), Level(4, "Completed", "#1d70b8", "Completed.", meansComplete: true),
        ]), "\"1\"");

        var after = await changed.ReadAsync<ScaleDto>();
        Assert.That(after.Levels.Select(l => (l.Value, l.Label, l.MeansComplete)), Is.EqualTo(new[] { (1, "Amber", false), (2, "Red", false), (4, "Completed", true) }));
        Assert.That(after.Levels[0].Id, Is.EqualTo(ids[1]));
        Assert.That(after.Levels[1].Id, Is.EqualTo(ids[2]));
        Assert.That(after.Levels[2].Id, Is.Not.AnyOf(ids.Values.ToArray()));
        Assert.That(Json(await ReadAsync(scale.Id)), Is.EqualTo(Json(after)));
    }

    [Test]
    public async Task A_level_with_scores_cannot_be_removed_but_can_be_reworded()
    {
        var tag = Unique();
        var scale = await CreateAsync($"Scored RAG {tag}");
        var amber = scale.Levels.Single(l => l.Value == 2);
        var planId = await Arrange.PlanAsync(client, scale.Id, title: $"Peer review plan {tag}");
        var review = await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "November 2026", reviewDate = "2026-11-23" })).ReadAsync<IdDto>();
        await ScoreNewRecommendationAsync(planId, review.Id, "1", amber.Value);
        await ScoreNewRecommendationAsync(planId, review.Id, "2", amber.Value);

        var removal = await client.PutJsonAsync($"/api/scales/{scale.Id}", NewScale(scale.Name, [Level(1, "Red"), Level(3, "Green")]), "\"1\"");
        var problem = await removal.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "levels" }));
        Assert.That(problem.ReasonFor("levels"), Is.EqualTo(
            "Level 2 \"Amber\" has 2 scores, so it cannot be removed. Keep the level; you can change its label, meaning or colour."));
        Assert.That(Json(await ReadAsync(scale.Id)), Is.EqualTo(Json(scale)));

        var reworded = await client.PutJsonAsync($"/api/scales/{scale.Id}", NewScale(scale.Name,
            [Level(1, "Red", "#d4351c"), Level(2, "Amber: some delay", "#ffbf47"), Level(3, "Green")]), "\"1\"");
        var after = await reworded.ReadAsync<ScaleDto>();
        Assert.That(after.Levels[1], Is.EqualTo(new LevelDto(amber.Id, 2, "Amber: some delay", null, "#ffbf47", false)));
    }

    [Test]
    public async Task Whether_higher_is_better_cannot_flip_once_scores_are_recorded()
    {
        var tag = Unique();
        var scale = await CreateAsync($"Direction RAG {tag}");
        var planId = await Arrange.PlanAsync(client, scale.Id, title: $"Direction plan {tag}");
        var review = await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "November 2026", reviewDate = "2026-11-23" })).ReadAsync<IdDto>();
        await ScoreNewRecommendationAsync(planId, review.Id, "1", 2);

        var flipped = await client.PutJsonAsync($"/api/scales/{scale.Id}", NewScale(scale.Name, higherIsBetter: false), "\"1\"");
        Assert.That((await flipped.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "higherIsBetter" }));
        Assert.That((await ReadAsync(scale.Id)).HigherIsBetter, Is.True);
    }

    [Test]
    public async Task A_scale_used_by_a_plan_cannot_be_deleted()
    {
        var tag = Unique();
        var scale = await CreateAsync($"Plan RAG {tag}");
        var planId = await Arrange.PlanAsync(client, scale.Id, title: $"SEND plan {tag}");

        var refused = await client.DeleteAsync($"/api/scales/{scale.Id}", "\"1\"");
        var problem = await refused.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "scaleId" }));
        Assert.That(problem.ReasonFor("scaleId"), Is.EqualTo($"1 plan uses this scale (\"SEND plan {tag}\"), so it cannot be deleted."));
        Assert.That(Json(await ReadAsync(scale.Id)), Is.EqualTo(Json(scale)));

        await client.DeleteAsync($"/api/plans/{planId}", "*");
        Assert.That((await client.DeleteAsync($"/api/scales/{scale.Id}", "\"1\"")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public async Task A_built_in_scale_cannot_be_changed_or_deleted_only_copied(long id)
    {
        var read = await client.GetAsync($"/api/scales/{id}");
        var before = await read.ReadAsync<ScaleDto>();

        var change = await client.PutJsonAsync($"/api/scales/{id}", NewScale(before.Name + " changed"), read.ETag());
        var changeProblem = await change.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(changeProblem.Fields, Is.EqualTo(new[] { "scaleId" }));
        Assert.That(changeProblem.ReasonFor("scaleId"), Is.EqualTo(
            $"\"{before.Name}\" is built in, so it cannot be changed. Create a copy with a new name and change the copy."));
        var delete = await client.DeleteAsync($"/api/scales/{id}", read.ETag());
        var deleteProblem = await delete.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(deleteProblem.Fields, Is.EqualTo(new[] { "scaleId" }));
        Assert.That(deleteProblem.ReasonFor("scaleId"), Does.Contain("create a copy with a new name"));

        Assert.That(Json(await ReadAsync(id)), Is.EqualTo(Json(before)));
        var copy = await client.PostJsonAsync("/api/scales", new
        {
            name = $"{before.Name} (our copy {Unique()})", before.Description, before.HigherIsBetter,
            levels = before.Levels.Select(l => Level(l.Value, l.Label, l.Colour, l.Meaning, l.MeansComplete)).ToArray(),
        });
        Assert.That((await copy.ReadAsync<ScaleDto>()).IsBuiltIn, Is.False);
    }

    [Test]
    public async Task Two_scales_cannot_share_a_name_in_any_case()
    {
        var tag = Unique();
        var first = await CreateAsync($"Board RAG {tag}");

        var clash = await client.PostJsonAsync("/api/scales", NewScale($"BOARD rag {tag}"));
        var problem = await clash.ReadProblemAsync(HttpStatusCode.Conflict);
        Assert.That(problem.Fields, Is.EqualTo(new[] { "name" }));
        Assert.That(problem.ReasonFor("name"), Is.EqualTo($"There is already a scale called \"BOARD rag {tag}\". Choose a different name."));
        var builtInName = await client.PostJsonAsync("/api/scales", NewScale("progress 1 TO 5"));
        Assert.That((await builtInName.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "name" }));

        var second = await CreateAsync($"Committee RAG {tag}");
        var rename = await client.PutJsonAsync($"/api/scales/{second.Id}", NewScale($"board RAG {tag}"), "\"1\"");
        Assert.That((await rename.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "name" }));
        Assert.That(Json(await ReadAsync(second.Id)), Is.EqualTo(Json(second)));
        var own = await client.PutJsonAsync($"/api/scales/{first.Id}", NewScale($"BOARD RAG {tag}"), "\"1\"");
        Assert.That((await own.ReadAsync<ScaleDto>()).Name, Is.EqualTo($"BOARD RAG {tag}"));
    }

    private static IEnumerable<TestCaseData> Mistakes()
    {
        yield return Case("no name", tag => new { description = tag, higherIsBetter = true, levels = RagLevels() },
            "name", "Enter the scale's name.");
        yield return Case("a name too long", tag => NewScale(tag + new string('n', 100)), "name", "Name must be 100 characters or fewer.");
        yield return Case("a description too long", tag => NewScale(tag, description: new string('d', 1001)),
            "description", "Description must be 1000 characters or fewer.");
        yield return Case("no direction", tag => new { name = tag, levels = RagLevels() },
            "higherIsBetter", "Say whether a higher level is better or worse, or that the plan does not say which end is better.");
        yield return Case("both a direction and none", tag => new { name = tag, higherIsBetter = true, directionNotStated = true, levels = RagLevels() },
            "higherIsBetter", "Give either higherIsBetter or directionNotStated, not both.");
        yield return Case("no levels", tag => new { name = tag, higherIsBetter = true }, "levels", "Give the scale at least two levels.");
        yield return Case("one level", tag => NewScale(tag, [Level(1, "Done")]), "levels", "Give the scale at least two levels.");
        yield return Case("a negative level", tag => NewScale(tag, [Level(-1, "Not scored"), Level(1, "Red"), Level(2, "Green")]),
            "levels[0]", "Level \"Not scored\" has the value -1; values start at 0.");
        yield return Case("a colour by name", tag => NewScale(tag, [Level(1, "Red", "red"), Level(2, "Green")]),
            "levels[0]", "The colour of \"Red\" is \"red\"; write colours as #rrggbb, for example #92d050.");
        yield return Case("a short colour", tag => NewScale(tag, [Level(1, "Red"), Level(2, "Green", "#0f0")]),
            "levels[1]", "The colour of \"Green\" is \"#0f0\"; write colours as #rrggbb, for example #92d050.");
        yield return Case("a blank label", tag => NewScale(tag, [Level(1, "Red"), Level(2, " ")]),
            "levels[1]", "The level with the value 2 has no label.");
        yield return Case("two levels with one value", tag => NewScale(tag, [Level(1, "Red"), Level(2, "Amber"), Level(2, "Green")]),
            "levels", "More than one level has the value 2.");
        yield return Case("two labels differing only in case", tag => NewScale(tag, [Level(1, "Green"), Level(2, "GREEN")]),
            "levels", "More than one level is labelled \"Green\".");
        yield return Case("a label too long", tag => NewScale(tag, [Level(1, "Red"), Level(2, new string('l', 101))]),
            "levels[1].label", "Label must be 100 characters or fewer.");
        yield return Case("a meaning too long", tag => NewScale(tag, [Level(1, "Red", meaning: new string('m', 501)), Level(2, "Green")]),
            "levels[0].meaning", "Meaning must be 500 characters or fewer.");
        yield return Case("a missing level", tag => NewScale(tag, [Level(1, "Red"), null!]),
            "levels[1]", "Each level needs a value and a label.");
    }

    private static TestCaseData Case(string mistake, Func<string, object> body, string field, string reason) =>
        new TestCaseData(body, field, reason).SetArgDisplayNames(mistake);

    [TestCaseSource(nameof(Mistakes))]
    public async Task A_scale_with_a_mistake_is_refused_naming_the_field(Func<string, object> body, string field, string reason)
    {
        var tag = $"Mistaken scale {Unique()}";
        var response = await client.PostJsonAsync("/api/scales", body(tag));

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem.Fields, Is.EqualTo(new[] { field }));
        Assert.That(problem.ReasonFor(field), Is.EqualTo(reason));
        var scales = await (await client.GetAsync("/api/scales")).ReadAsync<List<ScaleDto>>();
        Assert.That(scales.Where(s => s.Name.Contains(tag) || s.Description == tag), Is.Empty);
    }

    [Test]
    public async Task A_change_with_a_mistake_is_refused_and_changes_nothing()
    {
        var scale = await CreateAsync($"Monthly RAG {Unique()}");

        var response = await client.PutJsonAsync($"/api/scales/{scale.Id}", NewScale(scale.Name, [Level(-1, "None"), Level(1, "Red")]), "\"1\"");

        Assert.That((await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "levels[0]" }));
        Assert.That(Json(await ReadAsync(scale.Id)), Is.EqualTo(Json(scale)));
    }

    [TestCase("""{"name": "Odd", "levels": "three"}""")]
    [TestCase("""{"name": "Odd", "levels": [{"value": "one", "label": "Red", "colour": "#ff0000"}]}""")]
    [TestCase("""{"name": "Odd", "levels": [{"value": 99999999999, "label": "Red", "colour": "#ff0000"}]}""")]
    [TestCase("""{"name": "Odd", "higherIsBetter": "yes"}""")]
    [TestCase("""{"name": "Odd", "levels": [""")]
    [TestCase("""[]""")]
    public async Task Input_that_is_not_a_scale_is_refused_without_a_server_error(string body)
    {
        var response = await client.SendRawAsync(HttpMethod.Post, "/api/scales", body);
        await response.ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_unknown_scale_cannot_be_read_changed_or_deleted()
    {
        const string url = "/api/scales/987654321";
        var responses = new[]
        {
            await client.GetAsync(url),
            await client.PutJsonAsync(url, NewScale($"Nowhere {Unique()}"), "*"),
            await client.DeleteAsync(url, "*"),
        };
        foreach (var response in responses)
            Assert.That((await response.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "scaleId" }));
    }

    [Test]
    public async Task A_change_from_a_stale_or_missing_ETag_is_refused_and_changes_nothing()
    {
        var scale = await CreateAsync($"Shared RAG {Unique()}");
        var other = TrackerApp.ClientFor("Tom Okafor");
        var current = await (await other.PutJsonAsync($"/api/scales/{scale.Id}", NewScale(scale.Name + " (Tom)"), "\"1\"")).ReadAsync<ScaleDto>();

        var staleChange = await client.PutJsonAsync($"/api/scales/{scale.Id}", NewScale(scale.Name + " (Priya)"), "\"1\"");
        Assert.That((await staleChange.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var staleDelete = await client.DeleteAsync($"/api/scales/{scale.Id}", "\"1\"");
        Assert.That((await staleDelete.ReadProblemAsync(HttpStatusCode.PreconditionFailed)).Fields, Is.EqualTo(new[] { "ifMatch" }));
        var missing = await client.PutJsonAsync($"/api/scales/{scale.Id}", NewScale(scale.Name + " (Priya)"), ifMatch: null);
        Assert.That((await missing.ReadProblemAsync((HttpStatusCode)428)).Fields, Is.EqualTo(new[] { "ifMatch" }));

        Assert.That(Json(await ReadAsync(scale.Id)), Is.EqualTo(Json(current)));
    }

    [Test]
    public async Task Every_change_to_a_scale_is_in_the_audit_log_with_its_levels()
    {
        var scale = await CreateAsync($"Audited RAG {Unique()}");
        await client.PutJsonAsync($"/api/scales/{scale.Id}", NewScale(scale.Name, [Level(1, "Red"), Level(2, "Green")]), "\"1\"");
        await client.DeleteAsync($"/api/scales/{scale.Id}", "\"2\"");

        var entries = AuditRows.For("scale", scale.Id);
        Assert.That(entries.Select(e => (e.Actor, e.Change, e.PlanId)),
            Is.EqualTo(new[] { ("Priya Shah", "create", (long?)null), ("Priya Shah", "update", null), ("Priya Shah", "delete", null) }));
        Assert.That(entries[0].AfterJson, Does.Contain("\"label\":\"Amber\""));
        Assert.That(entries[1].BeforeJson, Does.Contain("\"label\":\"Amber\""));
        Assert.That(entries[1].AfterJson, Does.Not.Contain("\"label\":\"Amber\""));
        Assert.That(entries[2].BeforeJson, Does.Contain($"\"name\":\"{scale.Name}\""));
    }

    /// <summary>Adds recommendation <paramref name="number"/> to the plan and scores it at <paramref name="level"/> in the review.</summary>
    private async Task ScoreNewRecommendationAsync(long planId, long reviewId, string number, int level)
    {
        var recommendationId = await Arrange.RecommendationAsync(client, planId, number);
        var scored = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendationId}", new { level }, ifMatch: null);
        await scored.ReadAsync<IdDto>();
    }
}

public sealed record ScaleDto(long Id, string Name, string? Description, bool? HigherIsBetter, bool IsBuiltIn, long Version, List<LevelDto> Levels);

public sealed record LevelDto(long Id, int Value, string Label, string? Meaning, string Colour, bool MeansComplete);

public sealed record IdDto(long Id);

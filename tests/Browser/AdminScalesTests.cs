using System.Net;
using System.Text.Json;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Rating scales: built-ins read only, creating a scale with levels, the contrast warning, levels in use, and scales as
/// plans print them (issue 10): levels from 0, levels without colour, a direction not stated and given later.
/// </summary>
public sealed class AdminScalesTests : BrowserTest
{
    private readonly List<string> policyViolations = [];

    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [SetUp]
    public void ListenForPolicyViolations()
    {
        policyViolations.Clear();
        // The level colours are set from script; as a style attribute the policy would refuse them, with only this to show.
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) policyViolations.Add(message.Text);
        };
    }

    [TearDown]
    public void NoPolicyViolations() => Assert.That(policyViolations, Is.Empty, string.Join("\n", policyViolations));

    [Test]
    public async Task Built_in_scales_are_marked_and_can_only_be_viewed_or_copied()
    {
        var admin = await AdminPage.OpenAsync(Page, "/admin/scales");
        var table = admin.Table("Rating scales");
        // Other tests copy this scale under longer names; its own row header is its name and the "Built in" tag.
        var progress = admin.Row(table, "Progress 1 to 5 Built in");

        await Expect(progress).ToHaveCountAsync(1);
        // Each level shows as its tag: the number and the word, not a colour alone.
        await Expect(progress).ToContainTextAsync("3 On track");
        await Expect(progress.GetByRole(AriaRole.Link, new() { Name = "Delete", Exact = false })).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the rating scales list");

        await admin.GoAsync(progress.GetByRole(AriaRole.Link, new() { Name = "View Progress 1 to 5" }), "/admin/scales/1");
        await Expect(admin.Main).ToContainTextAsync("This scale is built into the tracker, so it cannot be changed or deleted.");
        await Expect(admin.Main.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await AssertAccessibleAsync("a built-in scale, read only");

        await admin.GoAsync(admin.Link("Copy this scale"), "/admin/scales/new?copy=1");
        await Expect(admin.Field("Name")).ToHaveValueAsync("Copy of Progress 1 to 5");
        await Expect(admin.Main.GetByRole(AriaRole.Group, new() { Name = "Level 5" }).GetByLabel("Label", new() { Exact = true })).ToHaveValueAsync("Complete and sustained");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_level_colour_that_text_cannot_be_read_on_is_warned_about_and_the_scale_is_saved()
    {
        var name = $"Board RAG {Guid.NewGuid().ToString("N")[..6]}";
        var admin = await AdminPage.OpenAsync(Page, "/admin/scales/new");
        await Expect(admin.Heading).ToHaveTextAsync("Create a rating scale");
        await AssertAccessibleAsync("the empty create-scale form");

        await admin.Field("Name").FillAsync(name);
        await admin.Radio("Higher is better").CheckAsync();
        await FillLevelAsync(admin, 1, "Red", "#ff0000");
        await FillLevelAsync(admin, 2, "Amber", "#ffbf00");
        await FillLevelAsync(admin, 3, "Grey", "#787878");

        var grey = Level(admin, 3);
        await Expect(grey.GetByText("As it will appear:")).ToBeVisibleAsync();
        await Expect(grey.Locator(".level-tag")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("3 Grey$"));
        var warning = grey.GetByText("Text on #787878 would not be easy to read: black text gives 4.4:1, and WCAG AA needs at least 4.5:1.");
        await Expect(warning).ToBeVisibleAsync();
        await Expect(Level(admin, 1).GetByText("would not be easy to read")).ToHaveCountAsync(0);
        // The first level cannot move up, nor the last down: those buttons are not offered.
        await Expect(Level(admin, 1).GetByRole(AriaRole.Button, new() { Name = "Move up level 1" })).ToHaveCountAsync(0);
        await Expect(Level(admin, 3).GetByRole(AriaRole.Button, new() { Name = "Move down level 3" })).ToHaveCountAsync(0);
        await Expect(Level(admin, 1).GetByRole(AriaRole.Button, new() { Name = "Move down level 1" })).ToBeVisibleAsync();
        await SaveScreenshotAsync("admin-scale-contrast.png", "A new scale whose third level's colour fails AA contrast, with the warning");
        await AssertAccessibleAsync("the scale form warning about a colour");

        // A darker grey reads with white text: the warning goes.
        await grey.GetByLabel("Colour", new() { Exact = true }).FillAsync("#505a5f");
        await Expect(warning).ToHaveCountAsync(0);
        await Expect(grey.GetByText("would not be easy to read")).ToHaveCountAsync(0);

        // Add a fourth level that means complete, then move it up above Grey and remove Grey.
        await admin.Button("Add a level").ClickAsync();
        var fourth = Level(admin, 4);
        await Expect(fourth.GetByLabel("Value")).ToBeFocusedAsync();
        await Expect(fourth.GetByLabel("Value")).ToHaveValueAsync("4");
        await fourth.GetByLabel("Label").FillAsync("Done");
        await fourth.GetByLabel("Colour", new() { Exact = true }).FillAsync("#1d70b8");
        await fourth.GetByRole(AriaRole.Checkbox, new() { Name = "Means complete" }).CheckAsync();
        await fourth.GetByRole(AriaRole.Button, new() { Name = "Move up level 4" }).ClickAsync();
        await Expect(admin.Status("Moved to level 3, value 3.")).ToBeVisibleAsync();
        await Expect(Level(admin, 3).GetByLabel("Label")).ToHaveValueAsync("Done");
        await Expect(Level(admin, 4).GetByLabel("Label")).ToHaveValueAsync("Grey");
        await Expect(Level(admin, 3).GetByRole(AriaRole.Button, new() { Name = "Move up level 3" })).ToBeFocusedAsync();
        await Level(admin, 4).GetByRole(AriaRole.Button, new() { Name = "Remove level 4" }).ClickAsync();
        await Expect(admin.Status("Level 4 (Grey) removed. 3 levels left.")).ToBeVisibleAsync();
        await Expect(Level(admin, 4)).ToHaveCountAsync(0);

        await admin.GoAsync(admin.Button("Create scale"), "/admin/scales");
        await Expect(admin.Status($"{name} created, with 3 levels.")).ToBeFocusedAsync();
        var row = admin.Table("Rating scales").GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Expect(row).ToContainTextAsync("1 Red");
        await Expect(row).ToContainTextAsync("3 Done (complete)");
        await Expect(row).ToContainTextAsync("Higher is better");

        var saved = await ScaleNamedAsync(name);
        Assert.That(saved.GetProperty("levels").EnumerateArray().Select(l => (l.GetProperty("value").GetInt32(), l.GetProperty("label").GetString(), l.GetProperty("meansComplete").GetBoolean())),
            Is.EqualTo(new[] { (1, "Red", false), (2, "Amber", false), (3, "Done", true) }));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_APIs_level_errors_appear_at_the_level_and_nothing_typed_is_lost()
    {
        var admin = await AdminPage.OpenAsync(Page, "/admin/scales/new");
        await admin.Field("Name").FillAsync($"Broken scale {Guid.NewGuid().ToString("N")[..6]}");
        await FillLevelAsync(admin, 1, "Low", "red");
        await FillLevelAsync(admin, 2, "", "#00703c");
        await FillLevelAsync(admin, 3, "High", "#1d70b8");
        // 0 is a level (inspectorate scales start there); below 0 is not.
        await Level(admin, 1).GetByLabel("Value").FillAsync("0");
        await Level(admin, 3).GetByLabel("Value").FillAsync("-1");

        await admin.Button("Create scale").ClickAsync();

        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        const string direction = "Say whether a higher level is better or worse, or that the plan does not say which end is better.";
        await Expect(admin.ErrorLink(direction)).ToBeVisibleAsync();
        await Expect(admin.Main.GetByRole(AriaRole.Group, new() { Name = "Which way is better?" })).ToContainTextAsync($"Error: {direction}");
        await Expect(admin.InlineError(Level(admin, 1).GetByLabel("Colour", new() { Exact = true }))).ToContainTextAsync("write colours as #rrggbb");
        await Expect(admin.InlineError(Level(admin, 1).GetByLabel("Value"))).ToBeHiddenAsync();
        await Expect(admin.InlineError(Level(admin, 2).GetByLabel("Label"))).ToContainTextAsync("The level with the value 2 has no label.");
        await Expect(admin.InlineError(Level(admin, 3).GetByLabel("Value"))).ToHaveTextAsync("Error: Level \"High\" has the value -1; values start at 0.");
        var summary = await admin.ErrorSummary.GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.That(summary.Any(text => text.Contains("has the value 0")), Is.False, "a level valued 0 is valid: " + string.Join(" | ", summary));
        await Expect(Level(admin, 1).GetByLabel("Colour", new() { Exact = true })).ToHaveValueAsync("red");
        await Expect(Level(admin, 1).GetByLabel("Value")).ToHaveValueAsync("0");
        await Expect(Level(admin, 3).GetByLabel("Value")).ToHaveValueAsync("-1");
        await AssertAccessibleAsync("the scale form with the API's errors");

        await admin.ErrorLink("The level with the value 2 has no label.").ClickAsync();
        await Expect(Level(admin, 2).GetByLabel("Label")).ToBeFocusedAsync();
        await admin.ErrorLink(direction).ClickAsync();
        await Expect(admin.Radio("Higher is better")).ToBeFocusedAsync();
        AssertNoScriptErrors();
    }

    [Test]
    public async Task An_inspectorate_scale_starts_at_0_its_levels_may_have_no_colour_and_its_direction_may_be_unstated()
    {
        var name = $"HMIP rating {Guid.NewGuid().ToString("N")[..6]}";
        var admin = await AdminPage.OpenAsync(Page, "/admin/scales/new");
        await admin.Field("Name").FillAsync(name);
        var notStated = admin.Radio("The plan does not say which end is better");
        await Expect(notStated).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("shown as changed"));
        await notStated.CheckAsync();

        foreach (var (position, value, label) in new[] { (1, "0", "Inadequate"), (2, "1", "Requires improvement"), (3, "2", "Good") })
        {
            var level = Level(admin, position);
            await level.GetByLabel("Value").FillAsync(value);
            await level.GetByLabel("Label").FillAsync(label);
            await level.GetByRole(AriaRole.Checkbox, new() { Name = "No colour" }).CheckAsync();
            // The colour box goes while the level has no colour; its tag is drawn without one.
            await Expect(level.GetByLabel("Colour", new() { Exact = true })).ToBeHiddenAsync();
        }
        var inadequate = Level(admin, 1);
        await Expect(inadequate.Locator(".level-tag")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("0 Inadequate$"));
        await Expect(inadequate.Locator(".level-tag")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("level-tag--no-colour"));

        // A fourth level, added with neither a colour nor "No colour": the form asks which, rather than guessing.
        await admin.Button("Add a level").ClickAsync();
        var outstanding = Level(admin, 4);
        await Expect(outstanding.GetByLabel("Value")).ToHaveValueAsync("3");
        await outstanding.GetByLabel("Label").FillAsync("Outstanding");
        await admin.Button("Create scale").ClickAsync();
        const string colourMissing = "Enter level 4’s colour as #rrggbb, like #92d050, or tick “No colour” if the plan gives it none.";
        await Expect(admin.ErrorLink(colourMissing)).ToBeVisibleAsync();
        await Expect(admin.InlineError(outstanding.GetByLabel("Colour", new() { Exact = true }))).ToHaveTextAsync($"Error: {colourMissing}");
        await SaveScreenshotAsync("admin-scale-no-colour.png", "An HMIP-style scale from 0 with levels without colour, and a level still to decide");
        await AssertAccessibleAsync("a scale from 0 with levels without colour and a missing colour");

        await outstanding.GetByRole(AriaRole.Checkbox, new() { Name = "No colour" }).CheckAsync();
        await admin.GoAsync(admin.Button("Create scale"), "/admin/scales");
        await Expect(admin.Status($"{name} created, with 4 levels.")).ToBeFocusedAsync();
        var row = admin.Table("Rating scales").GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Expect(row).ToContainTextAsync("Which end is better is not stated");
        await Expect(row).ToContainTextAsync("0 Inadequate");
        await AssertAccessibleAsync("the scales list with a scale from 0 without colours");

        var saved = await ScaleNamedAsync(name);
        Assert.That(saved.GetProperty("directionNotStated").GetBoolean(), Is.True);
        Assert.That(saved.GetProperty("higherIsBetter").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(saved.GetProperty("levels").EnumerateArray().Select(l => (l.GetProperty("value").GetInt32(), l.GetProperty("label").GetString(), l.GetProperty("colour").ValueKind)),
            Is.EqualTo(new[] { (0, "Inadequate", JsonValueKind.Null), (1, "Requires improvement", JsonValueKind.Null), (2, "Good", JsonValueKind.Null), (3, "Outstanding", JsonValueKind.Null) }));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_scale_whose_direction_was_not_stated_is_given_one_later_even_with_scores()
    {
        var client = TrackerApp.ClientFor("Scale Tests");
        var name = $"Unstated {Guid.NewGuid().ToString("N")[..6]}";
        var scale = await (await client.PostJsonAsync("/api/scales", new
        {
            name,
            directionNotStated = true,
            levels = new[]
            {
                new { value = 1, label = "1", colour = (string?)null, meansComplete = false },
                new { value = 2, label = "2", colour = (string?)null, meansComplete = false },
                new { value = 3, label = "3", colour = (string?)null, meansComplete = false },
            },
        })).ReadAsync<JsonElement>();
        var scaleId = scale.GetProperty("id").GetInt64();
        var planId = await Arrange.PlanAsync(client, scaleId: scaleId, title: $"Plan on {name}");
        var recommendation = await Arrange.RecommendationAsync(client, planId);
        var review = await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 03/18" })).ReadAsync<JsonElement>();
        var scored = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{review.GetProperty("id").GetInt64()}/scores/recommendations/{recommendation}", new { level = 1 }, null);
        Assert.That(scored.IsSuccessStatusCode, await scored.Content.ReadAsStringAsync());

        var admin = await AdminPage.OpenAsync(Page, $"/admin/scales/{scaleId}");
        await Expect(admin.Heading).ToHaveTextAsync($"Change {name}");
        await Expect(admin.Radio("The plan does not say which end is better")).ToBeCheckedAsync();
        var question = admin.Main.GetByRole(AriaRole.Group, new() { Name = "Which way is better?" });
        await Expect(question).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Not stated yet. When the board decides which end is better, choose it here"));
        // Its levels have no colour: "No colour" is ticked and the colour boxes are out of the way.
        await Expect(Level(admin, 1).GetByRole(AriaRole.Checkbox, new() { Name = "No colour" })).ToBeCheckedAsync();
        await Expect(Level(admin, 1).GetByLabel("Colour", new() { Exact = true })).ToBeHiddenAsync();
        await AssertAccessibleAsync("a scale whose direction is not stated, open to change");

        await admin.Radio("Lower is better").CheckAsync();
        await admin.GoAsync(admin.Button("Save changes"), "/admin/scales");

        await Expect(admin.Status($"Changes to {name} saved.")).ToBeFocusedAsync();
        await Expect(admin.Table("Rating scales").GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Lower is better");
        var saved = await ScaleNamedAsync(name);
        Assert.That((saved.GetProperty("higherIsBetter").GetBoolean(), saved.GetProperty("directionNotStated").GetBoolean()), Is.EqualTo((false, false)));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Removing_a_level_that_holds_scores_is_refused_with_the_APIs_message()
    {
        var client = TrackerApp.ClientFor("Scale Tests");
        var name = $"In use {Guid.NewGuid().ToString("N")[..6]}";
        var scale = await (await client.PostJsonAsync("/api/scales", new
        {
            name,
            higherIsBetter = true,
            levels = new[]
            {
                new { value = 1, label = "Behind", colour = "#ff0000", meansComplete = false },
                new { value = 2, label = "On track", colour = "#92d050", meansComplete = false },
                new { value = 3, label = "Ahead", colour = "#1d70b8", meansComplete = false },
            },
        })).ReadAsync<JsonElement>();
        var scaleId = scale.GetProperty("id").GetInt64();
        var planId = await Arrange.PlanAsync(client, scaleId: scaleId, title: $"Plan on {name}");
        var recommendation = await Arrange.RecommendationAsync(client, planId);
        var review = await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 11/26", reviewDate = "2026-11-20" })).ReadAsync<JsonElement>();
        var scored = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{review.GetProperty("id").GetInt64()}/scores/recommendations/{recommendation}", new { level = 3, narrative = "Ahead of plan" }, null);
        Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.Created), await scored.Content.ReadAsStringAsync());

        var admin = await AdminPage.OpenAsync(Page, $"/admin/scales/{scaleId}");
        await Expect(admin.Heading).ToHaveTextAsync($"Change {name}");
        await Level(admin, 1).GetByLabel("Label").FillAsync("Behind plan");
        await Level(admin, 3).GetByRole(AriaRole.Button, new() { Name = "Remove level 3" }).ClickAsync();
        await admin.Button("Save changes").ClickAsync();

        var message = "Level 3 \"Ahead\" has 1 score, so it cannot be removed. Keep the level; you can change its label, meaning or colour.";
        await Expect(admin.ErrorLink(message)).ToBeVisibleAsync();
        // Shown at the levels, and read out with them.
        var levels = admin.Main.GetByRole(AriaRole.Group, new() { Name = "Levels", Exact = true });
        await Expect(levels).ToContainTextAsync($"Error: {message}");
        await Expect(levels).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(message)));
        await Expect(Level(admin, 1).GetByLabel("Label")).ToHaveValueAsync("Behind plan");
        await Expect(Level(admin, 3)).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the scale form refusing to remove a level in use");
        AssertNoScriptErrors();
    }

    private static ILocator Level(AdminPage admin, int position) =>
        admin.Main.GetByRole(AriaRole.Group, new() { Name = $"Level {position}", Exact = true });

    private static async Task FillLevelAsync(AdminPage admin, int position, string label, string colour)
    {
        var level = Level(admin, position);
        await level.GetByLabel("Label").FillAsync(label);
        await level.GetByLabel("Colour", new() { Exact = true }).FillAsync(colour);
    }

    private async Task<JsonElement> ScaleNamedAsync(string name)
    {
        var scales = JsonDocument.Parse(await (await Page.APIRequest.GetAsync("/api/scales")).TextAsync()).RootElement;
        return scales.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
    }
}

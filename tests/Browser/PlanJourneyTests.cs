using System.Text.Json;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 12's "done when": a council runs a plan from the web app alone. An administrator builds a plan from nothing —
/// the plan, its first review, a recommendation with its lead and an action — and scores it; then a board member,
/// linked to nobody, opens the next review, closes the first, scores the recommendation from the grid and closes the
/// review once everyone has updated. No API call changes anything along the way; the API is only read to check.
/// </summary>
public sealed class PlanJourneyTests : BrowserTest
{
    private static readonly HttpClient Reader = TrackerApp.ClientFor("Journey Checker", "viewer");

    [Test]
    public async Task A_plan_is_built_scored_and_reviewed_in_the_browser_by_an_administrator_then_a_board_member()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"Journey plan {suffix}";
        var lead = $"Morgan Lead {suffix}";
        await Arrange.PersonAsync(lead, "Head of Children's Social Care");
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

        // The plan.
        var admin = await AdminPage.OpenAsync(Page, "/admin/plans/new");
        await admin.Field("Title").FillAsync(title);
        await admin.Field("What the plan answers").FillAsync("Ofsted ILACS inspection");
        await admin.Radio("Active").CheckAsync();
        await admin.Field("Rating scale").SelectOptionAsync(new SelectOptionValue { Label = "Progress 1 to 5 (5 levels, higher is better)" });
        await admin.Radio("Each recommendation").CheckAsync();
        await admin.Button("Create plan").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/plans/\d+/reviews$"));
        var planId = long.Parse(Page.Url.Split('/')[^2]);

        // Its first review, from the board's review page (administrators may use it too).
        var reviews = await AdminPage.OpenAsync(Page, $"/plans/{planId}/reviews");
        await reviews.GoAsync(reviews.Link("Open the next review").First, $"/plans/{planId}/reviews/new");
        await reviews.Field("Label").FillAsync("RAG 10/26");
        await reviews.FillDateAsync("Date of the review", "30", "10", "2026");
        await reviews.GoAsync(reviews.Button("Open the review"), $"/plans/{planId}/reviews");
        await Expect(reviews.Status("RAG 10/26 is open.")).ToBeVisibleAsync();

        // Its contents: a recommendation led by someone found in the picker, and an action under it.
        var contents = await AdminPage.OpenAsync(Page, $"/admin/plans/{planId}/contents");
        await contents.GoAsync(contents.Link("Start with its first recommendation"), "/recommendation/new");
        await contents.Field("Number (optional)").FillAsync("1");
        await contents.Field("Recommendation").FillAsync("Strengthen the quality of supervision.");
        var leads = contents.Main.GetByRole(AriaRole.Group, new() { Name = "Lead (optional)", Exact = true });
        await leads.GetByLabel("Find a person by name or job title").FillAsync(suffix);
        await leads.GetByRole(AriaRole.Button, new() { Name = $"Choose {lead}, Head of Children's Social Care" }).ClickAsync();
        await contents.Button("Add recommendation").ClickAsync();
        await Expect(contents.Status("Recommendation 1 added.")).ToBeVisibleAsync();
        await contents.Link("Add an action under it (Recommendation 1)").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/action/new\?under=recommendation-\d+$"));
        await contents.WaitUntilLoadedAsync();
        await contents.Field("Letter or number (optional)").FillAsync("A");
        await contents.Field("Action").FillAsync("Audit supervision records monthly.");
        await contents.Field("Deadline (optional)").FillAsync("March 2027");
        await contents.Button("Add action").ClickAsync();
        await Expect(contents.Status("Action A added.")).ToBeVisibleAsync();

        // The administrator scores the recommendation from the grid.
        await ScoreFromTheGridAsync(planId, "RAG 10/26", "2 Started with some delay", "Audit tool agreed; first audit in November.");

        // A board member, linked to nobody, takes over in a browser of their own.
        var boardName = $"Board Journey {suffix}";
        var board = await MyActionsArrange.AccountAsync(boardName, "board", null);
        await Context.CloseAsync();
        await OpenPage();
        await SignInPage.SignInThroughTheApiAsync(Context, board, MyActionsArrange.Password);

        reviews = await AdminPage.OpenAsync(Page, $"/plans/{planId}/reviews");
        await reviews.GoAsync(reviews.Link("Open the next review").First, $"/plans/{planId}/reviews/new");
        await Expect(reviews.Field("Label")).ToHaveValueAsync("RAG 11/26");
        await reviews.FillDateAsync("Date of the review", "20", "11", "2026");
        await reviews.GoAsync(reviews.Button("Open the review"), $"/plans/{planId}/reviews");
        await Expect(reviews.Status("RAG 11/26 is open.")).ToBeVisibleAsync();

        // The October review is done with: close it.
        await reviews.GoAsync(reviews.Link("Close review RAG 10/26"), "/close");
        await reviews.GoAsync(reviews.Button("Close RAG 10/26"), $"/plans/{planId}/reviews");
        await Expect(reviews.Status("RAG 10/26 is now closed.")).ToBeVisibleAsync();

        await ScoreFromTheGridAsync(planId, "RAG 11/26", "3 On track", "First audit done: 18 of 20 records meet the standard.");

        // Everyone has updated, so the board closes the review.
        reviews = await AdminPage.OpenAsync(Page, $"/plans/{planId}/reviews");
        var progress = reviews.Main.GetByRole(AriaRole.Region, new() { Name = "Who has not updated RAG 11/26 yet" });
        await Expect(progress).ToContainTextAsync("Everyone has updated");
        await AssertAccessibleAsync("the board's review page with everyone updated");
        await reviews.GoAsync(progress.GetByRole(AriaRole.Link, new() { Name = "Close RAG 11/26", Exact = true }), "/close");
        await reviews.GoAsync(reviews.Button("Close RAG 11/26"), $"/plans/{planId}/reviews");
        await Expect(reviews.Status("RAG 11/26 is now closed.")).ToBeVisibleAsync();
        await Expect(reviews.Main).Not.ToContainTextAsync("RAG 11/26 is open.");

        // What the tracker now holds, read back through the API.
        var grid = System.Text.Json.JsonSerializer.SerializeToElement(await ActionPlanTracker.Tests.Api.Grid.GridJson.ReadAsync(Reader, $"/api/plans/{planId}/grid"));
        Assert.That(grid.GetProperty("reviews").EnumerateArray().Select(r => (r.GetProperty("label").GetString(), r.GetProperty("status").GetString())),
            Is.EqualTo(new[] { ("RAG 10/26", "closed"), ("RAG 11/26", "closed") }));
        var recommendation = grid.GetProperty("items").EnumerateArray().Single();
        Assert.That(recommendation.GetProperty("leads").EnumerateArray().Select(p => p.GetProperty("displayName").GetString()), Is.EqualTo(new[] { lead }));
        Assert.That(recommendation.GetProperty("children").EnumerateArray().Single().GetProperty("deadline").GetProperty("dueBy").GetString(), Is.EqualTo("2027-03-31"));
        Assert.That(recommendation.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("level").GetInt32()), Is.EqualTo(new[] { 2, 3 }));
        var trail = await (await Reader.GetAsync($"/api/plans/{planId}/items/recommendation/{recommendation.GetProperty("id").GetInt64()}/audit"))
            .ReadAsync<JsonElement>();
        Assert.That(trail.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("actor").GetString()), Does.Contain(boardName));
        AssertNoScriptErrors();
    }

    /// <summary>From the grid's Score link on recommendation 1, chooses a level, writes the update and saves.</summary>
    private async Task ScoreFromTheGridAsync(long planId, string review, string level, string update)
    {
        await Page.GotoAsync($"/plans/{planId}");
        var score = Page.GetByRole(AriaRole.Link, new() { Name = $"Score recommendation 1 for {review}", Exact = true });
        await score.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/items/recommendation/\d+/score"));
        await Page.GetByRole(AriaRole.Radio, new() { Name = level, Exact = true }).CheckAsync();
        await Page.GetByLabel($"Progress update for {review}").FillAsync(update);
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Save the score for") }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "scored" })).ToContainTextAsync($"scored {level} for {review}.");
    }
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Building a plan's contents in the browser (issue 12, "Missing screens" 1): from an empty plan with a review, a
/// priority, a recommendation with two leads (one added inline through the picker), actions with a typed deadline read
/// live, a success measure; reordering by keyboard, moving an action to another recommendation, deleting a
/// recommendation with the statement of what goes with it; the grid showing the result. Axe on every state.
/// </summary>
public sealed class PlanContentsEditorTests : BrowserTest
{
    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [Test]
    public async Task An_administrator_builds_a_plan_from_nothing_reorders_moves_and_deletes_by_keyboard()
    {
        var client = TrackerApp.ClientFor("Contents Tests");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"Development plan {suffix}";
        var planId = await Arrange.PlanAsync(client, scaleId: 1, groupedByPriority: true, scoreLevel: "measure", title: title);
        var review = await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 11/26", reviewDate = "2026-11-20" })).ReadAsync<JsonElement>();
        var reviewId = review.GetProperty("id").GetInt64();
        var dana = $"Dana Whitfield {suffix}";
        var danaId = await Arrange.PersonAsync(dana, "Head of Service");

        // The grid's empty state leads an administrator to the editor.
        await Page.GotoAsync($"/plans/{planId}");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add the plan’s items" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/admin/plans/{planId}/contents$"));
        var admin = new AdminPage(Page);
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Heading).ToHaveTextAsync($"Contents of {title}");
        await Expect(admin.Main).ToContainTextAsync("This plan has no items yet.");
        await AssertAccessibleAsync("an empty plan's contents");

        // A priority, from the empty state.
        await FollowAsync(admin, admin.Link("Start with its first priority"), $"/admin/plans/{planId}/contents/priority/new");
        await admin.Field("Number (optional)").FillAsync("1");
        await admin.Field("Title").FillAsync("Help and protection");
        await admin.Field("Outcome statement (optional)").FillAsync("Children get the right help at the right time.");
        await AssertAccessibleAsync("the new priority form");
        await PressAsync(admin.Button("Add priority"));
        await Expect(admin.Status("Priority 1 added.")).ToBeFocusedAsync();

        // A recommendation with two leads: one found by job title, one added inline without leaving the form.
        await FollowAsync(admin, admin.Link("Add a recommendation under it (Priority 1)"), $"/admin/plans/{planId}/contents/recommendation/new?under=priority-");
        await Expect(admin.Heading).ToHaveTextAsync("Add a recommendation under priority 1");
        await admin.Field("Number (optional)").FillAsync("1");
        await admin.Field("Recommendation").FillAsync("Improve the quality of assessments.");
        await admin.Field("Addressed to (optional)").FillAsync("the local authority");
        var leads = admin.Main.GetByRole(AriaRole.Group, new() { Name = "Lead (optional)", Exact = true });
        await leads.GetByLabel("Find a person by name or job title").FillAsync(suffix);
        await Expect(leads.GetByRole(AriaRole.Status)).ToHaveTextAsync($"1 person found for “{suffix}”.");
        var choose = leads.GetByRole(AriaRole.Button, new() { Name = $"Choose {dana}, Head of Service" });
        await AssertAccessibleAsync("the person picker with its results");
        await PressAsync(choose);
        await Expect(leads.GetByRole(AriaRole.Status)).ToContainTextAsync($"{dana}, Head of Service chosen as lead. 1 chosen as lead.");
        await PressAsync(leads.GetByRole(AriaRole.Button, new() { Name = "Add a new person" }));
        await Expect(leads.GetByLabel("Name", new() { Exact = true })).ToBeFocusedAsync();
        var pat = $"Pat Osei {suffix}";
        await Page.Keyboard.TypeAsync(pat);
        await leads.GetByLabel("Job title", new() { Exact = true }).FillAsync("Practice lead");
        await AssertAccessibleAsync("the picker adding a new person");
        await PressAsync(leads.GetByRole(AriaRole.Button, new() { Name = "Add this person as lead" }));
        await Expect(leads.GetByRole(AriaRole.Status)).ToContainTextAsync($"{pat}, Practice lead added as a new person and chosen as lead. 2 chosen as lead.");
        await Expect(leads.GetByRole(AriaRole.List, new() { Name = "Lead (optional): chosen, in the order printed" }).GetByRole(AriaRole.Listitem))
            .ToHaveCountAsync(2);
        await PressAsync(admin.Button("Add recommendation"));
        await Expect(admin.Status("Recommendation 1 added.")).ToBeVisibleAsync();

        var recommendations = await GetJsonAsync($"/api/plans/{planId}/recommendations");
        var first = recommendations.EnumerateArray().Single();
        Assert.That(first.GetProperty("leads").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { dana, pat }));
        Assert.That(first.GetProperty("addressees").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "the local authority" }));
        var recommendationId = first.GetProperty("id").GetInt64();

        // An action with a deadline read live as it is typed.
        await FollowAsync(admin, admin.Link("Add an action under it (Recommendation 1)"), $"/admin/plans/{planId}/contents/action/new?under=recommendation-{recommendationId}");
        await admin.Field("Letter or number (optional)").FillAsync("A");
        await admin.Field("Action").FillAsync("Audit twenty assessments a month.");
        await admin.Field("Deadline (optional)").PressSequentiallyAsync("end of March 2027");
        var understood = admin.Main.GetByRole(AriaRole.Status).Filter(new() { HasText = "Understood as" });
        await Expect(understood).ToHaveTextAsync("Understood as: Due by 31 March 2027.");
        await AssertAccessibleAsync("the new action form with its deadline understood");
        await PressAsync(admin.Button("Add action"));
        await Expect(admin.Status("Action A added.")).ToBeVisibleAsync();

        await AddActionAsync(admin, planId, recommendationId, "Recommendation 1", "B", "Train managers in supervision.");

        // A success measure under action A.
        await FollowAsync(admin, admin.Link("Add a success measure under it (Action A)"), $"/admin/plans/{planId}/contents/measure/new?under=action-");
        await admin.Field("Success measure").FillAsync("95% of assessments completed on time.");
        await AssertAccessibleAsync("the new success measure form");
        await PressAsync(admin.Button("Add success measure"));
        await Expect(admin.Status("Unnumbered success measure added.")).ToBeVisibleAsync();
        await AssertAccessibleAsync("a plan's contents with every level");
        await SaveScreenshotAsync("plan-contents-outline.png", "A plan's contents with a priority, a recommendation, actions and a success measure");

        // Reorder by keyboard: B above A, focus staying on B's button, the move announced.
        await PressAsync(admin.Button("Move up Action B"));
        await Expect(admin.Status("Moved action B above action A.")).ToBeVisibleAsync();
        await Expect(admin.Button("Move down Action B")).ToBeFocusedAsync();
        var order = await GetJsonAsync($"/api/plans/{planId}/actions");
        Assert.That(order.EnumerateArray().Select(a => a.GetProperty("code").GetString()), Is.EqualTo(new[] { "B", "A" }));

        // A second recommendation, then action A moved to it (with its measure).
        await FollowAsync(admin, admin.Link("Add a recommendation under it (Priority 1)"), $"/admin/plans/{planId}/contents/recommendation/new?under=priority-");
        await admin.Field("Number (optional)").FillAsync("2");
        await admin.Field("Recommendation").FillAsync("Strengthen management oversight.");
        await PressAsync(admin.Button("Add recommendation"));
        await Expect(admin.Status("Recommendation 2 added.")).ToBeVisibleAsync();
        await FollowAsync(admin, admin.Link("Move to… Action A"), "/move");
        await Expect(admin.Heading).ToHaveTextAsync("Move action A");
        await AssertAccessibleAsync("moving an action");
        var target = admin.Field("Move it to");
        await target.FocusAsync();
        await target.SelectOptionAsync(new SelectOptionValue { Label = "Recommendation 1 / 2: Strengthen management oversight." });
        await PressAsync(admin.Button("Move"));
        await Expect(admin.Status("Moved action A to recommendation 2.")).ToBeVisibleAsync();
        var actions = await GetJsonAsync($"/api/plans/{planId}/actions");
        var movedA = actions.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "A");
        Assert.That(movedA.GetProperty("recommendationId").GetInt64(), Is.Not.EqualTo(recommendationId));
        var measure = (await GetJsonAsync($"/api/plans/{planId}/actions/{movedA.GetProperty("id").GetInt64()}/measures")).EnumerateArray().Single();
        var scored = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/measures/{measure.GetProperty("id").GetInt64()}", new { level = 2, narrative = "Started." }, null);
        Assert.That(scored.IsSuccessStatusCode, await scored.Content.ReadAsStringAsync());

        // Deleting recommendation 2 says what goes with it.
        await Page.ReloadAsync();
        await admin.WaitUntilLoadedAsync();
        await FollowAsync(admin, admin.Link("Delete Recommendation 2"), "/delete");
        await Expect(admin.Heading).ToHaveTextAsync("Delete recommendation 2?");
        await Expect(admin.Main).ToContainTextAsync(
            "Deleting recommendation 2 also deletes 1 action, 1 success measure, 1 score in 1 review and 1 progress update. Its priority stays.");
        await AssertAccessibleAsync("the delete confirmation");
        await PressAsync(admin.Button("Delete recommendation 2"));
        var notice = admin.Status("Deleted recommendation 2, with 1 action and 1 success measure.");
        await Expect(notice).ToBeFocusedAsync();
        await AssertAccessibleAsync("the notice after a delete");
        Assert.That((await GetJsonAsync($"/api/plans/{planId}/recommendations")).GetArrayLength(), Is.EqualTo(1));

        // Undo brings all of it back: the recommendation, its action, the measure and the measure's score.
        await PressAsync(admin.Main.GetByRole(AriaRole.Button, new() { Name = "Undo deleting recommendation 2" }));
        var restored = admin.Status("Restored recommendation 2 and everything deleted with it.");
        await Expect(restored).ToBeFocusedAsync();
        await Expect(admin.Link("Delete Recommendation 2")).ToBeVisibleAsync();
        await AssertAccessibleAsync("the notice after undoing a delete");
        Assert.That((await GetJsonAsync($"/api/plans/{planId}/recommendations")).GetArrayLength(), Is.EqualTo(2));
        var back = await GetJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/measures/{measure.GetProperty("id").GetInt64()}");
        Assert.That((back.GetProperty("level").GetInt32(), back.GetProperty("narrative").GetString()), Is.EqualTo((2, "Started.")));

        // The grid shows what was built, with its link back to the editor.
        await Page.GotoAsync($"/plans/{planId}");
        var grid = Page.GetByRole(AriaRole.Table);
        await Expect(grid).ToContainTextAsync("Help and protection");
        await Expect(grid).ToContainTextAsync("Improve the quality of assessments.");
        await Expect(grid).ToContainTextAsync("Train managers in supervision.");
        await Expect(grid).ToContainTextAsync(dana);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Change the plan’s contents" })).ToBeVisibleAsync();
        await SaveScreenshotAsync("plan-contents-grid.png", "The grid of a plan built in the contents editor");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Changing_an_item_someone_else_changed_says_so_and_the_APIs_errors_land_on_the_fields()
    {
        var client = TrackerApp.ClientFor("Contents Tests");
        var planId = await Arrange.PlanAsync(client, title: $"Inspection plan {Guid.NewGuid().ToString("N")[..6]}");
        var recommendationId = await Arrange.RecommendationAsync(client, planId, number: "3");
        var admin = await AdminPage.OpenAsync(Page, $"/admin/plans/{planId}/contents/recommendation/{recommendationId}");
        await Expect(admin.Heading).ToHaveTextAsync("Change recommendation 3");

        await admin.Field("Recommendation").FillAsync("");
        await PressAsync(admin.Button("Save changes"));
        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        await Expect(admin.InlineError(admin.Field("Recommendation"))).ToHaveTextAsync("Error: Enter the recommendation's text.");
        await AssertAccessibleAsync("the recommendation form with an error");

        var current = await client.GetAsync($"/api/plans/{planId}/recommendations/{recommendationId}");
        var changed = await client.PutJsonAsync($"/api/plans/{planId}/recommendations/{recommendationId}", new { number = "3", text = "Changed elsewhere" }, current.ETag());
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await admin.Field("Recommendation").FillAsync("Mine");
        await PressAsync(admin.Button("Save changes"));
        await Expect(admin.ErrorSummary).ToContainTextAsync("This recommendation has been changed by someone else since you opened this page");
        await admin.ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Reload this page to see their version" }).ClickAsync();
        await Expect(admin.Field("Recommendation")).ToHaveValueAsync("Changed elsewhere");
        AssertNoScriptErrors();
    }

    private async Task AddActionAsync(AdminPage admin, long planId, long recommendationId, string under, string code, string description)
    {
        await FollowAsync(admin, admin.Link($"Add an action under it ({under})"), $"/admin/plans/{planId}/contents/action/new?under=recommendation-{recommendationId}");
        await admin.Field("Letter or number (optional)").FillAsync(code);
        await admin.Field("Action").FillAsync(description);
        await PressAsync(admin.Button("Add action"));
        await Expect(admin.Status($"Action {code} added.")).ToBeVisibleAsync();
    }

    /// <summary>Follows a link (or sends a form) by keyboard to an address containing <paramref name="pathPart"/>, and waits for it.</summary>
    private async Task FollowAsync(AdminPage admin, ILocator control, string pathPart)
    {
        await PressAsync(control);
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(pathPart)));
        await admin.WaitUntilLoadedAsync();
    }

    /// <summary>Operates a button or link from the keyboard: focus it, then Enter.</summary>
    private async Task PressAsync(ILocator control)
    {
        await control.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Page.APIRequest.GetAsync(path);
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync()).RootElement;
    }
}

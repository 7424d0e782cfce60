using System.Text.Json;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Inspections (issue 10): recording one with its judgements as printed (a level of 0 is a judgement), its report's
/// recommendations, linking them to items of the plan that answers it, the coverage and the gaps, and the API's refusal
/// to delete an inspection a plan answers. Axe on every state.
/// </summary>
public sealed class AdminInspectionsTests : BrowserTest
{
    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [Test]
    public async Task An_inspection_is_recorded_with_its_judgements_and_its_recommendations_are_linked_to_the_plan_that_answers_it()
    {
        var kind = $"Youth justice inspection {Guid.NewGuid().ToString("N")[..6]}";
        var admin = await AdminPage.OpenAsync(Page, "/admin");
        await admin.GoAsync(admin.Link("Inspections"), "/admin/inspections");
        await AssertAccessibleAsync("the inspections list");
        await admin.GoAsync(admin.Link("Record an inspection"), "/admin/inspections/new");
        await Expect(admin.Field("Overall level (optional)")).ToHaveAccessibleDescriptionAsync(new Regex("0 here is a judgement, not a missing score"));

        await admin.Field("Inspectorate").FillAsync("HMIP");
        await admin.Field("Kind of inspection (optional)").FillAsync(kind);
        await admin.FillDateAsync("Date the report was published (optional)", "14", "4", "2026");
        await admin.Field("Overall judgement (optional)").FillAsync("Inadequate");
        await admin.Field("Overall level (optional)").FillAsync("0");
        await admin.Button("Add a judgement").ClickAsync();
        var first = Judgement(admin, 1);
        await Expect(first.GetByLabel("Area or key question")).ToBeFocusedAsync();
        await first.GetByLabel("Area or key question").FillAsync("Governance and leadership");
        await first.GetByLabel("Judgement (optional)").FillAsync("Requires improvement");
        await first.GetByLabel("Level (optional)").FillAsync("1");
        await first.GetByLabel("Score as printed (optional)").FillAsync("26/36");
        await first.GetByLabel("Percentage (optional)").FillAsync("72%");
        await admin.Button("Add a judgement").ClickAsync();
        await Judgement(admin, 2).GetByLabel("Area or key question").FillAsync("Typed by mistake");
        await Judgement(admin, 2).GetByRole(AriaRole.Button, new() { Name = "Remove judgement 2" }).ClickAsync();
        await Expect(admin.Status("Judgement 2 (Typed by mistake) removed. 1 judgement left.")).ToBeVisibleAsync();

        // A percentage with its sign cannot be sent as a number: said at the box, and nothing typed is lost.
        await admin.Button("Record inspection").ClickAsync();
        const string percentage = "Enter the percentage as a number, like 72 or 72.5, without the % sign.";
        await Expect(admin.InlineError(first.GetByLabel("Percentage (optional)"))).ToHaveTextAsync($"Error: {percentage}");
        await Expect(first.GetByLabel("Score as printed (optional)")).ToHaveValueAsync("26/36");
        await AssertAccessibleAsync("the inspection form with an error at a judgement");

        await first.GetByLabel("Percentage (optional)").FillAsync("72.2");
        await admin.Button("Record inspection").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/inspections/\d+/recommendations$"));
        await admin.WaitUntilLoadedAsync();
        var inspectionId = long.Parse(Page.Url.Split('/')[^2]);
        await Expect(admin.Status($"HMIP {kind} recorded.")).ToBeFocusedAsync();
        Assert.That(await admin.RowTextAsync(admin.Table("Judgements"), "Governance and leadership"),
            Does.ContainKey("Judgement").WithValue("Requires improvement (level 1; 26/36; 72.2%)"));
        await Expect(admin.Main).ToContainTextAsync("Overall judgement: Inadequate (level 0).");
        await Expect(admin.Main).ToContainTextAsync("No report recommendations are recorded for this inspection yet.");
        var saved = await GetJsonAsync($"/api/inspections/{inspectionId}");
        Assert.That((saved.GetProperty("overallLevel").GetInt32(), saved.GetProperty("publishedOn").GetString()), Is.EqualTo((0, "2026-04-14")));

        // A plan that answers it, arranged through the API: its recommendation is renumbered "7 (14)".
        var client = TrackerApp.ClientFor("Inspection Tests");
        var planTitle = $"Youth justice plan {Guid.NewGuid().ToString("N")[..6]}";
        var planId = await Arrange.PlanAsync(client, title: planTitle, inspectionId: inspectionId);
        var planRecommendation = await Arrange.RecommendationAsync(client, planId, "7 (14)", "Improve the quality of assessments.");
        await Arrange.ActionAsync(client, planId, recommendationId: planRecommendation, code: "A", description: "Audit twenty assessments a month.");

        foreach (var (number, text) in new[] { ("14", "Improve the quality of assessments and plans."), ("", "Publish the out-of-court disposal policy.") })
        {
            await admin.GoAsync(admin.Link("Add a recommendation"), $"/admin/inspections/{inspectionId}/recommendations/new");
            await admin.Field("Number (optional)").FillAsync(number);
            await admin.Field("Recommendation").FillAsync(text);
            await admin.Field("Addressed to (optional)").FillAsync("the youth justice management board");
            await admin.GoAsync(admin.Button("Add recommendation"), $"/admin/inspections/{inspectionId}/recommendations");
        }
        await Expect(admin.Status("An unnumbered recommendation added.")).ToBeFocusedAsync();
        var table = admin.Table("Report recommendations");
        Assert.That((await admin.RowTextAsync(table, "14"))["Answered by"], Is.EqualTo("Gap: no plan item answers it"));
        await Expect(admin.Row(table, "Unnumbered")).ToHaveCountAsync(1);
        await Expect(admin.Main).ToContainTextAsync("0 of 2 report recommendations are answered by a plan item; 2 are gaps that no plan answers.");
        await AssertAccessibleAsync("an inspection's report recommendations, all gaps");

        // Link recommendation 14 to the plan's recommendation and its action, by keyboard.
        await admin.Row(table, "14").GetByRole(AriaRole.Link, new() { Name = "Choose what answers it (recommendation 14)" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($@"/admin/inspections/{inspectionId}/recommendations/\d+/links$"));
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Heading).ToHaveTextAsync("What answers recommendation 14");
        var plan = admin.Main.GetByRole(AriaRole.Group, new() { Name = planTitle });
        await Expect(plan.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(2);
        await AssertAccessibleAsync("choosing the plan items that answer a report recommendation");
        await plan.GetByRole(AriaRole.Checkbox, new() { Name = "Recommendation 7 (14): Improve the quality of assessments." }).FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await plan.GetByRole(AriaRole.Checkbox, new() { Name = "Action A: Audit twenty assessments a month." }).CheckAsync();
        await admin.GoAsync(admin.Button("Save what answers it"), $"/admin/inspections/{inspectionId}/recommendations");

        await Expect(admin.Status("Recommendation 14 is answered by 2 plan items.")).ToBeFocusedAsync();
        table = admin.Table("Report recommendations");
        Assert.That((await admin.RowTextAsync(table, "14"))["Answered by"], Does.Contain($"{planTitle}: Recommendation 7 (14), Improve the quality of assessments."));
        await Expect(admin.Main).ToContainTextAsync("1 of 2 report recommendations is answered by a plan item; 1 is a gap that no plan answers.");
        await Expect(admin.Main.GetByRole(AriaRole.Heading, new() { Name = "Gaps: 1 recommendation" })).ToBeVisibleAsync();
        await Expect(admin.Main).ToContainTextAsync("An unnumbered recommendation: Publish the out-of-court disposal policy.");
        await SaveScreenshotAsync("admin-inspection-coverage.png", "An inspection's report recommendations, what answers them and the gap");
        await AssertAccessibleAsync("an inspection's coverage with one gap");

        var coverage = await GetJsonAsync($"/api/inspections/{inspectionId}/coverage");
        Assert.That(coverage.GetProperty("gaps").GetArrayLength(), Is.EqualTo(1));
        Assert.That(coverage.GetProperty("recommendations")[0].GetProperty("links").GetArrayLength(), Is.EqualTo(2));

        // An inspection a plan answers cannot be deleted: the API's reason in the error summary.
        await Page.GotoAsync($"/admin/inspections/{inspectionId}/delete");
        await admin.WaitUntilLoadedAsync();
        await admin.Button("Delete inspection").ClickAsync();
        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        await Expect(admin.ErrorSummary).ToContainTextAsync("A plan answers this inspection");
        await AssertAccessibleAsync("deleting an inspection a plan answers");
        Assert.That((await Page.APIRequest.GetAsync($"/api/inspections/{inspectionId}")).Status, Is.EqualTo(200));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task An_inspection_no_plan_answers_offers_nothing_to_link_and_can_be_deleted()
    {
        var client = TrackerApp.ClientFor("Inspection Tests");
        var inspectionId = await Arrange.InspectionAsync(client, kind: $"ILACS {Guid.NewGuid().ToString("N")[..6]}");
        var recommendation = await Arrange.InspectionRecommendationAsync(client, inspectionId, number: "3");

        var admin = await AdminPage.OpenAsync(Page, $"/admin/inspections/{inspectionId}/recommendations/{recommendation}/links");
        await Expect(admin.Main).ToContainTextAsync("No plan answers this inspection yet, so there is nothing to link.");
        await Expect(admin.Main.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(0);
        await AssertAccessibleAsync("linking when no plan answers the inspection");

        await admin.GoAsync(admin.Breadcrumbs.GetByRole(AriaRole.Link, new() { Name = "Inspections" }), "/admin/inspections");
        var name = $"Ofsted {(await GetJsonAsync($"/api/inspections/{inspectionId}")).GetProperty("kind").GetString()}: Inspection of children's social care services";
        var row = admin.Table("Inspections").GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Expect(row).ToContainTextAsync("Published 14 March 2026");
        await Expect(row).ToContainTextAsync("None yet");
        await AssertAccessibleAsync("the inspections list with one no plan answers");
        await admin.GoAsync(row.GetByRole(AriaRole.Link, new() { Name = $"Delete {name}" }), $"/admin/inspections/{inspectionId}/delete");
        await Expect(admin.Heading).ToHaveTextAsync($"Delete {name}?");
        await admin.GoAsync(admin.Button("Delete inspection"), "/admin/inspections");
        await Expect(admin.Status($"{name} has been deleted.")).ToBeFocusedAsync();
        Assert.That((await Page.APIRequest.GetAsync($"/api/inspections/{inspectionId}")).Status, Is.EqualTo(404));
        AssertNoScriptErrors();
    }

    private static ILocator Judgement(AdminPage admin, int position) =>
        admin.Main.GetByRole(AriaRole.Group, new() { Name = $"Judgement {position}", Exact = true });

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Page.APIRequest.GetAsync(path);
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync()).RootElement;
    }
}

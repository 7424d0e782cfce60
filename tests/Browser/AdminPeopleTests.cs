using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>People who lead and own items: adding, changing, and the API's refusal to remove someone still named.</summary>
public sealed class AdminPeopleTests : BrowserTest
{
    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [Test]
    public async Task A_person_is_added_and_changed()
    {
        var name = $"Priya Nair {Guid.NewGuid().ToString("N")[..6]}";
        var admin = await AdminPage.OpenAsync(Page, "/admin/people");
        await admin.GoAsync(admin.Link("Add a person"), "/admin/people/new");
        await AssertAccessibleAsync("the empty add-person form");

        await admin.Field("Name").FillAsync(name);
        await admin.Field("Job title (optional)").FillAsync("Principal Social Worker");
        await admin.Field("Email address (optional)").FillAsync("not an email");
        await admin.Button("Add person").ClickAsync();
        await Expect(admin.InlineError(admin.Field("Email address (optional)"))).ToHaveTextAsync("Error: Enter an email address in the correct format, like name@example.gov.uk.");
        await Expect(admin.Field("Job title (optional)")).ToHaveValueAsync("Principal Social Worker");

        await admin.Field("Email address (optional)").FillAsync("");
        await admin.GoAsync(admin.Button("Add person"), "/admin/people");
        await Expect(admin.Status($"{name} added.")).ToBeFocusedAsync();
        var table = admin.Table("People");
        Assert.That((await admin.RowTextAsync(table, name))["Job title"], Is.EqualTo("Principal Social Worker"));

        await admin.Row(table, name).GetByRole(AriaRole.Link, new() { Name = $"Change {name}" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/people/\d+$"));
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Heading).ToHaveTextAsync($"Change {name}");
        await admin.Field("Job title (optional)").FillAsync("Head of Practice");
        await admin.GoAsync(admin.Button("Save changes"), "/admin/people");
        await Expect(admin.Status($"Changes to {name} saved.")).ToBeVisibleAsync();
        Assert.That((await admin.RowTextAsync(admin.Table("People"), name))["Job title"], Is.EqualTo("Head of Practice"));
        await AssertAccessibleAsync("the people list");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Someone_who_still_leads_a_recommendation_cannot_be_removed()
    {
        var client = TrackerApp.ClientFor("People Tests");
        var name = $"Lead Person {Guid.NewGuid().ToString("N")[..6]}";
        var personId = await Arrange.PersonAsync(name);
        var planId = await Arrange.PlanAsync(client, title: $"Plan led by {name}");
        await Arrange.RecommendationAsync(client, planId, leadIds: [personId]);

        var admin = await AdminPage.OpenAsync(Page, $"/admin/people/{personId}/delete");
        await Expect(admin.Heading).ToHaveTextAsync($"Remove {name}?");
        await admin.Button("Remove person").ClickAsync();

        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        await Expect(admin.ErrorSummary).ToContainTextAsync($"{name} still leads 1 recommendation; reassign them first.");
        await AssertAccessibleAsync("removing a person who still leads a recommendation");
        Assert.That((await Page.APIRequest.GetAsync($"/api/people/{personId}")).Status, Is.EqualTo(200));
        AssertNoScriptErrors();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// People who lead and own items: adding, changing, and the API's refusal to remove someone still named; someone named by
/// role only (issue 10), shown as such and linked to a named person once the board knows who it is.
/// </summary>
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
        await admin.Field("Job title").FillAsync("Principal Social Worker");
        await admin.Field("Email address (optional)").FillAsync("not an email");
        await admin.Button("Add person").ClickAsync();
        await Expect(admin.InlineError(admin.Field("Email address (optional)"))).ToHaveTextAsync("Error: Enter an email address in the correct format, like name@example.gov.uk.");
        await Expect(admin.Field("Job title")).ToHaveValueAsync("Principal Social Worker");

        await admin.Field("Email address (optional)").FillAsync("");
        await admin.GoAsync(admin.Button("Add person"), "/admin/people");
        await Expect(admin.Status($"{name} added.")).ToBeFocusedAsync();
        var table = admin.Table("People");
        Assert.That((await admin.RowTextAsync(table, name))["Job title"], Is.EqualTo("Principal Social Worker"));

        await admin.Row(table, name).GetByRole(AriaRole.Link, new() { Name = $"Change {name}" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/people/\d+$"));
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Heading).ToHaveTextAsync($"Change {name}");
        await admin.Field("Job title").FillAsync("Head of Practice");
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

    [Test]
    public async Task Someone_named_only_by_their_role_is_added_with_a_job_title_and_shown_as_such()
    {
        var role = $"Head of Service {Guid.NewGuid().ToString("N")[..6]}";
        var admin = await AdminPage.OpenAsync(Page, "/admin/people/new");
        // The form says a person may have only a job title.
        await Expect(admin.Field("Name")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Leave it blank when the plan names them only by their role"));

        await admin.Button("Add person").ClickAsync();
        const string neither = "Enter the person's name, or their job title if the plan names them by role only.";
        await Expect(admin.ErrorLink(neither)).ToBeVisibleAsync();
        await Expect(admin.InlineError(admin.Field("Name"))).ToHaveTextAsync($"Error: {neither}");
        await AssertAccessibleAsync("the add-person form with neither a name nor a job title");

        await admin.Field("Job title").FillAsync(role);
        await admin.GoAsync(admin.Button("Add person"), "/admin/people");
        await Expect(admin.Status($"{role} added.")).ToBeFocusedAsync();
        var row = admin.Row(admin.Table("People"), $"{role} Named by role only");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = $"Link to a named person ({role})" })).ToBeVisibleAsync();
        await AssertAccessibleAsync("the people list with someone named by role only");

        var people = JsonDocument.Parse(await (await Page.APIRequest.GetAsync("/api/people")).TextAsync()).RootElement;
        var saved = people.EnumerateArray().Single(p => p.GetProperty("displayName").GetString() == role);
        Assert.That((saved.GetProperty("name").ValueKind, saved.GetProperty("jobTitle").GetString(), saved.GetProperty("roleOnly").GetBoolean()),
            Is.EqualTo((JsonValueKind.Null, role, true)));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Linking_someone_named_by_role_only_to_a_named_person_moves_their_items_and_account()
    {
        var client = TrackerApp.ClientFor("People Tests");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var role = $"Head of Service {suffix}";
        var named = $"Dana Whitfield {suffix}";
        var roleOnlyId = await CreatedIdAsync(client, "/api/people", new { name = (string?)null, jobTitle = role });
        var namedId = await Arrange.PersonAsync(named, "Head of Service");
        var planId = await Arrange.PlanAsync(client, title: $"Plan led by {role}");
        var recommendation = await Arrange.RecommendationAsync(client, planId, leadIds: [roleOnlyId]);
        var account = await client.PostAsJsonAsync("/api/users", new
        {
            username = $"hos.{suffix}@tests.example", displayName = role, role = "manager", personId = roleOnlyId, password = TrackerApp.UserPassword,
        });
        Assert.That(account.StatusCode, Is.EqualTo(HttpStatusCode.Created), await account.Content.ReadAsStringAsync());

        var admin = await AdminPage.OpenAsync(Page, "/admin/people");
        await admin.GoAsync(admin.Row(admin.Table("People"), $"{role} Named by role only").GetByRole(AriaRole.Link, new() { Name = $"Link to a named person ({role})" }),
            $"/admin/people/{roleOnlyId}/link");
        await Expect(admin.Heading).ToHaveTextAsync($"Link {role} to a named person");
        // Before anyone is chosen, the page already says what will move, and that it cannot be undone.
        await Expect(admin.Main).ToContainTextAsync($"Every recommendation, action and success measure that {role} leads or owns, in every plan, will be led or owned by the person you choose instead.");
        await Expect(admin.Main).ToContainTextAsync($"Any account linked to {role} will be linked to the person you choose.");
        await Expect(admin.Main).ToContainTextAsync("This cannot be undone.");
        // Only people with a name are offered.
        var options = await admin.Field("Named person").Locator("option").AllInnerTextsAsync();
        Assert.That(options, Does.Contain($"{named}, Head of Service"));
        Assert.That(options.Where(o => o.Contains(role)), Is.Empty, "not the person being linked");
        await AssertAccessibleAsync("linking a role-only person, nobody chosen");

        // Nothing chosen: the API asks for a choice, in the error summary and at the picker.
        await admin.Button("Link and move their places").ClickAsync();
        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        await Expect(admin.InlineError(admin.Field("Named person"))).ToHaveTextAsync("Error: Choose the named person to link to.");
        await admin.ErrorLink("Choose the named person to link to.").ClickAsync();
        await Expect(admin.Field("Named person")).ToBeFocusedAsync();
        await AssertAccessibleAsync("linking a role-only person with the API's error");

        // By keyboard: choose, and the consequence names the person.
        await admin.Field("Named person").SelectOptionAsync(new SelectOptionValue { Label = $"{named}, Head of Service" });
        await Expect(admin.Main).ToContainTextAsync($"will be led or owned by {named} instead.");
        await admin.Button("Link and move their places").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/people$"));
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Status($"{role} is now {named}: 1 item they led or owned and 1 account moved.")).ToBeFocusedAsync();
        await Expect(admin.Row(admin.Table("People"), $"{role} Named by role only")).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the people list after linking");

        Assert.That((await Page.APIRequest.GetAsync($"/api/people/{roleOnlyId}")).Status, Is.EqualTo(404), "the role-only entry is gone");
        var moved = JsonDocument.Parse(await (await Page.APIRequest.GetAsync($"/api/plans/{planId}/recommendations/{recommendation}")).TextAsync()).RootElement;
        Assert.That(moved.GetProperty("leads").EnumerateArray().Select(l => l.GetProperty("id").GetInt64()), Is.EqualTo(new[] { namedId }));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Linking_someone_another_administrator_changed_first_says_so()
    {
        var client = TrackerApp.ClientFor("People Tests");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var role = $"Service Manager {suffix}";
        var roleOnlyId = await CreatedIdAsync(client, "/api/people", new { name = (string?)null, jobTitle = role });
        await Arrange.PersonAsync($"Sam Lee {suffix}");
        var admin = await AdminPage.OpenAsync(Page, $"/admin/people/{roleOnlyId}/link");

        var current = await client.GetAsync($"/api/people/{roleOnlyId}");
        var changed = await client.PutJsonAsync($"/api/people/{roleOnlyId}", new { name = (string?)null, jobTitle = $"{role} (North)" }, current.ETag());
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());

        await admin.Field("Named person").SelectOptionAsync(new SelectOptionValue { Label = $"Sam Lee {suffix}" });
        await admin.Button("Link and move their places").ClickAsync();

        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        await Expect(admin.ErrorSummary).ToContainTextAsync("This person has been changed by someone else since you opened this page, so your changes have not been saved.");
        await AssertAccessibleAsync("linking a person someone changed first");
        Assert.That((await Page.APIRequest.GetAsync($"/api/people/{roleOnlyId}")).Status, Is.EqualTo(200), "nothing was linked");
        AssertNoScriptErrors();
    }

    private static async Task<long> CreatedIdAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}

using System.Text.Json;
using ActionPlanTracker.Tests.Api.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>Who may see the administration pages, the index's counts, and addresses that name nothing.</summary>
public sealed class AdminAccessTests : BrowserTest
{
    [Test]
    public async Task A_viewer_is_refused_and_is_not_offered_the_link()
    {
        var viewer = await Accounts.CreateUserAsync("viewer");
        await SignInPage.SignInThroughTheApiAsync(Context, viewer.Username, Accounts.Password);

        var admin = await AdminPage.OpenAsync(Page, "/admin/users");

        await Expect(admin.Heading).ToHaveTextAsync("Administration");
        await Expect(admin.Main).ToContainTextAsync("Your account cannot see the administration pages.");
        await Expect(admin.Table("Accounts")).ToHaveCountAsync(0);
        await Expect(admin.AdministrationNavLink).ToBeHiddenAsync();
        // The API refuses it too: the page's state is not only the browser's decision.
        Assert.That((await Page.APIRequest.GetAsync("/api/users")).Status, Is.EqualTo(403));
        await SaveScreenshotAsync("admin-forbidden.png", "A viewer opening the administration pages");
        await AssertAccessibleAsync("the administration pages refused to a viewer");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_board_member_is_refused_a_form_too()
    {
        var board = await Accounts.CreateUserAsync("board");
        await SignInPage.SignInThroughTheApiAsync(Context, board.Username, Accounts.Password);

        var admin = await AdminPage.OpenAsync(Page, "/admin/plans/new");

        await Expect(admin.Main).ToContainTextAsync("Your account cannot see the administration pages.");
        await Expect(admin.Main.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Nobody_signed_in_is_asked_to_sign_in_and_comes_back_afterwards()
    {
        var admin = await AdminPage.OpenAsync(Page, "/admin/scales");

        var signInLink = admin.Main.GetByRole(AriaRole.Link, new() { Name = "Sign in to see the administration pages" });
        await Expect(signInLink).ToHaveAttributeAsync("href", "/sign-in?returnTo=%2Fadmin%2Fscales");
        await AssertAccessibleAsync("the administration pages when nobody is signed in");

        await signInLink.ClickAsync();
        await new SignInPage(Page).SignInAsync("admin", TrackerApp.AdminPassword);
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/scales$"));
        await Expect(admin.Heading).ToHaveTextAsync("Rating scales");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task When_the_API_refuses_an_administrator_the_page_shows_the_forbidden_state()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);
        // As if the account had been demoted in another tab since the page loaded who was signed in.
        await Page.RouteAsync("**/api/people", route => route.FulfillAsync(new()
        {
            Status = 403,
            ContentType = "application/problem+json",
            Body = """{"type":"about:blank","title":"Forbidden","status":403}""",
        }));

        var admin = await AdminPage.OpenAsync(Page, "/admin/people");

        await Expect(admin.Heading).ToHaveTextAsync("People");
        await Expect(admin.Main).ToContainTextAsync("Your account cannot see the administration pages.");
        await AssertAccessibleAsync("an administration page the API refused");
    }

    [Test]
    public async Task The_index_counts_what_can_be_administered_and_links_to_each()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);
        var users = await CountAsync("/api/users");
        var people = await CountAsync("/api/people");
        var plans = await CountAsync("/api/plans");

        var admin = await AdminPage.OpenAsync(Page, "/admin");

        await Expect(admin.Heading).ToHaveTextAsync("Administration");
        await Expect(admin.Breadcrumbs).ToHaveCountAsync(0);
        await Expect(admin.Main.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Users and roles" })).ToContainTextAsync($"{users} account");
        await Expect(admin.Main.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "People" }).First).ToContainTextAsync($"{people} {(people == 1 ? "person" : "people")}");
        await Expect(admin.Main.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Rating scales" })).ToContainTextAsync("3 built in");
        await Expect(admin.Main.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Plans and reviews" })).ToContainTextAsync($"{plans} plan");
        await SaveScreenshotAsync("admin-index.png", "The administration index with counts");
        await AssertAccessibleAsync("the administration index");

        await admin.GoAsync(admin.Main.GetByRole(AriaRole.Link, new() { Name = "Rating scales" }), "/admin/scales");
        await Expect(admin.Heading).ToHaveTextAsync("Rating scales");
        await Expect(admin.Heading).ToBeFocusedAsync();
        await Expect(admin.Breadcrumbs.GetByRole(AriaRole.Link, new() { Name = "Administration" })).ToHaveAttributeAsync("href", "/admin");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Addresses_that_name_nothing_say_so()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

        var admin = await AdminPage.OpenAsync(Page, "/admin/plans/987654321/reviews");
        await Expect(admin.Heading).ToHaveTextAsync("No such plan");
        await Expect(admin.Main).ToContainTextAsync("There is no plan at this address.");
        await AssertAccessibleAsync("the reviews of a plan that does not exist");

        admin = await AdminPage.OpenAsync(Page, "/admin/widgets");
        await Expect(admin.Heading).ToHaveTextAsync("Page not found");
        await Expect(admin.Main.GetByRole(AriaRole.Link, new() { Name = "Go to administration" })).ToHaveAttributeAsync("href", "/admin");
        AssertNoScriptErrors();
    }

    private async Task<int> CountAsync(string path)
    {
        var response = await Page.APIRequest.GetAsync(path);
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync()).RootElement.GetArrayLength();
    }
}

using System.Net;
using Microsoft.Playwright;
using System.Text.Json;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Grid;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

public sealed class PlansPageTests : BrowserTest
{
    // Reading plans needs an account once roles are enforced; the anonymous view has its own test below.
    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [Test]
    public async Task A_plan_created_through_the_API_is_listed_on_the_plans_page()
    {
        var title = await CreatePlanAsync("Ofsted ILACS 2026 action plan", "Ofsted ILACS inspection", "active");

        var plans = await PlansPage.OpenAsync(Page);

        var row = await plans.RowAsync(title);
        Assert.That(row["Plan"], Does.StartWith(title).And.Contain("Ofsted ILACS inspection"));
        Assert.That(row["Status"], Is.EqualTo("Active"));
        // A plan without reviews has no figures yet, and says so rather than showing zeros.
        Assert.That(row["Current review"], Is.EqualTo("No reviews yet"));
        Assert.That((row["Scores at the current review"], row["Average score"], row["Overdue"]), Is.EqualTo(("–", "–", "–")));
        await Expect(plans.ApiDocumentationLink).ToHaveAttributeAsync("href", "/swagger");
        await SaveScreenshotAsync("plans.png", "The plans page with a plan created by the test");
        await AssertAccessibleAsync("the plans page listing plans");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Each_plan_shows_where_it_stands_at_its_current_review()
    {
        var plan = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Priya Shah"));

        var plans = await PlansPage.OpenAsync(Page);
        var row = plans.Table.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = "Known development plan" }) }).Last;

        var cells = await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync();
        Assert.That(cells[1].Trim(), Is.EqualTo("RAG 11/26, open"));
        // Worked out by hand in KnownPlan: two at level 2, one at level 3; average 3.5 before, 2.3 now on a scale where
        // higher is better; M1 and M2 overdue.
        var counts = (await row.GetByRole(AriaRole.Listitem).AllInnerTextsAsync()).Select(t => t.Replace('\n', ' ').Trim()).ToList();
        Assert.That(counts, Is.EqualTo(new[] { "2 ▲2 Started with some delay", "1 ■3 On track" }), "levels nobody is at are left out");
        Assert.That(cells[3].Trim(), Is.EqualTo("3.5 → 2.3, declining"));
        Assert.That(cells[4].Trim(), Is.EqualTo("2 items"));
        await Expect(row.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToHaveAttributeAsync("href", $"/plans/{plan.PlanId}/dashboard");
        await SaveScreenshotAsync("plans-with-figures.png", "The plans page with each plan's figures at its current review");
        await AssertAccessibleAsync("the plans page with a plan's figures");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task With_no_plans_the_page_says_so()
    {
        await Page.RouteAsync("**/api/plans", route => route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = "[]" }));

        var plans = await PlansPage.OpenAsync(Page);

        await Expect(plans.EmptyState).ToBeVisibleAsync();
        await Expect(plans.Table).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the plans page with no plans");
    }

    [Test]
    public async Task When_the_plans_cannot_be_loaded_the_page_says_so_and_keeps_working()
    {
        await Page.RouteAsync("**/api/plans", route => route.FulfillAsync(new()
        {
            Status = 500,
            ContentType = "application/problem+json",
            Body = """{"type":"about:blank","title":"Internal Server Error","status":500}""",
        }));

        var plans = await PlansPage.OpenAsync(Page);

        await Expect(plans.Error).ToContainTextAsync("Sorry, the plans could not be loaded");
        await Expect(plans.Error).ToContainTextAsync("The server answered 500 (Internal Server Error).");
        await Expect(plans.ApiDocumentationLink).ToBeVisibleAsync();
        await AssertAccessibleAsync("the plans page when the API fails");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Someone_not_signed_in_is_asked_to_sign_in_rather_than_shown_an_error()
    {
        await Page.RouteAsync("**/api/plans", route => route.FulfillAsync(new()
        {
            Status = 401,
            ContentType = "application/problem+json",
            Body = """{"status":401,"title":"Unauthorized","errors":[{"name":"session","reason":"Sign in first."}]}""",
        }));

        var plans = await PlansPage.OpenAsync(Page);

        await Expect(Page.GetByText("You need to sign in to see the plans.")).ToBeVisibleAsync();
        await Expect(plans.Main.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Sign in to see the plans" })).ToHaveAttributeAsync("href", "/sign-in");
        await Expect(plans.Error).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the plans page for someone not signed in");
    }

    [Test]
    public async Task Plan_titles_are_shown_as_text_never_as_markup()
    {
        var title = await CreatePlanAsync("<img src=x onerror=alert(1)>", "<b>SEND</b> area review", "draft");

        var plans = await PlansPage.OpenAsync(Page);

        var row = await plans.RowAsync(title);
        Assert.That(row["Plan"], Does.StartWith(title).And.Contain("<b>SEND</b> area review"));
        Assert.That(row["Status"], Is.EqualTo("Draft"));
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Img)).ToHaveCountAsync(0);
        AssertNoScriptErrors();
    }

    [Test]
    public async Task On_a_phone_sized_screen_the_page_fits_without_scrolling_sideways()
    {
        await CreatePlanAsync("Youth justice inspection improvement plan", "HMI Probation youth justice inspection", "active");
        await Page.SetViewportSizeAsync(320, 640);
        var plans = await PlansPage.OpenAsync(Page);

        // WCAG 1.4.10 (reflow): at 320 CSS pixels only the table may scroll sideways, inside its own region.
        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(pageWidth, Is.LessThanOrEqualTo(320));
        await Expect(plans.Heading).ToBeVisibleAsync();
        await SaveScreenshotAsync("plans-320.png", "The plans page 320 pixels wide");
        await AssertAccessibleAsync("the plans page at 320 pixels wide");
    }

    [Test]
    public async Task Keyboard_users_can_skip_straight_to_the_main_content()
    {
        var plans = await PlansPage.OpenAsync(Page);

        await Page.Keyboard.PressAsync("Tab");
        await Expect(plans.SkipLink).ToBeFocusedAsync();
        await Expect(plans.SkipLink).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(plans.Main).ToBeFocusedAsync();
    }

    [Test]
    public async Task Unknown_API_paths_are_a_404_problem_while_unknown_page_paths_load_the_app()
    {
        var api = await Page.GotoAsync("/api/nope");
        Assert.That(api!.Status, Is.EqualTo(404));
        Assert.That(await api.HeaderValueAsync("content-type"), Does.StartWith("application/problem+json"));
        using (var problem = JsonDocument.Parse(await api.TextAsync()))
        {
            Assert.That(problem.RootElement.GetProperty("status").GetInt32(), Is.EqualTo(404));
            Assert.That(problem.RootElement.GetProperty("title").GetString(), Is.EqualTo("Not Found"));
        }

        // A link someone bookmarks inside the app must load the app, not a 404; for an address the app does not know,
        // its router says the page is not found.
        var app = await Page.GotoAsync("/plans/123/nope");
        Assert.That(app!.Status, Is.EqualTo(200));
        Assert.That(await app.HeaderValueAsync("content-type"), Does.StartWith("text/html"));
        await Expect(Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await Expect(new PlansPage(Page).ApiDocumentationLink).ToBeVisibleAsync();
        AssertNoScriptErrors();
    }

    /// <summary>
    /// Creates a plan through the API and returns its title, made unique because every test shares the database:
    /// tests look for their own plan, never at counts.
    /// </summary>
    private static async Task<string> CreatePlanAsync(string title, string sourceType, string status)
    {
        title = $"{title} {Guid.NewGuid().ToString("N")[..6]}";
        var created = await TrackerApp.ClientFor("Priya Shah").PostJsonAsync("/api/plans",
            new { title, sourceType, status, scaleId = 2, scoreLevel = "recommendation" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return title;
    }
}

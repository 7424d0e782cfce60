using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The Content-Security-Policy refuses inline script and style. A page that relied on either would half work, and the
/// only sign would be a console message, so these tests collect every console message about the policy and fail on any.
/// </summary>
public sealed class ContentSecurityPolicyTests : BrowserTest
{
    private readonly List<string> violations = [];

    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [SetUp]
    public void ListenForViolations()
    {
        violations.Clear();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
    }

    [Test]
    public async Task The_plans_page_works_under_the_policy()
    {
        await TrackerApp.ClientFor("Priya Shah").PostJsonAsync("/api/plans",
            new { title = "CSP check plan", sourceType = "Ofsted ILACS inspection", status = "active", scaleId = 2, scoreLevel = "recommendation" });

        var response = await Page.GotoAsync("/");
        var plans = await PlansPage.OpenAsync(Page);

        Assert.That(await response!.HeaderValueAsync("content-security-policy"), Does.Contain("script-src 'self';"));
        await Expect(plans.Table).ToBeVisibleAsync();
        await AssertAccessibleAsync("the plans page under the Content-Security-Policy");
        AssertNoScriptErrors();
        Assert.That(violations, Is.Empty, string.Join("\n", violations));
    }

    [Test]
    public async Task Swagger_UI_works_under_the_same_policy()
    {
        var response = await Page.GotoAsync("/swagger");

        Assert.That(await response!.HeaderValueAsync("content-security-policy"), Does.Contain("script-src 'self';").And.Not.Contain("unsafe-inline"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Improvement action-plan tracker API" })).ToBeVisibleAsync();
        // Opening an operation draws its parameters, responses and example bodies, the parts styled from script.
        await SwaggerUiPage.ShowTagAsync(Page, "Audit");
        var operation = Page.GetByRole(AriaRole.Button, new() { Name = "/api/plans/{planId}/audit", Exact = false }).First;
        await operation.ClickAsync();
        await Expect(Page.GetByText("pageSize").First).ToBeVisibleAsync();
        AssertNoScriptErrors();
        Assert.That(violations, Is.Empty, string.Join("\n", violations));
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>The sign-in page and the header's account area, found by roles, labels and names.</summary>
public sealed class SignInPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 });

    public ILocator Username => page.GetByLabel("Email or username");

    public ILocator Password => page.GetByLabel("Password", new() { Exact = true });

    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });

    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" }) });

    public ILocator ErrorLink(string text) => ErrorSummary.GetByRole(AriaRole.Link, new() { Name = text });

    /// <summary>The header's "Signed in as ..." line.</summary>
    public ILocator SignedInAs => page.GetByRole(AriaRole.Banner).GetByText("Signed in as");

    public ILocator SignOutButton => page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" });

    public ILocator HeaderSignInLink => page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in" });

    public ILocator DemoBanner => page.GetByRole(AriaRole.Region, new() { Name = "Demonstration" });

    private ILocator Checking => page.GetByRole(AriaRole.Status).GetByText("Checking whether you are already signed in");

    /// <summary>Opens the sign-in page at <paramref name="path"/> and waits for the form.</summary>
    public static async Task<SignInPage> OpenAsync(IPage page, string path = "/sign-in")
    {
        await page.GotoAsync(path);
        var signIn = new SignInPage(page);
        await Expect(signIn.Heading).ToBeVisibleAsync();
        await Expect(signIn.Checking).ToHaveCountAsync(0);
        return signIn;
    }

    /// <summary>
    /// Signs the whole browser context in through the API, quicker than the form when a test is about another page:
    /// the session cookie lands in the context's cookie jar, and the SPA asks GET /api/session for its token.
    /// </summary>
    public static async Task SignInThroughTheApiAsync(IBrowserContext context, string username, string password)
    {
        var response = await context.APIRequest.PostAsync("/api/session", new() { DataObject = new { username, password } });
        Assert.That(response.Status, Is.EqualTo(200), $"Signing in as {username} failed: {await response.TextAsync()}");
    }

    public async Task SignInAsync(string username, string password)
    {
        await Username.FillAsync(username);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }
}

using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>One item's detail page as a person sees it, found by roles and names.</summary>
public sealed class ItemDetailPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Breadcrumb => page.GetByRole(AriaRole.Navigation, new() { Name = "Where this item sits" });

    /// <summary>The score history chart: one image whose name describes every point.</summary>
    public ILocator Chart => page.GetByRole(AriaRole.Img, new() { Name = "Score history of" });

    /// <summary>The chart's text alternative, a table named by its caption.</summary>
    public ILocator HistoryTable => page.GetByRole(AriaRole.Table, new() { Name = "score in each review" });

    public ILocator Section(string heading) => page.GetByRole(AriaRole.Region, new() { Name = heading, Exact = true });

    public ILocator Updates => Section("Progress updates").GetByRole(AriaRole.Listitem);

    /// <summary>The value of one of the item's facts (a description list): the definition that follows the term.</summary>
    public ILocator Fact(string term) =>
        page.GetByRole(AriaRole.Term).Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(term)}$") }).Locator("xpath=following-sibling::dd[1]");

    /// <summary>The links to the rows under this one, in printed order.</summary>
    public ILocator Children => Section("Items under this one").GetByRole(AriaRole.Link);

    public ILocator Changes => Section("Changes").GetByRole(AriaRole.List).First.GetByRole(AriaRole.Listitem);

    public ILocator SignOff => Section("Completion and sign-off");

    public ILocator SignOffButton => page.GetByRole(AriaRole.Button, new() { Name = "Record the decision" });

    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" }) });

    public ILocator UpdateScoreLink => page.GetByRole(AriaRole.Link, new() { Name = "Update the score for" });

    private ILocator Loading => page.GetByRole(AriaRole.Status).GetByText("Loading");

    public static async Task<ItemDetailPage> OpenAsync(IPage page, long planId, string kind, long itemId)
    {
        await page.GotoAsync($"/plans/{planId}/items/{kind}/{itemId}");
        var item = new ItemDetailPage(page);
        await item.WaitUntilLoadedAsync();
        return item;
    }

    public async Task WaitUntilLoadedAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(Loading).ToHaveCountAsync(0);
    }

    /// <summary>The cells of the history table's row for one review: date, score.</summary>
    public ILocator HistoryRow(string review) =>
        HistoryTable.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = review, Exact = true }) });
}

/// <summary>Accounts with a password, so a browser can sign in as a board member or a viewer.</summary>
public static class BrowserAccounts
{
    public const string Password = "browser-account-password-2026";

    /// <summary>Creates an account with this role and display name and returns its username.</summary>
    public static async Task<string> CreateAsync(string role, string displayName, long? personId = null)
    {
        using var admin = await TrackerApp.BrowserSignedInAsync("admin", TrackerApp.AdminPassword);
        var username = $"{role}.{Guid.NewGuid():N}@browser.example";
        var created = await admin.PostAsJsonAsync("/api/users", new { username, displayName, role, personId, password = Password });
        Assert.That(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return username;
    }
}

using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>The board dashboard as a person sees it, found by roles and names.</summary>
public sealed class DashboardPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator ReviewSelect => page.GetByLabel("Review", new() { Exact = true });

    public ILocator ShowButton => page.GetByRole(AriaRole.Button, new() { Name = "Show" });

    public ILocator Headline => Section("Headline figures");

    /// <summary>One headline figure (a list item) by its title, e.g. "Average score, over scored items".</summary>
    public ILocator Figure(string title) => Headline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = title });

    public ILocator Table(string caption) => page.GetByRole(AriaRole.Table, new() { Name = caption });

    public ILocator Chart => page.GetByRole(AriaRole.Img, new() { Name = "Items at each level in each review" });

    /// <summary>One list of items to discuss (a region named by its heading, e.g. "Overdue (2)").</summary>
    public ILocator List(string headingStart) => page.GetByRole(AriaRole.Region, new() { Name = headingStart });

    /// <summary>An average's movement as shown ("3.5 → 2.3") and read out ("3.5 then 2.3": the arrow is hidden from screen readers).</summary>
    public static System.Text.RegularExpressions.Regex Movement(string previous, string current) =>
        new($@"{System.Text.RegularExpressions.Regex.Escape(previous)} →\s+then {System.Text.RegularExpressions.Regex.Escape(current)}");

    public ILocator Section(string heading) => page.GetByRole(AriaRole.Region, new() { Name = heading, Exact = true });

    private ILocator Loading => page.GetByRole(AriaRole.Status).GetByText("Loading");

    public static async Task<DashboardPage> OpenAsync(IPage page, long planId, long? reviewId = null)
    {
        await page.GotoAsync($"/plans/{planId}/dashboard{(reviewId is null ? "" : $"?review={reviewId}")}");
        var dashboard = new DashboardPage(page);
        await dashboard.WaitUntilLoadedAsync();
        return dashboard;
    }

    public async Task WaitUntilLoadedAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(Loading).ToHaveCountAsync(0);
    }

    /// <summary>The cells of a table's row whose row header is <paramref name="header"/>.</summary>
    public ILocator Row(ILocator table, string header) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = header }) });

    /// <summary>The texts of a row's data cells, trimmed.</summary>
    public static async Task<string[]> CellsAsync(ILocator row) =>
        (await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync()).Select(t => t.Trim()).ToArray();
}

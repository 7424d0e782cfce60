using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>The action-plan grid as a person sees it, found by roles and names rather than markup.</summary>
public sealed class GridPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The grid, named by its caption.</summary>
    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "every item with its scores in each review" });

    /// <summary>The scrolling region around the grid, which keyboard users can focus and scroll.</summary>
    public ILocator ScrollRegion => page.GetByRole(AriaRole.Region, new() { Name = "Action plan grid" });

    public ILocator ColumnHeaders => Table.GetByRole(AriaRole.Columnheader);

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    private ILocator Loading => page.GetByRole(AriaRole.Status).GetByText("Loading the action plan");

    /// <summary>Opens the grid at /plans/<paramref name="planId"/> and waits until it has loaded (or failed to).</summary>
    public static async Task<GridPage> OpenAsync(IPage page, long planId)
    {
        await page.GotoAsync($"/plans/{planId}");
        var grid = new GridPage(page);
        await grid.WaitUntilLoadedAsync();
        return grid;
    }

    public async Task WaitUntilLoadedAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(Loading).ToHaveCountAsync(0);
    }

    /// <summary>The row whose row header is exactly <paramref name="reference"/>.</summary>
    public ILocator Row(string reference) =>
        Table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = reference, Exact = true }) });

    /// <summary>The cell of <paramref name="reference"/>'s row under the column whose heading starts with <paramref name="column"/>.</summary>
    public async Task<ILocator> CellAsync(string reference, string column)
    {
        var headings = (await ColumnHeaders.AllInnerTextsAsync()).Select(h => h.Trim()).ToList();
        var index = headings.FindIndex(h => h.StartsWith(column, StringComparison.Ordinal));
        Assert.That(index, Is.GreaterThan(0), $"No column \"{column}\" after the reference among: {string.Join(" | ", headings)}");
        var row = Row(reference);
        await Expect(row).ToHaveCountAsync(1);
        return row.GetByRole(AriaRole.Cell).Nth(index - 1);
    }
}

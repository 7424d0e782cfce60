using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>The plans page as a person sees it, found by roles and names rather than markup.</summary>
public sealed class PlansPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Improvement action-plan tracker", Level = 1 });

    public ILocator Table => page.GetByRole(AriaRole.Table, new() { Name = "Plans" });

    public ILocator EmptyState => page.GetByText("No plans yet");

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public ILocator ApiDocumentationLink => page.GetByRole(AriaRole.Link, new() { Name = "API documentation" });

    public ILocator SkipLink => page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });

    public ILocator Main => page.GetByRole(AriaRole.Main);

    private ILocator Loading => page.GetByRole(AriaRole.Status).GetByText("Loading plans");

    /// <summary>Opens the page at <paramref name="path"/> and waits until the plans have loaded (or failed to).</summary>
    public static async Task<PlansPage> OpenAsync(IPage page, string path = "/")
    {
        await page.GotoAsync(path);
        var plans = new PlansPage(page);
        await Expect(plans.Heading).ToBeVisibleAsync();
        await Expect(plans.Loading).ToHaveCountAsync(0);
        // Each plan's figures load after the list; a row is aria-busy until they arrive.
        await Expect(page.Locator("tr[aria-busy=true]")).ToHaveCountAsync(0);
        return plans;
    }

    /// <summary>The row whose title starts with <paramref name="title"/>, as column heading → cell text.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RowAsync(string title)
    {
        var row = Table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = title }) });
        await Expect(row).ToHaveCountAsync(1);

        var headings = await Table.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync();
        var cells = (await row.GetByRole(AriaRole.Rowheader).AllInnerTextsAsync())
            .Concat(await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync());
        return headings.Zip(cells).ToDictionary(pair => pair.First.Trim(), pair => pair.Second.Trim());
    }
}

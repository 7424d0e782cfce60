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

    /// <summary>The filter panel: a form named by its heading.</summary>
    public ILocator Filters => page.GetByRole(AriaRole.Form, new() { Name = "Filter the items" });

    /// <summary>A checkbox of the filter panel by its label, e.g. "2 Started with some delay", "Overdue", "No score".</summary>
    public ILocator Checkbox(string label) => Filters.GetByRole(AriaRole.Checkbox, new() { Name = label, Exact = true });

    /// <summary>A select of the filter panel by its whole label: "Person", "Addressed to", "Priority", "Direction", "Overrides", "Printed direction", "Review columns".</summary>
    public ILocator Select(string label) => Filters.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });

    /// <summary>The summary that opens and folds the filter panel (folded at first unless the address filters).</summary>
    public ILocator FiltersSummary => Filters.GetByText("Show or hide the filters");

    /// <summary>Opens the filter panel, which starts folded unless the address filters.</summary>
    public async Task OpenFiltersAsync()
    {
        if (!await Checkbox("Overdue").IsVisibleAsync()) await FiltersSummary.ClickAsync();
        await Expect(Checkbox("Overdue")).ToBeVisibleAsync();
    }

    /// <summary>The as-of date: a labelled date input in the filter panel.</summary>
    public ILocator AsOf => Filters.GetByLabel("Figures as of");

    /// <summary>The banner that says which date the figures were judged on (a status region), shown for an earlier date only.</summary>
    public ILocator AsOfBanner => page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "Figures as they stood on" });

    /// <summary>The line that heads the grid: the current review and the date deadlines are judged on.</summary>
    public ILocator ReviewSummary => page.Locator(".grid-summary");

        public ILocator ClearFilters => Filters.GetByRole(AriaRole.Button, new() { Name = "Clear filters" });

    /// <summary>"Showing N of M items", a polite live region.</summary>
    public ILocator Count => page.GetByRole(AriaRole.Status).Filter(new() { HasTextString = "Showing " });

    /// <summary>The live region that says how the rows are sorted (visually hidden).</summary>
    public ILocator SortStatus => page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^(Sorted by|In the plan)") });

    /// <summary>The line that states the active filters (and is printed).</summary>
    public ILocator ActiveFilters => page.Locator(".grid-active-filters");

    public ILocator ExpandAll => page.GetByRole(AriaRole.Button, new() { Name = "Expand all" });

    public ILocator CollapseAll => page.GetByRole(AriaRole.Button, new() { Name = "Collapse all" });

    /// <summary>The sort button of a column, inside its heading: "Reference", "Lead", "RAG 11/26", "Deadline", ...</summary>
    public ILocator SortButton(string column) => ColumnHeaders.GetByRole(AriaRole.Button, new() { Name = column });

    /// <summary>The column heading that holds <paramref name="column"/>'s sort button (it carries aria-sort).</summary>
    public ILocator SortableHeader(string column) => ColumnHeaders.Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = column }) });

    /// <summary>A row's disclosure button, by what it shows or hides: "2 success measures under 1 / 1.1".</summary>
    public ILocator Toggle(string name) => Table.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>The designed state shown when the filters leave nothing.</summary>
    public ILocator NoMatch => page.Locator(".grid-no-match");

    /// <summary>Opens the grid at /plans/<paramref name="planId"/> and waits until it has loaded (or failed to).</summary>
    public static async Task<GridPage> OpenAsync(IPage page, long planId, string query = "")
    {
        await page.GotoAsync($"/plans/{planId}{query}");
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

    /// <summary>The references of the item rows a person can see, in the order shown (priority headings left out).</summary>
    public async Task<IReadOnlyList<string>> VisibleReferencesAsync()
    {
        var headers = await Table.Locator("tbody th.grid__reference").AllAsync();
        var visible = new List<string>();
        foreach (var header in headers)
            // textContent, not innerText: rows out of view are skipped by content-visibility, and innerText needs layout.
            if (await header.IsVisibleAsync()) visible.Add((await header.TextContentAsync() ?? "").Trim());
        return visible;
    }

    /// <summary>
    /// Waits until exactly these references are the visible rows, in order: for a page just opened, whose rows are drawn
    /// after the filters in its address are applied, where reading once could race the drawing on a busy machine.
    /// </summary>
    public Task ExpectVisibleReferencesAsync(params string[] references) =>
        Expect(Table.Locator("tbody th.grid__reference").Filter(new() { Visible = true })).ToHaveTextAsync(references);

    /// <summary>The references of visible rows marked "shown for context" (they do not match the filters themselves).</summary>
    public async Task<IReadOnlyList<string>> ContextReferencesAsync()
    {
        var rows = await Table.GetByRole(AriaRole.Row).Filter(new() { HasTextString = "Shown for context" }).AllAsync();
        var references = new List<string>();
        foreach (var row in rows)
            if (await row.IsVisibleAsync()) references.Add((await row.GetByRole(AriaRole.Rowheader).TextContentAsync() ?? "").Trim());
        return references;
    }

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

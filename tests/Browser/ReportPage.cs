using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>The scrutiny report's print view as a person sees it, found by roles, labels and names rather than markup.</summary>
public sealed class ReportPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Main => page.GetByRole(AriaRole.Main);

    public ILocator ReviewChooser => page.GetByLabel("Review to report on");

    /// <summary>The date the figures are to be as of (a labelled date input; empty for today).</summary>
    public ILocator AsOfField => page.GetByLabel("Figures as of (optional)");

    public ILocator ShowReportButton => page.GetByRole(AriaRole.Button, new() { Name = "Show report" });

    public ILocator PrintButton => page.GetByRole(AriaRole.Button, new() { Name = "Print or save as PDF" });

    public ILocator DownloadLink(string name) => page.GetByRole(AriaRole.Link, new() { Name = name });

    /// <summary>A heading of a part of a section (an exception list, a part of the reconciliation) by its whole text.</summary>
    public ILocator SubHeading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 3, Exact = true });

    public ILocator SectionHeading(string name) => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 2 });

    /// <summary>A table by (the start of) its caption.</summary>
    public ILocator Table(string caption) => page.GetByRole(AriaRole.Table, new() { Name = caption });

    /// <summary>The whole plan, named by its caption.</summary>
    public ILocator PlanTable => page.GetByRole(AriaRole.Table).Filter(new() { Has = page.Locator("caption", new() { HasText = "every item with its scores up to" }) });

    public ILocator Error => page.GetByRole(AriaRole.Alert);

    private ILocator Loading => page.GetByRole(AriaRole.Status).GetByText("Loading the scrutiny report");

    /// <summary>Opens /plans/{planId}/report (?review=, ?asOf=) and waits until the report has loaded, or failed to.</summary>
    public static async Task<ReportPage> OpenAsync(IPage page, long planId, string? review = null, string? asOf = null)
    {
        var query = string.Join("&", new[] { review is null ? null : $"review={review}", asOf is null ? null : $"asOf={asOf}" }.Where(q => q is not null));
        await page.GotoAsync($"/plans/{planId}/report{(query.Length == 0 ? "" : $"?{query}")}");
        var report = new ReportPage(page);
        await report.WaitUntilLoadedAsync();
        return report;
    }

    public async Task WaitUntilLoadedAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(Loading).ToHaveCountAsync(0);
    }

    /// <summary>The row of <paramref name="table"/> whose row header is exactly <paramref name="header"/>.</summary>
    public ILocator Row(ILocator table, string header) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = header, Exact = true }) });

    /// <summary>The cells of a row, header first, as their visible text with white space made single spaces.</summary>
    public static async Task<string[]> CellTextsAsync(ILocator row)
    {
        await Expect(row).ToHaveCountAsync(1);
        var texts = await row.Locator("th, td").AllInnerTextsAsync();
        return texts.Select(ReportPdf.Normalise).ToArray();
    }
}

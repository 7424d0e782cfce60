using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The administration pages as a person sees them: headings, labelled fields, radios by their words, the error
/// summary, the success message and the tables, found by roles, labels and names rather than markup.
/// </summary>
public sealed class AdminPage(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Main => page.GetByRole(AriaRole.Main);

    public ILocator Breadcrumbs => page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" });

    public ILocator AdministrationNavLink => page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Administration" });

    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" }) });

    public ILocator ErrorLink(string text) => ErrorSummary.GetByRole(AriaRole.Link, new() { Name = text });

    /// <summary>A status message (a live region) containing <paramref name="text"/>, e.g. "Account created for".</summary>
    public ILocator Status(string text) => Main.GetByRole(AriaRole.Status).Filter(new() { HasText = text });

    public ILocator Field(string label) => Main.GetByLabel(label, new() { Exact = true });

    /// <summary>A radio button by its words (the hint beside it is its description, not its name).</summary>
    public ILocator Radio(string text) => Main.GetByRole(AriaRole.Radio, new() { Name = text, Exact = true });

    public ILocator Checkbox(string text) => Main.GetByRole(AriaRole.Checkbox, new() { Name = text, Exact = true });

    public ILocator Button(string text) => Main.GetByRole(AriaRole.Button, new() { Name = text, Exact = true });

    public ILocator Link(string text) => Main.GetByRole(AriaRole.Link, new() { Name = text, Exact = true });

    /// <summary>The inline error of the form group holding <paramref name="field"/> (the nearest one: a scale's levels nest).</summary>
    public ILocator InlineError(ILocator field) =>
        field.Locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' form-group ')][1]").Locator(".error-message").First;

    /// <summary>A date's three boxes inside the fieldset whose legend is <paramref name="legend"/>.</summary>
    public ILocator DateGroup(string legend) => Main.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    public async Task FillDateAsync(string legend, string day, string month, string year)
    {
        var group = DateGroup(legend);
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }

    public ILocator Table(string captionStart) =>
        Main.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(captionStart)) });

    /// <summary>The table row whose row header is exactly <paramref name="name"/>.</summary>
    public ILocator Row(ILocator table, string name) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) });

    /// <summary>A row as column heading → cell text.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RowTextAsync(ILocator table, string name)
    {
        var row = Row(table, name);
        await Expect(row).ToHaveCountAsync(1);
        var headings = await table.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync();
        var cells = (await row.GetByRole(AriaRole.Rowheader).AllInnerTextsAsync()).Concat(await row.GetByRole(AriaRole.Cell).AllInnerTextsAsync());
        return headings.Zip(cells).ToDictionary(pair => pair.First.Trim(), pair => pair.Second.Trim());
    }

    public ILocator Loading => page.GetByRole(AriaRole.Status).GetByText(new System.Text.RegularExpressions.Regex("^(Loading|Checking)"));

    /// <summary>Opens an administration address and waits until it has loaded (or failed to).</summary>
    public static async Task<AdminPage> OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        var admin = new AdminPage(page);
        await admin.WaitUntilLoadedAsync();
        return admin;
    }

    public async Task WaitUntilLoadedAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(Loading).ToHaveCountAsync(0);
    }

    /// <summary>Clicks a button or link that goes to another administration page, and waits for it.</summary>
    public async Task GoAsync(ILocator control, string expectedPath)
    {
        await control.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(expectedPath) + "$"));
        await WaitUntilLoadedAsync();
    }
}

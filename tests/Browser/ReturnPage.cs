using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>The monthly return's pages (upload, dry run, result) as a person sees them: found by roles, labels and names.</summary>
public sealed class ReturnPage(IPage page)
{
    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Main => page.GetByRole(AriaRole.Main);

    public ILocator FileField => Main.GetByLabel("Your filled-in return", new() { Exact = true });

    public ILocator UploadButton => Main.GetByRole(AriaRole.Button, new() { Name = "Upload the return", Exact = true });

    /// <summary>"Apply 1 change", "Apply 0 changes".</summary>
    public ILocator ApplyButton => Main.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Apply \\d+ changes?$") });

    public ILocator ErrorSummary => page.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem" }) });

    public ILocator Status(string text) => Main.GetByRole(AriaRole.Status).Filter(new() { HasText = text });

    /// <summary>A table of the dry run, by its caption ("Changes to save (1)").</summary>
    public ILocator Table(string caption) => Main.GetByRole(AriaRole.Table, new() { Name = caption });

    /// <summary>A table's row, by its item ("Recommendation 1").</summary>
    public static ILocator Row(ILocator table, string item) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = item }) });

    private ILocator Loading => page.GetByRole(AriaRole.Status).GetByText("Loading");

    public async Task WaitUntilLoadedAsync()
    {
        await Expect(Heading).ToBeVisibleAsync();
        await Expect(Loading).ToHaveCountAsync(0, new() { Timeout = 30_000 });
    }

    /// <summary>
    /// Presses Tab until `target` has focus, as a keyboard user would, and fails if it never does: a control that Tab
    /// cannot reach is a control a keyboard user cannot use.
    /// </summary>
    public static async Task TabToAsync(IPage page, ILocator target, int limit = 80)
    {
        for (var i = 0; i < limit; i++)
        {
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement")) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {target} in {limit} presses.");
    }
}

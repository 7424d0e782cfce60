using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>"My actions" as a person sees it: found by roles, labels and names.</summary>
public sealed class MyActionsPage(IPage page)
{
    public const string Review = "Update November 26";

    public IPage Page => page;

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "My actions", Level = 1 });

    private ILocator Loading => page.GetByRole(AriaRole.Status).GetByText("Loading your items");

    public static async Task<MyActionsPage> OpenAsync(IPage page, string query = "")
    {
        await page.GotoAsync("/my-actions" + query);
        var myActions = new MyActionsPage(page);
        await Expect(myActions.Heading).ToBeVisibleAsync();
        await Expect(myActions.Loading).ToHaveCountAsync(0);
        return myActions;
    }

    /// <summary>The plan's section, named by its heading.</summary>
    public ILocator Plan(string title) => page.GetByRole(AriaRole.Region, new() { Name = title });

    /// <summary>One item's card: the list item whose heading is "Recommendation {reference}".</summary>
    public ItemCard Item(string reference) => new(page, page.GetByRole(AriaRole.Listitem).Filter(new()
    {
        Has = page.GetByRole(AriaRole.Heading, new() { Name = $"Recommendation {reference}", Exact = true, Level = 3 }),
    }), reference);
}

public sealed class ItemCard(IPage page, ILocator card, string reference)
{
    public ILocator Card => card;

    public ILocator Heading => card.GetByRole(AriaRole.Heading, new() { Level = 3 });

    public ILocator Level(string name) => card.GetByRole(AriaRole.Radio, new() { Name = name, Exact = true });

    public ILocator Narrative => card.GetByLabel($"Progress update for {MyActionsPage.Review}");

    public ILocator NarrativeDate => card.GetByLabel("Date of the update", new() { Exact = true });

    public ILocator Evidence => card.GetByLabel("Evidence of completion");

    public ILocator Save => card.GetByRole(AriaRole.Button, new() { Name = $"Save the score for {reference}", Exact = true });

    public ILocator Saved => card.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved at" });

    public ILocator ErrorSummary => card.GetByRole(AriaRole.Alert).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = $"There is a problem with {reference}" }) });

    public ILocator Conflict => card.GetByRole(AriaRole.Region).Filter(new() { HasText = "while you were working on it" });

    public ILocator Mine => Conflict.GetByRole(AriaRole.Group, new() { Name = "Your version (not saved)" });

    public ILocator Theirs(string name) => Conflict.GetByRole(AriaRole.Group, new() { Name = $"Saved by {name} at" });

    public ILocator Choice(string name) => Conflict.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public ILocator MergedUpdate => Conflict.GetByLabel("Merged update");

    public ILocator MergeLevel(string name) => Conflict.GetByRole(AriaRole.Group, new() { Name = "Merge the two versions" })
        .GetByRole(AriaRole.Radio, new() { Name = name });

    public async Task ScoreAsync(string level, string narrative)
    {
        await Level(level).CheckAsync();
        await Narrative.FillAsync(narrative);
        await Save.ClickAsync();
    }
}

using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 12: a board member records what a board report printed, from the dashboard, by keyboard: a count at a level that
/// disagrees with the scores, corrected until it agrees, then removed; and the average printed for the review. Viewers
/// get neither the page nor the link.
/// </summary>
public sealed class PrintedFiguresTests : BrowserTest
{
    private static readonly HttpClient Admin = TrackerApp.ClientFor("Printed Figures Arranger");

    /// <summary>Three actions scored in the open RAG 11/26: two at 3 On track and one at 1, so 2 are on track and the mean is 2.3.</summary>
    private static async Task<(long PlanId, long ReviewId)> PlanAsync()
    {
        var planId = await Arrange.PlanAsync(Admin, scaleId: 1, scoreLevel: "action", title: $"Printed figures plan {Guid.NewGuid():N}"[..30]);
        var november = await MyActionsArrange.ReviewAsync(Admin, planId, "RAG 11/26", "2026-11-20");
        var recommendation = await Arrange.RecommendationAsync(Admin, planId, "1", "Improve the timeliness of care plans.");
        foreach (var (code, level) in new[] { ("A", 3), ("B", 3), ("C", 1) })
        {
            var action = await Arrange.ActionAsync(Admin, planId, recommendationId: recommendation, code: code);
            var saved = await Admin.PutJsonAsync($"/api/plans/{planId}/reviews/{november}/scores/actions/{action}", new { level, narrative = "Update." }, null);
            Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }
        return (planId, november);
    }

    private async Task TypeAsync(ILocator field, string text)
    {
        await field.FocusAsync();
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync(text);
    }

    private async Task PressAsync(ILocator control, string key = "Enter")
    {
        await control.FocusAsync();
        await Page.Keyboard.PressAsync(key);
    }

    private ILocator Banner(string text) => Page.GetByRole(AriaRole.Status).Filter(new() { HasText = text });

    private ILocator FiguresTable => Page.GetByRole(AriaRole.Table, new() { Name = "Other figures printed for RAG 11/26, checked against the scores" });

    private ILocator AveragesTable => Page.GetByRole(AriaRole.Table, new() { Name = "Averages printed for RAG 11/26, checked against the scores" });

    [Test]
    public async Task A_board_member_records_a_figure_that_disagrees_corrects_it_to_agree_and_records_the_printed_average()
    {
        var (planId, reviewId) = await PlanAsync();
        var board = await BrowserAccounts.CreateAsync("board", "Bola Adeyemi");
        await SignInPage.SignInThroughTheApiAsync(Context, board, BrowserAccounts.Password);

        // From the dashboard's "Printed figures and the scores".
        await Page.GotoAsync($"/plans/{planId}/dashboard");
        var toFigures = Page.GetByRole(AriaRole.Region, new() { Name = "Printed figures and the scores" })
            .GetByRole(AriaRole.Link, new() { Name = "Record or correct the figures printed for RAG 11/26" });
        await PressAsync(toFigures);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Printed figures: Printed figures plan"));
        await Expect(Page.GetByText("No other figure printed for RAG 11/26 has been recorded")).ToBeVisibleAsync();
        await Expect(Page.GetByText("No average printed for RAG 11/26 has been recorded.")).ToBeVisibleAsync();
        await AssertAccessibleAsync("the printed figures page with nothing recorded");

        // Record "On track: 5" as a count at level 3, by keyboard: the scores give 2.
        await PressAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Record a figure printed for RAG 11/26" }));
        await Expect(Page.GetByLabel("Review it was printed for")).ToHaveValueAsync(reviewId.ToString());
        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "The level it counts" })).ToBeHiddenAsync();
        await PressAsync(Page.GetByRole(AriaRole.Radio, new() { Name = "A count of items at a level" }), "Space");
        await Expect(Page.GetByRole(AriaRole.Group, new() { Name = "The level it counts" })).ToBeVisibleAsync();
        await PressAsync(Page.GetByRole(AriaRole.Radio, new() { Name = "3 On track" }), "Space");
        await TypeAsync(Page.GetByLabel("Label as printed"), "On track");
        await PressAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Record the figure" }));

        // The label and value are the API's to ask for: without the value it says so, at the field.
        var summary = Page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Expect(summary).ToContainTextAsync("Enter the value exactly as printed, for example 6 or 45%.");
        await Expect(summary).ToBeFocusedAsync();
        await AssertAccessibleAsync("the printed figure form with an error");
        await TypeAsync(Page.GetByLabel("Value as printed"), "5");
        await TypeAsync(Page.GetByLabel("Where it was printed (optional)"), "Board report, November 2026, p.4");
        await AssertAccessibleAsync("the printed figure form filled in");
        await PressAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Record the figure" }));

        await Expect(Banner("Printed figure “On track: 5” recorded.")).ToBeFocusedAsync();
        var row = FiguresTable.GetByRole(AriaRole.Row).Filter(new() { HasText = "On track: 5" });
        await Expect(row).ToContainTextAsync("Disagrees with the scores");
        await Expect(row).ToContainTextAsync("A count of items at a level: 3 On track");
        await Expect(row).ToContainTextAsync("In Board report, November 2026, p.4");
        await AssertAccessibleAsync("the printed figures page with a figure that disagrees");

        // Correct it to 2, which agrees.
        await PressAsync(row.GetByRole(AriaRole.Link, new() { Name = "Correct the printed figure “On track: 5”" }));
        await Expect(Page.GetByLabel("Value as printed")).ToHaveValueAsync("5");
        await Expect(Page.GetByRole(AriaRole.Radio, new() { Name = "3 On track" })).ToBeCheckedAsync();
        await TypeAsync(Page.GetByLabel("Value as printed"), "2");
        await PressAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Save the corrected figure" }));
        await Expect(Banner("Printed figure “On track: 2” corrected.")).ToBeFocusedAsync();
        await Expect(FiguresTable.GetByRole(AriaRole.Row).Filter(new() { HasText = "On track: 2" })).ToContainTextAsync("Agrees with the scores");
        await Expect(FiguresTable).Not.ToContainTextAsync("Disagrees");

        // The average as printed: words are refused before sending, then 2.3 agrees with the mean over scored items.
        await PressAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Record an average printed for RAG 11/26" }));
        await TypeAsync(Page.GetByLabel("Average as printed"), "about 2");
        await PressAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Record the average" }));
        await Expect(summary).ToContainTextAsync("Enter the figure as a number, as it was printed, for example 2.8.");
        await AssertAccessibleAsync("the printed average form with an error");
        await TypeAsync(Page.GetByLabel("Average as printed"), "2.3");
        await PressAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Record the average" }));
        await Expect(Banner("Printed average 2.3 for the whole plan recorded.")).ToBeFocusedAsync();
        await Expect(AveragesTable).ToContainTextAsync("2.3");
        await Expect(AveragesTable).ToContainTextAsync("Agrees with the scores");
        await AssertAccessibleAsync("the printed figures page with a figure and an average");

        // Remove the figure, after a confirmation page.
        await PressAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Remove the printed figure “On track: 2”" }));
        await Expect(Page.GetByText("Remove the figure “On track: 2” printed for the whole plan in RAG 11/26?")).ToBeVisibleAsync();
        await AssertAccessibleAsync("the confirmation to remove a printed figure");
        await PressAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Remove the figure" }));
        await Expect(Banner("Printed figure “On track: 2” removed.")).ToBeFocusedAsync();
        await Expect(FiguresTable).ToHaveCountAsync(0);

        var stored = await Admin.GetAsync($"/api/plans/{planId}/printed-figures");
        Assert.That(await stored.Content.ReadAsStringAsync(), Is.EqualTo("[]"));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_viewer_gets_neither_the_page_nor_the_link()
    {
        var (planId, _) = await PlanAsync();
        var viewer = await BrowserAccounts.CreateAsync("viewer", "Councillor Vale");
        await SignInPage.SignInThroughTheApiAsync(Context, viewer, BrowserAccounts.Password);

        await Page.GotoAsync($"/plans/{planId}/dashboard");
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Printed figures and the scores" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Record or correct the figures") })).ToHaveCountAsync(0);

        await Page.GotoAsync($"/plans/{planId}/printed-figures");
        await Expect(Page.GetByText("Your account cannot see the printed figures.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the printed figures page for a viewer");
    }
}

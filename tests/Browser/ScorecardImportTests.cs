using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 15, importing a scorecard's values from CSV: opened from the scorecard by keyboard, a file checked by a dry
/// run, the question about a 0 that looks like a placeholder answered, values already entered replaced, the import
/// made and the values seen on the scorecard; a bad line named with its column in the error summary, linked to it.
/// </summary>
public sealed class ScorecardImportTests : BrowserTest
{
    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    private async Task SignInAsBoardAsync()
    {
        var username = await BrowserAccounts.CreateAsync("board", $"Import Board {Guid.NewGuid():N}"[..20]);
        await SignInPage.SignInThroughTheApiAsync(Context, username, BrowserAccounts.Password);
    }

    [Test]
    public async Task A_board_member_checks_a_file_answers_the_zero_question_imports_it_and_sees_the_values_on_the_scorecard()
    {
        var plan = await ScorecardValuesTests.PlanAsync($"Import Owner {Guid.NewGuid():N}"[..20]);
        await SignInAsBoardAsync();
        await Page.GotoAsync($"/plans/{plan.PlanId}/scorecard");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Import values from a CSV file" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var h1 = Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(h1).ToHaveTextAsync("Import values from a CSV file");
        await Expect(Field(Page, "The CSV file")).ToBeVisibleAsync();
        await Expect(h1).ToBeFocusedAsync();
        await AssertAccessibleAsync("the import page");

        // CP1's September is new and its August (80% now) changes; CP3 has no other number, so its 0 is asked about.
        var csv = "Indicator,Month,Value\nCP1,2025-09,85\nCP3,2025-09,0\nCP1,2025-08,82\n";
        var file = Field(Page, "The CSV file");
        await file.FocusAsync();
        await file.SetInputFilesAsync(new FilePayload { Name = "scorecard.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Check the file" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        var summary = Page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(new Regex("^Line 3: Is the 0 for CP3 in September 2025 a real zero"));
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "3 lines: 1 new value, 1 change to a value already entered" })).ToBeVisibleAsync();
        var lines = Page.GetByRole(AriaRole.Table, new() { Name = "The file’s lines" });
        await Expect(lines.GetByRole(AriaRole.Row).Filter(new() { HasText = "CP1" }).Filter(new() { HasText = "August 2025" })).ToContainTextAsync("Changes a value80.0%82.0%");
        var import = Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import") });
        await Expect(import).ToBeDisabledAsync();
        await AssertAccessibleAsync("the dry run with a question and a change");

        await Field(Page, "They are real zeros").FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await Field(Page, "Replace the values already entered that the file gives differently").FocusAsync();
        await Page.Keyboard.PressAsync("Space");
        await Expect(Page.GetByText("Your answers have changed: check the file again")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check again with these answers" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "3 lines: 2 new values, 1 change" })).ToBeFocusedAsync();
        await Expect(import).ToHaveTextAsync("Import 3 values");
        await Expect(import).ToBeEnabledAsync();
        await AssertAccessibleAsync("the dry run with every line answered");

        await import.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var done = Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Imported 3 values into the scorecard: 2 new and 1 replaced." });
        await Expect(done).ToBeFocusedAsync();
        await AssertAccessibleAsync("the import done");

        await done.GetByRole(AriaRole.Link, new() { Name = "See the values on the scorecard" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(h1).ToHaveTextAsync(new Regex("^Performance scorecard"));
        var table = Page.GetByRole(AriaRole.Table).First;
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "CP1" })).ToContainTextAsync("85.0%");
        await Expect(table.GetByRole(AriaRole.Row).Filter(new() { HasText = "CP3" })).ToContainTextAsync("0.0%");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_bad_line_is_named_with_its_column_in_the_error_summary_and_its_link_goes_to_the_line()
    {
        var plan = await ScorecardValuesTests.PlanAsync($"Import Owner {Guid.NewGuid():N}"[..20]);
        await SignInAsBoardAsync();
        await Page.GotoAsync($"/plans/{plan.PlanId}/scorecard/import");
        await Field(Page, "Or paste the CSV’s text (optional)").FillAsync("Indicator,Month,Actual\nCP1,2025-09,lots\nCP2,2025-09,12\n");
        await Field(Page, "Or paste the CSV’s text (optional)").PressAsync("Tab");
        await Page.Keyboard.PressAsync("Enter");

        var summary = Page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToBeFocusedAsync();
        var problem = summary.GetByRole(AriaRole.Link);
        await Expect(problem).ToHaveTextAsync(new Regex("^Line 2, column “Actual”: \"lots\" is not a number"));
        await Expect(Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Import") })).ToBeDisabledAsync();
        await Expect(Page.GetByText("Nothing can be imported yet: 1 line is refused.")).ToBeVisibleAsync();
        await AssertAccessibleAsync("the dry run with a refused line");

        await problem.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var lines = Page.GetByRole(AriaRole.Table, new() { Name = "The file’s lines" });
        await Expect(lines.GetByRole(AriaRole.Rowheader, new() { Name = "2", Exact = true })).ToBeFocusedAsync();
        await Expect(lines.GetByRole(AriaRole.Row).Filter(new() { HasText = "lots" })).ToContainTextAsync("RefusedColumn “Actual”");
        AssertNoScriptErrors();
    }
}

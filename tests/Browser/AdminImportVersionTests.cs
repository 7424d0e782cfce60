using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// A newer version of a plan (issue 11) through the web app: a CSV brought in as a new plan, then a newer copy of it
/// (one more review column, one more row, one changed score) brought in from the plans list's "Bring in a newer
/// version", the changed score taken from the file by keyboard, and the changes applied to the plan.
/// </summary>
public sealed class AdminImportVersionTests : BrowserTest
{
    private static readonly string[] Header = ["No.", "Recommendation", "Assigned lead", "By when", "Score Sept 16", "Score Nov 16"];

    [SetUp]
    public async Task SignIn()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);
        await Page.SetViewportSizeAsync(1366, 900);
    }

    [Test]
    public async Task A_newer_version_adds_its_review_and_row_and_takes_the_changed_score_chosen_by_keyboard()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        var first = ImportFiles.Csv(
            Header,
            ["1", $"Improve the front door {marker}", "Priya Raman", "Mar-17", "2", "3"],
            ["2", "Strengthen supervision of social workers", "Priya Raman", "Ongoing", "1", "2"]);
        var newer = ImportFiles.Csv(
            [.. Header, "Score Jan 17"],
            ["1", $"Improve the front door {marker}", "Priya Raman", "Mar-17", "2", "2", "3"],
            ["2", "Strengthen supervision of social workers", "Priya Raman", "Ongoing", "1", "2", "3"],
            ["3", $"Listen to children in care {marker}", "Priya Raman", "Dec-17", "", "", "1"]);

        var admin = await AdminPage.OpenAsync(Page, "/admin/import");
        await admin.Field("The plan’s file").SetInputFilesAsync(new FilePayload { Name = $"plan-{marker}.csv", MimeType = "text/csv", Buffer = first });
        await admin.Button("Read the file").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/imports/\d+$"), new() { Timeout = 30_000 });
        await admin.WaitUntilLoadedAsync();
        await admin.Button("Create the plan").ClickAsync();
        await Expect(admin.Heading).ToHaveTextAsync("Plan created", new() { Timeout = 30_000 });
        var planId = long.Parse((await admin.Link("Open the plan’s grid").GetAttributeAsync("href"))!.Split('/')[^1]);
        var title = (await GetJsonAsync($"/api/plans/{planId}")).GetProperty("title").GetString()!;

        // From the plans list: the upload page with the plan already chosen.
        await AdminPage.OpenAsync(Page, "/admin/plans");
        await admin.Link($"Bring in a newer version of {title}").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($@"/admin/import\?plan={planId}$"));
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Field("This file is a newer version of (optional)")).ToHaveValueAsync(planId.ToString());

        var fileName = $"plan-{marker}-newer.csv";
        await admin.Field("The plan’s file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = newer });
        await admin.Button("Read the file").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/imports/\d+$"), new() { Timeout = 30_000 });
        await admin.WaitUntilLoadedAsync();

        await Expect(admin.Main.GetByRole(AriaRole.Heading, new() { Name = $"Changes to {title}", Exact = true })).ToBeVisibleAsync();
        await Expect(admin.Main).ToContainTextAsync("adds 1 new review, 1 new item");
        await Expect(admin.Main.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Score Jan 17" })).ToBeVisibleAsync();
        var decisions = admin.Table("Scores the tracker and the file disagree on");
        var row = await admin.RowTextAsync(decisions, $"Recommendation 1: Improve the front door {marker}");
        Assert.That((row["Review"], row["The tracker’s"], row["The file’s"]), Is.EqualTo(("Score Nov 16", "3", "2")));
        await Expect(admin.Radio("Keep the tracker’s")).ToBeCheckedAsync();
        await SaveScreenshotAsync("import-version.png", "A newer version of a plan: the changes and a score to choose");
        await AssertAccessibleAsync("the dry run of a newer version");

        // By keyboard: from the checked radio to the other, then save.
        await admin.Radio("Keep the tracker’s").FocusAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(admin.Radio("Take the file’s")).ToBeCheckedAsync();
        await admin.Button("Save these choices").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(admin.Status("Your choices were saved: 1 score will be taken from the file")).ToBeFocusedAsync(new() { Timeout = 30_000 });
        await Expect(admin.Radio("Take the file’s")).ToBeCheckedAsync();
        await AssertAccessibleAsync("a newer version after saving the choices");

        await admin.Button($"Apply the changes to {title}").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(admin.Heading).ToHaveTextAsync("Changes applied", new() { Timeout = 30_000 });
        await Expect(admin.Status($"The changes were applied to {title}")).ToBeFocusedAsync();
        await Expect(admin.Status("1 of them taken from the file")).ToBeVisibleAsync();
        await AssertAccessibleAsync("the success state after applying a newer version");

        await admin.Link("Open the plan’s grid").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex($@"/plans/{planId}$"));
        var main = Page.GetByRole(AriaRole.Main);
        await Expect(main).ToContainTextAsync("Score Jan 17");
        await Expect(main).ToContainTextAsync($"Listen to children in care {marker}");
        AssertNoScriptErrors();
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Page.APIRequest.GetAsync(path);
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync()).RootElement;
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Import.Returns;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The monthly return through the web app (issue 11), as the demo's manager (Aisha Rahman) and board member use it, on a
/// demo tracker of this class's own (so saving scores changes no other test's data): download the return from My
/// actions, fill it in as Excel would (the Open XML SDK), upload it, read the dry run, apply it by keyboard and find the
/// score on the item's page; a score someone else saved after the download shown as a conflict and never overwritten;
/// a file that is no return; the board's return of every item on the dashboard. Axe on every state.
/// </summary>
public sealed class ReturnTests : BrowserTest
{
    private const string Manager = "manager@demo.example";
    private const string Board = "board@demo.example";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "tracker-return-web-" + Guid.NewGuid().ToString("N")[..8]);
    private TrackerFactory? tracker;

    protected override Uri ServerAddress => tracker!.ClientOptions.BaseAddress;

    [OneTimeSetUp]
    public void StartDemoTracker()
    {
        Directory.CreateDirectory(folder);
        tracker = new TrackerFactory(folder, seedDemoData: true);
        tracker.UseKestrel(0);
        tracker.StartServer();
    }

    [OneTimeTearDown]
    public void StopDemoTracker()
    {
        tracker?.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private sealed record Level(int Value, string Label, bool MeansComplete)
    {
        /// <summary>As the return's dropdown offers it ("3 On track"; a label that is only the number once).</summary>
        public string Words => Label == Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ? Label : $"{Value} {Label}";
    }

    private sealed record Item(string ItemType, long ItemId, string Reference, int? Level, long? Version);

    private sealed record MinePlan(long PlanId, string Title, long ReviewId, string ReviewLabel, List<Level> Levels, List<Item> Items)
    {
        /// <summary>A level that needs no evidence and is not the item's level now, so the row is a change.</summary>
        public Level Another(int? now) => Levels.First(l => !l.MeansComplete && l.Value != now);
    }

    /// <summary>The manager's first plan on My actions, read through the API with the browser's own session.</summary>
    private Task<MinePlan> MyFirstPlanAsync() => MyFirstPlanAsync(Page.APIRequest);

    private static async Task<MinePlan> MyFirstPlanAsync(IAPIRequestContext api)
    {
        var response = await api.GetAsync("/api/my-items");
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
        using var json = JsonDocument.Parse(await response.TextAsync());
        var plan = json.RootElement.GetProperty("plans")[0];
        var levels = plan.GetProperty("scale").GetProperty("levels").EnumerateArray()
            .Select(l => new Level(l.GetProperty("value").GetInt32(), l.GetProperty("label").GetString()!, l.GetProperty("meansComplete").GetBoolean())).ToList();
        var items = plan.GetProperty("items").EnumerateArray().Select(i =>
        {
            var score = i.GetProperty("score");
            var hasScore = score.ValueKind == JsonValueKind.Object;
            return new Item(i.GetProperty("itemType").GetString()!, i.GetProperty("itemId").GetInt64(), i.GetProperty("reference").GetString()!,
                hasScore && score.GetProperty("level").ValueKind == JsonValueKind.Number ? score.GetProperty("level").GetInt32() : null,
                hasScore ? score.GetProperty("version").GetInt64() : null);
        }).ToList();
        var review = plan.GetProperty("review");
        return new MinePlan(plan.GetProperty("planId").GetInt64(), plan.GetProperty("planTitle").GetString()!, review.GetProperty("id").GetInt64(),
            review.GetProperty("label").GetString()!, levels, items);
    }

    private static string ItemName(Item item) => item.ItemType switch
    {
        "recommendation" => $"Recommendation {item.Reference}",
        "action" => $"Action {item.Reference}",
        _ => $"Success measure {item.Reference}",
    };

    private static ILocator PlanSection(IPage page, MinePlan plan) => page.GetByRole(AriaRole.Region, new() { Name = plan.Title, Exact = true });

    [Test]
    public async Task The_demo_manager_downloads_her_return_fills_it_in_and_applies_it_by_keyboard_and_the_score_shows_on_the_item()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, Manager, DemoServer.Password);
        var plan = await MyFirstPlanAsync();
        var item = plan.Items[0];
        var level = plan.Another(item.Level);
        var update = $"Return filled in offline {Guid.NewGuid().ToString("N")[..6]}: audits done, two teams still to see.";

        var myActions = await MyActionsPage.OpenAsync(Page);
        var section = PlanSection(Page, plan);
        await Expect(section).ToContainTextAsync($"Download your items for {plan.ReviewLabel} as a spreadsheet");

        // Download by keyboard: the link carries the download attribute, so the browser saves the workbook.
        var downloadLink = section.GetByRole(AriaRole.Link, new() { Name = "Download your return (Excel)" });
        await Expect(downloadLink).ToHaveAttributeAsync("href", $"/api/plans/{plan.PlanId}/returns/{plan.ReviewId}?mine=true");
        await ReturnPage.TabToAsync(Page, downloadLink);
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.Keyboard.PressAsync("Enter"));
        Assert.That(download.SuggestedFilename, Does.EndWith("-return.xlsx"));
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        // An .xlsx with her items, and only hers, read back with the Open XML SDK.
        using (var check = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            Assert.That(check.WorkbookPart!.Workbook.Sheets!.ChildElements.Select(s => ((DocumentFormat.OpenXml.Spreadsheet.Sheet)s).Name!.Value), Does.Contain("Return"));
        byte[] filled;
        using (var workbook = new ReturnWorkbookFile(bytes))
        {
            Assert.That(workbook.ItemRows.Select(r => workbook.Get(r, "Reference")), Is.EquivalentTo(plan.Items.Select(i => i.Reference)), "her items in the open review");
            var row = workbook.RowOf(item.Reference);
            workbook.Set(row, "Score", level.Words);
            workbook.Set(row, "Update", update);
            filled = workbook.Save();
        }

        // To the upload page by keyboard.
        var uploadLink = section.GetByRole(AriaRole.Link, new() { Name = "Upload your filled-in return" });
        await ReturnPage.TabToAsync(Page, uploadLink);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex($"/plans/{plan.PlanId}/returns/upload\\?review={plan.ReviewId}$"));
        var page = new ReturnPage(Page);
        await page.WaitUntilLoadedAsync();
        await Expect(page.Heading).ToHaveTextAsync("Upload your filled-in return");
        await Expect(page.Main).ToContainTextAsync($"{plan.Title}: {plan.ReviewLabel}.");
        await Expect(page.FileField).ToHaveAttributeAsync("accept", ".xlsx");
        await Expect(page.FileField).ToHaveAccessibleDescriptionAsync(new Regex("up to 20 MB"));
        await SaveScreenshotAsync("return-upload.png", "Uploading a filled-in return");
        await AssertAccessibleAsync("the return upload page");

        // The file input, by keyboard: Space opens the file chooser.
        await ReturnPage.TabToAsync(Page, page.FileField);
        var chooser = await Page.RunAndWaitForFileChooserAsync(() => Page.Keyboard.PressAsync(" "));
        await chooser.SetFilesAsync(new FilePayload { Name = "my-return.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = filled });
        await ReturnPage.TabToAsync(Page, page.UploadButton);
        await Page.Keyboard.PressAsync("Enter");

        // The dry run: the change in words and in its table; nothing saved yet.
        await Expect(Page).ToHaveURLAsync(new Regex($"/plans/{plan.PlanId}/returns/uploads/\\d+$"), new() { Timeout = 30_000 });
        await page.WaitUntilLoadedAsync();
        await Expect(page.Heading).ToHaveTextAsync("Check your return before it is saved");
        await Expect(page.Main).ToContainTextAsync($"{plan.Items.Count} rows read: 1 change to save");
        await Expect(page.Main).ToContainTextAsync("Nothing has been saved yet.");
        var changes = page.Table("Changes to save (1)");
        var changed = ReturnPage.Row(changes, ItemName(item));
        await Expect(changed).ToContainTextAsync($"→ {level.Words}");
        await Expect(changed).ToContainTextAsync("update");
        await Expect(changed).ToContainTextAsync(update);
        Assert.That((await MyFirstPlanAsync()).Items[0].Version, Is.EqualTo(item.Version), "the dry run writes nothing");
        await SaveScreenshotAsync("return-dry-run.png", "The dry run of a filled-in return");
        await AssertAccessibleAsync("the return's dry run");

        // Apply by keyboard; the result is announced and focused.
        await Expect(page.ApplyButton).ToHaveTextAsync("Apply 1 change");
        await ReturnPage.TabToAsync(Page, page.ApplyButton);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(page.Heading).ToHaveTextAsync("Return applied", new() { Timeout = 30_000 });
        await Expect(page.Status($"1 change was saved to {plan.ReviewLabel}")).ToBeFocusedAsync();
        await Expect(page.Table("Changes saved (1)")).ToBeVisibleAsync();
        await Expect(page.ApplyButton).ToHaveCountAsync(0);
        await SaveScreenshotAsync("return-applied.png", "The return applied");
        await AssertAccessibleAsync("the applied return");

        var saved = (await MyFirstPlanAsync()).Items.Single(i => i.ItemId == item.ItemId && i.ItemType == item.ItemType);
        Assert.That(saved.Level, Is.EqualTo(level.Value), "stored as the return said");

        // The item's page, reached by keyboard from the table, shows the new score and update.
        var itemLink = ReturnPage.Row(page.Table("Changes saved (1)"), ItemName(item)).GetByRole(AriaRole.Link, new() { Name = ItemName(item) });
        await ReturnPage.TabToAsync(Page, itemLink);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex($"/plans/{plan.PlanId}/items/{item.ItemType}/{item.ItemId}$"));
        var detail = new ItemDetailPage(Page);
        await detail.WaitUntilLoadedAsync();
        await Expect(detail.HistoryRow(plan.ReviewLabel)).ToContainTextAsync(level.Label);
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync(update);
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_score_the_board_saved_after_the_download_is_shown_as_a_conflict_beside_hers_and_nothing_is_overwritten()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, Manager, DemoServer.Password);
        var plan = await MyFirstPlanAsync();
        // Not the first item, which the other test changes.
        var item = plan.Items[1];
        await MyActionsPage.OpenAsync(Page);
        var href = await PlanSection(Page, plan).GetByRole(AriaRole.Link, new() { Name = "Download your return (Excel)" }).GetAttributeAsync("href");
        var bytes = await (await Page.APIRequest.GetAsync(href!)).BodyAsync();

        // Meanwhile the board saves a score for the same item, in a session of its own.
        var theirs = plan.Another(item.Level);
        var boardsUpdate = $"Checked at the board {Guid.NewGuid().ToString("N")[..6]}.";
        using (var board = await TrackerApp.BrowserSignedInAsync(tracker!, Board, DemoServer.Password))
        {
            var saved = await board.PutJsonAsync($"/api/plans/{plan.PlanId}/reviews/{plan.ReviewId}/scores/{item.ItemType}s/{item.ItemId}",
                new { level = theirs.Value, narrative = boardsUpdate }, item.Version is { } v ? $"\"{v}\"" : null);
            Assert.That(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        }

        // Her return, made before the board's save, says something else.
        var mine = plan.Levels.First(l => !l.MeansComplete && l.Value != theirs.Value && l.Value != item.Level);
        var myUpdate = "Written offline before the board met.";
        byte[] filled;
        using (var workbook = new ReturnWorkbookFile(bytes))
        {
            var line = workbook.RowOf(item.Reference);
            workbook.Set(line, "Score", mine.Words);
            workbook.Set(line, "Update", myUpdate);
            filled = workbook.Save();
        }

        var page = new ReturnPage(Page);
        await Page.GotoAsync($"/plans/{plan.PlanId}/returns/upload?review={plan.ReviewId}");
        await page.WaitUntilLoadedAsync();
        await page.FileField.SetInputFilesAsync(new FilePayload { Name = "return.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = filled });
        await page.UploadButton.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/returns/uploads/\d+$"), new() { Timeout = 30_000 });
        await page.WaitUntilLoadedAsync();

        var conflicts = page.Table("Changed by someone else since you downloaded the return (1)");
        var row = ReturnPage.Row(conflicts, ItemName(item));
        var cells = row.GetByRole(AriaRole.Cell);
        await Expect(cells.Nth(0)).ToContainTextAsync(mine.Words);
        await Expect(cells.Nth(0)).ToContainTextAsync(myUpdate);
        await Expect(cells.Nth(1)).ToContainTextAsync(theirs.Words);
        await Expect(cells.Nth(1)).ToContainTextAsync(boardsUpdate);
        await Expect(cells.Nth(2)).ToContainTextAsync("Demo board member changed");
        await Expect(page.Main).ToContainTextAsync("Nothing will be overwritten: the tracker keeps what it holds now.");
        // Nothing else changed, so there is nothing to apply, and the button says why.
        await Expect(page.ApplyButton).ToBeDisabledAsync();
        await Expect(page.ApplyButton).ToHaveAccessibleDescriptionAsync("There is nothing to apply: no row changes a score in a way that can be saved. The rows above say why.");
        await SaveScreenshotAsync("return-conflict.png", "A return whose row someone else changed after the download");
        await AssertAccessibleAsync("a dry run with a conflict");

        var now = (await MyFirstPlanAsync()).Items.Single(i => i.ItemId == item.ItemId && i.ItemType == item.ItemType);
        Assert.That(now.Level, Is.EqualTo(theirs.Value), "the board's score stands");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_file_that_is_no_return_and_no_file_at_all_are_named_in_the_error_summary_with_a_link_to_the_field()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, Manager, DemoServer.Password);
        var plan = await MyFirstPlanAsync();
        var page = new ReturnPage(Page);
        await Page.GotoAsync($"/plans/{plan.PlanId}/returns/upload");
        await page.WaitUntilLoadedAsync();

        await page.UploadButton.ClickAsync();
        await Expect(page.ErrorSummary).ToBeFocusedAsync();
        await Expect(page.ErrorSummary).ToContainTextAsync("Choose your filled-in return");

        var notAReturn = ImportFiles.Workbook("Plan", [new ImportFiles.Cell("No."), new ImportFiles.Cell("Recommendation")], [new ImportFiles.Cell("1"), new ImportFiles.Cell("Not a return")]);
        await page.FileField.SetInputFilesAsync(new FilePayload { Name = "plan.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = notAReturn });
        await page.UploadButton.ClickAsync();
        await Expect(page.ErrorSummary).ToBeFocusedAsync(new() { Timeout = 30_000 });
        var message = page.ErrorSummary.GetByRole(AriaRole.Link);
        await Expect(message).ToHaveCountAsync(1);
        await Expect(page.FileField).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Error: "));
        await message.ClickAsync();
        await Expect(page.FileField).ToBeFocusedAsync();
        await AssertAccessibleAsync("the upload page with the API's error");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_board_downloads_the_return_of_every_item_from_the_dashboard_and_a_manager_is_not_offered_it_there()
    {
        // The manager's plan, and her dashboard, in a browser of her own.
        var managers = await BrowserSession.Browser.NewContextAsync(new() { BaseURL = ServerAddress.ToString(), Locale = "en-GB", TimezoneId = "Europe/London" });
        MinePlan plan;
        try
        {
            await SignInPage.SignInThroughTheApiAsync(managers, Manager, DemoServer.Password);
            var managersPage = await managers.NewPageAsync();
            plan = await MyFirstPlanAsync(managersPage.APIRequest);
            await managersPage.GotoAsync($"/plans/{plan.PlanId}/dashboard");
            await Expect(managersPage.GetByRole(AriaRole.Heading, new() { Name = "Headline figures" })).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Expect(managersPage.GetByRole(AriaRole.Link, new() { Name = "Download the return for all items (Excel)" })).ToHaveCountAsync(0);
        }
        finally
        {
            await managers.CloseAsync();
        }

        await SignInPage.SignInThroughTheApiAsync(Context, Board, DemoServer.Password);
        await Page.GotoAsync($"/plans/{plan.PlanId}/dashboard");
        var section = Page.GetByRole(AriaRole.Region, new() { Name = $"The monthly return for {plan.ReviewLabel}" });
        await Expect(section).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var download = section.GetByRole(AriaRole.Link, new() { Name = "Download the return for all items (Excel)" });
        await Expect(download).ToHaveAttributeAsync("href", $"/api/plans/{plan.PlanId}/returns/{plan.ReviewId}");
        await Expect(download).ToHaveAttributeAsync("download", "");
        var file = await Page.RunAndWaitForDownloadAsync(() => download.ClickAsync());
        using (var workbook = new ReturnWorkbookFile(await File.ReadAllBytesAsync((await file.PathAsync())!)))
            Assert.That(workbook.ItemRows, Has.Count.GreaterThan(plan.Items.Count), "every item the plan scores, not only the manager's");
        await Expect(section.GetByRole(AriaRole.Link, new() { Name = "Upload your filled-in return" }))
            .ToHaveAttributeAsync("href", $"/plans/{plan.PlanId}/returns/upload?review={plan.ReviewId}");
        await AssertAccessibleAsync("the dashboard with the monthly return");
        AssertNoScriptErrors();
    }
}

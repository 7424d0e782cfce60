using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Bringing a plan in (issue 11) through the web app: upload a council's CSV or workbook, adjust the mapping by keyboard
/// and see the preview follow, create the plan and land on it; a file the tracker cannot read; blocking findings that
/// keep "Create the plan" disabled with the reason; discarding; the plan's source files. Axe on every state.
/// </summary>
public sealed class AdminImportTests : BrowserTest
{
    [SetUp]
    public async Task SignIn()
    {
        await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);
        // The mapping screen at the size of a council laptop.
        await Page.SetViewportSizeAsync(1366, 900);
    }

    private static string Marker() => Guid.NewGuid().ToString("N")[..6];

    [Test]
    public async Task A_CSV_plan_is_read_adjusted_by_keyboard_and_created_with_its_file_kept()
    {
        var marker = Marker();
        var fileName = $"recommendations-{marker}.csv";
        var csv = ImportFiles.Csv(
            ["No.", "Recommendation", "Assigned lead", "By when", "Update Sept 16", "Update Nov 16"],
            ["1", $"Improve the front door {marker}", "Priya Raman", "Mar-17", "2", "3"],
            ["2", "Strengthen supervision of social workers", "Head of Service", "Ongoing", "1", "2"]);

        // From the plans list, by keyboard.
        var admin = await AdminPage.OpenAsync(Page, "/admin/plans");
        await admin.Link("Bring a plan in from a file").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/admin/import$"));
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Heading).ToHaveTextAsync("Bring a plan in");
        await Expect(admin.Main).ToContainTextAsync("Nothing is written until you confirm.");
        await Expect(admin.Field("The plan’s file")).ToHaveAttributeAsync("accept", ".xlsx,.xlsm,.xls,.docx,.csv");
        await Expect(admin.Field("The plan’s file")).ToHaveAccessibleDescriptionAsync(new Regex("up to 20 MB"));
        await AssertAccessibleAsync("the upload page");

        await admin.Field("The plan’s file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = csv });
        await admin.Button("Read the file").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/imports/\d+$"), new() { Timeout = 30_000 });
        await admin.WaitUntilLoadedAsync();
        var importId = long.Parse(Page.Url.Split('/')[^1]);
        await Expect(admin.Heading).ToHaveTextAsync($"Check how {fileName} was read");
        await Expect(admin.Main).ToContainTextAsync("CSV file (.csv)");

        var preview = admin.Table("The first rows as they will be stored");
        var first = await admin.RowTextAsync(preview, "Row 2");
        Assert.That(first["Text"], Does.Contain($"Improve the front door {marker}"));
        Assert.That(first["Deadline"], Is.EqualTo("Mar-17"), "The deadline as written, before the mapping changes");
        await SaveScreenshotAsync("import-mapping.png", "The mapping, preview and dry run of a small CSV plan");
        await AssertAccessibleAsync("the mapping and dry-run page");

        // The "By when" column is not imported: chosen by keyboard, applied by keyboard.
        var role = admin.Field("What column D (By when) holds");
        await Expect(role).ToHaveValueAsync("deadline");
        await role.FocusAsync();
        await role.SelectOptionAsync("ignore");
        await admin.Button("Apply the mapping").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(admin.Status("The mapping was applied")).ToBeFocusedAsync(new() { Timeout = 30_000 });
        Assert.That((await admin.RowTextAsync(preview, "Row 2"))["Deadline"], Is.Empty, "The preview follows the new mapping");
        await Expect(admin.Field("What column D (By when) holds")).ToHaveValueAsync("ignore");
        var stored = await GetJsonAsync($"/api/imports/{importId}");
        var column = stored.GetProperty("mapping").GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("column").GetInt32() == 4);
        Assert.That(column.GetProperty("role").GetString(), Is.EqualTo("ignore"));
        await AssertAccessibleAsync("the mapping page after applying a change");

        var mappingName = $"Recommendation plan {marker}";
        await admin.Field("Save this mapping as (optional)").FillAsync(mappingName);
        await admin.Button("Create the plan").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(admin.Heading).ToHaveTextAsync("Plan created", new() { Timeout = 30_000 });
        await Expect(admin.Status("created from the file: 2 recommendations")).ToBeFocusedAsync();
        await SaveScreenshotAsync("import-created.png", "The plan created from the file");
        await AssertAccessibleAsync("the success state after creating the plan");

        var mappings = await GetJsonAsync("/api/import-mappings");
        Assert.That(mappings.EnumerateArray().Select(m => m.GetProperty("name").GetString()), Does.Contain(mappingName));

        await admin.Link("Open the plan’s grid").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex(@"/plans/\d+$"));
        var planId = long.Parse(Page.Url.Split('/')[^1]);
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Improve the front door {marker}");

        // The original file is kept with the plan, to download from its source files.
        var files = await AdminPage.OpenAsync(Page, $"/admin/plans/{planId}/source-files");
        var download = files.Link($"Download {fileName}");
        await Expect(download).ToBeVisibleAsync();
        var bytes = await (await Page.APIRequest.GetAsync((await download.GetAttributeAsync("href"))!)).BodyAsync();
        Assert.That(bytes, Is.EqualTo(csv), "The file as uploaded");
        await AssertAccessibleAsync("a plan's source files");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_workbook_with_a_title_row_and_a_colour_only_score_is_read_and_created()
    {
        var marker = Marker();
        var fileName = $"campaign-{marker}.xlsx";
        var workbook = ImportFiles.Workbook("Plan",
            [$"Campaign plan {marker}"],
            [],
            ["No.", "Recommendation", "Lead", "Timescales", "RAG"],
            ["1", "Raise awareness of private fostering", "Priya Raman", "June - Dec 16", new ImportFiles.Cell("", "92D050")],
            ["2", "Train front door staff", "Head of Service", "Ongoing", new ImportFiles.Cell("", "FFCC00")]);

        var admin = await AdminPage.OpenAsync(Page, "/admin/import");
        await admin.Field("The plan’s file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook });
        await admin.Button("Read the file").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/imports/\d+$"), new() { Timeout = 30_000 });
        await admin.WaitUntilLoadedAsync();
        await Expect(admin.Main).ToContainTextAsync("Excel workbook (.xlsx)");
        var preview = admin.Table("The first rows as they will be stored");
        Assert.That((await admin.RowTextAsync(preview, "Row 4"))["Text"], Does.Contain("Raise awareness of private fostering"));

        // A fill is shown with its hex in words, never by colour alone.
        await Expect(admin.Main).ToContainTextAsync("Fill colour #92d050");
        await AssertAccessibleAsync("the mapping page of a workbook with colour-only scores");

        // Whatever the proposer made of the colours, the page lets the person say what each means; commit once allowed.
        if (await admin.Button("Create the plan").IsDisabledAsync())
        {
            await admin.Radio("A new scale from the values seen").CheckAsync();
            foreach (var seen in new[] { "fill #92d050", "fill #ffcc00" })
            {
                var select = admin.Field($"What {seen} means");
                var options = await select.Locator("option").AllInnerTextsAsync();
                if (options.Count > 1) await select.SelectOptionAsync(new SelectOptionValue { Index = 0 });
            }
            await admin.Button("Apply the mapping").ClickAsync();
            await Expect(admin.Status("The mapping was applied")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        await Expect(admin.Button("Create the plan")).ToBeEnabledAsync();
        await admin.Button("Create the plan").ClickAsync();
        await Expect(admin.Heading).ToHaveTextAsync("Plan created", new() { Timeout = 30_000 });
        await admin.Link("Open the plan’s grid").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/plans/\d+$"));
        await Expect(Page.GetByRole(AriaRole.Main)).ToContainTextAsync("Train front door staff");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_file_the_tracker_cannot_read_is_named_in_the_error_summary_at_the_file_field()
    {
        var admin = await AdminPage.OpenAsync(Page, "/admin/import");
        await admin.Field("The plan’s file").SetInputFilesAsync(new FilePayload
        {
            Name = "plan.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = "This is not a workbook, only a letter about one."u8.ToArray(),
        });
        await admin.Button("Read the file").ClickAsync();

        await Expect(admin.ErrorSummary).ToBeFocusedAsync(new() { Timeout = 30_000 });
        var message = (await admin.ErrorSummary.GetByRole(AriaRole.Link).AllInnerTextsAsync()).Single();
        Assert.That(message, Is.Not.Empty);
        await Expect(admin.InlineError(admin.Field("The plan’s file"))).ToHaveTextAsync($"Error: {message}");
        await Expect(Page).ToHaveURLAsync(new Regex("/admin/import$"));
        await AssertAccessibleAsync("the upload page with the API's error");

        await admin.ErrorLink(message).ClickAsync();
        await Expect(admin.Field("The plan’s file")).ToBeFocusedAsync();

        // Nothing chosen at all is said before sending.
        await Page.ReloadAsync();
        await admin.WaitUntilLoadedAsync();
        await admin.Button("Read the file").ClickAsync();
        await Expect(admin.ErrorLink("Choose the plan’s file.")).ToBeVisibleAsync();
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Blocking_findings_keep_create_disabled_with_the_reason_and_the_import_can_be_discarded()
    {
        var marker = Marker();
        var fileName = $"duplicates-{marker}.csv";
        // Two recommendations numbered 1: the tracker cannot tell which is which, so it must not create the plan.
        var csv = ImportFiles.Csv(
            ["No.", "Recommendation", "Lead", "By when", "Score"],
            ["1", $"Improve the front door {marker}", "Priya Raman", "Mar-17", "2"],
            ["1", "Strengthen supervision", "Priya Raman", "Ongoing", "1"],
            ["2", "", "Priya Raman", "Ongoing", "1"]);

        var admin = await AdminPage.OpenAsync(Page, "/admin/import");
        await admin.Field("The plan’s file").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "text/csv", Buffer = csv });
        await admin.Button("Read the file").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/imports/\d+$"), new() { Timeout = 30_000 });
        await admin.WaitUntilLoadedAsync();

        var blocking = admin.Main.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Problems that stop the plan being created \(\d+\)$") });
        await Expect(blocking).ToBeVisibleAsync();
        var create = admin.Button("Create the plan");
        await Expect(create).ToBeDisabledAsync();
        await Expect(create).ToHaveAccessibleDescriptionAsync(new Regex("^The plan cannot be created yet: \\d+ problems? stops? it"));
        await SaveScreenshotAsync("import-blocked.png", "An import whose blocking findings keep Create the plan disabled");
        await AssertAccessibleAsync("the dry run with blocking findings");

        await admin.GoAsync(admin.Link("Discard this import"), "/discard");
        await Expect(admin.Heading).ToHaveTextAsync($"Discard the import of {fileName}?");
        await AssertAccessibleAsync("the discard confirmation");
        await admin.GoAsync(admin.Button("Discard this import"), "/admin/import");
        await Expect(admin.Status($"The import of {fileName} was discarded.")).ToBeFocusedAsync();
        await Expect(admin.Main.GetByRole(AriaRole.Rowheader, new() { Name = fileName, Exact = true })).ToHaveCountAsync(0);
        var pending = await GetJsonAsync("/api/imports?status=pending");
        Assert.That(pending.EnumerateArray().Select(i => i.GetProperty("fileName").GetString()), Does.Not.Contain(fileName));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_mapping_page_reads_on_a_phone()
    {
        var marker = Marker();
        var csv = ImportFiles.Csv(["No.", "Recommendation", "Lead", "Score"], ["1", $"Improve the front door {marker}", "Priya Raman", "2"]);
        var admin = await AdminPage.OpenAsync(Page, "/admin/import");
        await admin.Field("The plan’s file").SetInputFilesAsync(new FilePayload { Name = $"phone-{marker}.csv", MimeType = "text/csv", Buffer = csv });
        await admin.Button("Read the file").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/admin/imports/\d+$"), new() { Timeout = 30_000 });
        await admin.WaitUntilLoadedAsync();

        await Page.SetViewportSizeAsync(375, 800);
        var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(width, Is.LessThanOrEqualTo(375), "Wide tables scroll in their own region; the page itself does not");
        await SaveScreenshotAsync("import-mapping-phone.png", "The mapping page on a phone");
        await AssertAccessibleAsync("the mapping page on a phone");
        AssertNoScriptErrors();
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Page.APIRequest.GetAsync(path);
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync()).RootElement;
    }
}

using System.Net;
using System.Text.Json;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Plans and their reviews: creating, the API's errors at the fields, a stale edit, closing and deleting; what a plan
/// prints in its header and the inspection it answers; reviews without a date and the order of the columns (issue 10).
/// </summary>
public sealed class AdminPlansTests : BrowserTest
{
    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    [Test]
    public async Task An_administrator_creates_a_plan_starts_a_review_and_closes_it()
    {
        var title = $"SEND improvement plan {Guid.NewGuid().ToString("N")[..6]}";
        var admin = await AdminPage.OpenAsync(Page, "/admin/plans");
        await admin.GoAsync(admin.Link("Create a plan"), "/admin/plans/new");
        // What gets a score is said in words.
        await Expect(admin.Radio("Each success measure")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("One score per success measure"));
        await Expect(admin.Radio("Draft")).ToBeCheckedAsync();
        await AssertAccessibleAsync("the empty create-plan form");

        await admin.Field("Title").FillAsync(title);
        await admin.Field("What the plan answers").FillAsync("SEND local area partnership inspection");
        await admin.FillDateAsync("Date of the report (optional)", "14", "3", "2026");
        await admin.Field("Overall judgement (optional)").FillAsync("Widespread and systemic failings");
        await admin.Field("Plan version (optional)").FillAsync("v1.0");
        await admin.Radio("Active").CheckAsync();
        await admin.Field("Rating scale").SelectOptionAsync(new SelectOptionValue { Label = "Progress 1 to 5 (5 levels, higher is better)" });
        await admin.Checkbox("Grouped by priority").CheckAsync();
        await admin.Radio("Each success measure").CheckAsync();
        await admin.Button("Create plan").ClickAsync();

        // A new plan goes straight to its reviews, since the next thing it needs is one.
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/admin/plans/\d+/reviews$"));
        await admin.WaitUntilLoadedAsync();
        var planId = long.Parse(Page.Url.Split('/')[^2]);
        await Expect(admin.Heading).ToHaveTextAsync($"Reviews of {title}");
        await Expect(admin.Status($"{title} created.")).ToBeFocusedAsync();
        await Expect(admin.Main).ToContainTextAsync("This plan has no reviews yet.");
        var plan = await GetJsonAsync($"/api/plans/{planId}");
        Assert.That(plan.GetProperty("sourceReportDate").GetString(), Is.EqualTo("2026-03-14"));
        Assert.That(plan.GetProperty("status").GetString(), Is.EqualTo("active"));
        Assert.That(plan.GetProperty("scaleId").GetInt64(), Is.EqualTo(1));
        Assert.That(plan.GetProperty("groupedByPriority").GetBoolean(), Is.True);
        Assert.That(plan.GetProperty("scoreLevel").GetString(), Is.EqualTo("measure"));
        Assert.That(plan.GetProperty("planVersion").GetString(), Is.EqualTo("v1.0"));

        await admin.GoAsync(admin.Link("Start a review"), $"/admin/plans/{planId}/reviews/new");
        await Expect(admin.Breadcrumbs).ToContainTextAsync($"Reviews of {title}");
        await admin.Field("Label").FillAsync("RAG 11/26");
        await admin.FillDateAsync("Date of the review (optional)", "20", "11", "2026");
        await admin.Field("Reviewer (optional)").FillAsync("Improvement board");
        await admin.GoAsync(admin.Button("Start review"), $"/admin/plans/{planId}/reviews");

        await Expect(admin.Status("Review RAG 11/26 started. It is open for scores.")).ToBeVisibleAsync();
        var table = admin.Table("Reviews");
        Assert.That(await admin.RowTextAsync(table, "RAG 11/26"), Does.ContainKey("Date").WithValue("20 November 2026"));
        Assert.That((await admin.RowTextAsync(table, "RAG 11/26"))["Status"], Is.EqualTo("Open"));
        await AssertAccessibleAsync("a plan's reviews with one open");

        var close = admin.Row(table, "RAG 11/26").GetByRole(AriaRole.Button, new() { Name = "Close review RAG 11/26" });
        await close.ClickAsync();

        await Expect(admin.Status("RAG 11/26 is now closed.")).ToBeVisibleAsync();
        Assert.That((await admin.RowTextAsync(table, "RAG 11/26"))["Status"], Is.EqualTo("Closed"));
        // The same button now opens it again, and keeps the focus.
        var open = admin.Row(table, "RAG 11/26").GetByRole(AriaRole.Button, new() { Name = "Open review RAG 11/26" });
        await Expect(open).ToBeFocusedAsync();
        var reviews = await GetJsonAsync($"/api/plans/{planId}/reviews");
        Assert.That(reviews.EnumerateArray().Single().GetProperty("status").GetString(), Is.EqualTo("closed"));
        await SaveScreenshotAsync("admin-reviews.png", "A new plan's reviews after closing the first one");
        await AssertAccessibleAsync("a plan's reviews after closing one");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task An_invalid_plan_shows_the_APIs_errors_at_each_field_and_keeps_everything_typed()
    {
        var admin = await AdminPage.OpenAsync(Page, "/admin/plans/new");
        await admin.Field("What the plan answers").FillAsync("Ofsted ILACS inspection");
        await admin.FillDateAsync("Date of the report (optional)", "14", "3", "2026");
        await admin.Field("Overall judgement (optional)").FillAsync("Requires improvement to be good");
        await admin.Checkbox("Grouped by priority").CheckAsync();

        await admin.Button("Create plan").ClickAsync();

        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        var summary = await admin.ErrorSummary.GetByRole(AriaRole.Link).AllInnerTextsAsync();
        Assert.That(summary, Is.EqualTo(new[]
        {
            "Enter the plan's title.",
            "Choose the plan's rating scale.",
            "Score level must be recommendation, action or measure.",
        }), "The API's messages, in the order of the form");
        await Expect(admin.InlineError(admin.Field("Title"))).ToHaveTextAsync("Error: Enter the plan's title.");
        await Expect(admin.InlineError(admin.Field("Rating scale"))).ToHaveTextAsync("Error: Choose the plan's rating scale.");
        var scoreLevel = admin.Main.GetByRole(AriaRole.Group, new() { Name = "What gets a score in each review" });
        await Expect(scoreLevel).ToContainTextAsync("Error: Score level must be recommendation, action or measure.");
        await Expect(admin.Field("What the plan answers")).ToHaveValueAsync("Ofsted ILACS inspection");
        await Expect(admin.Field("Overall judgement (optional)")).ToHaveValueAsync("Requires improvement to be good");
        await Expect(admin.DateGroup("Date of the report (optional)").GetByLabel("Month")).ToHaveValueAsync("3");
        await Expect(admin.Checkbox("Grouped by priority")).ToBeCheckedAsync();
        await SaveScreenshotAsync("admin-plan-errors.png", "The create-plan form with the API's field errors");
        await AssertAccessibleAsync("the create-plan form with errors");

        await admin.ErrorLink("Choose the plan's rating scale.").ClickAsync();
        await Expect(admin.Field("Rating scale")).ToBeFocusedAsync();

        // A date that is not a date is caught before sending, and shown the same way.
        await admin.FillDateAsync("Date of the report (optional)", "31", "2", "2026");
        await admin.Button("Create plan").ClickAsync();
        await Expect(admin.ErrorLink("The report date must be a real date.")).ToBeVisibleAsync();
        await admin.ErrorLink("The report date must be a real date.").ClickAsync();
        await Expect(admin.DateGroup("Date of the report (optional)").GetByLabel("Day")).ToBeFocusedAsync();
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Saving_a_plan_someone_else_changed_says_so_and_reloading_shows_their_version()
    {
        var client = TrackerApp.ClientFor("Plan Tests");
        var title = $"Stale plan {Guid.NewGuid().ToString("N")[..6]}";
        var planId = await Arrange.PlanAsync(client, title: title);
        var admin = await AdminPage.OpenAsync(Page, $"/admin/plans/{planId}");
        await Expect(admin.Field("Title")).ToHaveValueAsync(title);

        // Another session changes the plan after this page read it.
        var current = await client.GetAsync($"/api/plans/{planId}");
        var changed = await client.PutJsonAsync($"/api/plans/{planId}", new
        {
            title = $"{title} (v2)", sourceType = "Ofsted ILACS inspection", status = "active", scaleId = 2, scoreLevel = "recommendation",
        }, current.ETag());
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());

        await admin.Field("Plan version (optional)").FillAsync("v9");
        await admin.Button("Save changes").ClickAsync();

        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        await Expect(admin.ErrorSummary).ToContainTextAsync("This plan has been changed by someone else since you opened this page, so your changes have not been saved. Reload to see their version, then make your changes again.");
        await Expect(admin.Field("Plan version (optional)")).ToHaveValueAsync("v9");
        Assert.That((await GetJsonAsync($"/api/plans/{planId}")).GetProperty("planVersion").ValueKind, Is.EqualTo(JsonValueKind.Null), "Nothing was saved");
        await SaveScreenshotAsync("admin-plan-stale.png", "Saving a plan that someone else changed first");
        await AssertAccessibleAsync("the plan form after a stale save");

        await admin.ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Reload this page to see their version" }).ClickAsync();
        await Expect(admin.Field("Title")).ToHaveValueAsync($"{title} (v2)");
        await Expect(admin.ErrorSummary).ToHaveCountAsync(0);

        // With their version loaded, the change saves.
        await admin.Field("Plan version (optional)").FillAsync("v9");
        await admin.GoAsync(admin.Button("Save changes"), "/admin/plans");
        await Expect(admin.Status($"Changes to {title} (v2) saved.")).ToBeVisibleAsync();
        Assert.That((await GetJsonAsync($"/api/plans/{planId}")).GetProperty("planVersion").GetString(), Is.EqualTo("v9"));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_scored_plan_keeps_its_scale_and_a_review_with_scores_cannot_be_deleted()
    {
        var client = TrackerApp.ClientFor("Plan Tests");
        var title = $"Scored plan {Guid.NewGuid().ToString("N")[..6]}";
        var planId = await Arrange.PlanAsync(client, scaleId: 2, title: title);
        var recommendation = await Arrange.RecommendationAsync(client, planId);
        var review = await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 10/26", reviewDate = "2026-10-30" })).ReadAsync<JsonElement>();
        var reviewId = review.GetProperty("id").GetInt64();
        var scored = await client.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{recommendation}", new { level = 2 }, null);
        Assert.That(scored.IsSuccessStatusCode, await scored.Content.ReadAsStringAsync());

        var admin = await AdminPage.OpenAsync(Page, $"/admin/plans/{planId}");
        await admin.Field("Rating scale").SelectOptionAsync(new SelectOptionValue { Label = "RAG words (4 levels, higher is better)" });
        await admin.Button("Save changes").ClickAsync();

        const string locked = "This plan already has scores; its rating scale and score level cannot change. Start a new plan version instead.";
        await Expect(admin.InlineError(admin.Field("Rating scale"))).ToHaveTextAsync($"Error: {locked}");
        await Expect(admin.ErrorLink(locked)).ToBeVisibleAsync();

        await admin.GoAsync(admin.Link("Reviews of this plan"), $"/admin/plans/{planId}/reviews");
        var row = admin.Row(admin.Table("Reviews"), "RAG 10/26");
        await admin.GoAsync(row.GetByRole(AriaRole.Link, new() { Name = "Delete review RAG 10/26" }), $"/admin/plans/{planId}/reviews/{reviewId}/delete");
        await Expect(admin.Heading).ToHaveTextAsync("Delete review RAG 10/26?");
        await admin.Button("Delete review").ClickAsync();

        await Expect(admin.ErrorSummary).ToContainTextAsync("RAG 10/26 holds 1 score; delete them first if this review really was made in error.");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/delete$"));
        await AssertAccessibleAsync("deleting a review that holds scores");
        Assert.That((await GetJsonAsync($"/api/plans/{planId}/reviews")).GetArrayLength(), Is.EqualTo(1));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Deleting_a_plan_asks_first()
    {
        var client = TrackerApp.ClientFor("Plan Tests");
        var title = $"Plan made in error {Guid.NewGuid().ToString("N")[..6]}";
        var planId = await Arrange.PlanAsync(client, title: title);
        var admin = await AdminPage.OpenAsync(Page, "/admin/plans");

        // The plan's row header is its title (a link to its grid) with what it answers beneath.
        var row = admin.Table("Plans").GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Expect(row).ToContainTextAsync("Ofsted ILACS inspection");
        await admin.GoAsync(row.GetByRole(AriaRole.Link, new() { Name = $"Delete {title}" }), $"/admin/plans/{planId}/delete");
        await Expect(admin.Heading).ToHaveTextAsync($"Delete {title}?");
        await AssertAccessibleAsync("the delete-plan confirmation");
        await admin.GoAsync(admin.Button("Delete plan"), "/admin/plans");

        await Expect(admin.Status($"{title} has been deleted.")).ToBeFocusedAsync();
        await Expect(admin.Table("Plans").GetByRole(AriaRole.Row).Filter(new() { HasText = title })).ToHaveCountAsync(0);
        Assert.That((await Page.APIRequest.GetAsync($"/api/plans/{planId}")).Status, Is.EqualTo(404));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_plans_list_reflows_on_a_phone_sized_screen()
    {
        await Arrange.PlanAsync(TrackerApp.ClientFor("Plan Tests"), title: $"Narrow screen plan {Guid.NewGuid().ToString("N")[..6]}");
        await Page.SetViewportSizeAsync(320, 640);

        var admin = await AdminPage.OpenAsync(Page, "/admin/plans");

        await Expect(admin.Table("Plans")).ToBeVisibleAsync();
        var pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(pageWidth, Is.LessThanOrEqualTo(320));
        await SaveScreenshotAsync("admin-plans-320.png", "The plans list 320 pixels wide");
        await AssertAccessibleAsync("the plans list at 320 pixels wide");

        await admin.GoAsync(admin.Link("Create a plan"), "/admin/plans/new");
        pageWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.That(pageWidth, Is.LessThanOrEqualTo(320));
        await SaveScreenshotAsync("admin-plan-form-320.png", "The create-plan form 320 pixels wide");
    }

    [Test]
    public async Task A_plans_own_headings_version_date_and_inspection_are_saved_from_its_details()
    {
        var client = TrackerApp.ClientFor("Plan Tests");
        var title = $"Youth justice plan {Guid.NewGuid().ToString("N")[..6]}";
        var inspectionId = await Arrange.InspectionAsync(client, inspectorate: "HMIP", kind: $"Youth justice inspection {Guid.NewGuid().ToString("N")[..4]}");
        var inspection = await GetJsonAsync($"/api/inspections/{inspectionId}");
        var planId = await Arrange.PlanAsync(client, title: title);

        var admin = await AdminPage.OpenAsync(Page, $"/admin/plans/{planId}");
        await Expect(admin.Field("Inspection it answers (optional)")).ToHaveValueAsync("");
        await Expect(admin.Field("What the plan calls its lead column (optional)")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("the tracker’s word, Lead"));
        await admin.Field("Inspection it answers (optional)").SelectOptionAsync(new SelectOptionValue
        {
            Label = $"HMIP {inspection.GetProperty("kind").GetString()}: Inspection of children's social care services, published 14 March 2026",
        });
        await admin.Field("Plan version (optional)").FillAsync("v3.2");
        await admin.FillDateAsync("Date of this version (optional)", "1", "3", "2026");
        await admin.Field("What the plan calls its lead column (optional)").FillAsync("Assigned lead");
        await admin.Field("What the plan calls its owner column (optional)").FillAsync("Responsible officer");
        await AssertAccessibleAsync("a plan's details with its headings, version date and inspection");
        await admin.GoAsync(admin.Button("Save changes"), "/admin/plans");

        await Expect(admin.Status($"Changes to {title} saved.")).ToBeFocusedAsync();
        var plan = await GetJsonAsync($"/api/plans/{planId}");
        Assert.That((plan.GetProperty("inspectionId").GetInt64(), plan.GetProperty("planDate").GetString(), plan.GetProperty("leadHeading").GetString(), plan.GetProperty("ownerHeading").GetString()),
            Is.EqualTo((inspectionId, "2026-03-01", "Assigned lead", "Responsible officer")));

        // Read back into the form; blanking a heading gives the tracker's word back.
        await admin.GoAsync(admin.Link($"Change details of {title}"), $"/admin/plans/{planId}");
        await Expect(admin.Field("Inspection it answers (optional)")).ToHaveValueAsync(inspectionId.ToString());
        await Expect(admin.DateGroup("Date of this version (optional)").GetByLabel("Day")).ToHaveValueAsync("1");
        await Expect(admin.Field("What the plan calls its owner column (optional)")).ToHaveValueAsync("Responsible officer");
        await admin.Field("What the plan calls its owner column (optional)").FillAsync("");
        await admin.GoAsync(admin.Button("Save changes"), "/admin/plans");
        Assert.That((await GetJsonAsync($"/api/plans/{planId}")).GetProperty("ownerHeading").ValueKind, Is.EqualTo(JsonValueKind.Null));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_plan_whose_items_answer_its_inspection_cannot_leave_it_and_the_API_says_so_at_the_field()
    {
        var client = TrackerApp.ClientFor("Plan Tests");
        var inspectionId = await Arrange.InspectionAsync(client);
        var planId = await Arrange.PlanAsync(client, title: $"Linked plan {Guid.NewGuid().ToString("N")[..6]}", inspectionId: inspectionId);
        var recommendation = await Arrange.RecommendationAsync(client, planId);
        var reportRecommendation = await Arrange.InspectionRecommendationAsync(client, inspectionId, number: "14");
        var current = await client.GetAsync($"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}");
        var linked = await client.PutJsonAsync($"/api/inspections/{inspectionId}/recommendations/{reportRecommendation}/links",
            new { links = new[] { new { kind = "recommendation", itemId = recommendation, note = (string?)null } } }, current.ETag());
        Assert.That(linked.IsSuccessStatusCode, await linked.Content.ReadAsStringAsync());

        var admin = await AdminPage.OpenAsync(Page, $"/admin/plans/{planId}");
        await admin.Field("Inspection it answers (optional)").SelectOptionAsync(new SelectOptionValue { Label = "None" });
        await admin.Button("Save changes").ClickAsync();

        var message = $"This plan's items answer 1 recommendation of inspection {inspectionId} (\"14\"). Remove those links before the plan answers another inspection or none.";
        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        await Expect(admin.InlineError(admin.Field("Inspection it answers (optional)"))).ToHaveTextAsync($"Error: {message}");
        await admin.ErrorLink(message).ClickAsync();
        await Expect(admin.Field("Inspection it answers (optional)")).ToBeFocusedAsync();
        await AssertAccessibleAsync("a plan that cannot leave the inspection its items answer");
        Assert.That((await GetJsonAsync($"/api/plans/{planId}")).GetProperty("inspectionId").GetInt64(), Is.EqualTo(inspectionId));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Reviews_without_a_date_keep_their_columns_and_move_by_keyboard()
    {
        var client = TrackerApp.ClientFor("Plan Tests");
        var planId = await Arrange.PlanAsync(client, title: $"Peer review plan {Guid.NewGuid().ToString("N")[..6]}");
        var ids = new Dictionary<string, long>();
        foreach (var label in new[] { "RAG 01/18", "RAG 03/18", "RAG 05/18" })
            ids[label] = (await (await client.PostJsonAsync($"/api/plans/{planId}/reviews", new { label })).ReadAsync<JsonElement>()).GetProperty("id").GetInt64();

        var admin = await AdminPage.OpenAsync(Page, $"/admin/plans/{planId}/reviews");
        var table = admin.Table("Reviews");
        await Expect(table).ToHaveAccessibleNameAsync("Reviews (3 reviews), in column order, left to right in the grid");
        var first = await admin.RowTextAsync(table, "RAG 01/18");
        Assert.That((first["Column"], first["Date"]), Is.EqualTo(("1", "No date")), "a review known only by its label says so, in words");
        await Expect(admin.Row(table, "RAG 01/18").GetByRole(AriaRole.Button, new() { Name = "Move earlier review RAG 01/18" })).ToHaveCountAsync(0);
        await Expect(admin.Row(table, "RAG 05/18").GetByRole(AriaRole.Button, new() { Name = "Move later review RAG 05/18" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync("a plan's reviews without dates");

        // By keyboard: RAG 03/18 moves to the first column; focus stays with it.
        await admin.Row(table, "RAG 03/18").GetByRole(AriaRole.Button, new() { Name = "Move earlier review RAG 03/18" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(admin.Status("RAG 03/18 is now column 1 of 3, before RAG 01/18.")).ToBeVisibleAsync();
        await Expect(admin.Row(table, "RAG 03/18").GetByRole(AriaRole.Button, new() { Name = "Move later review RAG 03/18" })).ToBeFocusedAsync();
        Assert.That(await table.GetByRole(AriaRole.Rowheader).AllInnerTextsAsync(), Is.EqualTo(new[] { "RAG 03/18", "RAG 01/18", "RAG 05/18" }));
        Assert.That(await ColumnOrderAsync(planId), Is.EqualTo(new[] { "RAG 03/18", "RAG 01/18", "RAG 05/18" }));
        await AssertAccessibleAsync("a plan's reviews after moving one");

        // A review started without a date, at the column asked for.
        await admin.GoAsync(admin.Link("Start a review"), $"/admin/plans/{planId}/reviews/new");
        await Expect(admin.Field("Column (optional)")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("a review without a date goes last"));
        await admin.Field("Label").FillAsync("RAG 02/18");
        await admin.Field("Column (optional)").FillAsync("two");
        await admin.Button("Start review").ClickAsync();
        await Expect(admin.InlineError(admin.Field("Column (optional)"))).ToHaveTextAsync("Error: Enter the column as a whole number, like 2, or leave it blank.");
        await admin.Field("Column (optional)").FillAsync("2");
        await admin.GoAsync(admin.Button("Start review"), $"/admin/plans/{planId}/reviews");
        await Expect(admin.Status("Review RAG 02/18 started.")).ToBeVisibleAsync();
        Assert.That(await ColumnOrderAsync(planId), Is.EqualTo(new[] { "RAG 03/18", "RAG 02/18", "RAG 01/18", "RAG 05/18" }));
        var started = (await GetJsonAsync($"/api/plans/{planId}/reviews")).EnumerateArray().Single(r => r.GetProperty("label").GetString() == "RAG 02/18");
        Assert.That(started.GetProperty("reviewDate").ValueKind, Is.EqualTo(JsonValueKind.Null), "no date is invented");

        // Its own page gives its column, and a date can be added later without moving it.
        await admin.GoAsync(admin.Row(admin.Table("Reviews"), "RAG 01/18").GetByRole(AriaRole.Link, new() { Name = "Change review RAG 01/18" }), $"/admin/plans/{planId}/reviews/{ids["RAG 01/18"]}");
        await Expect(admin.Field("Column (optional)")).ToHaveValueAsync("3");
        await admin.FillDateAsync("Date of the review (optional)", "31", "1", "2018");
        await admin.GoAsync(admin.Button("Save changes"), $"/admin/plans/{planId}/reviews");
        Assert.That((await admin.RowTextAsync(admin.Table("Reviews"), "RAG 01/18"))["Date"], Is.EqualTo("31 January 2018"));
        Assert.That(await ColumnOrderAsync(planId), Is.EqualTo(new[] { "RAG 03/18", "RAG 02/18", "RAG 01/18", "RAG 05/18" }));
        AssertNoScriptErrors();
    }

    private async Task<string[]> ColumnOrderAsync(long planId) =>
        (await GetJsonAsync($"/api/plans/{planId}/reviews")).EnumerateArray()
            .OrderBy(r => r.GetProperty("position").GetInt32()).Select(r => r.GetProperty("label").GetString()!).ToArray();

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Page.APIRequest.GetAsync(path);
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync()).RootElement;
    }
}

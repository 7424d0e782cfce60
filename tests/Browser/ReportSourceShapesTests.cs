using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Grid;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The scrutiny report's print view for plans held as printed (issue 10), read by a scrutiny member: the plan's own
/// column headings, people and deadlines taken from the row above, addressees, printed directions beside the computed
/// ones, completions as printed, the reconciliation of what the plan printed with the scores, a scale whose direction is
/// not stated, reviews without dates, and the report as of a date (in the address, the JSON and every download).
/// Plans are arranged through the API by <see cref="WidenedPlanArrange"/> and <see cref="KnownPlan"/>; each state is
/// checked with axe. Sentences the API writes are compared with the JSON the page read, not copied here.
/// </summary>
public sealed class ReportSourceShapesTests : BrowserTest
{
    private static readonly Lazy<Task<string>> ViewerAccount = new(CreateViewerAsync);

    [Test]
    public async Task A_plan_held_as_printed_is_reported_under_its_own_headings_with_inherited_people_marked_and_its_printed_figures_reconciled()
    {
        var plan = await WidenedPlanArrange.InspectionPlanAsync();
        await SignInAsViewerAsync();
        var report = await ReportPage.OpenAsync(Page, plan.PlanId);
        var json = await ReportJsonAsync(plan.PlanId);

        // The date the figures were judged on, and why, near the top.
        var judged = report.Main.GetByText(json.GetProperty("judgedOnText").GetString()!);
        await Expect(judged).ToBeVisibleAsync();
        Assert.That(await judged.EvaluateAsync<bool>("e => e.getBoundingClientRect().top < document.querySelector('#report-summary').getBoundingClientRect().top"),
            "the date judged on comes before the summary");
        await Expect(report.Main).ToContainTextAsync("Review: Update Nov 16 (30 November 2016), compared with Update Sept 16 (30 September 2016).");

        // The plan's own words for its people columns, in the whole plan and the exception lists.
        var headers = (await report.PlanTable.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync()).Select(ReportPdf.Normalise).ToArray();
        Assert.That(headers[..4], Is.EqualTo(new[] { "Reference", "Item", "Assigned lead and Responsible officer", "Deadline" }));
        var overdueOrOther = report.Main.GetByRole(AriaRole.Table).Filter(new() { Has = Page.Locator("caption h3") });
        Assert.That(await overdueOrOther.First.GetByRole(AriaRole.Columnheader).Nth(2).InnerTextAsync(), Is.EqualTo("Assigned lead"));

        // Recommendation 1: addressed to the local authority, a date to confirm, a printed direction the scores contradict.
        var r1 = await ReportPage.CellTextsAsync(report.Row(report.PlanTable, "1"));
        Assert.That(r1[1], Is.EqualTo("Recommendation Improve the quality of assessments. Addressed to the local authority"));
        Assert.That(r1[2], Is.EqualTo("Dana Whitfield"));
        Assert.That(r1[3], Does.StartWith("01/02/2027").And.Contain("Date to confirm: "));
        Assert.That(r1[4..6], Is.EqualTo(new[] { "▲2 Amber", "▲2 Amber" }));
        Assert.That(r1[6], Does.StartWith("→ Maintained").And.EndWith("Printed: ↑ Improving Printed direction contradicts the scores"));

        // Its action has no printed letter and names nobody: it is "unnumbered", and takes its lead and deadline from
        // recommendation 1, in words as well as italics.
        var action = await ReportPage.CellTextsAsync(report.Row(report.PlanTable, "1 / unnumbered"));
        Assert.That(action[2], Is.EqualTo("Dana Whitfield (from recommendation 1)"));
        Assert.That(action[3], Does.StartWith("01/02/2027 (from recommendation 1)"));
        Assert.That(action[4], Is.EqualTo("Not scored"));
        var inherited = report.Row(report.PlanTable, "1 / unnumbered").GetByText("Dana Whitfield");
        Assert.That(await inherited.EvaluateAsync<string>("e => getComputedStyle(e).fontStyle"), Is.EqualTo("italic"));

        // Someone named by role only is their role; a completion copied from a source is said to be one, never signed off.
        Assert.That((await ReportPage.CellTextsAsync(report.Row(report.PlanTable, "2")))[2], Is.EqualTo("Head of Service"));
        var r3 = await ReportPage.CellTextsAsync(report.Row(report.PlanTable, "3"));
        Assert.That(r3[5], Is.EqualTo("◆4 Completed Complete as printed in Board report, November 2016"));

        // All nine exception lists, each headed with its count in words.
        var exceptions = json.GetProperty("exceptions").EnumerateArray().ToArray();
        Assert.That(exceptions, Has.Length.EqualTo(9));
        foreach (var exception in exceptions)
            await Expect(report.SubHeading(ExceptionHeading(exception, "recommendation"))).ToBeVisibleAsync();
        var asPrinted = exceptions.Single(e => e.GetProperty("kind").GetString() == "completeAsPrinted");
        var asPrintedTable = report.Table(ExceptionHeading(asPrinted, "recommendation"));
        Assert.That((await ReportPage.CellTextsAsync(report.Row(asPrintedTable, "3")))[3], Is.EqualTo("◆4 Completed"));

        // The reconciliation: the printed average beside the mean the scores give, and the printed direction the scores contradict.
        await Expect(report.SectionHeading("Reconciliation")).ToBeVisibleAsync();
        var reconciliation = json.GetProperty("reconciliation");
        var printedAverage = reconciliation.GetProperty("printedAverages")[0];
        var averages = report.Table("Printed averages checked against the scores: 1");
        Assert.That(await ReportPage.CellTextsAsync(report.Row(averages, "Whole plan")), Is.EqualTo(new[]
        {
            "Whole plan", "3.0 Disagrees with the scores", "Board report, November 2016", "2.7", printedAverage.GetProperty("matchesText").GetString(),
            printedAverage.GetProperty("explanation").GetString(),
        }));
        var contradicting = reconciliation.GetProperty("contradictingPrintedDirections");
        var directions = report.Table(ExceptionHeading(contradicting, "recommendation"));
        Assert.That((await ReportPage.CellTextsAsync(report.Row(directions, "1")))[4], Is.EqualTo(contradicting.GetProperty("items")[0].GetProperty("detail").GetString()));
        await Expect(report.SubHeading("Which end of the scale is better")).ToBeVisibleAsync();
        await Expect(report.Main).ToContainTextAsync(reconciliation.GetProperty("scaleDirection").GetProperty("text").GetString()!);

        // Who the recommendations are addressed to.
        var addressees = report.Table("Who the recommendations are addressed to");
        Assert.That(await ReportPage.CellTextsAsync(report.Row(addressees, "the local authority")), Is.EqualTo(new[] { "the local authority", "2" }));
        Assert.That(await ReportPage.CellTextsAsync(report.Row(addressees, "the safeguarding partnership")), Is.EqualTo(new[] { "the safeguarding partnership", "1" }));

        await Expect(report.Main).ToContainTextAsync(json.GetProperty("footer").GetString()!);
        await Page.SetViewportSizeAsync(1400, 1000);
        await SaveScreenshotAsync("report-as-printed.png", "The report of a plan held as printed: own headings, inherited people, reconciliation");
        await AssertAccessibleAsync("the report of a plan held as printed");

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(averages).ToBeVisibleAsync();
        await Expect(report.AsOfField).ToBeHiddenAsync();
        await SaveScreenshotAsync("report-as-printed-print.png", "The report of a plan held as printed, as printed");
        await AssertAccessibleAsync("the report of a plan held as printed, as printed");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task On_a_scale_whose_direction_is_not_stated_the_report_says_changed_and_reviews_without_dates_say_no_date()
    {
        var plan = await WidenedPlanArrange.UnstatedScalePlanAsync();
        await SignInAsViewerAsync();
        var report = await ReportPage.OpenAsync(Page, plan.PlanId);
        var json = await ReportJsonAsync(plan.PlanId);
        var scaleName = json.GetProperty("plan").GetProperty("scaleName").GetString();

        await Expect(report.Main).ToContainTextAsync(
            $"Review: RAG 03/18 (no date), compared with RAG 01/18 (no date). Scored on “{scaleName}” (which end is better is not stated).");
        var reviewHeaders = (await report.PlanTable.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync()).Select(ReportPdf.Normalise).ToArray();
        Assert.That(reviewHeaders[4..6], Is.EqualTo(new[] { "RAG 01/18 no date", "RAG 03/18 no date" }));
        var options = await report.ReviewChooser.Locator("option").AllInnerTextsAsync();
        Assert.That(options.Select(o => o.Replace(" (open)", "")), Is.EqualTo(new[] { "RAG 01/18, no date", "RAG 03/18, no date" }));

        // Changed, never improving or declining; and nothing names a direction of its own.
        var directions = report.Table("Direction of travel since RAG 01/18");
        Assert.That((await directions.GetByRole(AriaRole.Rowheader).AllInnerTextsAsync()).Select(ReportPdf.Normalise),
            Is.EqualTo(new[] { "↕ Changed (the scale does not say which end is better)", "→ Maintained", "• New", "– No data" }));
        Assert.That((await ReportPage.CellTextsAsync(report.Row(directions, "Changed (the scale does not say which end is better)")))[^1], Is.EqualTo("1"));

        // Levels labelled only by their number, without colour: the number once, on no fill.
        var r1 = report.Row(report.PlanTable, "1");
        var cells = await ReportPage.CellTextsAsync(r1);
        Assert.That(cells[4..6], Is.EqualTo(new[] { "●1", "▲2" }));
        await Expect(r1.Locator(".level-tag").First).ToHaveClassAsync(new Regex("level-tag--no-colour"));
        Assert.That(cells[6], Does.StartWith("↕ ").And.EndWith("Printed: ↑ Improving (“up”)"));

        // Which end is better, as the printed directions suggest.
        var scaleDirection = json.GetProperty("reconciliation").GetProperty("scaleDirection");
        await Expect(report.Main).ToContainTextAsync(scaleDirection.GetProperty("text").GetString()!);
        var readings = report.Main.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("printed directions? beside a score that moved fit each reading$") });
        Assert.That(await ReportPage.CellTextsAsync(report.Row(readings, "Higher is better")),
            Is.EqualTo(new[] { "Higher is better", scaleDirection.GetProperty("agreeIfHigherIsBetter").GetInt32().ToString() }));
        Assert.That(await ReportPage.CellTextsAsync(report.Row(readings, "Lower is better")),
            Is.EqualTo(new[] { "Lower is better", scaleDirection.GetProperty("agreeIfLowerIsBetter").GetInt32().ToString() }));

        await SaveScreenshotAsync("report-unstated-scale.png", "The report of a plan whose scale does not say which end is better");
        await AssertAccessibleAsync("the report on a scale whose direction is not stated");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Figures_as_of_a_date_are_chosen_in_the_toolbar_and_reach_the_address_the_document_and_every_download()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        await SignInAsViewerAsync();
        var report = await ReportPage.OpenAsync(Page, known.PlanId);
        await Expect(report.AsOfField).ToHaveValueAsync("");
        await Expect(report.AsOfField).ToHaveAccessibleDescriptionAsync(new Regex("^Leave empty for today"));

        // By keyboard: the date, then the button (the review stays as it was, so the date decides it).
        await report.AsOfField.FillAsync("2026-08-15");
        await Expect(Page).ToHaveURLAsync(new Regex($"/plans/{known.PlanId}/report$"));
        await report.ShowReportButton.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex($"/plans/{known.PlanId}/report\\?asOf=2026-08-15$"));
        await report.WaitUntilLoadedAsync();
        await Expect(report.Heading).ToHaveTextAsync("Known development plan Scrutiny report: RAG 07/26");
        await Expect(report.Heading).ToBeFocusedAsync();
        // The name a browser suggests for the PDF says the date too.
        await Expect(Page).ToHaveTitleAsync(new Regex("^Known development plan – Scrutiny report: RAG 07/26 as of 15 August 2026 – "));
        await Expect(report.AsOfField).ToHaveValueAsync("2026-08-15");
        await Expect(report.Main).ToContainTextAsync("Figures as they stood on 15 August 2026");
        await Expect(report.Main).ToContainTextAsync("Reviews held after that date are left out: the latest review shown is RAG 07/26 (31 July 2026).");
        var json = await ReportJsonAsync(known.PlanId, "?asOf=2026-08-15");
        Assert.That(json.GetProperty("judgedOn").GetString(), Is.EqualTo("asOf"));
        await Expect(report.Main).ToContainTextAsync(json.GetProperty("judgedOnText").GetString()!);
        await Expect(report.Main).ToContainTextAsync("(the date asked for)");
        Assert.That(await report.PlanTable.GetByRole(AriaRole.Columnheader).Filter(new() { HasText = "RAG " }).CountAsync(), Is.EqualTo(1),
            "reviews held after the date are left out");

        // Every download is of the same review as of the same date, and the server names the file after it.
        var first = known.Reviews[0];
        foreach (var (name, format) in new[] { ("Download as Word (.docx)", "docx"), ("Download as Excel (.xlsx)", "xlsx"), ("Download as CSV (.csv)", "csv") })
            await Expect(report.DownloadLink(name)).ToHaveAttributeAsync("href", $"/api/plans/{known.PlanId}/report/{format}?reviewId={first}&asOf=2026-08-15");
        var download = await Page.APIRequest.GetAsync($"/api/plans/{known.PlanId}/report/csv?reviewId={first}&asOf=2026-08-15");
        Assert.That(download.Status, Is.EqualTo(200));
        Assert.That(download.Headers["content-disposition"], Does.Contain("as-of-2026-08-15"));
        await SaveScreenshotAsync("report-as-of.png", "The scrutiny report as of 15 August 2026");
        await AssertAccessibleAsync("the report as of an earlier date");

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(report.Main.GetByText("Figures as they stood on 15 August 2026")).ToBeVisibleAsync();
        await Expect(report.Main.GetByRole(AriaRole.Link, new() { Name = "Show the report as it stands today" })).ToBeHiddenAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Back returns to today's report.
        await Page.GoBackAsync();
        await report.WaitUntilLoadedAsync();
        await Expect(report.Heading).ToHaveTextAsync("Known development plan Scrutiny report: RAG 11/26");
        await Expect(report.AsOfField).ToHaveValueAsync("");
        await Expect(report.Main).Not.ToContainTextAsync("Figures as they stood on");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_review_held_after_the_date_chosen_and_a_date_that_is_not_one_say_so_with_a_way_on()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        await SignInAsViewerAsync();

        var report = await ReportPage.OpenAsync(Page, known.PlanId, known.Reviews[2].ToString(), "2026-08-15");
        await Expect(report.Main).ToContainTextAsync("That review was held after the date chosen.");
        await Expect(report.Main).ToContainTextAsync("That review was held after 2026-08-15, so it is not part of the plan as it stood then.");
        await Expect(report.Main.GetByRole(AriaRole.Link, new() { Name = "Show the latest review held by 15 August 2026" }))
            .ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/report?asOf=2026-08-15");
        await AssertAccessibleAsync("the report of a review held after the date chosen");

        await ReportPage.OpenAsync(Page, known.PlanId, asOf: "2026-02-31");
        await Expect(report.Heading).ToHaveTextAsync("No such date");
        await Expect(report.Main).ToContainTextAsync("The tracker cannot show the report as of that date.");
        await Expect(report.Main.GetByRole(AriaRole.Link, new() { Name = "Show the report as it stands today" })).ToHaveAttributeAsync("href", $"/plans/{known.PlanId}/report");
        await AssertAccessibleAsync("the report as of a date that is not one");

        // A date before the first review: a report with nothing in it yet, and the way back.
        await ReportPage.OpenAsync(Page, known.PlanId, asOf: "2026-07-01");
        await Expect(report.Main).ToContainTextAsync("No review had been held by 1 July 2026.");
        await AssertAccessibleAsync("the report as of a date before the first review");
        AssertNoScriptErrors();
    }

    /// <summary>An exception list's heading as the page words it: "Overdue: 2 success measures", "Overdue: none".</summary>
    private static string ExceptionHeading(JsonElement exception, string noun)
    {
        var count = exception.GetProperty("items").GetArrayLength();
        return $"{exception.GetProperty("heading").GetString()}: {(count == 0 ? "none" : $"{count} {(count == 1 ? noun : noun + "s")}")}";
    }

    private async Task<JsonElement> ReportJsonAsync(long planId, string query = "")
    {
        var response = await Page.APIRequest.GetAsync($"/api/plans/{planId}/report{query}");
        Assert.That(response.Status, Is.EqualTo(200), await response.TextAsync());
        return JsonDocument.Parse(await response.TextAsync()).RootElement;
    }

    [Test]
    public async Task Counts_the_plan_printed_and_the_inspections_unanswered_recommendations_are_in_the_reconciliation()
    {
        var admin = TrackerApp.ClientFor("Arrange");
        var inspectionId = await Arrange.InspectionAsync(admin);
        var planId = await Arrange.PlanAsync(admin, scaleId: 3, title: $"Peer review plan {Guid.NewGuid():N}"[..28], inspectionId: inspectionId);
        var first = await Arrange.RecommendationAsync(admin, planId, "1", "Agree a shared SEND strategy.");
        var second = await Arrange.RecommendationAsync(admin, planId, "2", "Publish the local offer.");
        var review = await (await admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "Update June 2026", reviewDate = "2026-06-20" }))
            .ReadAsync<JsonElement>();
        var reviewId = review.GetProperty("id").GetInt64();
        foreach (var item in new[] { first, second })
            await admin.PutJsonAsync($"/api/plans/{planId}/reviews/{reviewId}/scores/recommendations/{item}", new { level = 3, narrative = "On track." }, null);
        await admin.PostJsonAsync($"/api/plans/{planId}/printed-figures",
            new { reviewId, kind = "countAtLevel", level = 3, label = "GREEN", valueText = "1", claims = "recommendations on track", source = "Board papers, June 2026" });
        var answered = await Arrange.InspectionRecommendationAsync(admin, inspectionId, "14", "Agree a strategy.", "the local authority", "23");
        await Arrange.InspectionRecommendationAsync(admin, inspectionId, "15", "Improve the quality of plans.", "the safeguarding partnership", "31");
        await admin.PutJsonAsync($"/api/inspections/{inspectionId}/recommendations/{answered}/links",
            new { links = new[] { new { kind = "recommendation", itemId = first } } }, "*");
        await SignInAsViewerAsync();

        var report = await ReportPage.OpenAsync(Page, planId);

        await Expect(report.SubHeading("Other printed figures checked against the scores: 1")).ToBeVisibleAsync();
        var figure = await ReportPage.CellTextsAsync(report.Row(report.Table("Other printed figures checked against the scores: 1"), "Whole plan: GREEN"));
        Assert.That(figure[..5], Is.EqualTo(new[] { "Whole plan: GREEN", "1 Disagrees with the scores", "recommendations on track", "Board papers, June 2026", "2" }));
        await Expect(report.SubHeading("The inspection's recommendations: 1 of 2 answered")).ToBeVisibleAsync();
        var gap = await ReportPage.CellTextsAsync(report.Row(report.Table("The inspection report's recommendations no plan item answers"), "15"));
        Assert.That(gap, Is.EqualTo(new[] { "15", "Improve the quality of plans.", "the safeguarding partnership", "31" }));
        await AssertAccessibleAsync("the report's reconciliation with printed figures and an inspection's gaps");
        AssertNoScriptErrors();
    }

    private async Task SignInAsViewerAsync() =>
        await SignInPage.SignInThroughTheApiAsync(Context, await ViewerAccount.Value, TrackerApp.UserPassword);

    // A scrutiny member: the viewer role reads everything and changes nothing.
    private static async Task<string> CreateViewerAsync()
    {
        using var admin = await TrackerApp.BrowserSignedInAsync("admin", TrackerApp.AdminPassword);
        var username = $"councillor.{Guid.NewGuid():N}@tests.example";
        var created = await admin.PostAsJsonAsync("/api/users",
            new { username, displayName = "Councillor Sam Ojo", role = "viewer", personId = (long?)null, password = TrackerApp.UserPassword });
        Assert.That(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return username;
    }
}

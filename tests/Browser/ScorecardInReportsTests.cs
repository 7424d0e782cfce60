using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Grid;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 15: the dashboard's "Indicators off target or getting worse" and the print report's scorecard section, on the
/// a plan with one open review and two indicators: T1 (percentage, target 90% ± 2) 85.0, 88.0, 87.5 in July to September 2025 — red and
/// declining — and C1 (a count, no target) 12 in September.
/// </summary>
public sealed class ScorecardInReportsTests : BrowserTest
{
    private readonly HttpClient admin = TrackerApp.ClientFor("Test Admin");
    private readonly HttpClient board = TrackerApp.ClientFor("Scorecard Reports Board", "board");

    [SetUp]
    public async Task SignIn() => await SignInPage.SignInThroughTheApiAsync(Context, "admin", TrackerApp.AdminPassword);

    private async Task<long> IndicatorAsync(long planId, string reference, string unit, int places, string polarity, string name)
    {
        var response = await board.PostJsonAsync($"/api/plans/{planId}/indicators", new
        {
            reference, name, unit, decimalPlaces = places, polarity, frequency = "monthly", ytdRule = "average", ownerIds = Array.Empty<long>(),
            links = Array.Empty<object>(),
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<long>();
    }

    private async Task ValuesAsync(long planId, string period, params object[] values)
    {
        var response = await board.PutJsonAsync($"/api/plans/{planId}/indicator-values/{period}", new { values }, ifMatch: null);
        Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(long PlanId, long T1)> ArrangeAsync()
    {
        // A plan with one open review (a closed one would lock the months it covers against new values).
        var known = new { PlanId = await Arrange.PlanAsync(admin) };
        await Arrange.RecommendationAsync(admin, known.PlanId);
        var review = await admin.PostJsonAsync($"/api/plans/{known.PlanId}/reviews", new { label = "RAG 11/26", reviewDate = "2026-11-20" });
        Assert.That(review.IsSuccessStatusCode, await review.Content.ReadAsStringAsync());
        var t1 = await IndicatorAsync(known.PlanId, "T1", "percentage", 1, "higher-is-better", "Assessments completed within 45 working days");
        var c1 = await IndicatorAsync(known.PlanId, "C1", "number", 0, "lower-is-better", "Contacts to the front door");
        var year = await board.PutJsonAsync($"/api/plans/{known.PlanId}/indicators/{t1}/years/2025", new { target = 90, tolerance = 2 }, ifMatch: null);
        Assert.That(year.IsSuccessStatusCode, await year.Content.ReadAsStringAsync());
        await ValuesAsync(known.PlanId, "2025-07", new { indicatorId = t1, value = 85.0 });
        await ValuesAsync(known.PlanId, "2025-08", new { indicatorId = t1, value = 88.0 });
        await ValuesAsync(known.PlanId, "2025-09", new { indicatorId = t1, value = 87.5 }, new { indicatorId = c1, value = 12 });
        return (known.PlanId, t1);
    }

    [Test]
    public async Task The_dashboard_lists_the_indicator_off_target_and_getting_worse_with_links_a_keyboard_reaches()
    {
        var (planId, t1) = await ArrangeAsync();
        var dashboard = await DashboardPage.OpenAsync(Page, planId);
        var block = dashboard.Section("Indicators off target or getting worse");
        await Expect(block).ToContainTextAsync("1 of 2 indicators is off target or getting worse (figures to September 2025).");
        var counts = block.GetByRole(AriaRole.List, new() { Name = "Indicators by RAG" });
        await Expect(counts.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["■ Red 1", "▲ Amber 0", "● Green 0", "○ No target 1", "– No figure 0", "Getting worse: 1"]);
        var table = dashboard.Table("Indicators off target or getting worse, figures to September 2025");
        var row = dashboard.Row(table, "T1 Assessments completed within 45 working days");
        var cells = await DashboardPage.CellsAsync(row);
        Assert.That(cells[0].Split('\n', StringSplitOptions.TrimEntries), Is.EqualTo(new[] { "87.5%", "September 2025" }));
        Assert.That(cells[1..], Is.EqualTo(new[] { "90.0%", "■ Red", "↓ Declining" }));
        var link = table.GetByRole(AriaRole.Link, new() { Name = "T1 Assessments completed within 45 working days" });
        await Expect(link).ToHaveAttributeAsync("href", $"/plans/{planId}/indicators/{t1}");
        await Expect(block.GetByRole(AriaRole.Link, new() { Name = "The whole performance scorecard" })).ToHaveAttributeAsync("href", $"/plans/{planId}/scorecard");
        await AssertAccessibleAsync("the dashboard with indicators off target");

        // The shapes are for sighted readers; the words are what a screen reader hears.
        await Expect(table.GetByText("■")).ToHaveAttributeAsync("aria-hidden", "true");

        // By keyboard: Tab reaches the indicator's link, and Enter follows it.
        var reached = false;
        for (var i = 0; i < 300 && !reached; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            reached = await link.EvaluateAsync<bool>("a => document.activeElement === a");
        }
        Assert.That(reached, Is.True, "Tab reaches the indicator's link");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/plans/{planId}/indicators/{t1}$"));
    }

    [Test]
    public async Task A_plan_without_indicators_shows_no_indicator_block()
    {
        var known = await KnownPlan.CreateAsync(admin);
        var dashboard = await DashboardPage.OpenAsync(Page, known.PlanId);
        await Expect(dashboard.Section("Headline figures")).ToBeVisibleAsync();
        await Expect(dashboard.Section("Indicators off target or getting worse")).ToHaveCountAsync(0);
        var report = await ReportPage.OpenAsync(Page, known.PlanId);
        await Expect(report.SectionHeading("Performance scorecard")).ToHaveCountAsync(0);
        await Expect(report.DownloadLink("Download the scorecard as CSV (.csv)")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task The_print_report_has_the_scorecard_section_with_RAG_and_direction_in_words()
    {
        var (planId, t1) = await ArrangeAsync();
        var report = await ReportPage.OpenAsync(Page, planId);
        await Expect(report.SectionHeading("Performance scorecard: figures to September 2025")).ToBeVisibleAsync();
        var table = report.Table("Performance scorecard, figures to September 2025");
        var cells = await ReportPage.CellTextsAsync(report.Row(table, "T1"));
        Assert.That(cells[2..8], Is.EqualTo(new[] { "September 2025", "87.5%", "90.0%", "■ Red", "↓ Declining", "Not comparable" }), string.Join(" | ", cells));
        await Expect(table.GetByRole(AriaRole.Link, new() { Name = "T1" })).ToHaveAttributeAsync("href", $"/plans/{planId}/indicators/{t1}");
        await Expect(report.SubHeading("Indicators off target or getting worse: 1")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "T1 Assessments completed within 45 working days: Red." })).ToHaveCountAsync(1);
        await Expect(report.DownloadLink("Download the scorecard as CSV (.csv)")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"^/api/plans/{planId}/report/scorecard/csv\\?reviewId=[0-9]+$"));
        await AssertAccessibleAsync("the report with its scorecard section");
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(report.SectionHeading("Performance scorecard: figures to September 2025")).ToBeVisibleAsync();
        await AssertAccessibleAsync("the report's scorecard section on paper");
    }

    /// <summary>R1, a ratio indicator (target 90%): 40 of 48 in August and 42 of 48 in September 2025, so 87.5% (red), year to date 82 of 96 (85.4%).</summary>
    private async Task<long> RatioIndicatorAsync(long planId)
    {
        var created = await board.PostJsonAsync($"/api/plans/{planId}/indicators", new
        {
            reference = "R1", name = "Plans reviewed on time", unit = "percentage", decimalPlaces = 1, polarity = "higher-is-better", frequency = "monthly",
            ytdRule = "ratio", numeratorLabel = "plans reviewed within timescales", denominatorLabel = "plans due a review",
            ownerIds = Array.Empty<long>(), links = Array.Empty<object>(),
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var r1 = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<long>();
        var year = await board.PutJsonAsync($"/api/plans/{planId}/indicators/{r1}/years/2025", new { target = 90, tolerance = 1 }, ifMatch: null);
        Assert.That(year.IsSuccessStatusCode, await year.Content.ReadAsStringAsync());
        await ValuesAsync(planId, "2025-08", new { indicatorId = r1, value = 83.3, numerator = 40, denominator = 48 });
        await ValuesAsync(planId, "2025-09", new { indicatorId = r1, value = 87.5, numerator = 42, denominator = 48 });
        return r1;
    }

    [Test]
    public async Task A_ratio_indicator_shows_its_counts_with_their_words_on_the_dashboard_and_the_print_report()
    {
        var (planId, _) = await ArrangeAsync();
        await RatioIndicatorAsync(planId);

        var dashboard = await DashboardPage.OpenAsync(Page, planId);
        var block = dashboard.Table("Indicators off target or getting worse, figures to September 2025");
        var ratio = await DashboardPage.CellsAsync(dashboard.Row(block, "R1 Plans reviewed on time"));
        Assert.That(ratio[0], Does.Contain("87.5% — 42 of 48 plans reviewed within timescales")
            .And.Contain("Year to date: 85.4% — 82 of 96 plans reviewed within timescales"), ratio[0]);
        var plain = await DashboardPage.CellsAsync(dashboard.Row(block, "T1 Assessments completed within 45 working days"));
        Assert.That(plain[0], Does.Not.Contain(" of ").And.Not.Contain("Year to date"), plain[0]);
        await AssertAccessibleAsync("the dashboard with a ratio indicator's counts");

        var report = await ReportPage.OpenAsync(Page, planId);
        var table = report.Table("Performance scorecard, figures to September 2025");
        var cells = await ReportPage.CellTextsAsync(report.Row(table, "R1"));
        // The figure, then the counts on their own line below it (as in Word).
        Assert.That(cells[3], Does.StartWith("87.5%").And.EndWith("42 of 48 plans reviewed within timescales"), string.Join(" | ", cells));
        Assert.That(cells[8], Does.StartWith("85.4%").And.EndWith("82 of 96 plans reviewed within timescales"), string.Join(" | ", cells));
        var t1 = await ReportPage.CellTextsAsync(report.Row(table, "T1"));
        Assert.That(t1[3], Is.EqualTo("87.5%"));
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(table.GetByText("42 of 48 plans reviewed within timescales")).ToBeVisibleAsync();
        await AssertAccessibleAsync("the report's ratio counts on paper");
    }
}

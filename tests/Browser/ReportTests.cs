using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using ActionPlanTracker.Tests.Api.Grid;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The scrutiny report's print view (issue 5), read by a scrutiny member (a viewer) against the hand-worked plan in
/// <see cref="KnownPlan"/>: the figures and sentences on screen, the print stylesheet, and the tagged PDF that
/// Chromium prints from it.
/// </summary>
public sealed class ReportTests : BrowserTest
{
    // Worked out by hand from KnownPlan's scores at RAG 11/26 (see SummaryTests for the arithmetic): M1 3, M2 2, M3 2;
    // before, at RAG 09/26, M1 3, M2 no score, M3 4; M2 compares with its 1 at RAG 07/26.
    private static readonly string[] CurrentSentences =
    [
        "In RAG 11/26, 2 success measures were at 2 Started with some delay and 1 at 3 On track.",
        "Every success measure had a score in this review.",
        "1 of 3 success measures improved since the last review, 1 stayed the same and 1 declined.",
        "The overall average moved from 3.5 to 2.3; on this scale higher is better, so this is a decline.",
        "The mean of the priority averages moved from 3.5 to 2.3; on this scale higher is better, so this is a decline.",
        "2 success measures are overdue.",
        "No success measure was at 1 Not started or seriously delayed, the worst level on this scale.",
        "2 success measures had a stale entry in this review: no score, no update, or the previous update copied forward.",
        "1 direction-of-travel override contradicts the scores.",
    ];

    // Measures are numbered in order under their action, so the references are known.
    private const string M1 = "1 / 1.1 / 1";
    private const string M2 = "1 / 1.1 / 2";
    private const string M3 = "2 / 2.1 / 1";

    private static readonly Lazy<Task<string>> ViewerAccount = new(CreateViewerAsync);

    private readonly List<string> policyViolations = [];

    [SetUp]
    public void ListenForPolicyViolations()
    {
        policyViolations.Clear();
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) policyViolations.Add(message.Text);
        };
    }

    [Test]
    public async Task A_viewer_reads_the_known_plans_report_in_words_and_figures()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        await SignInAsViewerAsync();

        var report = await ReportPage.OpenAsync(Page, known.PlanId);

        await Expect(report.Heading).ToHaveTextAsync("Known development plan Scrutiny report: RAG 11/26");
        await Expect(Page).ToHaveTitleAsync(new Regex("^Known development plan – Scrutiny report: RAG 11/26"));
        await Expect(report.Main).ToContainTextAsync("Review: RAG 11/26 (20 November 2026), compared with RAG 09/26 (30 September 2026).");
        Assert.That(await report.Main.GetByRole(AriaRole.Heading, new() { Level = 2 }).AllInnerTextsAsync(),
            Is.EqualTo(new[] { "Summary", "Averages by priority", "Exceptions", "Reconciliation", "The whole plan" }), "the sections, in the issue's order");

        var sentences = (await Page.Locator(".report__sentences p").AllInnerTextsAsync()).ToArray();
        Assert.That(sentences, Is.EqualTo(CurrentSentences));

        var averages = report.Table("Average score, RAG 09/26 and RAG 11/26");
        Assert.That(await ReportPage.CellTextsAsync(report.Row(averages, "Over every scored success measure")),
            Is.EqualTo(new[] { "Over every scored success measure", "3.5", "2.3", "↓ Declining" }));
        Assert.That(await ReportPage.CellTextsAsync(report.Row(averages, "Mean of the priority averages")),
            Is.EqualTo(new[] { "Mean of the priority averages", "3.5", "2.3", "↓ Declining" }));

        var levels = report.Table("Scores in RAG 11/26, by level");
        foreach (var (level, count) in new[] { ("1 Not started or seriously delayed", "0"), ("2 Started with some delay", "2"), ("3 On track", "1"),
                     ("4 Complete, monitoring", "0"), ("5 Complete and sustained", "0"), ("No score", "0"), ("Total", "3") })
            Assert.That((await ReportPage.CellTextsAsync(report.Row(levels, level)))[^1], Is.EqualTo(count), level);

        var directions = report.Table("Direction of travel since RAG 09/26");
        foreach (var (direction, count) in new[] { ("Improving", "1"), ("Maintained", "1"), ("Declining", "1"), ("New", "0"), ("No data", "0") })
            Assert.That((await ReportPage.CellTextsAsync(report.Row(directions, direction)))[^1], Is.EqualTo(count), direction);

        var priorities = report.Table("Average score of each priority, RAG 09/26 and RAG 11/26");
        Assert.That(await ReportPage.CellTextsAsync(report.Row(priorities, "1. Help and protection")),
            Is.EqualTo(new[] { "1. Help and protection", "3.0", "2.5", "↓ Declining" }));
        Assert.That(await ReportPage.CellTextsAsync(report.Row(priorities, "2. Children in care")),
            Is.EqualTo(new[] { "2. Children in care", "4.0", "2.0", "↓ Declining" }));

        // Exceptions: each list names the item, its lead, its score, why it is listed and its latest update.
        var declining = report.Table("Declining since the last review: 1 success measure");
        var m3 = await ReportPage.CellTextsAsync(report.Row(declining, M3));
        Assert.That(m3[1], Is.EqualTo("Every child in care has an up-to-date care plan"));
        Assert.That(m3[2], Is.EqualTo("No lead named"));
        Assert.That(m3[3], Does.EndWith("2 Started with some delay"));
        Assert.That(m3[4], Is.EqualTo("Down from 4 Complete, monitoring in RAG 09/26 to 2 Started with some delay"));
        Assert.That(m3[5], Does.StartWith("Slipped: staff left"));

        var overdue = report.Table("Overdue: 2 success measures");
        foreach (var measure in new[] { M1, M2 })
        {
            var cells = await ReportPage.CellTextsAsync(report.Row(overdue, measure));
            // A measure names no lead of its own: it answers to its action's, and says so in words.
            Assert.That((cells[2], cells[4]), Is.EqualTo(("Dana Whitfield (from action 1.1)", "Deadline Sep-26 (due by 30 September 2026)")), measure);
        }
        var contradicting = report.Table("Direction-of-travel overrides that contradict the scores: 1 success measure");
        Assert.That((await ReportPage.CellTextsAsync(report.Row(contradicting, M1)))[4],
            Is.EqualTo("Recorded as improving by Test Admin: \"Feels better\". The scores say maintained."));
        await Expect(report.Main.GetByRole(AriaRole.Heading, new() { Name = "At the worst level, 1 Not started or seriously delayed: none", Level = 3 })).ToBeVisibleAsync();
        await Expect(report.Main).ToContainTextAsync("No success measure was at 1 Not started or seriously delayed.");
        await Expect(report.Main.GetByRole(AriaRole.Heading, new() { Name = "Marked complete, waiting for the board's sign-off: none", Level = 3 })).ToBeVisibleAsync();

        // The whole plan: the score history (every level as number and words), direction, deadline in words, latest update.
        var headers = (await report.PlanTable.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync()).Select(ReportPdf.Normalise).ToArray();
        Assert.That(headers, Is.EqualTo(new[]
        {
            "Reference", "Item", "Lead and owners", "Deadline", "RAG 07/26 31 July 2026", "RAG 09/26 30 September 2026", "RAG 11/26 20 November 2026",
            "Direction of travel", "Latest update",
        }));
        var m3Row = await ReportPage.CellTextsAsync(report.Row(report.PlanTable, M3));
        // A measure without a deadline of its own is due when its action is, marked as taken from it.
        Assert.That(m3Row[1..4], Is.EqualTo(new[] { "Success measure Every child in care has an up-to-date care plan", "No lead named", "15/12/2026 (from action 2.1) Due by 15 December 2026 Due within 30 days" }));
        // A complete level says how it came about: this one was marked in the tracker and never signed off.
        Assert.That(m3Row[4..7], Is.EqualTo(new[] { "■3 On track", "◆4 Complete, monitoring Awaiting sign-off", "▲2 Started with some delay" }));
        Assert.That(m3Row[7], Is.EqualTo("↓ Declining"));
        Assert.That(m3Row[8], Does.StartWith("Slipped: staff left"));
        var m2Row = await ReportPage.CellTextsAsync(report.Row(report.PlanTable, M2));
        Assert.That(m2Row[4..7], Is.EqualTo(new[] { "●1 Not started or seriously delayed", "No score (update not available)", "▲2 Started with some delay" }));
        var m1Row = await ReportPage.CellTextsAsync(report.Row(report.PlanTable, M1));
        Assert.That(m1Row[2], Is.EqualTo("Dana Whitfield (from action 1.1)"));
        Assert.That(m1Row[3], Is.EqualTo("Sep-26 (from action 1.1) Due by 30 September 2026 Overdue"));
        Assert.That(m1Row[7], Is.EqualTo("→ Maintained; recorded as improving by Test Admin, which the scores do not support"));
        // An action is not scored in this plan: one cell says so across its score, direction and update columns.
        Assert.That(await ReportPage.CellTextsAsync(report.Row(report.PlanTable, "2 / 2.1")),
            Is.EqualTo(new[] { "2 / 2.1", "Action Audit 20 assessments a month and feed back to social workers.", "No lead named",
                "15/12/2026 Due by 15 December 2026 Due within 30 days", "Not scored" }));
        await Expect(report.PlanTable.GetByRole(AriaRole.Rowheader, new() { Name = "Priority 1: Help and protection" })).ToBeVisibleAsync();

        await Expect(report.Main).ToContainTextAsync("Review: RAG 11/26 (20 November 2026) · Generated 23 November 2026 09:30");

        // Downloads of the same review, each a file the server names (the download attribute), in words that say the format.
        var current = known.Reviews[2];
        foreach (var (name, format) in new[] { ("Download as Word (.docx)", "docx"), ("Download as Excel (.xlsx)", "xlsx"), ("Download as CSV (.csv)", "csv") })
        {
            await Expect(report.DownloadLink(name)).ToHaveAttributeAsync("href", $"/api/plans/{known.PlanId}/report/{format}?reviewId={current}");
            await Expect(report.DownloadLink(name)).ToHaveAttributeAsync("download", "");
        }

        await Page.SetViewportSizeAsync(1400, 1000);
        await SaveScreenshotAsync("report.png", "The scrutiny report of the known plan, on screen");
        await AssertAccessibleAsync("the scrutiny report");
        AssertNoScriptErrors();
        Assert.That(policyViolations, Is.Empty, string.Join("\n", policyViolations));
    }

    [Test]
    public async Task The_print_view_leaves_only_the_document_with_repeating_headers_and_levels_in_colour_and_words()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        await SignInAsViewerAsync();
        var report = await ReportPage.OpenAsync(Page, known.PlanId);
        await Expect(report.PrintButton).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Banner)).ToBeVisibleAsync();

        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(report.PrintButton).ToBeHiddenAsync();
        await Expect(report.ReviewChooser).ToBeHiddenAsync();
        await Expect(report.DownloadLink("Download as Word (.docx)")).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Banner)).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Back to the action plan" })).ToBeHiddenAsync();
        await Expect(report.PlanTable).ToBeVisibleAsync();

        var style = await Page.EvaluateAsync<JsonElement>("""
            () => {
              const table = [...document.querySelectorAll('table')].find(t => t.caption?.textContent.includes('every item with its scores'));
              const tag = table.querySelector('tbody .level-tag');
              const s = (e) => getComputedStyle(e);
              return {
                thead: s(table.tHead).display,
                rowBreak: s(table.querySelector('tbody tr')).breakInside,
                headingBreak: s(document.querySelector('.report h2')).breakAfter,
                tagBackground: s(tag).backgroundColor,
                tagText: tag.textContent,
                tagAdjust: s(tag).printColorAdjust,
                textColour: s(document.querySelector('.report__sentences p')).color,
              };
            }
            """);
        Assert.That(style.GetProperty("thead").GetString(), Is.EqualTo("table-header-group"), "header rows repeat on every page");
        Assert.That(style.GetProperty("rowBreak").GetString(), Is.EqualTo("avoid"), "rows do not split across pages");
        Assert.That(style.GetProperty("headingBreak").GetString(), Is.EqualTo("avoid"), "headings stay with what follows");
        Assert.That(style.GetProperty("tagBackground").GetString(), Is.Not.EqualTo("rgba(0, 0, 0, 0)"), "levels keep their colour on paper");
        Assert.That(style.GetProperty("tagText").GetString(), Does.Match(@"\d \w"), "and their number and words");
        Assert.That(style.GetProperty("tagAdjust").GetString(), Is.EqualTo("exact"));
        Assert.That(style.GetProperty("textColour").GetString(), Is.EqualTo("rgb(0, 0, 0)"));

        await SaveScreenshotAsync("report-print.png", "The scrutiny report as printed (print media emulated)");
        await AssertAccessibleAsync("the scrutiny report as printed");
    }

    [Test]
    public async Task The_report_prints_as_a_tagged_PDF_whose_text_and_table_headers_a_reader_can_use()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        await SignInAsViewerAsync();
        await ReportPage.OpenAsync(Page, known.PlanId);

        var bytes = await Page.PdfAsync(new()
        {
            Tagged = true,
            Outline = true,
            PrintBackground = true,
            // The stylesheet's @page (A4 landscape, 12 mm) decides the paper, as it does in a browser's own print.
            PreferCSSPageSize = true,
            // Page numbers, which a document cannot print for itself in Chromium; the footer text is in the document.
            DisplayHeaderFooter = true,
            HeaderTemplate = "<span></span>",
            FooterTemplate = """<div style="width:100%;font-size:7pt;text-align:center;font-family:sans-serif">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>""",
        });
        var path = SaveArtifact("report.pdf", bytes, "The scrutiny report of the known plan as a tagged PDF");
        RenderPagesToPng(path);

        using var pdf = ReportPdf.Read(bytes);
        Assert.That(pdf.IsMarked, "the catalog says /MarkInfo << /Marked true >>");
        Assert.That(pdf.Structure, Is.Not.Null, "the catalog has a /StructTreeRoot");
        Assert.That(pdf.HasOutline, "headings become bookmarks (/Outlines)");
        Assert.That(pdf.PageSizes, Is.All.Matches<(double Width, double Height)>(s => Math.Abs(s.Width - 841.9) < 2 && Math.Abs(s.Height - 595.3) < 2),
            "every page is A4 landscape");

        // The reading text: the summary in plain English, the footer, and the rows of the plan.
        var text = pdf.Text;
        foreach (var sentence in CurrentSentences) Assert.That(text, Does.Contain(sentence));
        Assert.That(text, Does.Contain("Review: RAG 11/26 (20 November 2026) · Generated 23 November 2026 09:30"));
        Assert.That(text, Does.Not.Contain("\uFB01").And.Not.Contain("\uFB00"), "no ligatures, so the text searches and reads as typed (\"staff\", \"figures\")");
        Assert.That(text, Does.Not.Contain("Print or save as PDF"), "the toolbar is not printed");

        // Headings and tables are tagged as such, and header cells as /TH with their words.
        Assert.That(pdf.Elements("H1").Select(h => h.Text), Is.EqualTo(new[] { "Known development plan Scrutiny report: RAG 11/26" }));
        Assert.That(pdf.Elements("H2").Select(h => h.Text), Is.EqualTo(new[] { "Summary", "Averages by priority", "Exceptions", "Reconciliation", "The whole plan" }));
        var planTable = pdf.Elements("Table").Single(t => t.Text.Contains("every item with its scores up to RAG 11/26"));
        var headerRow = planTable.DescendantsAndSelf().First(e => e.Type == "TR");
        Assert.That(headerRow.Children.Select(c => (c.Type, c.FirstPageText)), Is.EqualTo(new[]
        {
            ("TH", "Reference"), ("TH", "Item"), ("TH", "Lead and owners"), ("TH", "Deadline"), ("TH", "RAG 07/26 31 July 2026"),
            ("TH", "RAG 09/26 30 September 2026"), ("TH", "RAG 11/26 20 November 2026"), ("TH", "Direction of travel"), ("TH", "Latest update"),
        }));

        // M3's row reads across as on screen, a cell for every column: its reference is a row header, then its text, lead,
        // deadline, scores (the shapes are decoration, so not part of the tagged text), direction and latest update.
        var m3 = planTable.DescendantsAndSelf().Single(e => e.Type == "TR" && e.Children.FirstOrDefault() is { Type: "TH", Text: M3 });
        Assert.That(m3.Children.Select(c => c.Type), Is.EqualTo(new[] { "TH", "TD", "TD", "TD", "TD", "TD", "TD", "TD", "TD" }));
        Assert.That(m3.Children.Select(c => c.Text).Skip(1), Is.EqualTo(new[]
        {
            "Success measure Every child in care has an up-to-date care plan", "No lead named", "15/12/2026 (from action 2.1) Due by 15 December 2026 Due within 30 days",
            "3 On track", "4 Complete, monitoring Awaiting sign-off", "2 Started with some delay", "Declining", "Slipped: staff left",
        }));

        var summaryTables = pdf.Elements("Table").Where(t => t.Text.Contains("Average score, RAG 09/26 and RAG 11/26")).ToList();
        Assert.That(summaryTables, Has.Count.EqualTo(1));
        Assert.That(summaryTables[0].DescendantsAndSelf().Where(e => e.Type == "TH").Select(e => e.FirstPageText),
            Is.SupersetOf(new[] { "Average", "RAG 09/26", "RAG 11/26", "Direction of travel", "Over every scored success measure" }),
            "column and row headers alike are /TH");
        TestContext.Out.WriteLine($"PDF: {pdf.PageCount} pages, title \"{pdf.Title}\", language {pdf.Language ?? "(none)"}");
    }

    [Test]
    public async Task On_paper_a_long_history_keeps_the_latest_six_reviews_and_says_where_the_others_are()
    {
        var admin = TrackerApp.ClientFor("Test Admin");
        var planId = await Arrange.PlanAsync(admin, scaleId: 3, title: "Plan with a long history");
        var recommendation = await Arrange.RecommendationAsync(admin, planId, "1", "Improve the front door.");
        await Arrange.ActionAsync(admin, planId, recommendationId: recommendation, code: "A");
        for (var month = 1; month <= 7; month++)
        {
            var review = await (await admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = $"Review {month:00}", reviewDate = $"2026-{month:00}-15" }))
                .ReadAsync<Api.Reviews.ReviewTests.ReviewDto>();
            var scored = await admin.PutJsonAsync($"/api/plans/{planId}/reviews/{review.Id}/scores/recommendations/{recommendation}",
                new { level = month % 3 + 1, narrative = $"Update {month}" }, null);
            Assert.That(scored.IsSuccessStatusCode, await scored.Content.ReadAsStringAsync());
        }
        await SignInAsViewerAsync();
        var report = await ReportPage.OpenAsync(Page, planId);
        var reviewHeaders = report.PlanTable.GetByRole(AriaRole.Columnheader).Filter(new() { HasText = "Review " });
        await Expect(reviewHeaders).ToHaveCountAsync(7);
        var note = Page.GetByText("On paper this table shows the latest 6 reviews; the earliest review, Review 01, is on screen and in the Excel and CSV downloads.");
        await Expect(note).ToBeHiddenAsync();

        await Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(note).ToBeVisibleAsync();
        var printed = await Page.EvaluateAsync<JsonElement>("""
            () => {
              const table = [...document.querySelectorAll('table')].find(t => t.caption?.textContent.includes('every item with its scores'));
              const shown = (cells) => [...cells].filter(c => getComputedStyle(c).display !== 'none');
              const headers = shown(table.tHead.rows[0].cells).map(c => c.firstChild.textContent);
              // Every row must fill exactly the columns on paper, or its cells would sit under the wrong headings.
              const widths = [...table.tBodies].flatMap(b => [...b.rows]).map(r => shown(r.cells).reduce((n, c) => n + c.colSpan, 0));
              return { headers, widths };
            }
            """);
        var headers = printed.GetProperty("headers").EnumerateArray().Select(h => h.GetString()).ToArray();
        Assert.That(headers, Is.EqualTo(new[]
        {
            "Reference", "Item", "Lead and owners", "Deadline", "Review 02", "Review 03", "Review 04", "Review 05", "Review 06", "Review 07",
            "Direction of travel", "Latest update",
        }));
        Assert.That(printed.GetProperty("widths").EnumerateArray().Select(w => w.GetInt32()), Is.All.EqualTo(headers.Length));
        await SaveScreenshotAsync("report-long-history-print.png", "A plan with seven reviews, as printed: the latest six");
    }

    [Test]
    public async Task Choosing_another_review_changes_the_address_and_the_figures_and_Back_returns()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        await SignInAsViewerAsync();
        var report = await ReportPage.OpenAsync(Page, known.PlanId);
        await Expect(report.ReviewChooser).ToHaveValueAsync(known.Reviews[2].ToString());

        // By keyboard: the chooser, then its button.
        await report.ReviewChooser.FocusAsync();
        await report.ReviewChooser.SelectOptionAsync(new SelectOptionValue { Label = "RAG 09/26, 30 September 2026" });
        await Expect(Page).ToHaveURLAsync(new Regex($"/plans/{known.PlanId}/report$"), new() { Timeout = 1000 });
        await Page.Keyboard.PressAsync("Tab");
        await Expect(report.ShowReportButton).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page).ToHaveURLAsync(new Regex($"/plans/{known.PlanId}/report\\?review={known.Reviews[1]}$"));
        await report.WaitUntilLoadedAsync();
        await Expect(report.Heading).ToHaveTextAsync("Known development plan Scrutiny report: RAG 09/26");
        await Expect(report.Heading).ToBeFocusedAsync();
        // RAG 09/26 against RAG 07/26: (3 + 4) / 2 = 3.5 against (2 + 1 + 3) / 3 = 2.0.
        await Expect(report.Main).ToContainTextAsync("The overall average moved from 2.0 to 3.5; on this scale higher is better, so this is an improvement.");
        await Expect(report.Main).ToContainTextAsync("1 success measure had no score in this review.");
        await Expect(report.Main).ToContainTextAsync("This report is of an earlier review, not the plan’s current one.");
        Assert.That(await report.PlanTable.GetByRole(AriaRole.Columnheader).Filter(new() { HasText = "RAG " }).CountAsync(), Is.EqualTo(2),
            "the history stops at the review reported on");
        await Expect(report.DownloadLink("Download as Word (.docx)")).ToHaveAttributeAsync("href", $"/api/plans/{known.PlanId}/report/docx?reviewId={known.Reviews[1]}");

        await Page.GoBackAsync();
        await report.WaitUntilLoadedAsync();
        await Expect(report.Heading).ToHaveTextAsync("Known development plan Scrutiny report: RAG 11/26");
        await Expect(report.Main).ToContainTextAsync(CurrentSentences[3]);
        await Expect(report.ReviewChooser).ToHaveValueAsync(known.Reviews[2].ToString());
        AssertNoScriptErrors();
    }

    [Test]
    public async Task Every_tool_works_from_the_keyboard_and_print_opens_the_browsers_print()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        await SignInAsViewerAsync();
        // window.print() opens a dialog headless Chromium cannot show; count the calls instead.
        await Page.AddInitScriptAsync("window.__prints = 0; window.print = () => { window.__prints++; };");
        var report = await ReportPage.OpenAsync(Page, known.PlanId);

        await report.ReviewChooser.FocusAsync();
        var order = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            await Page.Keyboard.PressAsync("Tab");
            order.Add(await Page.EvaluateAsync<string>("""
                () => {
                  const e = document.activeElement;
                  return e.getAttribute('role') === 'region' ? 'Region: ' + document.getElementById(e.getAttribute('aria-labelledby')).textContent : e.textContent.trim();
                }
                """));
        }
        // Then the first of the tables' scrolling regions, named by its caption.
        Assert.That(order, Is.EqualTo(new[]
        {
            "Show report", "Print or save as PDF", "Download as Word (.docx)", "Download as Excel (.xlsx)", "Download as CSV (.csv)",
            "Region: Average score, RAG 09/26 and RAG 11/26",
        }));

        await report.PrintButton.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        Assert.That(await Page.EvaluateAsync<int>("() => window.__prints"), Is.EqualTo(1));

        // The wide tables scroll sideways in regions a keyboard can reach; each is named by its table's caption.
        var region = Page.GetByRole(AriaRole.Region, new() { Name = "every item with its scores up to RAG 11/26" });
        await Expect(region).ToHaveAttributeAsync("tabindex", "0");
    }

    [Test]
    public async Task On_a_phone_sized_screen_the_report_reflows_and_only_its_tables_scroll_sideways()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        await SignInAsViewerAsync();
        await Page.SetViewportSizeAsync(320, 640);

        var report = await ReportPage.OpenAsync(Page, known.PlanId);

        await Expect(report.PlanTable).ToBeAttachedAsync();
        // Anything wider than the screen, other than what sits inside a scrolling region, is named in the failure.
        var tooWide = await Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > 320.5 && !e.closest('[role=region]'))
              .map(e => `${e.tagName.toLowerCase()}.${e.className}: ${Math.round(e.getBoundingClientRect().right)}`)
            """);
        Assert.That(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(320), string.Join("\n", tooWide));
        await SaveScreenshotAsync("report-320.png", "The scrutiny report 320 pixels wide");
        // The first screen on its own, legible at full size: the heading and the toolbar.
        var firstScreen = Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifacts", "report-320-first-screen.png");
        await Page.ScreenshotAsync(new() { Path = firstScreen });
        TestContext.AddTestAttachment(firstScreen, "The first screen of the scrutiny report 320 pixels wide");
        await AssertAccessibleAsync("the scrutiny report at 320 pixels wide");
    }

    [Test]
    public async Task Someone_not_signed_in_is_asked_to_sign_in_and_brought_back()
    {
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));

        var report = await ReportPage.OpenAsync(Page, known.PlanId, known.Reviews[1].ToString());

        var signIn = report.Main.GetByRole(AriaRole.Link, new() { Name = "Sign in to see the scrutiny report" });
        await Expect(signIn).ToHaveAttributeAsync("href", $"/sign-in?returnTo={Uri.EscapeDataString($"/plans/{known.PlanId}/report?review={known.Reviews[1]}")}");
        await Expect(report.PlanTable).ToHaveCountAsync(0);
        await Expect(report.Main).Not.ToContainTextAsync("Known development plan");
        await AssertAccessibleAsync("the scrutiny report for someone not signed in");
    }

    [Test]
    public async Task A_plan_or_review_that_does_not_exist_says_so()
    {
        await SignInAsViewerAsync();
        var known = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));
        var other = await KnownPlan.CreateAsync(TrackerApp.ClientFor("Test Admin"));

        var report = await ReportPage.OpenAsync(Page, 987654321);
        await Expect(report.Heading).ToHaveTextAsync("No such plan");
        await Expect(report.Main.GetByRole(AriaRole.Link, new() { Name = "Go to the plans" })).ToHaveAttributeAsync("href", "/");
        await Expect(report.Error).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the report of a plan that does not exist");

        // Another plan's review is no review of this plan.
        await ReportPage.OpenAsync(Page, known.PlanId, other.Reviews[0].ToString());
        await Expect(report.Heading).ToHaveTextAsync("No such review");
        await Expect(report.Main).ToContainTextAsync("This plan has no review at this address.");

        await ReportPage.OpenAsync(Page, known.PlanId, "latest");
        await Expect(report.Heading).ToHaveTextAsync("No such review");
        await Expect(report.Main).ToContainTextAsync("The address does not name a review.");
        await AssertAccessibleAsync("the report at an address that names no review");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_plan_with_no_reviews_has_nothing_to_report_yet()
    {
        var planId = await Arrange.PlanAsync(TrackerApp.ClientFor("Test Admin"), title: "Plan without reviews");
        await SignInAsViewerAsync();

        var report = await ReportPage.OpenAsync(Page, planId);

        await Expect(report.Heading).ToHaveTextAsync("Plan without reviews");
        await Expect(report.Main).ToContainTextAsync("There is nothing to report yet.");
        await Expect(report.Main.GetByRole(AriaRole.Link, new() { Name = "Go to the action plan" })).ToHaveAttributeAsync("href", $"/plans/{planId}");
        await Expect(report.PrintButton).ToHaveCountAsync(0);
        await AssertAccessibleAsync("the report of a plan with no reviews");
    }

    [Test]
    public async Task When_the_report_cannot_be_loaded_the_page_says_so()
    {
        await SignInAsViewerAsync();
        await Page.RouteAsync("**/api/plans/*/report", route => route.FulfillAsync(new()
        {
            Status = 500,
            ContentType = "application/problem+json",
            Body = """{"type":"about:blank","title":"Internal Server Error","status":500}""",
        }));

        var report = await ReportPage.OpenAsync(Page, 1);

        await Expect(report.Error).ToContainTextAsync("Sorry, the scrutiny report could not be loaded");
        await Expect(report.Error).ToContainTextAsync("The server answered 500 (Internal Server Error).");
        await AssertAccessibleAsync("the report when the API fails");
    }

    private async Task SignInAsViewerAsync() =>
        await SignInPage.SignInThroughTheApiAsync(Context, await ViewerAccount.Value, TrackerApp.UserPassword);

    // A scrutiny member: the viewer role reads everything and changes nothing.
    private static async Task<string> CreateViewerAsync()
    {
        using var admin = await TrackerApp.BrowserSignedInAsync("admin", TrackerApp.AdminPassword);
        var username = $"councillor.{Guid.NewGuid():N}@tests.example";
        var created = await admin.PostAsJsonAsync("/api/users",
            new { username, displayName = "Councillor Ada Reid", role = "viewer", personId = (long?)null, password = TrackerApp.UserPassword });
        Assert.That(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return username;
    }

    private static string SaveArtifact(string fileName, byte[] bytes, string description)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifacts", fileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        TestContext.AddTestAttachment(path, description);
        return path;
    }

    // Pictures of the PDF's pages to look at, where poppler-utils' pdftoppm is installed; the test's checks read the PDF itself.
    private static void RenderPagesToPng(string pdfPath)
    {
        const string pdftoppm = "/usr/bin/pdftoppm";
        if (!File.Exists(pdftoppm)) return;
        var prefix = Path.Combine(Path.GetDirectoryName(pdfPath)!, Path.GetFileNameWithoutExtension(pdfPath) + "-page");
        using var process = Process.Start(new ProcessStartInfo(pdftoppm, ["-png", "-r", "80", "-f", "1", "-l", "3", pdfPath, prefix]) { UseShellExecute = false });
        if (process is null || !process.WaitForExit(60_000)) return;
        foreach (var png in Directory.GetFiles(Path.GetDirectoryName(pdfPath)!, Path.GetFileName(prefix) + "*.png"))
            TestContext.AddTestAttachment(png, "A page of the printed report");
    }
}

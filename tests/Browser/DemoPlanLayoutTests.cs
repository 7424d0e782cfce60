using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// The demo's development plan (six priorities, fifteen actions, twenty-one success measures scored in five reviews) as
/// a board sees it: printed, at 1366 by 900, and the pages around it. Only read: the demo server is shared.
/// </summary>
public sealed partial class DemoPlanLayoutTests : BrowserTest
{
    private const string Admin = "admin@demo.example";

    protected override Uri ServerAddress => DemoServer.BaseAddress;

    [SetUp]
    public Task SignIn() => SignInPage.SignInThroughTheApiAsync(Context, Admin, DemoServer.Password);

    [Test]
    public async Task Printed_the_grid_repeats_its_column_headings_on_every_page_and_the_first_page_holds_several_rows()
    {
        var grid = await OpenDevelopmentPlanAsync();
        var current = Regex.Match(await grid.ColumnHeaders.Filter(new() { HasTextString = "Current" }).InnerTextAsync(), @"RAG \d\d/\d\d").Value;
        Assert.That(current, Is.Not.Empty, "the current review's column");

        var pdf = Path.Combine(TestContext.CurrentContext.WorkDirectory, "artifacts", "grid-demo.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        var bytes = await Page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true, PrintBackground = false });
        TestContext.AddTestAttachment(pdf, "The demo development plan's grid printed to PDF (A4 landscape)");
        using var read = ReportPdf.Read(bytes);

        Assert.That(read.PageSizes[0].Width, Is.GreaterThan(read.PageSizes[0].Height), "A4 landscape");
        // Compatibility forms, so a ligature the PDF holds ("ﬃ" in "officer") reads as its letters.
        var pages = read.PageTexts.Select(p => p.Normalize(System.Text.NormalizationForm.FormKC)).ToList();
        Assert.That(pages, Has.Count.GreaterThan(1), "42 rows do not fit one page");
        for (var i = 0; i < pages.Count; i++)
        {
            // A heading on two lines comes out of the PDF with its lines among the other headings' lines: word by word.
            var words = pages[i].Split(' ').ToHashSet();
            foreach (var heading in new[] { "Reference", "Lead", current, "Direction of travel", "Deadline", "Responsible officer", "Latest update" })
                Assert.That(heading.Split(' ').All(words.Contains), Is.True, $"page {i + 1} lacks the column heading \"{heading}\":\n{pages[i]}");
        }
        // The first page holds the title and figures and then several rows (a priority's heading and at least three
        // items), not a single row with the rest pushed over.
        var firstPageRows = ItemReference().Matches(pages[0]).Count;
        Assert.That(firstPageRows, Is.GreaterThanOrEqualTo(3), $"rows on page 1:\n{pages[0]}");
        // Every row is printed somewhere: the last success measure's reference is on the last page or before it.
        Assert.That(string.Join(" ", pages), Does.Contain("6 / 6.3 / 1"));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task At_1366_by_900_a_screen_of_the_grid_shows_twenty_rows_with_nothing_cut_off_and_names_whole()
    {
        await Page.SetViewportSizeAsync(1366, 900);
        var grid = await OpenDevelopmentPlanAsync();
        // The grid's region brought to the top of the window, as a person scrolls to read it.
        await grid.ScrollRegion.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");

        var layout = await grid.ScrollRegion.EvaluateAsync<JsonElement>("""
            region => {
              const box = region.getBoundingClientRect();
              const bottom = Math.min(window.innerHeight, box.bottom);
              const rows = [...region.querySelectorAll('tbody tr')].filter(r => !r.hidden);
              const whole = rows.filter(r => { const b = r.getBoundingClientRect(); return b.height > 0 && b.top >= box.top - 1 && b.bottom <= bottom + 1; });
              return { scrollWidth: region.scrollWidth, clientWidth: region.clientWidth, rowsInView: whole.length, top: box.top };
            }
            """);
        Assert.That(layout.GetProperty("scrollWidth").GetDouble(), Is.LessThanOrEqualTo(layout.GetProperty("clientWidth").GetDouble()),
            "the grid scrolls sideways at 1366 px, cutting off its last columns");
        Assert.That(layout.GetProperty("rowsInView").GetInt32(), Is.GreaterThanOrEqualTo(20), "rows wholly in view on one screen");
        await Expect(grid.ColumnHeaders.Filter(new() { HasTextString = "Latest update" })).ToBeInViewportAsync(new() { Ratio = 1 });
        await SaveScreenshotAsync("grid-1366.png", "The demo development plan's grid at 1366 by 900");

        // Names wrap between words, never inside one: each word of each person's name sits on a single line.
        var broken = await grid.Table.EvaluateAsync<string[]>("""
            table => {
              const broken = [];
              for (const person of table.querySelectorAll('.grid__person')) {
                const style = getComputedStyle(person);
                if (style.wordBreak === 'break-all' || style.wordBreak === 'break-word' || style.overflowWrap === 'anywhere') broken.push(`${person.textContent}: ${style.wordBreak} ${style.overflowWrap}`);
                const text = person.firstChild;
                if (!text || text.nodeType !== Node.TEXT_NODE) continue;
                const words = text.textContent.matchAll(/\S+/g);
                for (const word of words) {
                  const range = document.createRange();
                  range.setStart(text, word.index);
                  range.setEnd(text, word.index + word[0].length);
                  const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                  if (lines.size > 1) broken.push(`${word[0]} in ${person.textContent}`);
                }
              }
              return broken;
            }
            """);
        Assert.That(broken, Is.Empty, "names broken inside a word");
        await AssertAccessibleAsync("the grid at 1366 by 900");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_item_charts_review_labels_do_not_overlap()
    {
        // The inspection plan's reviews are "Update September 26" and the like: too long for a column on one line.
        var (planId, itemId) = await FirstScoredRecommendationAsync("ILACS");
        await Page.SetViewportSizeAsync(1366, 900);
        await Page.GotoAsync($"/plans/{planId}/items/recommendation/{itemId}");
        await Expect(Page.Locator("svg .chart__review-label").First).ToBeVisibleAsync();

        var boxes = await Page.Locator("svg .chart__review-label").EvaluateAllAsync<JsonElement>(
            "labels => labels.map(l => { const b = l.getBoundingClientRect(); return { text: l.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom }; })");
        var labels = boxes.EnumerateArray().ToList();
        Assert.That(labels, Has.Count.GreaterThanOrEqualTo(3), "a label under each review's column");
        for (var i = 0; i < labels.Count; i++)
            for (var j = i + 1; j < labels.Count; j++)
            {
                var (a, b) = (labels[i], labels[j]);
                var apart = a.GetProperty("right").GetDouble() <= b.GetProperty("left").GetDouble() || b.GetProperty("right").GetDouble() <= a.GetProperty("left").GetDouble()
                    || a.GetProperty("bottom").GetDouble() <= b.GetProperty("top").GetDouble() || b.GetProperty("bottom").GetDouble() <= a.GetProperty("top").GetDouble();
                Assert.That(apart, Is.True, $"\"{a.GetProperty("text")}\" overlaps \"{b.GetProperty("text")}\"");
            }
        // The labels the chart shortens are whole in the table of the same figures beside it.
        await Expect(Page.GetByRole(AriaRole.Table).GetByText(new Regex(@"^Update \w+ \d\d$")).First).ToBeVisibleAsync();
        await AssertAccessibleAsync("the item page with its score chart at 1366 by 900");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task The_favicon_is_served_and_the_grid_page_asks_for_nothing_missing()
    {
        var missing = new List<string>();
        Page.Response += (_, response) =>
        {
            if (response.Status == 404) missing.Add(response.Url);
        };
        var console404 = new List<string>();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("404", StringComparison.Ordinal)) console404.Add(message.Text);
        };

        var ico = await Page.APIRequest.GetAsync("/favicon.ico");
        Assert.That(ico.Status, Is.EqualTo(200));
        Assert.That((await ico.BodyAsync()).Take(4), Is.EqualTo(new byte[] { 0, 0, 1, 0 }), "an icon file");
        var svg = await Page.APIRequest.GetAsync("/favicon.svg");
        Assert.That(svg.Status, Is.EqualTo(200));
        Assert.That(svg.Headers["content-type"], Does.StartWith("image/svg+xml"));

        await OpenDevelopmentPlanAsync();
        // The browser asks for the icon once the page has loaded; wait until it has been answered.
        await Expect(Page.Locator("link[rel=icon][type='image/svg+xml']")).ToHaveAttributeAsync("href", "/favicon.svg");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.That(missing, Is.Empty, "requests answered 404");
        Assert.That(console404, Is.Empty, "404s in the console");
    }

    [Test]
    public async Task The_dashboards_see_the_list_links_scroll_to_the_list_and_focus_its_heading()
    {
        var planId = await DevelopmentPlanIdAsync();
        await Page.SetViewportSizeAsync(1366, 900);
        var dashboard = await DashboardPage.OpenAsync(Page, planId);
        var overdue = Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Overdue \(\d+\)$"), Level = 3 });
        await Expect(overdue).Not.ToBeInViewportAsync();

        await dashboard.Figure("Overdue").GetByRole(AriaRole.Link, new() { Name = "See the list" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("#dashboard-overdue$"));
        await Expect(overdue).ToBeFocusedAsync();
        await Expect(overdue).ToBeInViewportAsync();
        // The page stayed as it was: no second load took the place away.
        await Expect(dashboard.Heading).Not.ToBeInViewportAsync();

        // By keyboard, from the top again: another figure's link.
        await Page.EvaluateAsync("window.scrollTo(0, 0)");
        var stale = Page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Stale \(\d+\)$"), Level = 3 });
        await dashboard.Figure("Stale").GetByRole(AriaRole.Link, new() { Name = "See the list" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(stale).ToBeFocusedAsync();
        await Expect(stale).ToBeInViewportAsync();

        // Back returns to the list before, in the same page.
        await Page.GoBackAsync();
        await Expect(overdue).ToBeFocusedAsync();
        await Expect(overdue).ToBeInViewportAsync();

        // A link to a list, opened afresh, lands there once the lists have loaded.
        await Page.GotoAsync($"/plans/{planId}/dashboard#dashboard-stale");
        await dashboard.WaitUntilLoadedAsync();
        await Expect(stale).ToBeFocusedAsync();
        await Expect(stale).ToBeInViewportAsync();
        await AssertAccessibleAsync("the dashboard at its stale list");
        AssertNoScriptErrors();
    }

    private async Task<long> DevelopmentPlanIdAsync()
    {
        var response = await Page.APIRequest.GetAsync("/api/plans");
        Assert.That(response.Status, Is.EqualTo(200));
        using var plans = JsonDocument.Parse(await response.TextAsync());
        return plans.RootElement.EnumerateArray()
            .First(p => p.GetProperty("title").GetString()!.Contains("development plan", StringComparison.Ordinal))
            .GetProperty("id").GetInt64();
    }

    private async Task<(long PlanId, long ItemId)> FirstScoredRecommendationAsync(string titleContains)
    {
        using var plans = JsonDocument.Parse(await (await Page.APIRequest.GetAsync("/api/plans")).TextAsync());
        var planId = plans.RootElement.EnumerateArray()
            .First(p => p.GetProperty("title").GetString()!.Contains(titleContains, StringComparison.Ordinal)).GetProperty("id").GetInt64();
        using var grid = JsonDocument.Parse(await (await Page.APIRequest.GetAsync($"/api/plans/{planId}/grid")).TextAsync());
        var item = grid.RootElement.GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("kind").GetString() == "recommendation" && i.TryGetProperty("isScored", out var scored) && scored.GetBoolean());
        return (planId, item.GetProperty("id").GetInt64());
    }

    private async Task<GridPage> OpenDevelopmentPlanAsync()
    {
        var grid = await GridPage.OpenAsync(Page, await DevelopmentPlanIdAsync());
        // Every row drawn (the page fills them while idle), so what is measured or printed is the whole plan.
        await Expect(grid.Table).ToHaveAttributeAsync("data-complete", "true");
        return grid;
    }

    [GeneratedRegex(@"\b\d / \d\.\d\b")]
    private static partial Regex ItemReference();
}

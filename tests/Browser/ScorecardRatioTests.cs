using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 15, a ratio indicator: a board member gives it the words of its numerator and denominator in the indicator
/// form (revealed under the ratio answer, by keyboard); a month is entered by its two counts, the value they give shown
/// as they are typed, a missing count in the error summary linked to its box; the scorecard's year to date and the
/// indicator page's values table say the counts in the indicator's words. Axe on every page.
/// </summary>
public sealed class ScorecardRatioTests : BrowserTest
{
    private static readonly HttpClient Board = TrackerApp.ClientFor("Scorecard Ratio Arranger", "board");

    private ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private async Task TabToAsync(ILocator target, int limit = 40)
    {
        for (var i = 0; i < limit && !await target.EvaluateAsync<bool>("e => e === document.activeElement"); i++) await Page.Keyboard.PressAsync("Tab");
        await Expect(target).ToBeFocusedAsync();
    }

    private static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!;
    }

    [Test]
    public async Task A_ratio_indicator_gets_its_words_a_month_is_entered_by_its_counts_and_the_year_to_date_says_them()
    {
        var admin = TrackerApp.ClientFor("Scorecard Ratio Arranger");
        var planId = await Arrange.PlanAsync(admin, title: $"Ratio plan {Guid.NewGuid():N}"[..22]);
        var created = await JsonAsync(await Board.PostJsonAsync($"/api/plans/{planId}/indicators", new
        {
            reference = "RT1", name = "Contacts seen in time", unit = "percentage", decimalPlaces = 1, polarity = "higher-is-better",
            frequency = "monthly", ytdRule = "ratio", ownerIds = Array.Empty<long>(), links = Array.Empty<object>(),
        }));
        var id = created["id"]!.GetValue<long>();
        await JsonAsync(await Board.PutJsonAsync($"/api/plans/{planId}/indicator-values/2025-08",
            new { values = new[] { new { indicatorId = id, value = 83.3, numerator = 20.0, denominator = 24.0 } } }, null));
        var username = await BrowserAccounts.CreateAsync("board", $"board {Guid.NewGuid():N}"[..20]);
        await SignInPage.SignInThroughTheApiAsync(Context, username, BrowserAccounts.Password);

        // The words, asked under the ratio answer: hidden with another rule, shown again with ratio, by keyboard.
        await Page.GotoAsync($"/plans/{planId}/indicators/{id}/edit");
        await Expect(Heading).ToHaveTextAsync("Change RT1 Contacts seen in time");
        var ratio = Page.GetByRole(AriaRole.Radio, new() { Name = "The year’s numerators over its denominators" });
        var numeratorWords = Page.GetByLabel("What does the numerator count? (optional)");
        var denominatorWords = Page.GetByLabel("What does the denominator count? (optional)");
        await Expect(ratio).ToBeCheckedAsync();
        await Expect(ratio).ToHaveAttributeAsync("aria-controls", "ytd-ratio-words");
        await Expect(numeratorWords).ToBeVisibleAsync();
        await TabToAsync(ratio);
        await Page.Keyboard.PressAsync("ArrowUp");
        await Expect(numeratorWords).ToBeHiddenAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(ratio).ToBeCheckedAsync();
        await Expect(numeratorWords).ToBeVisibleAsync();
        await AssertAccessibleAsync("the indicator form with the ratio words revealed");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(numeratorWords).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("contacts seen within 10 working days");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(denominatorWords).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("contacts received");
        await TabToAsync(Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }));
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Heading).ToHaveTextAsync("RT1 Contacts seen in time");
        await Expect(Page.Locator(".scorecard-facts")).ToContainTextAsync("contacts seen within 10 working days (numerator) over contacts received (denominator)");
        var stored = await JsonAsync(await Board.GetAsync($"/api/plans/{planId}/indicators/{id}"));
        Assert.That((stored["numeratorLabel"]?.GetValue<string>(), stored["denominatorLabel"]?.GetValue<string>()),
            Is.EqualTo(("contacts seen within 10 working days", "contacts received")));

        // September by its counts, keyboard only: a missing denominator is refused at its box first.
        await Page.GotoAsync($"/plans/{planId}/scorecard/values?period=2025-09");
        await Expect(Heading).ToHaveTextAsync("Enter values for September 2025");
        var top = Page.GetByLabel("Contacts seen within 10 working days for RT1", new() { Exact = true });
        var bottom = Page.GetByLabel("Contacts received for RT1", new() { Exact = true });
        await Expect(Page.GetByText("Previous, August 2025: 83.3% (20 of 24)")).ToBeVisibleAsync();
        await top.FocusAsync();
        await Page.Keyboard.TypeAsync("42");
        await Page.Keyboard.PressAsync("Enter");
        var summary = Page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("RT1: Enter contacts received too (out of how many), or leave both boxes empty.");
        await summary.GetByRole(AriaRole.Link).First.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(bottom).ToBeFocusedAsync();
        await AssertAccessibleAsync("the values form with a ratio row's error");
        await Page.Keyboard.TypeAsync("48");
        var computed = Page.Locator("#indicator-" + id + "-computed");
        await Expect(computed).ToHaveTextAsync("= 87.5%");
        // The API's refusal of a count (values[0].numerator: more than 4 decimals) lands at the numerator's box.
        await top.FocusAsync();
        await Page.Keyboard.PressAsync("End");
        await Page.Keyboard.TypeAsync(".00001");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(summary).ToContainTextAsync("RT1: Enter the numerator with at most 4 decimal places.");
        await summary.GetByRole(AriaRole.Link).First.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(top).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("42");
        await Expect(computed).ToHaveTextAsync("= 87.5%");
        await Page.Keyboard.PressAsync("Enter");
        var status = Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved" });
        await Expect(status).ToHaveTextAsync(new Regex("Saved 1 value for September 2025: RT1 87.5%\\."));
        var september = (await JsonAsync(await Board.GetAsync($"/api/plans/{planId}/indicators/{id}/values"))).AsArray()
            .First(v => v!["period"]!.GetValue<string>() == "2025-09")!;
        Assert.That((september["value"]!.GetValue<double>(), september["numerator"]!.GetValue<double>(), september["denominator"]!.GetValue<double>()),
            Is.EqualTo((87.5, 42.0, 48.0)));
        await AssertAccessibleAsync("the values form after saving a ratio row");

        // Someone else saves September's counts meanwhile: the conflict view shows both sides' counts in the words.
        await JsonAsync(await Board.PutJsonAsync($"/api/plans/{planId}/indicator-values/2025-09", new
        {
            values = new[] { new { indicatorId = id, value = 91.7, numerator = 44.0, denominator = 48.0, version = september["version"]!.GetValue<long>() } },
        }, null));
        await top.FocusAsync();
        await Page.Keyboard.PressAsync("Control+A");
        await Page.Keyboard.TypeAsync("40");
        await Page.Keyboard.PressAsync("Enter");
        var conflict = Page.GetByRole(AriaRole.Region, new() { Name = "Someone else saved values for this period while you were working" });
        await Expect(conflict).ToContainTextAsync("83.3%, 40 of 48 contacts seen within 10 working days");
        await Expect(conflict).ToContainTextAsync("91.7%, 44 of 48 contacts seen within 10 working days");
        await AssertAccessibleAsync("the values form's conflict view for a ratio row");
        await conflict.GetByRole(AriaRole.Button, new() { Name = "Take theirs" }).ClickAsync();
        await Expect(top).ToHaveValueAsync("44");
        await Expect(computed).ToHaveTextAsync("= 91.7%");

        // The scorecard's year to date: (20 + 44) ÷ (24 + 48) = 88.9%, in the indicator's words.
        await Page.GotoAsync($"/plans/{planId}/scorecard?asOf=2025-09");
        var row = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex("^RT1 ") }) });
        await Expect(row).ToContainTextAsync("88.9% — 64 of 72 contacts seen within 10 working days");
        await AssertAccessibleAsync("the scorecard with a ratio indicator");

        // The indicator page: the counts column headed with the words, and the year to date.
        await Page.GotoAsync($"/plans/{planId}/indicators/{id}");
        await Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Contacts seen within 10 working days of contacts received" })).ToBeVisibleAsync();
        var septemberRow = Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = "September 2025", Exact = true }) });
        await Expect(septemberRow).ToContainTextAsync("44 of 48");
        await Expect(Page.Locator("#indicator-ytd")).ToHaveTextAsync("88.9% — 64 of 72 contacts seen within 10 working days");
        await AssertAccessibleAsync("a ratio indicator's page");
    }
}

using System.Net;
using ActionPlanTracker.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ActionPlanTracker.Tests.Browser;

/// <summary>
/// Issue 17: the calendar section, by keyboard, axe clean in each state. A person makes a calendar address of their own
/// on /settings/reminders; the test reads it the way a calendar program does (anonymously, parsed by Ical.Net's
/// Calendar.Load), then revokes it, after which the address answers 404. A board member makes a plan's address on the
/// plan's reviews page, where the board looks for the review dates.
/// </summary>
public sealed class CalendarFeedBrowserTests : BrowserTest
{
    private const string AddressLabel = "Calendar address";

    private static async Task<Ical.Net.Calendar> ReadFeedAsync(string url)
    {
        using var anonymous = TrackerApp.Anonymous();
        var response = await anonymous.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return Ical.Net.Calendar.Load(text)!;
    }

    private static async Task<HttpStatusCode> StatusOfAsync(string url)
    {
        using var anonymous = TrackerApp.Anonymous();
        return (await anonymous.GetAsync(url)).StatusCode;
    }

    /// <summary>A plan where the person leads one recommendation due by the end of March 2027, with an open review.</summary>
    private static async Task<(long PersonId, long PlanId, string Title, string Name)> ArrangeAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var name = $"Cally {tag}";
        var admin = TrackerApp.ClientFor("Calendar Page Arranger");
        var personId = await Arrange.PersonAsync(name, "Service Manager");
        var title = $"Calendar page plan {tag}";
        var planId = await Arrange.PlanAsync(admin, scaleId: 1, title: title);
        await Arrange.RecommendationAsync(admin, planId, "1", "Recruit foster carers.", leadIds: [personId], deadlineText: "by end of March 2027");
        var review = await admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 12/26", reviewDate = "2026-12-10", updatesDueBy = "2026-12-07" });
        Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.Created), await review.Content.ReadAsStringAsync());
        return (personId, planId, title, name);
    }

    [Test]
    public async Task A_person_creates_a_calendar_address_by_keyboard_sees_it_once_and_revokes_it()
    {
        var (personId, _, title, name) = await ArrangeAsync();
        var username = await MyActionsArrange.AccountAsync(name, "manager", personId);
        await SignInPage.SignInThroughTheApiAsync(Context, username, MyActionsArrange.Password);
        await Page.GotoAsync("/settings/reminders");
        var main = Page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Calendar" })).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("You have no calendar addresses.");
        await AssertAccessibleAsync("The calendar section, no addresses");

        // Without a name: the error summary, whose link takes the keyboard to the box.
        var nameBox = main.GetByRole(AriaRole.Textbox, new() { Name = "Name this calendar address" });
        await nameBox.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var summary = main.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Expect(summary).ToBeFocusedAsync();
        var error = summary.GetByRole(AriaRole.Link, new() { Name = "Name the feed after where you will use it, e.g. \"Outlook on my laptop\"." });
        await Expect(error).ToBeVisibleAsync();
        await AssertAccessibleAsync("The calendar form without a name");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(error).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(nameBox).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Outlook on my laptop");
        await Page.Keyboard.PressAsync("Enter");

        // The address, once, in a read-only box that has the focus, with the copy button and the Outlook steps.
        var address = main.GetByRole(AriaRole.Textbox, new() { Name = AddressLabel, Exact = true });
        await Expect(address).ToBeFocusedAsync();
        await Expect(address).ToHaveAttributeAsync("readonly", "");
        await Expect(main.GetByRole(AriaRole.Status).Filter(new() { HasText = "is created" })).ToContainTextAsync("The calendar address “Outlook on my laptop” is created.");
        await Expect(main).ToContainTextAsync("Choose Subscribe from web.");
        await Expect(summary).ToHaveCountAsync(0);
        var url = await address.InputValueAsync();
        Assert.That(url, Does.StartWith(TrackerApp.BaseAddress.ToString().TrimEnd('/') + "/calendar/").And.EndWith(".ics"));
        await AssertAccessibleAsync("The new calendar address");

        await Page.Keyboard.PressAsync("Tab");
        await Expect(main.GetByRole(AriaRole.Button, new() { Name = "Copy the address" })).ToBeFocusedAsync();
        // The browser lets the page write to the clipboard (as a person's browser does after a key press): the address is there.
        await Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(main.GetByRole(AriaRole.Status).Filter(new() { HasText = "Paste it into your calendar" }))
            .ToHaveTextAsync("The address is copied. Paste it into your calendar.");
        Assert.That(await Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"), Is.EqualTo(url));

        // The address works: the person's item deadline is in it.
        var calendar = await ReadFeedAsync(url);
        var deadline = calendar.Events.Single(e => e.Summary == $"Deadline: recommendation 1 ({title})");
        Assert.That(deadline.Start!.Date, Is.EqualTo(new DateOnly(2027, 3, 31)));

        // Shown once: after a reload only its name is listed.
        await Page.ReloadAsync();
        await Expect(main.GetByRole(AriaRole.Table, new() { Name = "Your calendar addresses (1)" })).ToBeVisibleAsync();
        await Expect(main.GetByRole(AriaRole.Rowheader, new() { Name = "Outlook on my laptop" })).ToBeVisibleAsync();
        await Expect(address).ToHaveCountAsync(0);
        await Expect(main).Not.ToContainTextAsync(url);

        // Revoke, by keyboard, after a confirmation step.
        await main.GetByRole(AriaRole.Button, new() { Name = "Revoke “Outlook on my laptop”" }).FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var yes = main.GetByRole(AriaRole.Button, new() { Name = "Yes, revoke it" });
        await Expect(yes).ToBeFocusedAsync();
        await Expect(main).ToContainTextAsync("Revoke “Outlook on my laptop”?");
        await AssertAccessibleAsync("The revoke question");
        Assert.That(await StatusOfAsync(url), Is.EqualTo(HttpStatusCode.OK), "not revoked until confirmed");
        await Page.Keyboard.PressAsync("Enter");
        var revoked = main.GetByRole(AriaRole.Status).Filter(new() { HasText = "is revoked" });
        await Expect(revoked).ToHaveTextAsync("“Outlook on my laptop” is revoked: its old address no longer works.");
        await Expect(revoked).ToBeFocusedAsync();
        await Expect(main).ToContainTextAsync("You have no calendar addresses.");
        await AssertAccessibleAsync("The calendar section after revoking");
        Assert.That(await StatusOfAsync(url), Is.EqualTo(HttpStatusCode.NotFound));
        AssertNoScriptErrors();
    }

    [Test]
    public async Task An_account_without_a_person_is_told_plainly_it_has_no_calendar()
    {
        var username = await MyActionsArrange.AccountAsync($"No Person {Guid.NewGuid():N}"[..20], "manager", null);
        await SignInPage.SignInThroughTheApiAsync(Context, username, MyActionsArrange.Password);
        await Page.GotoAsync("/settings/reminders");
        var main = Page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Calendar" })).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("Your account is not linked to a person in the tracker, so it has no items to put in a calendar.");
        await Expect(main.GetByRole(AriaRole.Button, new() { Name = "Create a calendar address" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync("The calendar section for an account without a person");
        AssertNoScriptErrors();
    }

    [Test]
    public async Task A_board_member_creates_the_plans_calendar_address_on_its_reviews_page()
    {
        var (_, planId, title, _) = await ArrangeAsync();
        var board = await MyActionsArrange.AccountAsync($"Board Cal {title[^8..]}", "board", null);
        await SignInPage.SignInThroughTheApiAsync(Context, board, MyActionsArrange.Password);
        await Page.GotoAsync($"/plans/{planId}/reviews");
        var main = Page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Calendar" })).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("This plan has no calendar addresses.");
        await AssertAccessibleAsync("The reviews page with the plan's calendar section");

        await main.GetByRole(AriaRole.Textbox, new() { Name = "Name this calendar address" }).FocusAsync();
        await Page.Keyboard.TypeAsync("Board shared calendar");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(main.GetByRole(AriaRole.Button, new() { Name = "Create a calendar address" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        var address = main.GetByRole(AriaRole.Textbox, new() { Name = AddressLabel, Exact = true });
        await Expect(address).ToBeFocusedAsync();
        await Expect(main.GetByRole(AriaRole.Table, new() { Name = "This plan’s calendar addresses (1)" })).ToContainTextAsync($"by Board Cal {title[^8..]}");
        await AssertAccessibleAsync("The plan's new calendar address");

        var calendar = await ReadFeedAsync(await address.InputValueAsync());
        Assert.That(calendar.Events.Select(e => e.Start!.Date), Does.Contain(new DateOnly(2026, 12, 10)).And.Contain(new DateOnly(2026, 12, 7)).And.Contain(new DateOnly(2027, 3, 31)),
            "the review date, its updates-due date and the item deadline");
        AssertNoScriptErrors();
    }
}

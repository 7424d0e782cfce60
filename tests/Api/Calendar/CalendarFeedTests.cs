using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Domain;
using Ical.Net.CalendarComponents;

namespace ActionPlanTracker.Tests.Api.Calendar;

/// <summary>
/// Issue 17: calendar feeds. Each feed is read the way a calendar program reads it (anonymously, at its secret address)
/// and parsed with Ical.Net's Calendar.Load, a standard iCalendar reader.
/// </summary>
public sealed class CalendarFeedTests
{
    private static readonly HttpClient Admin = TrackerApp.ClientFor("Calendar Admin");

    private sealed record Arranged(long PlanId, long Review, long Mine, long Ongoing, long Quarter, long Theirs, long MeId, long ThemId, string Tag);

    /// <summary>
    /// A plan where "me" leads three recommendations (one with a date, one "ongoing", one "Q3") and "them" leads a fourth,
    /// with a review that has an "updates due by" date.
    /// </summary>
    private static async Task<Arranged> ArrangeAsync(string tag)
    {
        var me = await Arrange.PersonAsync($"Cal Me {tag}");
        var them = await Arrange.PersonAsync($"Cal Them {tag}");
        var planId = await Arrange.PlanAsync(Admin, scaleId: 1, title: $"Calendar plan {tag}");
        var mine = await Arrange.RecommendationAsync(Admin, planId, "1", "Recruit foster carers.", leadIds: [me], deadlineText: "by end of March 2027");
        var ongoing = await Arrange.RecommendationAsync(Admin, planId, "2", "Keep supervision regular.", leadIds: [me], deadlineText: "ongoing");
        var quarter = await Arrange.RecommendationAsync(Admin, planId, "3", "Refresh the audit tool.", leadIds: [me], deadlineText: "Q3");
        var theirs = await Arrange.RecommendationAsync(Admin, planId, "4", "Their secret item.", leadIds: [them], deadlineText: "June 2027");
        var review = await Admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 12/26", reviewDate = "2026-12-10", updatesDueBy = "2026-12-07" });
        Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.Created), await review.Content.ReadAsStringAsync());
        var reviewId = (await review.ReadAsync<JsonObject>())["id"]!.GetValue<long>();
        return new Arranged(planId, reviewId, mine, ongoing, quarter, theirs, me, them, tag);
    }

    private static async Task<(Ical.Net.Calendar Calendar, string Text, HttpResponseMessage Response)> ReadFeedAsync(string url)
    {
        using var anonymous = TrackerApp.Anonymous();
        var response = await anonymous.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), () => text + string.Join("\n", TrackerApp.Factory.LogLines.TakeLast(5)));
        return (Ical.Net.Calendar.Load(text)!, text, response);
    }

    private static async Task<JsonObject> CreateAsync(HttpClient client, string path)
    {
        var created = await client.PostJsonAsync(path, new { name = "Outlook on my laptop" });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return await created.ReadAsync<JsonObject>();
    }

    private static CalendarEvent Event(Ical.Net.Calendar calendar, string uidStart) =>
        calendar.Events.Single(e => e.Uid!.StartsWith(uidStart, StringComparison.Ordinal));

    [Test]
    public async Task A_persons_feed_has_their_deadlines_and_their_plans_review_dates_as_all_day_events()
    {
        var a = await ArrangeAsync(Guid.NewGuid().ToString("N")[..8]);
        var me = TrackerApp.ClientFor($"Cal Me {a.MeId}", "manager", a.MeId);
        var feed = await CreateAsync(me, "/api/me/calendar-feeds");
        var url = (string)feed["url"]!;
        Assert.That(url, Does.StartWith(TrackerApp.BaseAddress.ToString().TrimEnd('/') + "/calendar/").And.EndWith(".ics"),
            "without Tracker:Mail:PublicAddress, the address the request came to");
        Assert.That(url.Length, Is.GreaterThan(TrackerApp.BaseAddress.ToString().Length + 40), "32 random bytes");
        Assert.That((string)feed["kind"]!, Is.EqualTo("person"));
        Assert.That((string)feed["name"]!, Is.EqualTo("Outlook on my laptop"));
        var unnamed = await me.PostJsonAsync("/api/me/calendar-feeds", new { name = " " });
        Assert.That((await unnamed.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "name" }));

        var (calendar, text, response) = await ReadFeedAsync(url);
        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("text/calendar; charset=utf-8"));
        Assert.That(response.Headers.CacheControl!.NoStore, Is.True);
        Assert.That((string)calendar.Properties["X-WR-CALNAME"].Value!, Is.EqualTo($"Action plans: Cal Me {a.Tag}"));
        Assert.That(text, Does.Contain("REFRESH-INTERVAL;VALUE=DURATION:PT6H").And.Contain("X-PUBLISHED-TTL:PT6H"));

        var host = new Uri(url).Host;
        Assert.That(calendar.Events.Select(e => e.Uid), Is.EquivalentTo(new[]
        {
            $"review-{a.Review}@{host}", $"review-{a.Review}-updates-due@{host}", $"recommendation-{a.Mine}-deadline@{host}",
        }), "only dated deadlines of my items; \"ongoing\" and \"Q3\" are left out, and the other person's item is not mine");

        var deadline = Event(calendar, $"recommendation-{a.Mine}-deadline");
        Assert.That(deadline.Start!.HasTime, Is.False, "all day");
        Assert.That(deadline.Start.Date, Is.EqualTo(new DateOnly(2027, 3, 31)));
        Assert.That(deadline.Start.Date, Is.EqualTo(DeadlineParser.Parse("by end of March 2027").DueBy), "the domain's reading of the deadline");
        Assert.That(text, Does.Contain("DTSTART;VALUE=DATE:20270331"));
        Assert.That(deadline.Summary, Is.EqualTo($"Deadline: recommendation 1 (Calendar plan {a.Tag})"));
        var itemLink = $"{TrackerApp.BaseAddress.ToString().TrimEnd('/')}/plans/{a.PlanId}/items/recommendation/{a.Mine}";
        Assert.That(deadline.Description, Does.Contain("Recruit foster carers.").And.Contain("by end of March 2027").And.Contain(itemLink));

        Assert.That(Event(calendar, $"review-{a.Review}-updates-due").Start!.Date, Is.EqualTo(new DateOnly(2026, 12, 7)));
        Assert.That(Event(calendar, $"review-{a.Review}-updates-due").Summary, Does.StartWith("Updates due for review RAG 12/26"));
        var reviewEvent = calendar.Events.Single(e => e.Uid == $"review-{a.Review}@{host}");
        Assert.That(reviewEvent.Start!.Date, Is.EqualTo(new DateOnly(2026, 12, 10)));
        Assert.That(reviewEvent.Start.HasTime, Is.False);
        Assert.That(text, Does.Not.Contain("Their secret item"));

        var (again, _, _) = await ReadFeedAsync(url);
        Assert.That(again.Events.Select(e => e.Uid), Is.EquivalentTo(calendar.Events.Select(e => e.Uid)), "UIDs are stable between reads");
    }

    [Test]
    public async Task Another_persons_feed_never_shows_my_items()
    {
        var a = await ArrangeAsync(Guid.NewGuid().ToString("N")[..8]);
        var them = TrackerApp.ClientFor($"Cal Them {a.ThemId}", "manager", a.ThemId);
        var (calendar, text, _) = await ReadFeedAsync((string)(await CreateAsync(them, "/api/me/calendar-feeds"))["url"]!);
        var host = TrackerApp.BaseAddress.Host;
        Assert.That(calendar.Events.Select(e => e.Uid), Is.EquivalentTo(new[]
        {
            $"review-{a.Review}@{host}", $"review-{a.Review}-updates-due@{host}", $"recommendation-{a.Theirs}-deadline@{host}",
        }));
        Assert.That(text, Does.Not.Contain("Recruit foster carers").And.Not.Contain($"recommendation-{a.Mine}-"));
        Assert.That(Event(calendar, $"recommendation-{a.Theirs}-deadline").Start!.Date, Is.EqualTo(new DateOnly(2027, 6, 30)));
    }

    [Test]
    public async Task A_revoked_feed_answers_404_and_only_its_owner_can_revoke_it_and_each_change_is_audited()
    {
        var a = await ArrangeAsync(Guid.NewGuid().ToString("N")[..8]);
        var me = TrackerApp.ClientFor($"Cal Me {a.MeId}", "manager", a.MeId);
        var them = TrackerApp.ClientFor($"Cal Them {a.ThemId}", "manager", a.ThemId);
        var feed = await CreateAsync(me, "/api/me/calendar-feeds");
        var id = feed["id"]!.GetValue<long>();
        var url = (string)feed["url"]!;

        var list = await (await me.GetAsync("/api/me/calendar-feeds")).ReadAsync<JsonObject>();
        Assert.That(list["canCreate"]!.GetValue<bool>(), Is.True);
        var listed = list["feeds"]!.AsArray().Single()!.AsObject();
        Assert.That(listed["id"]!.GetValue<long>(), Is.EqualTo(id));
        Assert.That(listed.ContainsKey("url"), Is.False, "the address is shown once, when the feed is created");
        Assert.That(list.ToJsonString(), Does.Not.Contain(url.Split('/')[^1].Replace(".ics", "")));
        Assert.That((await (await them.GetAsync("/api/me/calendar-feeds")).ReadAsync<JsonObject>())["feeds"]!.AsArray(), Is.Empty);

        var notTheirs = await them.DeleteAsync($"/api/me/calendar-feeds/{id}", null);
        Assert.That((await notTheirs.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "feedId" }));
        await ReadFeedAsync(url);

        Assert.That((await me.DeleteAsync($"/api/me/calendar-feeds/{id}", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var anonymous = TrackerApp.Anonymous();
        var gone = await anonymous.GetAsync(url);
        Assert.That((await gone.ReadProblemAsync(HttpStatusCode.NotFound)).Fields, Is.EqualTo(new[] { "secret" }));
        Assert.That((await me.DeleteAsync($"/api/me/calendar-feeds/{id}", null)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "already revoked");
        Assert.That((await (await me.GetAsync("/api/me/calendar-feeds")).ReadAsync<JsonObject>())["feeds"]!.AsArray(), Is.Empty);

        var wrong = await anonymous.GetAsync(url.Replace("/calendar/", "/calendar/x"));
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var audit = await (await Admin.GetAsync($"/api/audit/calendarFeed/{id}")).Content.ReadAsStringAsync();
        Assert.That(audit, Does.Contain("\"create\"").And.Contain("\"update\"").And.Contain("revokedAt"));
        Assert.That(audit, Does.Not.Contain(url.Split('/')[^1].Replace(".ics", "")), "the secret is never written to the audit log");
    }

    [Test]
    public async Task An_account_not_linked_to_a_person_cannot_have_a_feed_of_its_own()
    {
        var unlinked = TrackerApp.ClientFor("Cal Unlinked", "manager");
        var list = await (await unlinked.GetAsync("/api/me/calendar-feeds")).ReadAsync<JsonObject>();
        Assert.That(list["canCreate"]!.GetValue<bool>(), Is.False);
        var refused = await unlinked.PostJsonAsync("/api/me/calendar-feeds", new { name = "Outlook" });
        Assert.That((await refused.ReadProblemAsync(HttpStatusCode.Conflict)).Fields, Is.EqualTo(new[] { "personId" }));
    }

    [Test]
    public async Task A_plans_feed_has_every_review_and_dated_deadline_in_the_plan_and_only_the_board_manages_it()
    {
        var a = await ArrangeAsync(Guid.NewGuid().ToString("N")[..8]);
        var manager = TrackerApp.ClientFor($"Cal Me {a.MeId}", "manager", a.MeId);
        Assert.That((await manager.PostJsonAsync($"/api/plans/{a.PlanId}/calendar-feeds", new { name = "Board" })).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        var board = TrackerApp.ClientFor("Cal Board", "board");
        var feed = await CreateAsync(board, $"/api/plans/{a.PlanId}/calendar-feeds");
        Assert.That((string)feed["kind"]!, Is.EqualTo("plan"));
        Assert.That(feed["planId"]!.GetValue<long>(), Is.EqualTo(a.PlanId));
        var (calendar, text, _) = await ReadFeedAsync((string)feed["url"]!);
        var host = TrackerApp.BaseAddress.Host;
        Assert.That((string)calendar.Properties["X-WR-CALNAME"].Value!, Is.EqualTo($"Action plan: Calendar plan {a.Tag}"));
        Assert.That(calendar.Events.Select(e => e.Uid), Is.EquivalentTo(new[]
        {
            $"review-{a.Review}@{host}", $"review-{a.Review}-updates-due@{host}",
            $"recommendation-{a.Mine}-deadline@{host}", $"recommendation-{a.Theirs}-deadline@{host}",
        }));
        Assert.That(Event(calendar, $"recommendation-{a.Mine}-deadline").Summary, Is.EqualTo("Deadline: recommendation 1"));
        Assert.That(text, Does.Not.Contain("Q3").And.Not.Contain("ongoing"));

        var listed = await (await board.GetAsync($"/api/plans/{a.PlanId}/calendar-feeds")).ReadAsync<JsonObject>();
        Assert.That(listed["feeds"]!.AsArray().Select(f => f!["id"]!.GetValue<long>()), Is.EqualTo(new[] { feed["id"]!.GetValue<long>() }));
        Assert.That((await board.DeleteAsync($"/api/plans/{a.PlanId + 100000}/calendar-feeds/{feed["id"]}", null)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Admin.DeleteAsync($"/api/plans/{a.PlanId}/calendar-feeds/{feed["id"]}", null)).StatusCode, Is.EqualTo(HttpStatusCode.NoContent),
            "any board member or administrator may revoke a plan's feed");
        using var anonymous = TrackerApp.Anonymous();
        Assert.That((await anonymous.GetAsync((string)feed["url"]!)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}

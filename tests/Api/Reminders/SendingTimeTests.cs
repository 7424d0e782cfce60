using System.Net;
using System.Text.Json.Nodes;
using ActionPlanTracker.Features.Mail;

namespace ActionPlanTracker.Tests.Api.Reminders;

/// <summary>
/// Issue 17: when email goes. Straight after the write that makes it due (the worker is woken, not left to its next
/// poll), and never in quiet hours (19:00–07:00 and weekends on the UK clock, BST included) — those emails wait.
/// </summary>
[NonParallelizable]
public sealed class SendingTimeTests
{
    private SmtpSink sink = null!;

    [SetUp]
    public async Task StartSmtp()
    {
        sink = new SmtpSink();
        await sink.StartAsync();
    }

    [TearDown]
    public async Task StopSmtp() => await sink.DisposeAsync();

    /// <summary>A plan whose one recommendation is led by a person with this address.</summary>
    private static async Task<long> PlanAsync(MailTracker tracker, string name, string email)
    {
        var lead = await tracker.PersonAsync(name, email);
        var planId = await Arrange.PlanAsync(tracker.Admin, scaleId: 1, title: "Sending time plan " + name);
        await Arrange.RecommendationAsync(tracker.Admin, planId, "1", "Recruit foster carers.", leadIds: [lead]);
        return planId;
    }

    /// <summary>Waits (in real time, the fake clock standing still) until the address has received an email, or gives up after 20 s.</summary>
    private async Task<bool> ArrivesAsync(string address)
    {
        for (var i = 0; i < 200; i++)
        {
            if (sink.To(address).Count > 0) return true;
            await Task.Delay(100);
        }
        return false;
    }

    [Test]
    public async Task Opening_a_review_sends_its_email_straight_away_without_waiting_for_the_next_poll()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port, sendOnWrite: true));
        var planId = await PlanAsync(tracker, "Wren Straightaway", "wren.now@council.example");
        // The worker has run its first tick at start and now waits the poll interval (60 s) on the fake clock, which
        // never moves in this test: only the review's opening can wake it.
        Assert.That(sink.Messages, Is.Empty);
        await tracker.ReviewAsync(planId, "RAG now", "2026-12-10", null);

        Assert.That(await ArrivesAsync("wren.now@council.example"), Is.True, "the review-opened email arrived without the clock moving");
        Assert.That(sink.To("wren.now@council.example").Single().Subject, Does.Contain("RAG now"));
    }

    [Test]
    public async Task Without_send_on_write_the_email_waits_for_the_poll()
    {
        // The control for the test above: the same write with the wake-up off sends nothing until the clock moves on.
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port, sendOnWrite: false));
        var planId = await PlanAsync(tracker, "Wren Waiting", "wren.later@council.example");
        await tracker.ReviewAsync(planId, "RAG later", "2026-12-10", null);
        await Task.Delay(2000);
        Assert.That(sink.Messages, Is.Empty, "no tick has run since the review opened");
        await tracker.TickAsync();
        Assert.That(sink.To("wren.later@council.example"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_email_due_on_a_friday_evening_waits_until_seven_on_monday_morning()
    {
        // Friday 27 November 2026, 19:05 GMT: quiet hours (and then the weekend).
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port, quietHours: true),
            now: new DateTimeOffset(2026, 11, 27, 19, 5, 0, TimeSpan.Zero));
        var planId = await PlanAsync(tracker, "Quinn Quiet", "quinn.quiet@council.example");
        await tracker.ReviewAsync(planId, "RAG quiet", "2026-12-10", null);

        await tracker.TickAsync();
        Assert.That(sink.Messages, Is.Empty, "queued, not sent, in quiet hours");
        var outbox = await tracker.OutboxAsync();
        Assert.That((string?)outbox["quietUntil"], Is.EqualTo("2026-11-30T07:00:00.000Z"));
        var email = outbox["emails"]!.AsArray().Single()!;
        Assert.That((string)email["status"]!, Is.EqualTo("waiting"));
        Assert.That((string)email["sendsAt"]!, Is.EqualTo("2026-11-30T07:00:00.000Z"), "shown as waiting until 07:00 on Monday");

        tracker.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
        await tracker.TickAsync();
        Assert.That(sink.Messages, Is.Empty, "Saturday morning is the weekend");
        tracker.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 6, 59, 0, TimeSpan.Zero));
        await tracker.TickAsync();
        Assert.That(sink.Messages, Is.Empty, "06:59 on Monday is still quiet");
        tracker.Clock.Advance(TimeSpan.FromMinutes(1));
        await tracker.TickAsync();
        Assert.That(sink.To("quinn.quiet@council.example"), Has.Count.EqualTo(1), "07:00 on Monday: sent");
        Assert.That((string?)(await tracker.OutboxAsync())["quietUntil"], Is.Null);
    }

    [Test]
    public async Task Quiet_hours_follow_the_uk_clock_across_the_end_of_british_summer_time()
    {
        // Saturday 24 October 2026, 21:00 BST (20:00 UTC); the clocks go back at 02:00 BST on Sunday 25 October, so
        // 07:00 on Monday 26 October is 07:00 UTC — not 06:00 UTC, as it would be in summer time.
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port, quietHours: true),
            now: new DateTimeOffset(2026, 10, 24, 20, 0, 0, TimeSpan.Zero));
        var planId = await PlanAsync(tracker, "Bea Summertime", "bea.bst@council.example");
        await tracker.ReviewAsync(planId, "RAG autumn", "2026-11-10", null);
        await tracker.TickAsync();
        var email = (await tracker.OutboxAsync())["emails"]!.AsArray().Single()!;
        Assert.That((string)email["sendsAt"]!, Is.EqualTo("2026-10-26T07:00:00.000Z"));

        tracker.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 26, 6, 30, 0, TimeSpan.Zero));
        await tracker.TickAsync();
        Assert.That(sink.Messages, Is.Empty, "06:30 GMT on Monday is still quiet");
        tracker.Clock.SetUtcNow(new DateTimeOffset(2026, 10, 26, 7, 0, 0, TimeSpan.Zero));
        await tracker.TickAsync();
        Assert.That(sink.To("bea.bst@council.example"), Has.Count.EqualTo(1));
    }

    private static QuietHours London(bool weekends = true, string start = "19:00", string end = "07:00") =>
        new(new QuietHoursSettings { Start = start, End = end, Weekends = weekends }, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Test]
    public void Quiet_hours_end_at_seven_on_the_uk_clock_in_summer_and_winter_and_across_both_changes()
    {
        var quiet = London();
        // Wednesday 15 July 2026 (BST): 18:30 UTC is 19:30 BST, quiet until 07:00 BST on Thursday = 06:00 UTC.
        Assert.That(quiet.IsQuiet(Utc(7, 15, 17, 59)), Is.False);
        Assert.That(quiet.IsQuiet(Utc(7, 15, 18, 0)), Is.True, "19:00 BST");
        Assert.That(quiet.NextSendable(Utc(7, 15, 18, 30)), Is.EqualTo(Utc(7, 16, 6)));
        // Wednesday 2 December (GMT): 19:00 UTC is 19:00 GMT.
        Assert.That(quiet.IsQuiet(Utc(12, 2, 18, 59)), Is.False);
        Assert.That(quiet.NextSendable(Utc(12, 2, 19)), Is.EqualTo(Utc(12, 3, 7)));
        // Friday 27 March 2026 evening, GMT; clocks go forward on Sunday 29 March: Monday 07:00 BST = 06:00 UTC.
        Assert.That(quiet.NextSendable(Utc(3, 27, 20)), Is.EqualTo(Utc(3, 30, 6)));
        // Without quiet weekends, Saturday 24 October 07:00 BST = 06:00 UTC; Sunday 25 October 07:00 GMT = 07:00 UTC.
        var weekdays = London(weekends: false);
        Assert.That(weekdays.NextSendable(Utc(10, 23, 18, 30)), Is.EqualTo(Utc(10, 24, 6)));
        Assert.That(weekdays.NextSendable(Utc(10, 24, 18, 30)), Is.EqualTo(Utc(10, 25, 7)));
        Assert.That(weekdays.IsQuiet(Utc(10, 24, 12)), Is.False, "Saturday midday, weekends not quiet");
        // Outside quiet hours an email goes when it is due.
        Assert.That(quiet.NextSendable(Utc(12, 2, 10)), Is.EqualTo(Utc(12, 2, 10)));
        // Off: never quiet.
        var off = new QuietHours(new QuietHoursSettings { Enabled = false }, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        Assert.That(off.IsQuiet(Utc(12, 5, 23)), Is.False);
    }

    [Test]
    public async Task Someones_email_choices_and_emails_are_in_the_audit_trail_for_them_and_administrators_only()
    {
        const string password = "correct horse battery";
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port));
        var pia = await tracker.PersonAsync("Pia Private", "pia.private@council.example");
        var otto = await tracker.PersonAsync("Otto Other", "otto.other@council.example");
        var bo = await tracker.PersonAsync("Bo Board", "bo.board@council.example");
        var mo = await tracker.PersonAsync("Mo Manager", "mo.manager@council.example");
        foreach (var (username, personId, role) in new[] { ("pia.private", pia, "viewer"), ("otto.other", otto, "viewer"), ("bo.board", bo, "board"), ("mo.manager", mo, "manager") })
        {
            var created = await tracker.Admin.PostJsonAsync("/api/users",
                new { username, displayName = username, role, password, personId });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        }
        using var piaBrowser = await TrackerApp.BrowserSignedInAsync(tracker.Factory, "pia.private", password);
        using var ottoBrowser = await TrackerApp.BrowserSignedInAsync(tracker.Factory, "otto.other", password);
        var choice = new { reviewReminders = true, deadlinesDigest = false, signOff = true, reviewClosed = true, digestDay = "friday" };
        Assert.That((await piaBrowser.PutJsonAsync("/api/me/reminders", choice, "\"0\"")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var trail = $"/api/audit/mailPreferences/{pia}";
        var own = await piaBrowser.GetAsync(trail);
        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the person themselves");
        Assert.That((await own.ReadAsync<JsonObject>())["total"]!.GetValue<long>(), Is.EqualTo(1));
        Assert.That((await tracker.Admin.GetAsync(trail)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "an administrator");
        var other = await ottoBrowser.GetAsync(trail);
        await other.ReadProblemAsync(HttpStatusCode.Forbidden);
        Assert.That((await ottoBrowser.GetAsync($"/api/audit/mailPreferences/{pia + 1000}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden),
            "someone else's trail is refused whether or not it exists");
        Assert.That((await ottoBrowser.GetAsync($"/api/audit/mailPreferences/{otto}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound),
            "his own, empty trail is his to ask for");
        foreach (var username in new[] { "bo.board", "mo.manager" })
        {
            using var someone = await TrackerApp.BrowserSignedInAsync(tracker.Factory, username, password);
            Assert.That((await someone.GetAsync(trail)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), username);
        }

        // An email sent to Pia: its trail is hers and the administrators'.
        var planId = await Arrange.PlanAsync(tracker.Admin, scaleId: 1, title: "Privacy plan");
        await Arrange.RecommendationAsync(tracker.Admin, planId, "1", "Keep records private.", leadIds: [pia]);
        await tracker.ReviewAsync(planId, "RAG private", "2026-12-10", null);
        await tracker.TickAsync();
        Assert.That(sink.To("pia.private@council.example"), Has.Count.EqualTo(1));
        var emailId = (await tracker.OutboxAsync())["emails"]!.AsArray().Single()!["id"]!.GetValue<long>();
        Assert.That((await piaBrowser.GetAsync($"/api/audit/email/{emailId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the recipient");
        Assert.That((await tracker.Admin.GetAsync($"/api/audit/email/{emailId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "an administrator");
        Assert.That((await ottoBrowser.GetAsync($"/api/audit/email/{emailId}")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "someone else");

        // Other trails are as before: a reader reads a person's.
        Assert.That((await ottoBrowser.GetAsync($"/api/audit/person/{pia}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

using System.Net;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using MimeKit;

namespace ActionPlanTracker.Tests.Api.Reminders;

/// <summary>
/// Issue 17: who receives what, and when. Each test runs its own tracker sending to a real SMTP server on loopback, with
/// a fake clock it moves (the shared tracker's clock never moves). TrackerApp.Now is Monday 23 November 2026, 09:30.
/// </summary>
[NonParallelizable]
public sealed class ReminderTests
{
    /// <summary>The demo accounts' password (Features/Demo/DemoUsers.cs).</summary>
    private const string DemoPassword = "northmoor-demo-2026";

    private SmtpSink sink = null!;

    [SetUp]
    public async Task StartSmtp()
    {
        sink = new SmtpSink();
        await sink.StartAsync();
    }

    [TearDown]
    public async Task StopSmtp() => await sink.DisposeAsync();

    /// <summary>
    /// Moves the clock (if asked), runs a tick and returns how many messages the SMTP server received meanwhile. Counted at
    /// the server, not from the tick's return value: the hosted service's own timer follows the fake clock too, and may
    /// be the one that sends; once this tick has run (ticks take turns), everything due has gone.
    /// </summary>
    private async Task<int> Delivered(MailTracker tracker, TimeSpan? advance = null)
    {
        var before = sink.Messages.Count;
        if (advance is { } by) tracker.Clock.Advance(by);
        await tracker.TickAsync();
        return sink.Messages.Count - before;
    }

    /// <summary>A plan with Aisha leading two recommendations, Ben owning an action under a third, and Cara (no email) a fourth.</summary>
    private static async Task<(long PlanId, long[] Recommendations)> PlanAsync(MailTracker tracker, string aishaEmail, string benEmail)
    {
        var aisha = await tracker.PersonAsync("Aisha Reminder", aishaEmail);
        var ben = await tracker.PersonAsync("Ben Reminder", benEmail);
        var cara = await tracker.PersonAsync("Cara Reminder", null);
        var planId = await Arrange.PlanAsync(tracker.Admin, scaleId: 1, title: "Reminders <plan> & co");
        var r1 = await Arrange.RecommendationAsync(tracker.Admin, planId, "1", "Recruit <b>foster</b> carers & keep them.", leadIds: [aisha], deadlineText: "March 2027");
        var r2 = await Arrange.RecommendationAsync(tracker.Admin, planId, "2", "Review placement plans.", leadIds: [aisha]);
        var r3 = await Arrange.RecommendationAsync(tracker.Admin, planId, "3", "Train social workers.");
        await Arrange.ActionAsync(tracker.Admin, planId, recommendationId: r3, ownerIds: [ben]);
        var r4 = await Arrange.RecommendationAsync(tracker.Admin, planId, "4", "Audit case files.", leadIds: [cara]);
        return (planId, [r1, r2, r3, r4]);
    }

    private static XDocument ParseHtml(MimeMessage message)
    {
        using var reader = XmlReader.Create(new StringReader(message.HtmlBody!), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    [Test]
    public async Task A_review_opening_sends_each_person_one_email_listing_their_items_with_an_absolute_link()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port));
        var (planId, _) = await PlanAsync(tracker, "aisha.open@council.example", "ben.open@council.example");
        await tracker.ReviewAsync(planId, "RAG 11/26", "2026-11-30", "2026-11-27");

        Assert.That(await Delivered(tracker), Is.EqualTo(2));
        Assert.That(await Delivered(tracker, TimeSpan.FromMinutes(1)), Is.Zero, "a second tick sends nothing again");

        Assert.That(sink.Messages, Has.Count.EqualTo(2), "one email per person, none for the person without an address");
        var aisha = sink.To("aisha.open@council.example").Single();
        Assert.That(aisha.Subject, Does.Contain("RAG 11/26").And.Contain("2 items"));
        Assert.That(aisha.TextBody, Does.Contain("1: Recruit <b>foster</b> carers & keep them.").And.Contain("2: Review placement plans.")
            .And.Contain("Deadline: March 2027").And.Contain("by Friday 27 November 2026").And.Contain("https://tracker.example.gov.uk/my-actions"));
        Assert.That(aisha.Headers["Auto-Submitted"], Is.EqualTo("auto-generated"));

        var html = ParseHtml(aisha);
        Assert.That(html.Root!.Attribute("lang")!.Value, Is.EqualTo("en-GB"));
        var link = html.Descendants("a").Single();
        Assert.That(link.Attribute("href")!.Value, Is.EqualTo("https://tracker.example.gov.uk/my-actions"));
        Assert.That(link.Value, Is.EqualTo("Update your items in My actions"));
        Assert.That(html.Descendants("th").Where(th => (string?)th.Attribute("scope") == "col").Select(th => th.Value),
            Is.EqualTo(new[] { "Reference", "Item", "Last score", "Last update", "Deadline" }));
        var rows = html.Descendants("tbody").Single().Elements("tr").ToList();
        Assert.That(rows.Select(r => r.Element("th")!.Value), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(rows[0].Elements("td").First().Value, Is.EqualTo("Recruit <b>foster</b> carers & keep them."), "user text is text, not markup");
        Assert.That(html.Descendants("b"), Is.Empty);

        var ben = sink.To("ben.open@council.example").Single();
        Assert.That(ben.TextBody, Does.Contain("3: Train social workers.").And.Not.Contain("Recruit"));
        Assert.That(tracker.Rows().Select(r => (r.Kind, r.Status)), Is.All.EqualTo(("review-opened", "sent")));

        // Each email sent is in the audit log.
        var audit = await (await tracker.Admin.GetAsync($"/api/audit/email/{(await tracker.OutboxAsync())["emails"]![0]!["id"]}")).ReadAsync<JsonObject>();
        Assert.That(audit.ToJsonString(), Does.Contain("review-opened"));
    }

    [Test]
    public async Task Reminders_go_before_the_date_and_on_the_last_day_only_to_those_whose_items_are_still_stale()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port));
        var (planId, r) = await PlanAsync(tracker, "aisha.due@council.example", "ben.due@council.example");
        var review = await tracker.ReviewAsync(planId, "RAG 12/26", "2026-12-04", "2026-12-01");
        await tracker.TickAsync();
        Assert.That(sink.Messages, Has.Count.EqualTo(2), "the opening emails");

        // Aisha updates both her items; Ben does not.
        await tracker.ScoreAsync(planId, review, r[0], 3, "Two carers approved.");
        await tracker.ScoreAsync(planId, review, r[1], 2, "Audit of plans started.");

        // Thursday 26th is 5 days before the date, Friday 27th 4: too early. Saturday 28th is 3 days before.
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(3)), Is.Zero);
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(1)), Is.Zero);
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(1)), Is.EqualTo(1));
        var reminder = sink.To("ben.due@council.example").Last();
        Assert.That(reminder.Subject, Does.StartWith("Reminder: 1 item to update").And.Contain("Tuesday 1 December 2026"));
        Assert.That(sink.To("aisha.due@council.example"), Has.Count.EqualTo(1), "Aisha has updated: no reminder");
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(1)), Is.Zero, "one reminder, not one a day");

        // Tuesday 1 December (after Sunday's and Monday's ticks, silent): the last day.
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(2)), Is.EqualTo(1));
        var lastDay = sink.To("ben.due@council.example").Last();
        Assert.That(lastDay.Subject, Does.StartWith("Last day:"));
        Assert.That(lastDay.TextBody, Does.Contain("3: Train social workers."));
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(1)), Is.Zero, "nothing after the date");
        Assert.That(sink.To("aisha.due@council.example"), Has.Count.EqualTo(1));
        var subjects = sink.To("ben.due@council.example").Select(m => m.Subject).ToList();
        Assert.That(subjects, Has.Count.EqualTo(3));
        Assert.That(subjects[0], Does.StartWith("Reminders <plan> & co: review RAG 12/26 is open"));
    }

    [Test]
    public async Task The_administrators_days_before_moves_the_reminders_day()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port));
        var defaults = await tracker.Admin.GetAsync("/api/admin/mail/reminder-defaults");
        Assert.That((int)(await defaults.ReadAsync<JsonObject>())["daysBefore"]!, Is.EqualTo(3), "the old setting's default");
        var choices = new { reviewReminders = true, deadlinesDigest = true, signOff = true, reviewClosed = true, digestDay = "monday" };
        foreach (var wrong in new int?[] { 0, 15, null })
        {
            var refused = await tracker.Admin.PutJsonAsync("/api/admin/mail/reminder-defaults", new
            {
                choices.reviewReminders, choices.deadlinesDigest, choices.signOff, choices.reviewClosed, choices.digestDay, daysBefore = wrong,
            }, defaults.ETag());
            Assert.That((await refused.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields, Is.EqualTo(new[] { "daysBefore" }), $"daysBefore {wrong}");
        }
        var saved = await tracker.Admin.PutJsonAsync("/api/admin/mail/reminder-defaults", new
        {
            choices.reviewReminders, choices.deadlinesDigest, choices.signOff, choices.reviewClosed, choices.digestDay, daysBefore = 5,
        }, defaults.ETag());
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
        Assert.That((int)(await saved.ReadAsync<JsonObject>())["daysBefore"]!, Is.EqualTo(5));

        var (planId, _) = await PlanAsync(tracker, "aisha.days@council.example", "ben.days@council.example");
        await tracker.ReviewAsync(planId, "RAG 12/26", "2026-12-04", "2026-12-01");
        await tracker.TickAsync();
        var opened = sink.Messages.Count;

        // Wednesday 25th is 6 days before Tuesday 1 December: too early. Thursday 26th is 5 days before: with 3 (the
        // default) it would still be too early, with 5 the reminder goes to both.
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(2)), Is.Zero);
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(1)), Is.EqualTo(2));
        Assert.That(sink.Messages.Skip(opened).Select(m => m.Subject), Has.All.StartWith("Reminder: "));
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(2)), Is.Zero, "Saturday 28th, the old default's day: nothing more");
    }

    [Test]
    public async Task Nothing_is_queued_or_sent_while_email_is_disabled()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port, enabled: false));
        var (planId, _) = await PlanAsync(tracker, "aisha.off@council.example", "ben.off@council.example");
        await tracker.ReviewAsync(planId, "RAG 11/26", "2026-11-30", "2026-11-24");
        await tracker.TickAsync();
        await Delivered(tracker, TimeSpan.FromDays(1));
        Assert.That(sink.Messages, Is.Empty);
        Assert.That(tracker.Rows(), Is.Empty);
        Assert.That((bool)(await tracker.OutboxAsync())["configured"]!, Is.False);
    }

    [Test]
    public async Task A_demo_install_sends_nothing_unless_told_to()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tracker-demo-mail-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var settings = MailTracker.Settings(sink.Port);
            await using (var demo = await MailTracker.StartAsync(settings, folder, seedDemoData: true,
                             adminUser: "admin@demo.example", adminPassword: DemoPassword))
            {
                var (planId, _) = await PlanAsync(demo, "aisha.demo@council.example", "ben.demo@council.example");
                await demo.ReviewAsync(planId, "RAG 11/26", "2026-11-30", null);
                await demo.TickAsync();
                Assert.That(sink.Messages, Is.Empty);
                Assert.That(demo.Rows(), Is.Empty);
            }
            settings["Tracker:Mail:SendFromDemo"] = "true";
            await using var told = await MailTracker.StartAsync(settings, folder, seedDemoData: true,
                adminUser: "admin@demo.example", adminPassword: DemoPassword);
            await told.TickAsync();
            Assert.That(sink.To("aisha.demo@council.example"), Has.Count.EqualTo(1));
            Assert.That(sink.To("ben.demo@council.example"), Has.Count.EqualTo(1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task When_the_server_refuses_connections_emails_wait_with_the_error_and_go_after_the_back_off()
    {
        await sink.StopAsync();
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port));
        var (planId, _) = await PlanAsync(tracker, "aisha.down@council.example", "ben.down@council.example");
        await tracker.ReviewAsync(planId, "RAG 11/26", "2026-11-30", null);

        Assert.That(await Delivered(tracker), Is.Zero);
        var outbox = await tracker.OutboxAsync();
        Assert.That((int)outbox["waitingCount"]!, Is.EqualTo(2));
        foreach (var email in outbox["emails"]!.AsArray())
        {
            Assert.That((string)email!["status"]!, Is.EqualTo("waiting"));
            Assert.That((int)email["attempts"]!, Is.EqualTo(1));
            Assert.That((string?)email["lastError"], Does.Contain("connect").IgnoreCase);
            Assert.That((string)email["nextAttemptAt"]!, Is.EqualTo("2026-11-23T09:31:00.000Z"), "the first retry is a minute later");
        }

        await sink.StartAsync();
        Assert.That(await Delivered(tracker, TimeSpan.FromSeconds(30)), Is.Zero, "not before the back-off");
        Assert.That(sink.Messages, Is.Empty);
        Assert.That(await Delivered(tracker, TimeSpan.FromSeconds(31)), Is.EqualTo(2));
        Assert.That(sink.To("aisha.down@council.example"), Has.Count.EqualTo(1));
        Assert.That(sink.To("ben.down@council.example"), Has.Count.EqualTo(1));
        Assert.That(tracker.Rows().Select(r => (r.Status, r.Attempts, r.Error)), Is.All.EqualTo(("sent", 2L, (string?)null)));
    }

    [Test]
    public async Task After_a_restart_mid_queue_each_email_arrives_exactly_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tracker-restart-mail-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            await sink.StopAsync();
            await using (var first = await MailTracker.StartAsync(MailTracker.Settings(sink.Port), folder))
            {
                var (planId, _) = await PlanAsync(first, "aisha.restart@council.example", "ben.restart@council.example");
                await first.ReviewAsync(planId, "RAG 11/26", "2026-11-30", null);
                await first.TickAsync();
                Assert.That(first.Rows().Select(r => r.Status), Is.EqualTo(new[] { "waiting", "waiting" }));
            }

            await sink.StartAsync();
            await using var second = await MailTracker.StartAsync(MailTracker.Settings(sink.Port), folder, TrackerApp.Now.AddMinutes(2));
            await second.TickAsync();
            second.Clock.Advance(TimeSpan.FromHours(2));
            await second.TickAsync();
            Assert.That(sink.To("aisha.restart@council.example"), Has.Count.EqualTo(1));
            Assert.That(sink.To("ben.restart@council.example"), Has.Count.EqualTo(1));
            Assert.That(second.Rows(), Has.Count.EqualTo(2), "the review's opening was not queued again");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public async Task A_recipient_the_server_refuses_for_good_is_marked_failed_and_the_others_go()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port));
        var (planId, _) = await PlanAsync(tracker, "refused.aisha@council.example", "ben.refused@council.example");
        await tracker.ReviewAsync(planId, "RAG 11/26", "2026-11-30", null);

        Assert.That(await Delivered(tracker), Is.EqualTo(1));
        Assert.That(sink.To("ben.refused@council.example"), Has.Count.EqualTo(1));
        var outbox = await tracker.OutboxAsync();
        Assert.That((int)outbox["failedCount"]!, Is.EqualTo(1));
        var failed = outbox["emails"]!.AsArray().Single(e => (string)e!["status"]! == "failed")!;
        Assert.That((string)failed["recipientEmail"]!, Is.EqualTo("refused.aisha@council.example"));
        Assert.That((string?)failed["lastError"], Does.Contain("55"));
        Assert.That(await Delivered(tracker, TimeSpan.FromHours(2)), Is.Zero, "a failed email is not tried again");
    }

    [Test]
    public async Task An_administrator_can_turn_email_off_and_back_on()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port));
        var (planId, _) = await PlanAsync(tracker, "aisha.pause@council.example", "ben.pause@council.example");

        var state = await tracker.Admin.GetAsync("/api/admin/mail/outbox");
        var etag = state.Headers.ETag!.Tag;
        Assert.That((await tracker.Admin.PutJsonAsync("/api/admin/mail/sending", new { paused = true }, null)).StatusCode,
            Is.EqualTo((HttpStatusCode)428));
        var paused = await tracker.Admin.PutJsonAsync("/api/admin/mail/sending", new { paused = true }, etag);
        Assert.That(paused.StatusCode, Is.EqualTo(HttpStatusCode.OK), await paused.Content.ReadAsStringAsync());

        await tracker.ReviewAsync(planId, "RAG 11/26", "2026-11-30", null);
        Assert.That(await Delivered(tracker, TimeSpan.FromMinutes(5)), Is.Zero);
        Assert.That(tracker.Rows(), Is.Empty);
        Assert.That((bool)(await tracker.OutboxAsync())["paused"]!, Is.True);

        var resumed = await tracker.Admin.PutJsonAsync("/api/admin/mail/sending", new { paused = false }, paused.Headers.ETag!.Tag);
        Assert.That(resumed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await Delivered(tracker), Is.EqualTo(2), "the review opened meanwhile is announced when email is back on");
    }

    [Test]
    public void Enabled_email_without_a_public_address_stops_start_up_with_a_clear_message()
    {
        var settings = new TrackerSettings();
        settings.Mail.Enabled = true;
        settings.Mail.Host = "smtp.example.gov.uk";
        settings.Mail.From.Address = "tracker@example.gov.uk";
        Assert.That(settings.Validate, Throws.InvalidOperationException.With.Message.Contains("Tracker:Mail:PublicAddress"));
        settings.Mail.PublicAddress = "tracker.example.gov.uk";
        Assert.That(settings.Validate, Throws.InvalidOperationException.With.Message.Contains("Tracker:Mail:PublicAddress"));
        settings.Mail.PublicAddress = "https://tracker.example.gov.uk";
        Assert.That(settings.Validate, Throws.Nothing);
        settings.Mail.From.Address = "not an address";
        Assert.That(settings.Validate, Throws.InvalidOperationException.With.Message.Contains("Tracker:Mail:From:Address"));
        settings.Mail.From.Address = "tracker@example.gov.uk";
        settings.Mail.Host = null;
        Assert.That(settings.Validate, Throws.InvalidOperationException.With.Message.Contains("Tracker:Mail:Host"));
        Assert.That(new TrackerSettings().Mail.Enabled, Is.False, "nothing is sent unless configured");
    }
}

using System.Net;
using System.Text.Json.Nodes;

namespace ActionPlanTracker.Tests.Api.Reminders;

/// <summary>
/// Issue 17, part 2: the weekly deadlines digest, the board's sign-off digest and the manager's email on a decision, and
/// the list of who did not update after a review closes. Each test runs its own tracker sending to a real SMTP server on
/// loopback, on a fake clock. Monday 23 November 2026 is a Monday.
/// </summary>
[NonParallelizable]
public sealed class DigestTests
{
    private const string Password = "correct horse battery";
    private SmtpSink sink = null!;

    [SetUp]
    public async Task StartSmtp()
    {
        sink = new SmtpSink();
        await sink.StartAsync();
    }

    [TearDown]
    public async Task StopSmtp() => await sink.DisposeAsync();

    private async Task<List<MimeKit.MimeMessage>> Delivered(MailTracker tracker, TimeSpan? advance = null)
    {
        var before = sink.Messages.Count;
        if (advance is { } by) tracker.Clock.Advance(by);
        await tracker.TickAsync();
        return sink.Messages.Skip(before).ToList();
    }

    private static async Task AccountAsync(MailTracker tracker, string username, string role, long? personId = null)
    {
        var created = await tracker.Admin.PostJsonAsync("/api/users", new { username, displayName = "Account " + role, role, password = Password, personId });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_deadlines_digest_goes_weekly_on_the_digest_day_after_seven_with_overdue_and_due_soon_items_only()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port), now: new DateTimeOffset(2026, 11, 23, 6, 30, 0, TimeSpan.Zero));
        var dana = await tracker.PersonAsync("Dana Deadline", "dana.deadline@council.example");
        var eve = await tracker.PersonAsync("Eve Later", "eve.later@council.example");
        var planId = await Arrange.PlanAsync(tracker.Admin, scaleId: 1, title: "Deadlines plan");
        await Arrange.RecommendationAsync(tracker.Admin, planId, "1", "Audit supervision.", leadIds: [dana], deadlineText: "Sep-26");
        await Arrange.RecommendationAsync(tracker.Admin, planId, "2", "Publish the sufficiency strategy.", leadIds: [dana], deadlineText: "14 December 2026");
        await Arrange.RecommendationAsync(tracker.Admin, planId, "3", "Recruit carers.", leadIds: [dana, eve], deadlineText: "March 2027");

        Assert.That(await Delivered(tracker), Is.Empty, "not before 07:00");
        var digest = (await Delivered(tracker, TimeSpan.FromHours(1))).Single();
        Assert.That(digest.To.Mailboxes.Single().Address, Is.EqualTo("dana.deadline@council.example"), "Eve has nothing due: no email");
        Assert.That(digest.Subject, Is.EqualTo("Deadlines: 1 item overdue, 1 item due within 30 days"));
        Assert.That(digest.TextBody, Does.Contain("1: Audit supervision.").And.Contain("2: Publish the sufficiency strategy.")
            .And.Not.Contain("Recruit carers").And.Contain("Status: Overdue").And.Contain("https://tracker.example.gov.uk/my-actions"));
        Assert.That(digest.TextBody.IndexOf("Audit supervision", StringComparison.Ordinal),
            Is.LessThan(digest.TextBody.IndexOf("sufficiency", StringComparison.Ordinal)), "overdue first");
        Assert.That(digest.HtmlBody, Does.Contain("<th scope=\"col\">Deadline</th>"));

        Assert.That(await Delivered(tracker, TimeSpan.FromHours(3)), Is.Empty, "once a day");
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(1)), Is.Empty, "Tuesday is not the digest day");
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(6)), Has.Count.EqualTo(1), "the next Monday");
    }

    [Test]
    public async Task The_board_gets_a_daily_digest_of_pending_completions_and_the_lead_hears_the_decision_with_the_reason()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port));
        var fay = await tracker.PersonAsync("Fay Complete", "fay.complete@council.example");
        await AccountAsync(tracker, "board.chair@council.example", "board");
        await AccountAsync(tracker, "viewer.only@council.example", "viewer");
        var planId = await Arrange.PlanAsync(tracker.Admin, scaleId: 1, title: "Sign-off plan");
        var r1 = await Arrange.RecommendationAsync(tracker.Admin, planId, "1", "Close the audit actions.", leadIds: [fay]);
        var review = await tracker.ReviewAsync(planId, "RAG 11/26", "2026-11-30", null);
        var url = $"/api/plans/{planId}/reviews/{review}/scores/recommendations/{r1}";

        var first = await Delivered(tracker);
        Assert.That(first.Select(m => m.Subject), Has.None.Contain("sign-off"), "nothing awaits sign-off yet");

        var claimed = await tracker.Admin.PutJsonAsync(url, new { level = 4, narrative = "All actions closed.", evidence = "Audit report, November" }, null);
        Assert.That(claimed.IsSuccessStatusCode, await claimed.Content.ReadAsStringAsync());
        Assert.That(await Delivered(tracker, TimeSpan.FromHours(1)), Is.Empty, "the digest is daily: today's has been dealt with");

        var digest = (await Delivered(tracker, TimeSpan.FromDays(1))).Single();
        Assert.That(digest.To.Mailboxes.Single().Address, Is.EqualTo("board.chair@council.example"), "board accounts only");
        Assert.That(digest.Subject, Is.EqualTo("1 completion awaiting sign-off"));
        Assert.That(digest.TextBody, Does.Contain("1: Close the audit actions.").And.Contain("Plan: Sign-off plan").And.Contain("Review: RAG 11/26"));

        var rejected = await tracker.Admin.PutJsonAsync(url + "/sign-off", new { decision = "rejected", note = "The report does not cover the March actions." }, claimed.ETag());
        Assert.That(rejected.IsSuccessStatusCode, await rejected.Content.ReadAsStringAsync());
        var decision = (await Delivered(tracker, TimeSpan.FromMinutes(1))).Single();
        Assert.That(decision.To.Mailboxes.Single().Address, Is.EqualTo("fay.complete@council.example"));
        Assert.That(decision.Subject, Is.EqualTo("Not signed off: 1 in Sign-off plan"));
        Assert.That(decision.TextBody, Does.Contain("The report does not cover the March actions."));
        Assert.That(await Delivered(tracker, TimeSpan.FromMinutes(1)), Is.Empty, "a decision is announced once");
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(1)), Is.Empty, "nothing awaits sign-off: no digest");

        var reclaimed = await tracker.Admin.PutJsonAsync(url, new { level = 4, narrative = "March actions closed too.", evidence = "Audit report, December" }, rejected.ETag());
        Assert.That(reclaimed.IsSuccessStatusCode, await reclaimed.Content.ReadAsStringAsync());
        var signed = await tracker.Admin.PutJsonAsync(url + "/sign-off", new { decision = "signedOff" }, reclaimed.ETag());
        Assert.That(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        var second = (await Delivered(tracker, TimeSpan.FromMinutes(1))).Single();
        Assert.That(second.Subject, Is.EqualTo("Signed off: 1 in Sign-off plan"), "a new decision is a new email");
    }

    [Test]
    public async Task After_a_review_closes_the_administrators_and_the_reviewer_get_the_list_of_who_did_not_update()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port));
        var gus = await tracker.PersonAsync("Gus Updated", "gus.updated@council.example");
        var hal = await tracker.PersonAsync("Hal Late", "hal.late@council.example");
        await tracker.PersonAsync("Iris Reviewer", "iris.reviewer@council.example");
        await AccountAsync(tracker, "lead.improvement@council.example", "administrator");
        var planId = await Arrange.PlanAsync(tracker.Admin, scaleId: 1, title: "Closing plan");
        var r1 = await Arrange.RecommendationAsync(tracker.Admin, planId, "1", "Recruit carers.", leadIds: [gus]);
        await Arrange.RecommendationAsync(tracker.Admin, planId, "2", "Train staff.", leadIds: [hal]);
        var created = await tracker.Admin.PostJsonAsync($"/api/plans/{planId}/reviews", new { label = "RAG 11/26", reviewDate = "2026-11-30", reviewer = "Iris Reviewer" });
        var review = (await created.ReadAsync<JsonObject>())["id"]!.GetValue<long>();
        await tracker.ScoreAsync(planId, review, r1, 3, "Two carers approved.");
        Assert.That((await Delivered(tracker)).Select(m => m.To.Mailboxes.Single().Address), Is.EqualTo(new[] { "hal.late@council.example" }), "the opening");

        var closed = await tracker.Admin.PutJsonAsync($"/api/plans/{planId}/reviews/{review}",
            new { label = "RAG 11/26", reviewDate = "2026-11-30", reviewer = "Iris Reviewer", status = "closed" }, created.ETag());
        Assert.That(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        var lists = await Delivered(tracker, TimeSpan.FromMinutes(1));
        Assert.That(lists.Select(m => m.To.Mailboxes.Single().Address),
            Is.EquivalentTo(new[] { "iris.reviewer@council.example", "lead.improvement@council.example" }));
        foreach (var list in lists)
        {
            Assert.That(list.Subject, Is.EqualTo("Closing plan: review RAG 11/26 closed – 1 person did not update"));
            Assert.That(list.TextBody, Does.Contain("Hal Late: hal.late@council.example").And.Contain("Items not updated: 1 of 1").And.Not.Contain("Gus"));
        }
        Assert.That(await Delivered(tracker, TimeSpan.FromMinutes(1)), Is.Empty, "once per review");
    }

    [Test]
    public async Task Each_person_chooses_their_reminders_and_digest_day_and_the_administrators_defaults_apply_to_the_rest()
    {
        await using var tracker = await MailTracker.StartAsync(MailTracker.Settings(sink.Port), now: new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
        var jo = await tracker.PersonAsync("Jo Chooser", "jo.chooser@council.example");
        var kim = await tracker.PersonAsync("Kim Default", "kim.default@council.example");
        await AccountAsync(tracker, "jo.account@council.example", "manager", jo);
        var planId = await Arrange.PlanAsync(tracker.Admin, scaleId: 1, title: "Preferences plan");
        await Arrange.RecommendationAsync(tracker.Admin, planId, "1", "Audit supervision.", leadIds: [jo, kim], deadlineText: "Sep-26");

        using var browser = await TrackerApp.BrowserSignedInAsync(tracker.Factory, "jo.account@council.example", Password);
        var mine = await browser.GetAsync("/api/me/reminders");
        var defaults = await mine.ReadAsync<JsonObject>();
        Assert.That(defaults.ToJsonString(), Is.EqualTo("""{"canChoose":true,"reviewReminders":true,"deadlinesDigest":true,"signOff":true,"reviewClosed":true,"digestDay":"monday","version":0}"""));
        var choice = new { reviewReminders = false, deadlinesDigest = true, signOff = true, reviewClosed = true, digestDay = "tuesday" };
        Assert.That((await browser.PutJsonAsync("/api/me/reminders", choice, null)).StatusCode, Is.EqualTo((HttpStatusCode)428));
        var invalid = await browser.PutJsonAsync("/api/me/reminders", new { reviewReminders = false, digestDay = "someday" }, mine.ETag());
        Assert.That((await invalid.ReadProblemAsync(HttpStatusCode.BadRequest)).Fields,
            Is.EquivalentTo(new[] { "deadlinesDigest", "signOff", "reviewClosed", "digestDay" }));
        var saved = await browser.PutJsonAsync("/api/me/reminders", choice, mine.ETag());
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
        Assert.That((string)(await saved.ReadAsync<JsonObject>())["digestDay"]!, Is.EqualTo("tuesday"));
        Assert.That((await browser.PutJsonAsync("/api/me/reminders", choice, mine.ETag())).StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await tracker.Admin.PutJsonAsync("/api/me/reminders", choice, "*")).StatusCode, Is.EqualTo(HttpStatusCode.Conflict),
            "an account without a person cannot choose");

        // The administrator's default: no deadlines digest for whoever has not chosen (Kim); Jo chose it.
        var current = await tracker.Admin.GetAsync("/api/admin/mail/reminder-defaults");
        var changed = await tracker.Admin.PutJsonAsync("/api/admin/mail/reminder-defaults",
            new { reviewReminders = true, deadlinesDigest = false, signOff = true, reviewClosed = true, digestDay = "monday", daysBefore = 3 }, current.ETag());
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await changed.Content.ReadAsStringAsync());

        await tracker.ReviewAsync(planId, "RAG 11/26", "2026-11-30", null);
        var opening = await Delivered(tracker);
        Assert.That(opening.Select(m => m.To.Mailboxes.Single().Address), Is.EqualTo(new[] { "kim.default@council.example" }), "Jo turned review reminders off");
        Assert.That(await Delivered(tracker, TimeSpan.FromDays(1)), Is.Empty, "Monday: Jo's day is Tuesday, Kim has the digest off");
        var tuesday = (await Delivered(tracker, TimeSpan.FromDays(1))).Single();
        Assert.That((tuesday.To.Mailboxes.Single().Address, tuesday.Subject), Is.EqualTo(("jo.chooser@council.example", "Deadlines: 1 item overdue, 0 items due within 30 days")));
    }
}

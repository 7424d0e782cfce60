using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.MyItems;
using Dapper;

namespace ActionPlanTracker.Features.Mail;

/// <summary>
/// Finds the review events that are due and queues their emails, one per person per event, never one per item:
/// <list type="bullet">
/// <item>review-opened: an open review (the plan's current one) not yet announced: each person with items needing an
/// update gets the list. A review announced once is not announced again when it is reopened.</item>
/// <item>updates-due-reminder: from the administrator's "days before" (mail_state.reminder_days_before, db/0040) days before the review's "updates due
/// by" date until the day before, to those whose items still need an update.</item>
/// <item>last-day-reminder: on the "updates due by" date itself (never after it), likewise.</item>
/// </list>
/// Each event is recorded in mail_events in the transaction that queues its emails; a changed "updates due by" date is
/// a new event. An event found together with the review's opening is recorded without emails: the opening email already
/// gives the date. Who has which items, and whether they need an update, is "My actions" (<see cref="MyItemsData"/>).
/// </summary>
public sealed class ReviewReminders(Database database, Clock clock, TrackerSettings settings, ILogger<ReviewReminders> logger)
{
    private sealed record OpenReview(long Id, long PlanId, string PlanTitle, string Label, DateOnly? UpdatesDueBy);

    private sealed record Recipient(long Id, string Name, string Email);

    private sealed record Event(string Key, string Kind, OpenReview Review, bool Silent);

    private const string OpenReviewsSql = """
        SELECT r.id AS Id, r.plan_id AS PlanId, p.title AS PlanTitle, r.label AS Label, r.updates_due_by AS UpdatesDueBy
        FROM reviews r JOIN plans p ON p.id = r.plan_id
        WHERE r.status = 'open' AND p.status = 'active'
        ORDER BY r.id;
        """;

    private const string RecipientsSql = """
        SELECT id AS Id, name AS Name, trim(email) AS Email FROM people
        WHERE email IS NOT NULL AND trim(email) LIKE '%_@_%'
          AND id IN (SELECT person_id FROM item_people)
        ORDER BY id;
        """;

    /// <summary>Queues the emails of every event due now; returns how many emails were queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken ct)
    {
        var today = clock.Today;
        await using var connection = await database.OpenAsync(ct);
        var reviews = (await connection.QueryAsync<OpenReview>(OpenReviewsSql)).AsList();
        var done = (await connection.QueryAsync<string>("SELECT event_key FROM mail_events;")).ToHashSet(StringComparer.Ordinal);
        var daysBefore = await MyReminderData.DaysBeforeAsync(connection);

        var events = new List<Event>();
        foreach (var review in reviews)
        {
            var opening = $"{MailKinds.ReviewOpened}:{review.Id}";
            var opens = !done.Contains(opening);
            if (opens) events.Add(new Event(opening, MailKinds.ReviewOpened, review, Silent: false));
            if (review.UpdatesDueBy is not { } due) continue;
            var kind = today == due ? MailKinds.LastDayReminder
                : today < due && today >= due.AddDays(-daysBefore) ? MailKinds.UpdatesDueReminder : null;
            if (kind is null) continue;
            var key = $"{kind}:{review.Id}:{due:yyyy-MM-dd}";
            if (!done.Contains(key)) events.Add(new Event(key, kind, review, Silent: opens));
        }
        if (events.Count == 0) return 0;

        // Each person's items, read once for all the events, by the query and rules of "My actions".
        var preferences = await MailPreferences.LoadAsync(connection);
        var recipients = (await connection.QueryAsync<Recipient>(RecipientsSql)).Where(p => preferences.Wants(p.Id, MailChoice.ReviewReminders)).ToList();
        var items = new Dictionary<long, IReadOnlyList<(long ReviewId, MyItem Item)>>();
        foreach (var person in recipients)
        {
            var (rows, _) = await MyItemsData.LoadAsync(connection, person.Id);
            items[person.Id] = rows.Where(r => r.CurrentReviewId is not null)
                .Select(r => (r.CurrentReviewId!.Value, GetMyItems.Item(r, today)))
                .Where(x => x.Item2.NeedsUpdate).ToList();
        }

        var myActions = new Uri(settings.Mail.BaseUri, "my-actions");
        var now = clock.NowText;
        var queued = 0;
        foreach (var e in events)
        {
            await using var transaction = connection.BeginWriteTransaction();
            var mails = e.Silent ? [] : recipients
                .Select(p => (Person: p, Items: items[p.Id].Where(x => x.ReviewId == e.Review.Id).Select(x => x.Item).ToList()))
                .Where(x => x.Items.Count > 0).ToList();
            var recorded = await connection.ExecuteAsync("""
                INSERT INTO mail_events (event_key, kind, review_id, occurred_at, emails) VALUES (@Key, @Kind, @ReviewId, @Now, @Emails)
                ON CONFLICT (event_key) DO NOTHING;
                """, new { e.Key, e.Kind, ReviewId = e.Review.Id, Now = now, Emails = mails.Count }, transaction);
            // Another instance (or tick) got there first: its emails are the ones queued.
            if (recorded == 0) continue;
            foreach (var (person, list) in mails)
            {
                var content = MailTemplates.For(new ReviewMail(e.Kind, person.Name, e.Review.PlanTitle, e.Review.Label, e.Review.UpdatesDueBy, list, myActions));
                queued += await connection.ExecuteAsync(Outbox.QueueSql, new
                {
                    DedupeKey = $"{e.Key}:{person.Id}", e.Kind, PersonId = person.Id, RecipientName = person.Name, RecipientEmail = person.Email,
                    e.Review.PlanId, ReviewId = e.Review.Id, content.Subject, TextBody = content.Text, HtmlBody = content.Html, Now = now,
                }, transaction);
            }
            await transaction.CommitAsync(ct);
            logger.LogInformation("Email event {Event}: {Count} emails queued", e.Key, mails.Count);
        }
        return queued;
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Domain;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.MyItems;
using ActionPlanTracker.Features.Reviews;
using ActionPlanTracker.Features.Scores;
using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Mail;

/// <summary>
/// The emails of issue 17 beyond the review's own reminders, queued by the same tick into the same outbox:
/// <list type="bullet">
/// <item>deadlines-digest: weekly, on each person's digest day (default Monday) from <see cref="DigestsFrom"/>, their items
/// due within 30 days or overdue, judged as "My actions" and the dashboard judge them (<see cref="DeadlineStatusRule"/>);
/// none when nothing is due.</item>
/// <item>sign-off-digest: daily from <see cref="DigestsFrom"/>, while completions await sign-off, to each board account.</item>
/// <item>sign-off-decision: to each person who answers for an item, when the board signs off or rejects its completion (with
/// the board's note). Found from the scores themselves, not queued by the sign-off endpoint: the decision row cannot be
/// lost, and the dedupe key (score and decision time) cannot be queued twice.</item>
/// <item>review-closed: when a review closes, to the administrators and the review's reviewer (when the name is a person
/// with an email), the list of who did not update; none when everyone did.</item>
/// </list>
/// Each respects the person's choices (<see cref="MailPreferences"/>).
/// </summary>
public sealed class Digests(Database database, Clock clock, TrackerSettings settings, ILogger<Digests> logger)
{
    /// <summary>The digests wait for the working day: none before 07:00 UK time.</summary>
    public static readonly TimeOnly DigestsFrom = new(7, 0);

    /// <summary>How far back a sign-off decision is still announced (after email was off for a while, older news is stale).</summary>
    public const int DecisionDays = 7;

    private sealed record Recipient(long? PersonId, string Name, string Email);

    private sealed class ScoreRow
    {
        public long ScoreId { get; init; }
        public string? Status { get; init; }
        public string? DecidedAt { get; init; }
        public string? Note { get; init; }
        public long ReviewId { get; init; }
        public string ReviewLabel { get; init; } = "";
        public long PlanId { get; init; }
        public string PlanTitle { get; init; } = "";
        public string ItemType { get; init; } = "";
        public long ItemId { get; init; }
        public string Text { get; init; } = "";
        public string? PriorityNumber { get; init; }
        public string? RecommendationNumber { get; init; }
        public string? ActionCode { get; init; }
        public string? MeasureNumber { get; init; }
        public string? Level { get; init; }

        public string Reference => string.Join(" / ", new[] { PriorityNumber, RecommendationNumber, ActionCode, MeasureNumber }
            .Where(part => !string.IsNullOrEmpty(part)));
    }

    private const string ScoresSql = """
        SELECT sc.id AS ScoreId, sc.sign_off_status AS Status, sc.sign_off_at AS DecidedAt, sc.sign_off_note AS Note,
               rv.id AS ReviewId, rv.label AS ReviewLabel, p.id AS PlanId, p.title AS PlanTitle,
               CASE WHEN sc.recommendation_id IS NOT NULL THEN 'recommendation' WHEN sc.action_id IS NOT NULL THEN 'action' ELSE 'measure' END AS ItemType,
               coalesce(sc.recommendation_id, sc.action_id, sc.measure_id) AS ItemId,
               CASE WHEN sc.recommendation_id IS NOT NULL THEN r.text WHEN sc.action_id IS NOT NULL THEN a.description ELSE m.text END AS Text,
               pr.number AS PriorityNumber, r.number AS RecommendationNumber,
               CASE WHEN sc.recommendation_id IS NULL THEN a.code END AS ActionCode, m.number AS MeasureNumber,
               l.value || ' (' || l.label || ')' AS Level
        FROM scores sc
        JOIN reviews rv ON rv.id = sc.review_id
        JOIN plans p ON p.id = rv.plan_id AND p.status = 'active'
        LEFT JOIN scale_levels l ON l.id = sc.level_id
        LEFT JOIN success_measures m ON m.id = sc.measure_id
        LEFT JOIN actions a ON a.id = coalesce(sc.action_id, m.action_id)
        LEFT JOIN recommendations r ON r.id = coalesce(sc.recommendation_id, a.recommendation_id)
        LEFT JOIN priorities pr ON pr.id = coalesce(a.priority_id, r.priority_id)
        """;

    private const string PeopleWithItemsSql = """
        SELECT id AS PersonId, name AS Name, trim(email) AS Email FROM people
        WHERE email IS NOT NULL AND trim(email) LIKE '%_@_%' AND id IN (SELECT person_id FROM item_people)
        ORDER BY id;
        """;

    // An account's address: its person's email, else its sign-in name when that is an address.
    private const string AccountsSql = """
        SELECT u.person_id AS PersonId, coalesce(pe.name, u.display_name) AS Name,
               CASE WHEN trim(coalesce(pe.email, '')) LIKE '%_@_%' THEN trim(pe.email) ELSE u.username END AS Email
        FROM users u LEFT JOIN people pe ON pe.id = u.person_id
        WHERE u.role = @Role AND u.is_disabled = 0
        ORDER BY u.id;
        """;

    /// <summary>Queues every digest and notice due now; returns how many emails were queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var preferences = await MailPreferences.LoadAsync(connection);
        var done = (await connection.QueryAsync<string>("SELECT event_key FROM mail_events;")).ToHashSet(StringComparer.Ordinal);
        var queued = 0;
        if (clock.TimeOfDay >= DigestsFrom)
        {
            queued += await DeadlinesAsync(connection, preferences, done, ct);
            queued += await SignOffDigestAsync(connection, preferences, done, ct);
        }
        queued += await DecisionsAsync(connection, preferences, ct);
        queued += await ClosedReviewsAsync(connection, preferences, done, ct);
        return queued;
    }

    private async Task<int> DeadlinesAsync(DbConnection connection, MailPreferences preferences, HashSet<string> done, CancellationToken ct)
    {
        var today = clock.Today;
        var key = $"{MailKinds.DeadlinesDigest}:{today:yyyy-MM-dd}";
        if (done.Contains(key)) return 0;
        var mails = new List<(Recipient Person, MailContent Content)>();
        foreach (var person in await connection.QueryAsync<Recipient>(PeopleWithItemsSql))
        {
            if (preferences.DigestDay(person.PersonId!.Value) != today.DayOfWeek || !preferences.Wants(person.PersonId, MailChoice.DeadlinesDigest)) continue;
            var (rows, _) = await MyItemsData.LoadAsync(connection, person.PersonId.Value);
            var due = rows.Select(r => (Row: r, Item: GetMyItems.Item(r, today)))
                .Where(x => x.Item.DeadlineStatus is DeadlineStatus.Overdue or DeadlineStatus.DueSoon)
                .DistinctBy(x => (x.Item.ItemType, x.Item.ItemId))
                .OrderBy(x => x.Item.DeadlineStatus != DeadlineStatus.Overdue).ToList();
            if (due.Count == 0) continue;
            var overdue = due.Count(x => x.Item.DeadlineStatus == DeadlineStatus.Overdue);
            var subject = $"Deadlines: {Count(overdue, "item")} overdue, {Count(due.Count - overdue, "item")} due within {DeadlineStatusRule.DueSoonDays} days";
            mails.Add((person, MailTemplates.For(new ListMail(subject, person.Name,
                $"Your items that are overdue or due within the next {DeadlineStatusRule.DueSoonDays} days, as of {MailTemplates.Date(today)}.",
                $"Your items with a deadline near or past ({Count(due.Count, "item")})",
                ["Reference", "Item", "Plan", "Deadline", "Status"],
                due.Select(x => (IReadOnlyList<string>)[x.Item.Reference, x.Item.Text, x.Row.PlanTitle, x.Item.DeadlineText ?? "",
                    ReportWords.DeadlineStatus(x.Item.DeadlineStatus)]).ToList(),
                "See your items in My actions", new Uri(settings.Mail.BaseUri, "my-actions"),
                "You receive this weekly digest because you lead or own these items. You can turn it off or change its day in your reminder settings."))));
        }
        return await RecordAsync(connection, key, MailKinds.DeadlinesDigest, null, null,
            mails.Select(m => ($"{MailKinds.DeadlinesDigest}:{IsoWeek(today)}:{m.Person.PersonId}", m.Person, m.Content)).ToList(), ct);
    }

    private async Task<int> SignOffDigestAsync(DbConnection connection, MailPreferences preferences, HashSet<string> done, CancellationToken ct)
    {
        var today = clock.Today;
        var key = $"{MailKinds.SignOffDigest}:{today:yyyy-MM-dd}";
        if (done.Contains(key)) return 0;
        var pending = (await connection.QueryAsync<ScoreRow>(ScoresSql + " WHERE sc.sign_off_status = 'pending' ORDER BY lower(p.title), p.id, sc.id;")).AsList();
        var mails = new List<(string, Recipient, MailContent)>();
        if (pending.Count > 0)
        {
            foreach (var board in await Accounts(connection, "board"))
            {
                if (!preferences.Wants(board.PersonId, MailChoice.SignOff)) continue;
                var subject = $"{Count(pending.Count, "completion")} awaiting sign-off";
                mails.Add(($"{key}:{board.Email.ToLowerInvariant()}", board, MailTemplates.For(new ListMail(subject, board.Name,
                    $"These items have been marked complete and wait for the board to sign them off, or reject them, after looking at the evidence ({MailTemplates.Date(today)}).",
                    $"Completions awaiting sign-off ({pending.Count})", ["Reference", "Item", "Plan", "Review", "Level"],
                    pending.Select(s => (IReadOnlyList<string>)[s.Reference, s.Text, s.PlanTitle, s.ReviewLabel, s.Level ?? ""]).ToList(),
                    "Open the tracker to sign them off", settings.Mail.BaseUri,
                    "You receive this daily digest, on days when completions await sign-off, because you are on the board in the improvement action-plan tracker."))));
            }
        }
        return await RecordAsync(connection, key, MailKinds.SignOffDigest, null, null, mails, ct);
    }

    private async Task<int> DecisionsAsync(DbConnection connection, MailPreferences preferences, CancellationToken ct)
    {
        await connection.ExecuteAsync("UPDATE mail_state SET decisions_since = @Now WHERE id = 1 AND decisions_since IS NULL;", new { Now = clock.NowText });
        var since = await connection.ExecuteScalarAsync<string>("SELECT decisions_since FROM mail_state WHERE id = 1;");
        var recent = Outbox.Text(clock.UtcNow.AddDays(-DecisionDays));
        var decisions = (await connection.QueryAsync<ScoreRow>(ScoresSql + """
             WHERE sc.sign_off_status IN ('signedOff', 'rejected') AND sc.sign_off_at >= @Since AND sc.sign_off_at >= @Recent
             ORDER BY sc.sign_off_at, sc.id;
            """, new { Since = since, Recent = recent })).AsList();
        var queued = 0;
        foreach (var d in decisions)
        {
            var dedupe = $"{MailKinds.SignOffDecision}:{d.ScoreId}:{d.DecidedAt}";
            var people = (await connection.QueryAsync<Recipient>($"""
                WITH answering_people (id) AS (SELECT DISTINCT person_id FROM item_people), {ScoreTarget.AnsweredByPeopleSql}
                SELECT p.id AS PersonId, p.name AS Name, trim(p.email) AS Email FROM people p
                WHERE p.id IN (SELECT person_id FROM answered_by WHERE item_type = @ItemType AND item_id = @ItemId)
                  AND p.email IS NOT NULL AND trim(p.email) LIKE '%_@_%'
                ORDER BY p.id;
                """, new { d.ItemType, d.ItemId })).Where(p => preferences.Wants(p.PersonId, MailChoice.SignOff)).ToList();
            var signedOff = d.Status == "signedOff";
            var subject = signedOff ? $"Signed off: {d.Reference} in {d.PlanTitle}" : $"Not signed off: {d.Reference} in {d.PlanTitle}";
            var opening = signedOff
                ? $"The board has signed off the completion of {d.Reference} in the review {d.ReviewLabel} of {d.PlanTitle}: it now counts as complete."
                : $"The board has not signed off the completion of {d.Reference} in the review {d.ReviewLabel} of {d.PlanTitle}. It says: \"{d.Note}\" Please update the item with what is missing.";
            await using var transaction = connection.BeginWriteTransaction();
            foreach (var person in people)
            {
                var content = MailTemplates.For(new ListMail(subject, person.Name, opening, "The item", ["Reference", "Item", "Decision", "Board's note"],
                    [[d.Reference, d.Text, signedOff ? "Signed off" : "Rejected", d.Note ?? "none"]],
                    signedOff ? "See your items in My actions" : "Update the item in My actions", new Uri(settings.Mail.BaseUri, "my-actions"),
                    "You receive this because you lead or own this item in the improvement action-plan tracker."));
                queued += await Queue(connection, transaction, $"{dedupe}:{person.PersonId}", MailKinds.SignOffDecision, person, d.PlanId, d.ReviewId, content);
            }
            await transaction.CommitAsync(ct);
        }
        return queued;
    }

    private async Task<int> ClosedReviewsAsync(DbConnection connection, MailPreferences preferences, HashSet<string> done, CancellationToken ct)
    {
        var closed = await connection.QueryAsync<(long Id, long PlanId, string PlanTitle, string Label, string? Reviewer)>("""
            SELECT r.id, r.plan_id, p.title, r.label, r.reviewer FROM reviews r JOIN plans p ON p.id = r.plan_id
            WHERE r.status = 'closed' ORDER BY r.id;
            """);
        var queued = 0;
        foreach (var review in closed)
        {
            var key = $"{MailKinds.ReviewClosed}:{review.Id}";
            if (done.Contains(key)) continue;
            var progress = await GetReviewProgress.LoadAsync(connection, review.PlanId, review.Id);
            var late = progress.People.Where(p => p.NotUpdated.Count > 0).ToList();
            var mails = new List<(string, Recipient, MailContent)>();
            if (late.Count > 0 || progress.Unassigned.Count > 0)
            {
                var leads = (await Accounts(connection, "administrator")).ToList();
                if (!string.IsNullOrWhiteSpace(review.Reviewer))
                    leads.InsertRange(0, await connection.QueryAsync<Recipient>("""
                        SELECT id AS PersonId, name AS Name, trim(email) AS Email FROM people
                        WHERE lower(name) = lower(trim(@Reviewer)) AND trim(coalesce(email, '')) LIKE '%_@_%';
                        """, new { review.Reviewer }));
                var rows = late.Select(p => (IReadOnlyList<string>)[p.DisplayName, p.Email ?? "no email",
                        $"{p.NotUpdated.Count} of {p.ItemCount}", string.Join("; ", p.NotUpdated.Select(i => i.Reference))]).ToList();
                if (progress.Unassigned.Count > 0)
                    rows.Add(["Nobody named", "", $"{progress.Unassigned.Count}", string.Join("; ", progress.Unassigned.Select(i => i.Reference))]);
                var subject = $"{review.PlanTitle}: review {review.Label} closed – {Count(late.Count, "person", "people")} did not update";
                foreach (var lead in leads.DistinctBy(l => l.Email.ToLowerInvariant()).Where(l => preferences.Wants(l.PersonId, MailChoice.ReviewClosed)))
                    mails.Add(($"{key}:{lead.Email.ToLowerInvariant()}", lead, MailTemplates.For(new ListMail(subject, lead.Name,
                        $"The review {review.Label} of {review.PlanTitle} has closed. {progress.NotUpdatedCount} of {progress.ItemCount} items were not updated; these people did not update all of theirs.",
                        "Who did not update", ["Person", "Email", "Items not updated", "References"], rows,
                        "See the review's progress in the tracker", new Uri(settings.Mail.BaseUri, $"plans/{review.PlanId}"),
                        "You receive this because you run the tracker or are the review's reviewer."))));
            }
            queued += await RecordAsync(connection, key, MailKinds.ReviewClosed, review.PlanId, review.Id, mails, ct);
        }
        return queued;
    }

    private static async Task<IEnumerable<Recipient>> Accounts(DbConnection connection, string role) =>
        (await connection.QueryAsync<Recipient>(AccountsSql, new { Role = role })).Where(r => r.Email.Contains('@'))
            .DistinctBy(r => r.Email.ToLowerInvariant());

    /// <summary>Records the event and queues its emails in one transaction; nothing when another tick recorded it first.</summary>
    private async Task<int> RecordAsync(DbConnection connection, string key, string kind, long? planId, long? reviewId,
        IReadOnlyList<(string Dedupe, Recipient Person, MailContent Content)> mails, CancellationToken ct)
    {
        await using var transaction = connection.BeginWriteTransaction();
        var recorded = await connection.ExecuteAsync("""
            INSERT INTO mail_events (event_key, kind, review_id, occurred_at, emails) VALUES (@Key, @Kind, @ReviewId, @Now, @Emails)
            ON CONFLICT (event_key) DO NOTHING;
            """, new { Key = key, Kind = kind, ReviewId = reviewId, Now = clock.NowText, Emails = mails.Count }, transaction);
        if (recorded == 0) return 0;
        var queued = 0;
        foreach (var (dedupe, person, content) in mails)
            queued += await Queue(connection, transaction, dedupe, kind, person, planId, reviewId, content);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Email event {Event}: {Count} emails queued", key, queued);
        return queued;
    }

    private Task<int> Queue(DbConnection connection, DbTransaction transaction, string dedupe, string kind, Recipient person,
        long? planId, long? reviewId, MailContent content) =>
        connection.ExecuteAsync(Outbox.QueueSql, new
        {
            DedupeKey = dedupe, Kind = kind, person.PersonId, RecipientName = person.Name, RecipientEmail = person.Email,
            PlanId = planId, ReviewId = reviewId, content.Subject, TextBody = content.Text, HtmlBody = content.Html, Now = clock.NowText,
        }, transaction);

    private static string IsoWeek(DateOnly day) =>
        $"{System.Globalization.ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{System.Globalization.ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}";

    private static string Count(int n, string one, string? many = null) => n == 1 ? $"1 {one}" : $"{n} {many ?? one + "s"}";
}

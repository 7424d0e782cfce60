using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Mail;

/// <summary>The kinds of email a person may turn on or off (db/0033: a column each in mail_preferences and mail_state).</summary>
public enum MailChoice
{
    /// <summary>The review's opening, the reminder before the "updates due by" date and the last-day reminder.</summary>
    ReviewReminders,
    /// <summary>The weekly digest of items due within 30 days and overdue.</summary>
    DeadlinesDigest,
    /// <summary>The board's daily digest of completions awaiting sign-off, and the manager's email on a decision.</summary>
    SignOff,
    /// <summary>After a review closes, the list of who did not update.</summary>
    ReviewClosed,
}

/// <summary>Everyone's choices as one tick reads them: a person's own where they made one, otherwise the administrator's default.</summary>
public sealed class MailPreferences
{
    private sealed class Row
    {
        public long? PersonId { get; init; }
        public bool? ReviewReminders { get; init; }
        public bool? DeadlinesDigest { get; init; }
        public bool? SignOff { get; init; }
        public bool? ReviewClosed { get; init; }
        public int? DigestDay { get; init; }
    }

    private readonly Row defaults;
    private readonly Dictionary<long, Row> people;

    private MailPreferences(Row defaults, Dictionary<long, Row> people)
    {
        this.defaults = defaults;
        this.people = people;
    }

    public static async Task<MailPreferences> LoadAsync(DbConnection connection, DbTransaction? transaction = null)
    {
        var defaults = await connection.QuerySingleAsync<Row>("""
            SELECT default_review_reminders AS ReviewReminders, default_deadlines_digest AS DeadlinesDigest,
                   default_sign_off AS SignOff, default_review_closed AS ReviewClosed, default_digest_day AS DigestDay
            FROM mail_state WHERE id = 1;
            """, transaction: transaction);
        var rows = await connection.QueryAsync<Row>("""
            SELECT person_id AS PersonId, review_reminders AS ReviewReminders, deadlines_digest AS DeadlinesDigest,
                   sign_off AS SignOff, review_closed AS ReviewClosed, digest_day AS DigestDay
            FROM mail_preferences;
            """, transaction: transaction);
        return new MailPreferences(defaults, rows.ToDictionary(r => r.PersonId!.Value));
    }

    /// <summary>Whether the person (null: someone who is not a person in the tracker, e.g. a board account without one) wants this kind.</summary>
    public bool Wants(long? personId, MailChoice choice)
    {
        var own = personId is { } id ? people.GetValueOrDefault(id) : null;
        return choice switch
        {
            MailChoice.ReviewReminders => own?.ReviewReminders ?? defaults.ReviewReminders!.Value,
            MailChoice.DeadlinesDigest => own?.DeadlinesDigest ?? defaults.DeadlinesDigest!.Value,
            MailChoice.SignOff => own?.SignOff ?? defaults.SignOff!.Value,
            MailChoice.ReviewClosed => own?.ReviewClosed ?? defaults.ReviewClosed!.Value,
            _ => throw new ArgumentOutOfRangeException(nameof(choice)),
        };
    }

    /// <summary>The day of the week the person's weekly digest goes.</summary>
    public DayOfWeek DigestDay(long personId) =>
        (DayOfWeek)(people.GetValueOrDefault(personId)?.DigestDay ?? defaults.DigestDay!.Value);
}

using Dapper;
using System.Data.Common;

namespace ActionPlanTracker.Features.Mail;

/// <summary>One outbox row as the sender reads it.</summary>
public sealed class OutboxRow
{
    public long Id { get; init; }
    public string DedupeKey { get; init; } = "";
    public string Kind { get; init; } = "";
    public long? PersonId { get; init; }
    public string RecipientName { get; init; } = "";
    public string RecipientEmail { get; init; } = "";
    public long? PlanId { get; init; }
    public long? ReviewId { get; init; }
    public string Subject { get; init; } = "";
    public string TextBody { get; init; } = "";
    public string HtmlBody { get; init; } = "";
    public int Attempts { get; init; }
}

/// <summary>The SQL of the outbox (db/0032): queue, claim, and record the outcome of each email.</summary>
public static class Outbox
{
    /// <summary>A claim older than this is taken to belong to a sender that died mid-send, and the row is sent again.</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(10);

    /// <summary>Waits after the 1st, 2nd, 3rd and every later failure: 1, 5, 15, then 60 minutes.</summary>
    public static TimeSpan BackOff(int attempts) => TimeSpan.FromMinutes(attempts switch { <= 1 => 1, 2 => 5, 3 => 15, _ => 60 });

    /// <summary>Queues an email unless one with the same dedupe key exists; true when this call queued it.</summary>
    public const string QueueSql = """
        INSERT INTO mail_outbox (dedupe_key, kind, person_id, recipient_name, recipient_email, plan_id, review_id,
                                 subject, text_body, html_body, created_at, next_attempt_at)
        VALUES (@DedupeKey, @Kind, @PersonId, @RecipientName, @RecipientEmail, @PlanId, @ReviewId,
                @Subject, @TextBody, @HtmlBody, @Now, @Now)
        ON CONFLICT (dedupe_key) DO NOTHING;
        """;

    public const string DueSql = """
        SELECT id FROM mail_outbox
        WHERE status = 'waiting' AND next_attempt_at <= @Now AND (claimed_at IS NULL OR claimed_at < @StaleBefore)
        ORDER BY next_attempt_at, id LIMIT @Limit;
        """;

    /// <summary>
    /// Takes a row for this sender: only one UPDATE can change it while it is unclaimed (or its claim is stale), so two
    /// ticks or two instances never both send it. Returns the row, or nothing when another sender has it.
    /// </summary>
    public const string ClaimSql = """
        UPDATE mail_outbox SET claimed_at = @Now
        WHERE id = @Id AND status = 'waiting' AND next_attempt_at <= @Now AND (claimed_at IS NULL OR claimed_at < @StaleBefore)
        RETURNING id AS Id, dedupe_key AS DedupeKey, kind AS Kind, person_id AS PersonId, recipient_name AS RecipientName,
                  recipient_email AS RecipientEmail, plan_id AS PlanId, review_id AS ReviewId, subject AS Subject,
                  text_body AS TextBody, html_body AS HtmlBody, attempts AS Attempts;
        """;

    public const string SentSql = """
        UPDATE mail_outbox SET status = 'sent', sent_at = @Now, attempts = attempts + 1, claimed_at = NULL, last_error = NULL
        WHERE id = @Id;
        """;

    /// <summary>Back in the queue for a later attempt, or failed for good when @Failed.</summary>
    public const string NotSentSql = """
        UPDATE mail_outbox SET status = CASE WHEN @Failed = 1 THEN 'failed' ELSE 'waiting' END, attempts = attempts + 1,
               next_attempt_at = @NextAttemptAt, claimed_at = NULL, last_error = @Error
        WHERE id = @Id;
        """;

    public static async Task<bool> IsPausedAsync(DbConnection connection) =>
        await connection.ExecuteScalarAsync<bool>("SELECT sending_paused FROM mail_state WHERE id = 1;");

    public static string Text(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

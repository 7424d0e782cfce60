using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Mail;

public sealed record OutboxRequest
{
    /// <summary>Sent emails from this many days back are listed (default 7); waiting and failed ones always are.</summary>
    [QueryParam] public int? SentDays { get; init; }
}

/// <summary>The email state an administrator needs: whether email is on, and what is waiting, failed or recently sent.</summary>
public sealed record OutboxResponse
{
    /// <summary>Email is on by the settings (Tracker:Mail:Enabled, and not a demo install unless SendFromDemo).</summary>
    public bool Configured { get; init; }
    /// <summary>An administrator has turned email off (PUT /api/admin/mail/sending): nothing is queued or sent.</summary>
    public bool Paused { get; init; }
    /// <summary>The version of the switch, also sent as the ETag, for If-Match on PUT /api/admin/mail/sending.</summary>
    public long Version { get; init; }
    /// <summary>While it is quiet hours (Tracker:Mail:QuietHours), when they end and email goes again (UTC, ISO 8601); otherwise null.</summary>
    public string? QuietUntil { get; init; }
    public int WaitingCount { get; init; }
    public int FailedCount { get; init; }
    public int SentCount { get; init; }
    /// <summary>Waiting first (soonest attempt first), then failed, then sent (newest first).</summary>
    public IReadOnlyList<OutboxEmail> Emails { get; init; } = [];
}

public sealed record OutboxEmail
{
    public long Id { get; init; }
    /// <summary>review-opened, updates-due-reminder or last-day-reminder.</summary>
    public string Kind { get; init; } = "";
    /// <summary>waiting, failed or sent.</summary>
    public string Status { get; init; } = "";
    public long? PersonId { get; init; }
    public string RecipientName { get; init; } = "";
    public string RecipientEmail { get; init; } = "";
    public long? PlanId { get; init; }
    public long? ReviewId { get; init; }
    public string Subject { get; init; } = "";
    public string CreatedAt { get; init; } = "";
    public int Attempts { get; init; }
    /// <summary>When a waiting email is next tried.</summary>
    public string? NextAttemptAt { get; init; }
    /// <summary>
    /// When a waiting email can next go: its next attempt, or the end of the quiet hours that time falls in (UTC,
    /// ISO 8601); null unless waiting.
    /// </summary>
    public string? SendsAt { get; init; }
    /// <summary>What the SMTP server said (or why it could not be reached) at the last failed attempt.</summary>
    public string? LastError { get; init; }
    public string? SentAt { get; init; }
}

public sealed class GetOutbox(Database database, Clock clock, TrackerSettings settings, QuietHours quiet) : Endpoint<OutboxRequest, OutboxResponse>
{
    public sealed class Validator : Validator<OutboxRequest>
    {
        public Validator() => RuleFor(r => r.SentDays).InclusiveBetween(0, 366).WithMessage("sentDays must be between 0 and 366.");
    }

    private const string ListSql = """
        SELECT id AS Id, kind AS Kind, status AS Status, person_id AS PersonId, recipient_name AS RecipientName,
               recipient_email AS RecipientEmail, plan_id AS PlanId, review_id AS ReviewId, subject AS Subject,
               created_at AS CreatedAt, attempts AS Attempts, CASE status WHEN 'waiting' THEN next_attempt_at END AS NextAttemptAt,
               last_error AS LastError, sent_at AS SentAt
        FROM mail_outbox
        WHERE status <> 'sent' OR sent_at >= @SentSince
        ORDER BY CASE status WHEN 'waiting' THEN 0 WHEN 'failed' THEN 1 ELSE 2 END,
                 CASE status WHEN 'waiting' THEN next_attempt_at END, coalesce(sent_at, created_at) DESC, id DESC
        LIMIT 1000;

        SELECT sending_paused AS Paused, row_version AS Version FROM mail_state WHERE id = 1;
        """;

    private sealed class State
    {
        public bool Paused { get; init; }
        public long Version { get; init; }
    }

    public override void Configure()
    {
        Get("/admin/mail/outbox");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<OutboxResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403).ClearDefaultAccepts());
        Summary(s =>
        {
            s.Summary = "The email outbox: what is waiting, failed or was sent recently (administrators only)";
            s.Description = "Whether email is configured and whether an administrator has paused it; then each email waiting (with its " +
                            "attempts and last error), each that failed for good, and those sent in the last sentDays days (at most 1000).";
        });
    }

    public override async Task HandleAsync(OutboxRequest request, CancellationToken ct)
    {
        this.RequireAdministrator(HttpContext);
        var since = Outbox.Text(clock.UtcNow.AddDays(-(request.SentDays ?? 7)));
        await using var connection = await database.OpenAsync(ct);
        using var batch = await connection.QueryMultipleAsync(ListSql, new { SentSince = since });
        var now = clock.UtcNow;
        var emails = (await batch.ReadAsync<OutboxEmail>())
            .Select(e => e.NextAttemptAt is { } next ? e with { SendsAt = Outbox.Text(quiet.NextSendable(Later(now, next))) } : e).ToList();
        var state = await batch.ReadSingleAsync<State>();
        Etags.Set(HttpContext, state.Version);
        await Send.OkAsync(new OutboxResponse
        {
            Configured = settings.Mail.Sends(settings.SeedDemoData), Paused = state.Paused, Version = state.Version,
            QuietUntil = quiet.IsQuiet(now) ? Outbox.Text(quiet.NextSendable(now)) : null,
            WaitingCount = emails.Count(e => e.Status == "waiting"), FailedCount = emails.Count(e => e.Status == "failed"),
            SentCount = emails.Count(e => e.Status == "sent"), Emails = emails,
        }, ct);
    }

    /// <summary>The later of now and a stored next attempt (an overdue row goes at the next tick, not in the past).</summary>
    private static DateTimeOffset Later(DateTimeOffset now, string next) =>
        DateTimeOffset.TryParse(next, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) && at > now ? at : now;
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Mail;

/// <summary>The defaults for whoever has not chosen (PUT /api/admin/mail/reminder-defaults).</summary>
public sealed record SetReminderDefaultsRequest : ReminderChoices;

public sealed class SetReminderDefaults(Database database, Clock clock, TrackerSettings settings) : Endpoint<SetReminderDefaultsRequest, ReminderDefaultsResponse>
{
    public sealed class Validator : Validator<SetReminderDefaultsRequest>
    {
        public Validator() => Include(new ReminderDays.ChoicesValidator());
    }

    public override void Configure()
    {
        Put("/admin/mail/reminder-defaults");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<ReminderDefaultsResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Set the reminders everyone receives until they choose otherwise (administrators only)";
            s.Description = "A person's own choices are kept. If-Match takes the ETag of GET /api/admin/mail/reminder-defaults (the email settings row, shared with the on/off switch).";
        });
    }

    public override async Task HandleAsync(SetReminderDefaultsRequest request, CancellationToken ct)
    {
        this.RequireAdministrator(HttpContext);
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var before = await MyReminderData.DefaultsAsync(connection, transaction);
        Etags.Require(this, HttpContext, before.Version);
        await connection.ExecuteAsync("""
            UPDATE mail_state SET default_review_reminders = @ReviewReminders, default_deadlines_digest = @DeadlinesDigest,
                default_sign_off = @SignOff, default_review_closed = @ReviewClosed, default_digest_day = @Day,
                row_version = row_version + 1, updated_at = @Now
            WHERE id = 1;
            """, new { request.ReviewReminders, request.DeadlinesDigest, request.SignOff, request.ReviewClosed, Day = ReminderDays.Number(request.DigestDay!), write.Now },
            transaction);
        var after = await MyReminderData.DefaultsAsync(connection, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "mailSettings", 1, null, before, after);
        await transaction.CommitAsync(ct);
        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after with { ReminderDaysBefore = settings.Mail.ReminderDaysBefore }, ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Mail;

/// <summary>The defaults for whoever has not chosen (PUT /api/admin/mail/reminder-defaults).</summary>
public sealed record SetReminderDefaultsRequest : ReminderChoices
{
    /// <summary>Days before a review's "updates due by" date that the reminder goes to those still to update: 1 to 14.</summary>
    public int? DaysBefore { get; init; }
}

public sealed class SetReminderDefaults(Database database, Clock clock) : Endpoint<SetReminderDefaultsRequest, ReminderDefaultsResponse>
{
    public sealed class Validator : Validator<SetReminderDefaultsRequest>
    {
        public Validator()
        {
            Include(new ReminderDays.ChoicesValidator());
            RuleFor(r => r.DaysBefore).NotNull().WithMessage("Enter how many days before the “updates due by” date the reminder goes.")
                .InclusiveBetween(1, 14).WithMessage("The reminder goes between 1 and 14 days before the “updates due by” date.");
        }
    }

    public override void Configure()
    {
        Put("/admin/mail/reminder-defaults");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<ReminderDefaultsResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Set the reminders everyone receives until they choose otherwise, and the days before a review's \"updates due by\" date that its reminder goes (administrators only)";
            s.Description = "A person's own choices are kept. daysBefore (1 to 14) is for everyone. If-Match takes the ETag of GET /api/admin/mail/reminder-defaults (the email settings row, shared with the on/off switch).";
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
                reminder_days_before = @DaysBefore, row_version = row_version + 1, updated_at = @Now
            WHERE id = 1;
            """, new { request.ReviewReminders, request.DeadlinesDigest, request.SignOff, request.ReviewClosed, Day = ReminderDays.Number(request.DigestDay!), request.DaysBefore, write.Now },
            transaction);
        var after = await MyReminderData.DefaultsAsync(connection, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "mailSettings", 1, null, before, after);
        await transaction.CommitAsync(ct);
        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

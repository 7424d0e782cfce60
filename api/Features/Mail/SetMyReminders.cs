using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Mail;

/// <summary>A person's own choices (PUT /api/me/reminders).</summary>
public sealed record SetMyRemindersRequest : ReminderChoices;

public sealed class SetMyReminders(Database database, Clock clock) : Endpoint<SetMyRemindersRequest, MyRemindersResponse>
{
    public sealed class Validator : Validator<SetMyRemindersRequest>
    {
        public Validator() => Include(new ReminderDays.ChoicesValidator());
    }

    public override void Configure()
    {
        Put("/me/reminders");
        Roles(Allowed.Readers);
        Description(b => b.Produces<MyRemindersResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(409)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Choose which reminder emails I receive, and my digest day";
            s.Description = "Every field is required. 409 when the account is not linked to a person (emails go to people; an administrator links them).";
        });
    }

    public override async Task HandleAsync(SetMyRemindersRequest request, CancellationToken ct)
    {
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var personId = SignedInUser.From(User)?.PersonId;
        var before = await MyReminderData.ReadAsync(connection, personId, transaction);
        if (personId is null)
            this.Conflict("personId", "Your account is not linked to a person in the tracker, so the administrator's defaults apply. Ask an administrator to link it.");
        Etags.Require(this, HttpContext, before.Version);
        await connection.ExecuteAsync("""
            INSERT INTO mail_preferences (person_id, review_reminders, deadlines_digest, sign_off, review_closed, digest_day, updated_at)
            VALUES (@PersonId, @ReviewReminders, @DeadlinesDigest, @SignOff, @ReviewClosed, @Day, @Now)
            ON CONFLICT (person_id) DO UPDATE SET review_reminders = excluded.review_reminders, deadlines_digest = excluded.deadlines_digest,
                sign_off = excluded.sign_off, review_closed = excluded.review_closed, digest_day = excluded.digest_day,
                updated_at = excluded.updated_at, row_version = mail_preferences.row_version + 1;
            """, new
        {
            PersonId = personId, request.ReviewReminders, request.DeadlinesDigest, request.SignOff, request.ReviewClosed,
            Day = ReminderDays.Number(request.DigestDay!), write.Now,
        }, transaction);
        var after = await MyReminderData.ReadAsync(connection, personId, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "mailPreferences", personId!.Value, null, before, after);
        await transaction.CommitAsync(ct);
        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Mail;

public sealed record SetMailSendingRequest
{
    /// <summary>True turns email off entirely (nothing is queued or sent) until it is set back to false.</summary>
    public bool? Paused { get; init; }
}

public sealed record MailSendingResponse
{
    public bool Paused { get; init; }
    /// <summary>Also sent as the ETag.</summary>
    public long Version { get; init; }
    /// <summary>When an administrator last changed it; null when never.</summary>
    public string? UpdatedAt { get; init; }
}

public sealed class SetMailSending(Database database, Clock clock, MailSignal mail) : Endpoint<SetMailSendingRequest, MailSendingResponse>
{
    public sealed class Validator : Validator<SetMailSendingRequest>
    {
        public Validator() => RuleFor(r => r.Paused).NotNull().WithMessage("paused must be true or false.");
    }

    private const string FindSql = "SELECT sending_paused AS Paused, row_version AS Version, updated_at AS UpdatedAt FROM mail_state WHERE id = 1;";

    public override void Configure()
    {
        Put("/admin/mail/sending");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<MailSendingResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Turn email off entirely, or back on (administrators only)";
            s.Description = "While paused, the tracker queues and sends nothing; events that fall due meanwhile are dealt with when it is " +
                            "turned back on (a review opened meanwhile is announced then; a reminder whose days have passed is not sent). " +
                            "If-Match takes the ETag of GET /api/admin/mail/outbox.";
        });
    }

    public override async Task HandleAsync(SetMailSendingRequest request, CancellationToken ct)
    {
        this.RequireAdministrator(HttpContext);
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();
        var before = await connection.QuerySingleAsync<MailSendingResponse>(FindSql, transaction: transaction);
        Etags.Require(this, HttpContext, before.Version);
        await connection.ExecuteAsync(
            "UPDATE mail_state SET sending_paused = @Paused, row_version = row_version + 1, updated_at = @Now WHERE id = 1;",
            new { request.Paused, write.Now }, transaction);
        var after = await connection.QuerySingleAsync<MailSendingResponse>(FindSql, transaction: transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "mailSettings", 1, null, before, after);
        await transaction.CommitAsync(ct);
        // Its emails (a review's opening or closing, a decision; or what waited while email was off) go now, not at the next poll.
        mail.Poke();
        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using Dapper;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace ActionPlanTracker.Features.Mail;

/// <summary>
/// Sends the outbox's due rows over one SMTP connection per batch. Each row is claimed first (<see cref="Outbox.ClaimSql"/>),
/// then marked sent with an audit record in one transaction. When the server cannot be reached, or answers with a
/// temporary (4xx) refusal, each row tried keeps its error and waits (<see cref="Outbox.BackOff"/>); a permanent (5xx)
/// refusal of the recipient, sender or message marks the row failed at once. Nothing is ever deleted.
/// </summary>
public sealed class MailSender(Database database, Clock clock, TrackerSettings settings, QuietHours quiet, ILogger<MailSender> logger)
{
    private const int BatchSize = 50;

    /// <summary>Sends what is due now; returns how many emails went.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        var mail = settings.Mail;
        var now = clock.UtcNow;
        // In quiet hours everything waits, queued, until they end (the next tick after that sends it).
        if (quiet.IsQuiet(now)) return 0;
        await using var connection = await database.OpenAsync(ct);
        var due = (await connection.QueryAsync<long>(Outbox.DueSql, Times(now, new { Limit = BatchSize }))).AsList();
        if (due.Count == 0) return 0;

        using var smtp = new SmtpClient { Timeout = 30_000 };
        var sent = 0;
        string? unreachable = null;
        foreach (var id in due)
        {
            ct.ThrowIfCancellationRequested();
            now = clock.UtcNow;
            var row = await connection.QuerySingleOrDefaultAsync<OutboxRow>(Outbox.ClaimSql, Times(now, new { Id = id }));
            if (row is null) continue;
            try
            {
                // A server that refused the connection refuses the whole batch: each row keeps that error and waits.
                if (unreachable is not null) throw new UnreachableServer(unreachable);
                if (!smtp.IsConnected)
                {
                    await smtp.ConnectAsync(mail.Host!, mail.Port, Socket(mail.Security), ct);
                    if (!string.IsNullOrEmpty(mail.UserName)) await smtp.AuthenticateAsync(mail.UserName, mail.Password!, ct);
                }
                await smtp.SendAsync(Message(row), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                var permanent = e is SmtpCommandException { StatusCode: >= (SmtpStatusCode)500 } command
                                && command.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.MessageNotAccepted;
                var failed = permanent || row.Attempts + 1 >= mail.MaxAttempts;
                var error = e is UnreachableServer ? e.Message : Describe(e);
                await connection.ExecuteAsync(Outbox.NotSentSql, new
                {
                    row.Id, Failed = failed, Error = error, NextAttemptAt = Outbox.Text(clock.UtcNow + Outbox.BackOff(row.Attempts + 1)),
                });
                if (failed) logger.LogError("Email {Id} ({Key}) to {Email} failed for good: {Error}", row.Id, row.DedupeKey, row.RecipientEmail, error);
                else logger.LogWarning("Email {Id} ({Key}) not sent, attempt {Attempt}: {Error}", row.Id, row.DedupeKey, row.Attempts + 1, error);
                if (!smtp.IsConnected) unreachable ??= error;
                continue;
            }

            await using var transaction = connection.BeginWriteTransaction();
            var at = clock.NowText;
            await connection.ExecuteAsync(Outbox.SentSql, new { row.Id, Now = at }, transaction);
            await AuditLog.RecordAsync(connection, transaction, new WriteContext("email", at), "email", row.Id, null, null, new
            {
                row.Kind, row.DedupeKey, To = row.RecipientEmail, row.PersonId, row.PlanId, row.ReviewId, row.Subject, SentAt = at,
            });
            await transaction.CommitAsync(ct);
            sent++;
        }
        if (smtp.IsConnected)
        {
            try { await smtp.DisconnectAsync(quit: true, ct); }
            catch (Exception e) when (e is IOException or ProtocolException or System.Net.Sockets.SocketException) { }
        }
        return sent;
    }

    private sealed class UnreachableServer(string message) : Exception(message);

    private static object Times(DateTimeOffset now, object extra)
    {
        var parameters = new DynamicParameters(extra);
        parameters.Add("Now", Outbox.Text(now));
        parameters.Add("StaleBefore", Outbox.Text(now - Outbox.StaleClaim));
        return parameters;
    }

    private MimeMessage Message(OutboxRow row)
    {
        var mail = settings.Mail;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(mail.From.DisplayName, mail.From.Address!));
        message.To.Add(new MailboxAddress(row.RecipientName, row.RecipientEmail));
        message.Subject = row.Subject;
        // The same Message-ID on a resend after a crash lets mail clients show it once.
        message.MessageId = $"{row.DedupeKey.Replace(':', '.')}@{mail.BaseUri.Host}";
        // RFC 3834: an automatic message, so out-of-office replies are not sent back to it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody }.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions Socket(MailSecurity security) => security switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };

    private static string Describe(Exception e) => e switch
    {
        SmtpCommandException c => $"The SMTP server refused ({(int)c.StatusCode}): {c.Message}",
        SmtpProtocolException p => $"SMTP protocol error: {p.Message}",
        System.Net.Sockets.SocketException s => $"Cannot connect to the SMTP server: {s.Message}",
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}

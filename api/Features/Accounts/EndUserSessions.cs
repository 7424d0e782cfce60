using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Accounts;

/// <summary>
/// An administrator signs an account out everywhere (a lost laptop, a shared computer): every session row of the
/// account goes, so its cookies stop working at their next request. Its API tokens are untouched (revoke those, or
/// disable the account). Nothing on the account changes, so no If-Match: ending sessions twice is harmless.
/// </summary>
public sealed class EndUserSessions(Database database, Clock clock) : Endpoint<UserIdRequest>
{
    public override void Configure()
    {
        Delete("/users/{userId}/sessions");
        Options(b => b.WithMetadata(WithoutIfMatch.Instance));
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404));
        Summary(s =>
        {
            s.Summary = "End all of an account's sessions (administrators only)";
            s.Description = "Signs the account out of every browser at once; it can sign in again. API tokens are not affected. Audited.";
        });
    }

    public override async Task HandleAsync(UserIdRequest request, CancellationToken ct)
    {
        this.RequireAdministrator(HttpContext);
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var user = await UserData.FindAsync(connection, request.UserId, transaction);
        if (user is null) this.NotFound("userId", $"No account has id {request.UserId}.");
        var ended = await Sessions.EndAllAsync(connection, transaction, user.Id);
        // An "update" of the account (audit_log.change allows only create/update/delete), as sign-in is.
        await AuditLog.RecordAsync(connection, transaction, write, "user", user.Id, null, new { OpenSessions = ended },
            new { Event = "sessionsEnded", Ended = ended });
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

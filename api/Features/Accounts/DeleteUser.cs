using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;

namespace ActionPlanTracker.Features.Accounts;

public sealed class DeleteUser(Database database, Clock clock) : Endpoint<UserIdRequest>
{
    public override void Configure()
    {
        Delete("/users/{userId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces(204).ProducesProblemDetails(401).ProducesProblemDetails(403).ProducesProblemDetails(404)
            .ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Delete an account and its API tokens (administrators only; the audit log keeps its history)";
            s.Description = "You cannot delete your own account, nor the last enabled administrator. Disabling keeps the account for the record.";
        });
    }

    public override async Task HandleAsync(UserIdRequest request, CancellationToken ct)
    {
        var me = this.RequireAdministrator(HttpContext);
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await UserData.FindAsync(connection, request.UserId, transaction);
        if (before is null) this.NotFound("userId", $"No account has id {request.UserId}.");
        Etags.Require(this, HttpContext, before.Version);
        if (before.Id == me.Id) this.Conflict("userId", "You cannot delete your own account; ask another administrator.");
        if (await UserData.IsLastAdministratorAsync(connection, before, transaction))
            this.Conflict("userId", "This is the only enabled administrator; make someone else an administrator first.");

        await connection.ExecuteAsync("DELETE FROM users WHERE id = @userId", new { userId = request.UserId }, transaction);
        await AuditLog.RecordAsync(connection, transaction, write, "user", before.Id, null, before, null);
        await transaction.CommitAsync(ct);
        await Send.NoContentAsync(ct);
    }
}

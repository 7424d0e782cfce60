using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Accounts;

public sealed record SetUserPasswordRequest
{
    [RouteParam] public long UserId { get; init; }
    public string NewPassword { get; init; } = "";
}

public sealed class SetUserPassword(Database database, Clock clock, Passwords passwords) : Endpoint<SetUserPasswordRequest, UserResponse>
{
    public sealed class Validator : Validator<SetUserPasswordRequest>
    {
        public Validator() => RuleFor(r => r.NewPassword).ValidNewPassword(Resolve<TrackerSettings>().PasswordMinimumLength);
    }

    public override void Configure()
    {
        Put("/users/{userId}/password");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<UserResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(404).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Reset an account's password (administrators only)";
            s.Description = "Also lifts a lock-out and ends the account's open sessions. The password is never returned.";
        });
    }

    public override async Task HandleAsync(SetUserPasswordRequest request, CancellationToken ct)
    {
        this.RequireAdministrator(HttpContext);
        var write = Writer.For(HttpContext, clock);
        // Hashed before the transaction: PBKDF2 is slow, and nobody else may write while a transaction is open.
        var passwordHash = passwords.Hash(request.NewPassword);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await UserData.FindAsync(connection, request.UserId, transaction);
        if (before is null) this.NotFound("userId", $"No account has id {request.UserId}.");
        Etags.Require(this, HttpContext, before.Version);

        await connection.ExecuteAsync(UserData.SetPasswordSql, new
        {
            request.UserId, before.Version, PasswordHash = passwordHash, write.Now,
        }, transaction);
        await Sessions.EndAllAsync(connection, transaction, request.UserId);
        var after = (await UserData.FindAsync(connection, request.UserId, transaction))!;
        // The audit entry says a reset happened; the password and its hash appear nowhere.
        await AuditLog.RecordAsync(connection, transaction, write, "user", after.Id, null, before, new { Event = "passwordReset", User = after });
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

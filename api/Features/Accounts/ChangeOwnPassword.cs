using ActionPlanTracker.OpenApi;
using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace ActionPlanTracker.Features.Accounts;

public sealed record ChangeOwnPasswordRequest
{
    public string CurrentPassword { get; init; } = "";
    public string NewPassword { get; init; } = "";
}

public sealed class ChangeOwnPassword(Database database, Clock clock, Passwords passwords) : Endpoint<ChangeOwnPasswordRequest>
{
    public sealed class Validator : Validator<ChangeOwnPasswordRequest>
    {
        public Validator()
        {
            var settings = Resolve<TrackerSettings>();
            RuleFor(r => r.CurrentPassword).NotEmpty().WithMessage("Enter your current password.").MaximumLength(Passwords.MaximumLength);
            RuleFor(r => r.NewPassword).ValidNewPassword(settings.PasswordMinimumLength)
                .NotEqual(r => r.CurrentPassword).WithMessage("Choose a new password that differs from the current one.");
        }
    }

    public override void Configure()
    {
        Put("/session/password");
        Options(b => b.WithMetadata(WithoutIfMatch.Instance));
        Roles(Allowed.Readers);
        Description(b => b.Produces(204).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(409));
        Summary(s =>
        {
            s.Summary = "Change your own password (needs the current one)";
            s.Description = "Ends your other sessions; this one continues. If-Match is not needed: the current password is the check.";
        });
    }

    public override async Task HandleAsync(ChangeOwnPasswordRequest request, CancellationToken ct)
    {
        var user = this.RequireSignIn(HttpContext);
        var write = Writer.For(HttpContext, clock);
        // The current password is checked and the new one hashed (PBKDF2, slow) before the transaction, so nobody waits
        // for the write lock meanwhile; the transaction then makes sure the account did not change in between.
        await using var connection = await database.OpenAsync(ct);
        var account = await AccountStore.FindByIdAsync(connection, user.Id);
        if (account is null) this.Stop(401, AuthProblems.SessionField, "Your account no longer exists.");
        if (passwords.Verify(account.PasswordHash, request.CurrentPassword) == PasswordVerificationResult.Failed)
            this.Invalid(nameof(request.CurrentPassword).ToCamel(), "This is not your current password.");
        var passwordHash = passwords.Hash(request.NewPassword);

        await using var transaction = connection.BeginWriteTransaction();
        var current = await AccountStore.FindByIdAsync(connection, user.Id, transaction);
        if (current is null) this.Stop(401, AuthProblems.SessionField, "Your account no longer exists.");
        if (current.Version != account.Version || current.PasswordHash != account.PasswordHash)
            this.Stop(409, nameof(request.CurrentPassword).ToCamel(), "Your account was changed while this was being saved. Try again.");

        await connection.ExecuteAsync(UserData.SetPasswordSql, new
        {
            UserId = account.Id, account.Version, PasswordHash = passwordHash, write.Now,
        }, transaction);
        // Every other session ends (this cookie's own continues, renewed below); with an API token, every session ends.
        var ownSession = HttpContext.User.Identity?.AuthenticationType == AuthenticationSetup.CookieScheme ? Sessions.IdOf(HttpContext.User) : null;
        await Sessions.EndAllAsync(connection, transaction, account.Id, keep: ownSession);
        await AuditLog.RecordAsync(connection, transaction, write, "user", account.Id, null,
            new { account.Version }, new { Event = "passwordChanged", Version = account.Version + 1 });
        await transaction.CommitAsync(ct);

        // The change bumped row_version, the session stamp: renew this session's cookie so only the others end.
        if (ownSession is not null)
            await HttpContext.SignInAsync(AuthenticationSetup.CookieScheme,
                SignedInUser.Principal(account with { Version = account.Version + 1 }, AuthenticationSetup.CookieScheme, ownSession));
        await Send.NoContentAsync(ct);
    }
}

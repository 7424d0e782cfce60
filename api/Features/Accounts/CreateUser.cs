using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Accounts;

public sealed record CreateUserRequest
{
    public string Username { get; init; } = "";
    public string DisplayName { get; init; } = "";
    /// <summary>administrator, board, manager or viewer.</summary>
    [OpenApi.OneOf(typeof(RoleNames), nameof(RoleNames.All))]
    public string Role { get; init; } = "";
    /// <summary>The person this account acts as; a manager's items are those this person leads or owns.</summary>
    public long? PersonId { get; init; }
    /// <summary>The first password; tell the person and ask them to change it.</summary>
    public string Password { get; init; } = "";
}

public sealed class CreateUser(Database database, Clock clock, Passwords passwords) : Endpoint<CreateUserRequest, UserResponse>
{
    public sealed class Validator : Validator<CreateUserRequest>
    {
        public Validator()
        {
            var settings = Resolve<TrackerSettings>();
            RuleFor(r => r.Username).ValidUsername();
            RuleFor(r => r.DisplayName).NotEmpty().WithMessage("Enter the name to show for this account.").MaximumLength(UserData.MaxDisplayNameLength);
            RuleFor(r => r.Role).Must(r => RoleNames.All.Contains(r)).WithMessage($"Role must be {RoleNames.AllText}.");
            RuleFor(r => r.PersonId).GreaterThan(0).When(r => r.PersonId is not null);
            RuleFor(r => r.Password).ValidNewPassword(settings.PasswordMinimumLength);
        }
    }

    private const string UsernameTakenSql = "SELECT EXISTS (SELECT 1 FROM users WHERE lower(username) = lower(@username))";

    public override void Configure()
    {
        Post("/users");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<UserResponse>(201).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(409));
        Summary(s => s.Summary = "Create an account with a first password (administrators only)");
    }

    public override async Task HandleAsync(CreateUserRequest request, CancellationToken ct)
    {
        this.RequireAdministrator(HttpContext);
        var write = Writer.For(HttpContext, clock);
        var username = request.Username.Trim();
        // Hashed before the transaction: PBKDF2 is slow, and nobody else may write while a transaction is open.
        var passwordHash = passwords.Hash(request.Password);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        if (await connection.ExecuteScalarAsync<bool>(UsernameTakenSql, new { username }, transaction))
            this.Conflict("username", $"There is already an account called {username}.");
        if (request.PersonId is { } personId && !await PersonData.ExistsAsync(connection, personId, transaction))
            this.Invalid("personId", $"No person has id {personId}.");

        var id = await connection.ExecuteScalarAsync<long>(UserData.InsertSql, new
        {
            Username = username, DisplayName = request.DisplayName.Trim(), request.Role, request.PersonId,
            PasswordHash = passwordHash, write.Now,
        }, transaction);
        var created = (await UserData.FindAsync(connection, id, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "user", id, null, null, created);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, created.Version);
        await Send.CreatedAtAsync<GetUser>(new { userId = id }, created, cancellation: ct);
    }
}

using ActionPlanTracker.Data;
using ActionPlanTracker.Features.Common;
using ActionPlanTracker.Features.People;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FastEndpoints;
using FluentValidation;

namespace ActionPlanTracker.Features.Accounts;

public sealed record UpdateUserRequest
{
    [RouteParam] public long UserId { get; init; }
    public string DisplayName { get; init; } = "";
    /// <summary>administrator, board, manager or viewer.</summary>
    [OpenApi.OneOf(typeof(RoleNames), nameof(RoleNames.All))]
    public string Role { get; init; } = "";
    public long? PersonId { get; init; }
    /// <summary>A disabled account cannot sign in and its API tokens stop working.</summary>
    public bool IsDisabled { get; init; }
}

public sealed class UpdateUser(Database database, Clock clock) : Endpoint<UpdateUserRequest, UserResponse>
{
    public sealed class Validator : Validator<UpdateUserRequest>
    {
        public Validator()
        {
            RuleFor(r => r.DisplayName).NotEmpty().WithMessage("Enter the name to show for this account.").MaximumLength(UserData.MaxDisplayNameLength);
            RuleFor(r => r.Role).Must(r => RoleNames.All.Contains(r)).WithMessage($"Role must be {RoleNames.AllText}.");
            RuleFor(r => r.PersonId).GreaterThan(0).When(r => r.PersonId is not null);
        }
    }

    private const string UpdateSql = """
        UPDATE users
        SET display_name = @DisplayName, role = @Role, person_id = @PersonId, is_disabled = @IsDisabled,
            updated_at = @Now, row_version = row_version + 1
        WHERE id = @UserId AND row_version = @Version;
        """;

    public override void Configure()
    {
        Put("/users/{userId}");
        Roles(Allowed.Administrators);
        Description(b => b.Produces<UserResponse>(200).ProducesProblemDetails(400).ProducesProblemDetails(401).ProducesProblemDetails(403)
            .ProducesProblemDetails(404).ProducesProblemDetails(409).ProducesProblemDetails(412).ProducesProblemDetails(428));
        Summary(s =>
        {
            s.Summary = "Change an account's name, role, person or disabled flag (administrators only)";
            s.Description = "Ends the account's open sessions, so the change applies at once. The last enabled administrator cannot be demoted or disabled.";
        });
    }

    public override async Task HandleAsync(UpdateUserRequest request, CancellationToken ct)
    {
        this.RequireAdministrator(HttpContext);
        var write = Writer.For(HttpContext, clock);
        await using var connection = await database.OpenAsync(ct);
        await using var transaction = connection.BeginWriteTransaction();

        var before = await UserData.FindAsync(connection, request.UserId, transaction);
        if (before is null) this.NotFound("userId", $"No account has id {request.UserId}.");
        Etags.Require(this, HttpContext, before.Version);
        if ((request.Role != RoleNames.Administrator || request.IsDisabled) && await UserData.IsLastAdministratorAsync(connection, before, transaction))
            this.Conflict(request.IsDisabled ? "isDisabled" : "role", "This is the only enabled administrator; make someone else an administrator first.");
        if (request.PersonId is { } personId && !await PersonData.ExistsAsync(connection, personId, transaction))
            this.Invalid("personId", $"No person has id {personId}.");

        await connection.ExecuteAsync(UpdateSql, new
        {
            request.UserId, before.Version, DisplayName = request.DisplayName.Trim(), request.Role, request.PersonId, request.IsDisabled, write.Now,
        }, transaction);
        // Every open session ends, so a new role or a disabled flag applies at once (the row_version stamp does too).
        await Sessions.EndAllAsync(connection, transaction, request.UserId);
        var after = (await UserData.FindAsync(connection, request.UserId, transaction))!;
        await AuditLog.RecordAsync(connection, transaction, write, "user", after.Id, null, before, after);
        await transaction.CommitAsync(ct);

        Etags.Set(HttpContext, after.Version);
        await Send.OkAsync(after, ct);
    }
}

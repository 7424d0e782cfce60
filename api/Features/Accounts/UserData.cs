using System.Data;
using ActionPlanTracker.Security.Authentication;
using Dapper;
using FluentValidation;

namespace ActionPlanTracker.Features.Accounts;

/// <summary>An account as administrators see it and as the audit log records it: never the password or its hash.</summary>
public sealed record UserResponse
{
    public long Id { get; init; }
    /// <summary>The sign-in name, usually an e-mail address; unique whatever its case.</summary>
    public string Username { get; init; } = "";
    public string DisplayName { get; init; } = "";
    /// <summary>administrator, board, manager or viewer.</summary>
    public string Role { get; init; } = "";
    /// <summary>The person this account acts as (a manager's items are those this person leads or owns).</summary>
    public long? PersonId { get; init; }
    public string? PersonName { get; init; }
    public bool IsDisabled { get; init; }
    /// <summary>
    /// When the latest lock-out after repeated failed sign-ins ends (UTC), from whichever client address it was set; it
    /// may have passed. A lock holds only for the address the failures came from; other addresses and API tokens still work.
    /// </summary>
    public string? LockedUntil { get; init; }
    /// <summary>Concurrency version; the same value is sent as the ETag.</summary>
    public long Version { get; init; }
    public string CreatedAt { get; init; } = "";
    public string UpdatedAt { get; init; } = "";
}

public static class UserData
{
    public const int MaxUsernameLength = 200;
    public const int MaxDisplayNameLength = 200;

    private const string SelectSql = """
        SELECT u.id           AS Id,
               u.username     AS Username,
               u.display_name AS DisplayName,
               u.role         AS Role,
               u.person_id    AS PersonId,
               p.name         AS PersonName,
               u.is_disabled  AS IsDisabled,
               (SELECT max(f.locked_until) FROM sign_in_failures f WHERE f.user_id = u.id) AS LockedUntil,
               u.row_version  AS Version,
               u.created_at   AS CreatedAt,
               u.updated_at   AS UpdatedAt
        FROM users u
        LEFT JOIN people p ON p.id = u.person_id
        """;

    public const string ListSql = SelectSql + "\nORDER BY u.username";

    public const string InsertSql = """
        INSERT INTO users (username, display_name, role, person_id, password_hash, created_at, updated_at)
        VALUES (@Username, @DisplayName, @Role, @PersonId, @PasswordHash, @Now, @Now)
        RETURNING id;
        """;

    // Every change an administrator makes bumps row_version, which also ends the account's open sessions. A new password
    // lifts every lock-out of the account (db/0026: one per client address).
    public const string SetPasswordSql = """
        UPDATE users
        SET password_hash = @PasswordHash, failed_sign_ins = 0, locked_until = NULL,
            updated_at = @Now, row_version = row_version + 1
        WHERE id = @UserId AND row_version = @Version;
        DELETE FROM sign_in_failures WHERE user_id = @UserId;
        """;

    private const string OtherEnabledAdministratorsSql = """
        SELECT count(*) FROM users WHERE role = 'administrator' AND is_disabled = 0 AND id <> @userId
        """;

    public static Task<UserResponse?> FindAsync(IDbConnection connection, long userId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<UserResponse>(SelectSql + "\nWHERE u.id = @userId", new { userId }, transaction);

    /// <summary>Someone must always be able to manage accounts.</summary>
    public static async Task<bool> IsLastAdministratorAsync(IDbConnection connection, UserResponse user, IDbTransaction transaction) =>
        user is { Role: RoleNames.Administrator, IsDisabled: false }
        && await connection.ExecuteScalarAsync<long>(OtherEnabledAdministratorsSql, new { userId = user.Id }, transaction) == 0;

    /// <summary>Sign-in names: letters, digits and . _ @ + - (an e-mail address fits).</summary>
    public static IRuleBuilderOptions<T, string> ValidUsername<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Enter a username, for example the person's work e-mail address.")
        .MaximumLength(MaxUsernameLength)
        .Matches(@"^[A-Za-z0-9._@+\-]+$").WithMessage("A username may contain only letters, digits and . _ @ + -");

    /// <summary>The length rule for a new password; the minimum comes from Tracker:PasswordMinimumLength.</summary>
    public static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilder<T, string> rule, int minimumLength) => rule
        .NotEmpty().WithMessage("Enter a password.")
        .MinimumLength(minimumLength).WithMessage($"A password must be at least {minimumLength} characters; a few unrelated words make a good one.")
        .MaximumLength(Passwords.MaximumLength);
}

using System.Data;
using System.Globalization;
using System.Security.Claims;
using Dapper;

namespace ActionPlanTracker.Security.Authentication;

/// <summary>The four roles of issue 3; the database refuses any other word (db/0009).</summary>
public static class RoleNames
{
    public const string Administrator = "administrator";
    public const string Board = "board";
    public const string Manager = "manager";
    public const string Viewer = "viewer";

    public static readonly string[] All = [Administrator, Board, Manager, Viewer];

    public const string AllText = "administrator, board, manager or viewer";
}

/// <summary>An account as sign-in and the token handler need it. Carries the hash, so it never leaves the server.</summary>
public sealed record Account
{
    public long Id { get; init; }
    public string Username { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Role { get; init; } = "";
    public long? PersonId { get; init; }
    public string PasswordHash { get; init; } = "";
    public bool IsDisabled { get; init; }
    public long Version { get; init; }
}

public static class AccountStore
{
    public const string SelectSql = """
        SELECT u.id              AS Id,
               u.username        AS Username,
               u.display_name    AS DisplayName,
               u.role            AS Role,
               u.person_id       AS PersonId,
               u.password_hash   AS PasswordHash,
               u.is_disabled     AS IsDisabled,
               u.row_version     AS Version
        FROM users u
        """;

    public static Task<Account?> FindByUsernameAsync(IDbConnection connection, string username, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<Account>(SelectSql + "\nWHERE lower(u.username) = lower(@username)", new { username }, transaction);

    public static Task<Account?> FindByIdAsync(IDbConnection connection, long userId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<Account>(SelectSql + "\nWHERE u.id = @userId", new { userId }, transaction);
}

/// <summary>
/// Who is signed in, read back from the request's claims. Name is the display name, so the audit log's actor
/// (Writer) is a person's name; the user id claim (NameIdentifier) is what antiforgery tokens are bound to.
/// </summary>
public sealed record SignedInUser(long Id, string Username, string DisplayName, string Role, long? PersonId)
{
    public const string UsernameClaim = "tracker:username";
    public const string PersonIdClaim = "tracker:person_id";
    /// <summary>The account's row_version when the session began; any change to the account ends older sessions.</summary>
    public const string StampClaim = "tracker:stamp";

    /// <summary>The claims of a request made as the account; a cookie session also names its sessions row (<paramref name="sessionId"/>).</summary>
    public static ClaimsPrincipal Principal(Account account, string scheme, string? sessionId = null)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Role, account.Role),
            new(UsernameClaim, account.Username),
            new(StampClaim, account.Version.ToString(CultureInfo.InvariantCulture)),
        };
        if (account.PersonId is { } personId) claims.Add(new(PersonIdClaim, personId.ToString(CultureInfo.InvariantCulture)));
        if (sessionId is not null) claims.Add(new(Sessions.IdClaim, sessionId));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static SignedInUser? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) return null;
        if (!long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return null;
        long? personId = long.TryParse(principal.FindFirstValue(PersonIdClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        return new SignedInUser(id, principal.FindFirstValue(UsernameClaim) ?? "", principal.Identity.Name ?? "",
            principal.FindFirstValue(ClaimTypes.Role) ?? "", personId);
    }

    public static long? StampOf(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(StampClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var stamp) ? stamp : null;
}

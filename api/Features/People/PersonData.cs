using ActionPlanTracker.Features.Common;
using System.Data;
using Dapper;

namespace ActionPlanTracker.Features.People;

/// <summary>What the API returns for a person; also what the audit log records before and after a change.</summary>
public sealed record PersonResponse
{
    public long Id { get; init; }
    /// <summary>Null for someone the plan names by role only ("Head of Service"); give them a name, or link them to a named person, later.</summary>
    public string? Name { get; init; }
    /// <summary>As plans print it, e.g. "Head of Service, Children in Care".</summary>
    public string? JobTitle { get; init; }
    /// <summary>How to print them: the name, or the role when the plan names only the role.</summary>
    public string DisplayName => PersonNames.Display(Name, JobTitle);
    /// <summary>True when the plan names only the role; such a person can be linked to a named person (POST /api/people/{id}/link).</summary>
    public bool RoleOnly => Name is null;
    /// <summary>Optional: real plans often name people only by job title or initials.</summary>
    public string? Email { get; init; }
    /// <summary>Concurrency version; the same value is sent as the ETag.</summary>
    public long Version { get; init; }
}

public static class PersonData
{
    private const string SelectSql = """
        SELECT p.id          AS Id,
               p.name        AS Name,
               p.job_title   AS JobTitle,
               p.email       AS Email,
               p.row_version AS Version
        FROM people p
        """;

    // Both sides lower-cased so the search ignores case on both engines (PostgreSQL's LIKE does not on text); the search
    // text is escaped so "%" and "_" match themselves.
    public const string ListSql = SelectSql + """

        WHERE @Pattern IS NULL
           OR lower(p.name) LIKE lower(@Pattern) ESCAPE '\' OR lower(p.job_title) LIKE lower(@Pattern) ESCAPE '\'
           OR lower(p.email) LIKE lower(@Pattern) ESCAPE '\'
        ORDER BY lower(coalesce(p.name, p.job_title)), p.id
        """;

    // Ignores case as the unique index does (NOCASE on SQLite, citext on PostgreSQL, where citext = text would not).
    private const string EmailTakenSql = """
        SELECT EXISTS (SELECT 1 FROM people WHERE lower(email) = lower(@email) AND id <> @exceptId)
        """;

    public static Task<PersonResponse?> FindAsync(IDbConnection connection, long personId, IDbTransaction? transaction = null) =>
        connection.QuerySingleOrDefaultAsync<PersonResponse>(SelectSql + "\nWHERE p.id = @personId", new { personId }, transaction);

    public static Task<bool> ExistsAsync(IDbConnection connection, long personId, IDbTransaction? transaction = null) =>
        connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM people WHERE id = @personId)", new { personId }, transaction);

    /// <summary>True when someone other than <paramref name="exceptId"/> already has this email address, in any case.</summary>
    public static Task<bool> EmailTakenAsync(IDbConnection connection, string? email, long exceptId, IDbTransaction transaction) =>
        email is null
            ? Task.FromResult(false)
            : connection.ExecuteScalarAsync<bool>(EmailTakenSql, new { email, exceptId }, transaction);

    /// <summary>"%jane%" for a search text, with LIKE's wildcards escaped; null when there is nothing to search for.</summary>
    public static string? LikePattern(string? search) =>
        string.IsNullOrWhiteSpace(search)
            ? null
            : "%" + search.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";

}

/// <summary>One rule for printing a person, so a role-only person reads the same everywhere.</summary>
public static class PersonNames
{
    public static string Display(string? name, string? jobTitle) => name ?? jobTitle ?? "";
}

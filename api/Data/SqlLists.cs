using System.Data;
using System.Text.RegularExpressions;

namespace ActionPlanTracker.Data;

/// <summary>
/// List parameters in a WHERE clause. Dapper expands "IN @ids" into "IN (@ids1, @ids2, …)" on SQLite, but on PostgreSQL
/// it sends the list as one array parameter, which only "= ANY(@ids)" accepts; no form is accepted by both. SQL is
/// written with "IN @ids" and passed through <see cref="WithLists"/>.
/// </summary>
public static partial class SqlLists
{
    /// <summary>The SQL as written on SQLite; on PostgreSQL every "IN @name" becomes "= ANY(@name)".</summary>
    public static string WithLists(this IDbConnection connection, string sql) =>
        connection is Npgsql.NpgsqlConnection ? InList().Replace(sql, "= ANY($1)") : sql;

    [GeneratedRegex(@"\bIN (@\w+)")]
    private static partial Regex InList();
}

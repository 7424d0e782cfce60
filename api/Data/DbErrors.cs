using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ActionPlanTracker.Data;

/// <summary>What kind of failure a database exception is, the same on both engines.</summary>
public enum DbErrorKind { Other, Unique, ForeignKey, Check, Retry }

/// <summary>
/// Classifies a database failure without caring which engine raised it: SQLite's extended result codes (sqlite3.h) and
/// PostgreSQL's SQLSTATEs (23505 unique, 23503 foreign key, 23514 check, 40001/40P01 serialization failure or deadlock).
/// </summary>
public static class DbErrors
{
    // Extended result codes from sqlite3.h.
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintForeignKey = 787;
    private const int SqliteConstraintCheck = 275;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static DbErrorKind Classify(this DbException e) => e switch
    {
        SqliteException s => s.SqliteExtendedErrorCode switch
        {
            SqliteConstraintUnique or SqliteConstraintPrimaryKey => DbErrorKind.Unique,
            SqliteConstraintForeignKey => DbErrorKind.ForeignKey,
            SqliteConstraintCheck => DbErrorKind.Check,
            _ when s.SqliteErrorCode is SqliteBusy or SqliteLocked => DbErrorKind.Retry,
            _ => DbErrorKind.Other,
        },
        PostgresException p => p.SqlState switch
        {
            PostgresErrorCodes.UniqueViolation => DbErrorKind.Unique,
            PostgresErrorCodes.ForeignKeyViolation => DbErrorKind.ForeignKey,
            PostgresErrorCodes.CheckViolation => DbErrorKind.Check,
            PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected => DbErrorKind.Retry,
            _ => DbErrorKind.Other,
        },
        _ => DbErrorKind.Other,
    };

    public static bool IsUniqueViolation(this DbException e) => e.Classify() == DbErrorKind.Unique;

    public static bool IsForeignKeyViolation(this DbException e) => e.Classify() == DbErrorKind.ForeignKey;

    /// <summary>
    /// The column a unique violation is about, as the API names fields ("plan_id, number" → "number"): SQLite says
    /// "UNIQUE constraint failed: recommendations.plan_id, recommendations.number"; PostgreSQL's detail says
    /// "Key (plan_id, number)=(3, 2) already exists." Null when neither says.
    /// </summary>
    public static string? UniqueColumn(this DbException e) => LastColumn(e switch
    {
        PostgresException p when p.Detail is { } detail && detail.StartsWith("Key (", StringComparison.Ordinal)
            => detail[5..detail.IndexOf(')', StringComparison.Ordinal)],
        SqliteException s when s.Message.IndexOf("constraint failed: ", StringComparison.Ordinal) is var at and >= 0
            => s.Message[(at + "constraint failed: ".Length)..].TrimEnd('\'', '.', ' '),
        _ => null,
    });

    /// <summary>
    /// As <see cref="UniqueColumn(DbException)"/>, also when PostgreSQL's detail is withheld: Npgsql redacts the detail
    /// (it holds the row's values) unless the connection string says "Include Error Detail", so the violated index's
    /// last key column is read from the catalogue (<see cref="UniqueColumnsAsync"/>) on a connection of its own.
    /// </summary>
    public static async Task<string?> UniqueColumnAsync(this DbException e, Database database, CancellationToken ct)
    {
        if (e.UniqueColumn() is { } column) return column;
        if (e is not PostgresException { ConstraintName.Length: > 0 } || database.Engine != DatabaseEngine.PostgreSql) return null;
        await using var connection = await database.OpenAsync(ct);
        return (await e.UniqueColumnsAsync(connection, null)).LastOrDefault() is { Length: > 0 } last
            && last.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? last : null;
    }

    private static string? LastColumn(string? columns)
    {
        if (columns is null) return null;
        var last = columns.Split(',').Last().Trim();
        // SQLite names table.column; PostgreSQL may wrap an expression index's column in lower(...).
        last = last[(last.LastIndexOf('.') + 1)..];
        if (last.StartsWith("lower(", StringComparison.OrdinalIgnoreCase)) last = last[6..].TrimEnd(')');
        last = last.Trim('"', ' ', '(', ')');
        return last.Length > 0 && last.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? last : null;
    }

    /// <summary>
    /// Every column a unique violation compared, in the constraint's order ("UNIQUE constraint failed: t.a, t.b" gives a, b).
    /// SQLite names them in its message. Npgsql redacts PostgreSQL's detail (it holds the row's values), so there the
    /// violated index's columns are read from the catalogue by its name; call this after rolling back to a savepoint
    /// taken before the failed statement, as a failed statement ends the transaction's use on PostgreSQL otherwise.
    /// Expression columns such as lower(code) answer the column inside.
    /// </summary>
    public static async Task<IReadOnlyList<string>> UniqueColumnsAsync(this DbException e, DbConnection connection, DbTransaction? transaction)
    {
        if (e is PostgresException { ConstraintName: { Length: > 0 } name })
        {
            var definitions = await connection.QueryAsync<string>("""
                SELECT pg_get_indexdef(i.indexrelid, k, true) AS definition
                FROM pg_index i
                JOIN pg_class c ON c.oid = i.indexrelid
                CROSS JOIN generate_series(1, i.indnkeyatts) AS k
                WHERE c.relname = @name AND c.relnamespace = to_regnamespace(current_schema())
                ORDER BY k
                """, new { name }, transaction);
            return definitions.Select(BareColumn).ToList();
        }
        var at = e.Message.IndexOf("failed:", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return [];
        return e.Message[(at + "failed:".Length)..].Trim().TrimEnd('\'', '.').Split(',')
            .Select(c => c.Trim()).Select(c => c.Contains('.') ? c[(c.IndexOf('.') + 1)..] : c).ToList();
    }

    /// <summary>"code", "lower(code)" or "lower((code)::text)" → "code".</summary>
    private static string BareColumn(string definition)
    {
        var column = definition.Trim();
        if (column.StartsWith("lower(", StringComparison.OrdinalIgnoreCase)) column = column[6..];
        if (column.IndexOf("::", StringComparison.Ordinal) is var cast and >= 0) column = column[..cast];
        return column.Trim('(', ')', '"', ' ');
    }
}

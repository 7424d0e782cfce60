using System.Data.Common;

namespace ActionPlanTracker.Data;

/// <summary>
/// The few things the tracker's SQL says differently on SQLite and PostgreSQL. Everything else is written once, in the
/// form both accept (docs/architecture.md, "Two engines": what to write and what to avoid). Add here only what has no
/// portable form.
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(DatabaseEngine.Sqlite, insertionOrder: "rowid",
        jsonText: "json_extract({0}, '$.{1}')", jsonInteger: "json_extract({0}, '$.{1}')");

    public static readonly SqlDialect PostgreSql = new(DatabaseEngine.PostgreSql, insertionOrder: "ctid",
        jsonText: "(({0})::jsonb ->> '{1}')", jsonInteger: "CAST((({0})::jsonb ->> '{1}') AS bigint)");

    private readonly string jsonText;
    private readonly string jsonInteger;

    private SqlDialect(DatabaseEngine engine, string insertionOrder, string jsonText, string jsonInteger)
    {
        Engine = engine;
        InsertionOrder = insertionOrder;
        this.jsonText = jsonText;
        this.jsonInteger = jsonInteger;
    }

    public DatabaseEngine Engine { get; }

    /// <summary>An expression that orders a table's rows roughly as they were written (SQLite's rowid; PostgreSQL's ctid).</summary>
    public string InsertionOrder { get; }

    /// <summary>The text of one top-level member of a JSON document held in a TEXT column.</summary>
    public string JsonText(string column, string member) => string.Format(System.Globalization.CultureInfo.InvariantCulture, jsonText, column, member);

    /// <summary>
    /// One top-level integer member of a JSON document held in a TEXT column, comparable with an integer parameter
    /// (SQLite's json_extract answers an integer; PostgreSQL's ->> answers text, so it is cast).
    /// </summary>
    public string JsonInteger(string column, string member) => string.Format(System.Globalization.CultureInfo.InvariantCulture, jsonInteger, column, member);

    /// <summary>
    /// A query with "IN @list" as this engine takes a list parameter: Dapper expands the list into one parameter per value
    /// on SQLite, but with Npgsql sends it as one array, which PostgreSQL compares as "= ANY(@list)" (an empty list then
    /// matches nothing, as on SQLite). Write "IN @list" and pass the query through this.
    /// </summary>
    public string Lists(string sql) =>
        Engine == DatabaseEngine.PostgreSql ? InList.Replace(sql, "= ANY($1)") : sql;

    private static readonly System.Text.RegularExpressions.Regex InList = new(@"\bIN (@\w+)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The dialect of an open connection.</summary>
    public static SqlDialect Of(System.Data.IDbConnection connection) =>
        connection is Npgsql.NpgsqlConnection ? PostgreSql : Sqlite;
}

/// <summary>Parameters on a plain <see cref="DbCommand"/> (SQLite's AddWithValue is not on the engine-neutral type).</summary>
public static class DbCommandParameters
{
    /// <summary>Adds "@name" with this value (null as SQL NULL); "@name" is understood by both engines.</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}

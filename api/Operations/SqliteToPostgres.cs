using System.Globalization;
using ActionPlanTracker.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace ActionPlanTracker.Operations;

/// <summary>A copy that must not start: the reason is for the operator, in words.</summary>
public sealed class CopyRefusedException(string message) : Exception(message);

/// <summary>What was copied: rows per table, in the order they went in.</summary>
public sealed record CopyResult(IReadOnlyList<(string Table, long Rows)> Tables)
{
    public long Rows => Tables.Sum(t => t.Rows);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Copied {Rows} rows in {Tables.Count} tables; each table's count checked on both sides.");
}

/// <summary>
/// Copies a SQLite tracker into an empty PostgreSQL database: the same tables and columns (db/postgresql/README.md),
/// every row with its id, the audit log as it is, and each table's next id as SQLite would give it (AUTOINCREMENT never
/// reuses the id of a deleted row, and restoring a deleted item puts its rows back under their old ids). One
/// transaction: either everything is copied or nothing is.
/// </summary>
public static class SqliteToPostgres
{
    // Rows the PostgreSQL migrations insert themselves, replaced by the SQLite file's own.
    private static readonly string[] SeededTables = ["mail_state", "scale_levels", "rating_scales"];

    // Rewritten by triggers while the other tables go in, so copied last, after its trigger-made rows are cleared.
    private const string PlanVersions = "plan_versions";

    public static async Task<CopyResult> CopyAsync(string sqliteFile, string postgresConnectionString, ILogger logger, CancellationToken ct = default)
    {
        if (!File.Exists(sqliteFile)) throw new CopyRefusedException($"There is no SQLite database at {sqliteFile}.");
        var sourceString = new SqliteConnectionStringBuilder { DataSource = sqliteFile, Mode = SqliteOpenMode.ReadOnly }.ToString();
        await using var source = new SqliteConnection(sourceString);
        await source.OpenAsync(ct);
        await CheckUpToDateAsync(source);

        Migrator.Migrate(Database.PostgreSql(postgresConnectionString), logger);
        await using var target = new NpgsqlConnection(postgresConnectionString);
        await target.OpenAsync(ct);
        await using var transaction = await target.BeginTransactionAsync(ct);

        var tables = await TablesInCopyOrderAsync(source);
        await CheckEmptyAsync(target, tables);
        foreach (var seeded in SeededTables) await target.ExecuteAsync($"DELETE FROM {seeded}");

        var copied = new List<(string, long)>();
        foreach (var table in tables)
        {
            if (table == PlanVersions) await target.ExecuteAsync($"DELETE FROM {PlanVersions}");
            var rows = await CopyTableAsync(source, target, table, ct);
            var counted = await target.ExecuteScalarAsync<long>($"SELECT count(*) FROM {table}");
            if (counted != rows)
                throw new InvalidOperationException($"{table}: {rows} rows read from SQLite but {counted} in PostgreSQL.");
            copied.Add((table, rows));
        }
        await SetNextIdsAsync(source, target);
        await transaction.CommitAsync(ct);
        return new CopyResult(copied);
    }

    private static async Task CheckUpToDateAsync(SqliteConnection source)
    {
        var hasJournal = await source.ExecuteScalarAsync<long>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'SchemaVersions'") > 0;
        var applied = hasJournal ? (await source.QueryAsync<string>("SELECT ScriptName FROM SchemaVersions")).ToHashSet(StringComparer.Ordinal) : [];
        var missing = Migrator.Scripts().Where(s => !applied.Contains(s)).ToList();
        if (missing.Count > 0)
            throw new CopyRefusedException(
                $"The SQLite database is not up to date with this version of the tracker ({missing.Count} migration(s) not applied, " +
                $"the first {missing[0]}). Start the tracker once on it, which brings it up to date, then copy.");
    }

    /// <summary>Every table of the tracker, parents before the tables that refer to them, plan_versions last.</summary>
    private static async Task<List<string>> TablesInCopyOrderAsync(SqliteConnection source)
    {
        var names = (await source.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaVersions' ORDER BY name")).ToList();
        var parents = new Dictionary<string, List<string>>();
        foreach (var name in names)
            parents[name] = (await source.QueryAsync<string>("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(@name)", new { name }))
                .Where(p => p != name).ToList();
        var ordered = new List<string>();
        void Visit(string table)
        {
            if (ordered.Contains(table)) return;
            foreach (var parent in parents[table]) Visit(parent);
            ordered.Add(table);
        }
        foreach (var name in names.Where(n => n != PlanVersions)) Visit(name);
        if (names.Contains(PlanVersions)) ordered.Add(PlanVersions);
        return ordered;
    }

    private static async Task CheckEmptyAsync(NpgsqlConnection target, IEnumerable<string> tables)
    {
        foreach (var table in tables.Where(t => !SeededTables.Contains(t) && t != PlanVersions))
            if (await target.ExecuteScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM {table})"))
                throw new CopyRefusedException($"The PostgreSQL database is not empty ({table} has rows). Copy into a new, empty database.");
        if (await target.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM rating_scales WHERE is_built_in = 0)"))
            throw new CopyRefusedException("The PostgreSQL database is not empty (it has a rating scale of its own). Copy into a new, empty database.");
    }

    private static async Task<long> CopyTableAsync(SqliteConnection source, NpgsqlConnection target, string table, CancellationToken ct)
    {
        var types = (await target.QueryAsync<(string Column, string Type)>(
                "SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table",
                new { table }))
            .ToDictionary(c => c.Column, c => TypeOf(table, c.Column, c.Type), StringComparer.Ordinal);
        var columns = (await source.QueryAsync<string>("SELECT name FROM pragma_table_info(@table) ORDER BY cid", new { table })).ToList();
        var missing = columns.Where(c => !types.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"{table}.{missing[0]} is in SQLite but not in PostgreSQL: the two schemas differ.");

        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {string.Join(", ", columns.Select(Quote))} FROM {Quote(table)}";
        await using var reader = await read.ExecuteReaderAsync(ct);
        await using var writer = await target.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)", ct);
        long rows = 0;
        while (await reader.ReadAsync(ct))
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < columns.Count; i++)
            {
                var type = types[columns[i]];
                if (reader.IsDBNull(i)) { await writer.WriteNullAsync(ct); continue; }
                object value = type switch
                {
                    NpgsqlDbType.Bigint => reader.GetInt64(i),
                    NpgsqlDbType.Double => reader.GetDouble(i),
                    NpgsqlDbType.Bytea => reader.GetFieldValue<byte[]>(i),
                    _ => reader.GetString(i),
                };
                await writer.WriteAsync(value, type, ct);
            }
            rows++;
        }
        await writer.CompleteAsync(ct);
        return rows;
    }

    private static NpgsqlDbType TypeOf(string table, string column, string udt) => udt switch
    {
        "int8" => NpgsqlDbType.Bigint,
        "float8" => NpgsqlDbType.Double,
        "text" => NpgsqlDbType.Text,
        "citext" => NpgsqlDbType.Citext,
        "bytea" => NpgsqlDbType.Bytea,
        _ => throw new InvalidOperationException($"{table}.{column} has PostgreSQL type {udt}, which the copy does not know."),
    };

    /// <summary>Each identity column continues where SQLite's would: after the highest id it ever gave, not only after the rows left.</summary>
    private static async Task SetNextIdsAsync(SqliteConnection source, NpgsqlConnection target)
    {
        var everGiven = (await source.QueryAsync<(string Name, long Seq)>("SELECT name, seq FROM sqlite_sequence"))
            .ToDictionary(s => s.Name, s => s.Seq, StringComparer.Ordinal);
        var identities = await target.QueryAsync<(string Table, string Column)>(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'");
        foreach (var (table, column) in identities)
        {
            var highest = Math.Max(everGiven.GetValueOrDefault(table), await target.ExecuteScalarAsync<long>($"SELECT coalesce(max({column}), 0) FROM {table}"));
            await target.ExecuteAsync("SELECT setval(pg_get_serial_sequence(@table, @column), @next, @called)",
                new { table, column, next = Math.Max(highest, 1), called = highest > 0 });
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

using Dapper;

namespace ActionPlanTracker.Tests.Api.Deletions;

/// <summary>
/// Every row of the tables a plan's contents live in, read straight from the tracker's database (either engine), so a test can say that a
/// restore put back exactly what was there: the same ids, values and versions, nothing more and nothing less.
/// The audit log, the deletions, the accounts (whose tokens note when they were last used) and the plans' versions
/// (counters that a delete and its undo both move on, db/0027) are left out, and so are each caller's latest write
/// numbers (recent_writes, db/0044: on PostgreSQL every write moves them on, as the in-memory counter does on SQLite).
/// </summary>
public static class DatabaseRows
{
    private static readonly string[] Skipped = ["audit_log", "deletions", "users", "api_tokens", "plan_versions", "recent_writes", "sqlite_sequence"];

    public static IReadOnlyList<string> All()
    {
        using var connection = TrackerApp.Factory.OpenDatabase();
        var postgres = TrackerApp.Factory.OnPostgres;
        var tables = connection.Query<string>(postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
                : "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .Where(t => !Skipped.Contains(t)).ToList();
        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            // SQLite keeps a row's rowid through a delete and restore; PostgreSQL has no stable insertion order (a restored
            // row gets a new ctid), so there each table's rows are compared sorted.
            command.CommandText = postgres ? $"SELECT * FROM \"{table}\"" : $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            var tableRows = new List<string>();
            while (reader.Read())
                tableRows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                    $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) is byte[] b ? Convert.ToBase64String(b) : $"{reader.GetValue(i)} ({reader.GetFieldType(i).Name})")}")));
            if (postgres) tableRows.Sort(StringComparer.Ordinal);
            rows.AddRange(tableRows);
        }
        return rows;
    }

    /// <summary>The deletion's row as stored, for checks the API does not show (restored or not, the snapshot).</summary>
    public static (string? RestoredAt, string SnapshotJson) Deletion(long deletionId)
    {
        using var connection = TrackerApp.Factory.OpenDatabase();
        return connection.QuerySingle<(string?, string)>("SELECT restored_at, snapshot_json FROM deletions WHERE id = @deletionId", new { deletionId });
    }
}

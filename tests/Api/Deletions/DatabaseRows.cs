using Dapper;
using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Tests.Api.Deletions;

/// <summary>
/// Every row of the tables a plan's contents live in, read straight from the database file, so a test can say that a
/// restore put back exactly what was there: the same ids, values and versions, nothing more and nothing less.
/// The audit log, the deletions, the accounts (whose tokens note when they were last used) and the plans' versions
/// (counters that a delete and its undo both move on, db/0027) are left out.
/// </summary>
public static class DatabaseRows
{
    private static readonly string[] Skipped = ["audit_log", "deletions", "users", "api_tokens", "plan_versions", "sqlite_sequence"];

    public static IReadOnlyList<string> All()
    {
        using var connection = new SqliteConnection($"Data Source={TrackerApp.Factory.DatabasePath}");
        connection.Open();
        var tables = connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .Where(t => !Skipped.Contains(t)).ToList();
        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Add(table + ": " + string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                    $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) is byte[] b ? Convert.ToBase64String(b) : $"{reader.GetValue(i)} ({reader.GetFieldType(i).Name})")}")));
        }
        return rows;
    }

    /// <summary>The deletion's row as stored, for checks the API does not show (restored or not, the snapshot).</summary>
    public static (string? RestoredAt, string SnapshotJson) Deletion(long deletionId)
    {
        using var connection = new SqliteConnection($"Data Source={TrackerApp.Factory.DatabasePath}");
        connection.Open();
        return connection.QuerySingle<(string?, string)>("SELECT restored_at, snapshot_json FROM deletions WHERE id = @deletionId", new { deletionId });
    }
}

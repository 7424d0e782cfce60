using System.Collections.Concurrent;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Features.Grid;

/// <summary>
/// The grid and summary of each plan as sent, kept until anything in the database changes. Every write adds an audit row
/// in its own transaction, so the audit log's highest id is a version of the whole database: a read compares it (one
/// primary-key lookup) instead of reading and analysing every score of the plan again. "Today" is part of the check
/// because overdue and due-soon change at midnight.
/// </summary>
public sealed class ReadCache
{
    public const string VersionSql = "SELECT coalesce(max(id), 0) FROM audit_log";

    private readonly ConcurrentDictionary<(string View, long PlanId, long? ReviewId), Entry> entries = new();

    private sealed record Entry(long Version, DateOnly Today, byte[] Json);

    public static Task<long> VersionAsync(SqliteConnection connection) => connection.ExecuteScalarAsync<long>(VersionSql);

    public byte[]? Find(string view, long planId, long? reviewId, long version, DateOnly today) =>
        entries.TryGetValue((view, planId, reviewId), out var entry) && entry.Version == version && entry.Today == today ? entry.Json : null;

    public void Keep(string view, long planId, long? reviewId, long version, DateOnly today, byte[] json) =>
        entries[(view, planId, reviewId)] = new Entry(version, today, json);
}

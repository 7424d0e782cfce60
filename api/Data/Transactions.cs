using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ActionPlanTracker.Data;

/// <summary>
/// The two kinds of transaction the tracker uses, the same on both engines.
/// A write transaction has the database to itself among writers: SQLite's BEGIN IMMEDIATE takes the file's write lock;
/// on PostgreSQL one transaction-scoped advisory lock plays that part, so every "read the version, check, write" sequence
/// written for SQLite stays correct (and two instances over one database queue their writes the same way).
/// A read transaction sees one snapshot: SQLite's deferred transaction in WAL; PostgreSQL's REPEATABLE READ.
/// </summary>
public static class Transactions
{
    /// <summary>The advisory lock key every write transaction takes on PostgreSQL ("tracker" in ASCII).</summary>
    public const long WriteLockKey = 0x747261636b6572;

    public static DbTransaction BeginWriteTransaction(this DbConnection connection)
    {
        if (connection is SqliteConnection sqlite) return sqlite.BeginTransaction(deferred: false);
        var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = WriteLockKey }, transaction);
        return transaction;
    }

    public static DbTransaction BeginReadTransaction(this DbConnection connection) =>
        connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : connection.BeginTransaction(IsolationLevel.RepeatableRead);
}

-- Issue 16, several instances over one database. What a process used to keep to itself, in rows every instance shares.
-- The tracker uses these tables on PostgreSQL, where several instances may run behind one address; on SQLite (one
-- process over one file) they stay empty and the keys folder and in-memory counters carry on as before. They are
-- created on both engines so the two schemas stay the same table for table (db/postgresql/0044 is the twin).

-- ASP.NET Core Data Protection's key ring (it signs session cookies and antiforgery tokens): one row per key, its XML
-- as the framework wrote it. friendly_name is the framework's ("key-<guid>"), unique so a key is stored once.
CREATE TABLE data_protection_keys (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    friendly_name TEXT    NOT NULL UNIQUE,
    xml           TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);

-- Sign-in rate limits as token buckets: "a:<address>" or "u:<username>", the tokens left after the last attempt, and
-- when that was (seconds since 1970 by the database's clock, so instances with drifting clocks agree). A bucket not
-- touched for a minute is full again, so such rows are deleted as the table is used.
CREATE TABLE sign_in_buckets (
    bucket      TEXT PRIMARY KEY,
    tokens      REAL NOT NULL,
    refilled_at REAL NOT NULL
);
CREATE INDEX ix_sign_in_buckets_refilled_at ON sign_in_buckets (refilled_at);

-- Each caller's latest write (Features/Grid/Writers.cs): caller is a SHA-256 of the session or account, sequence the
-- number the write took, written_at seconds since 1970 by the database's clock. Old rows are pruned: a caller not
-- found is taken to have written long ago, which is safe once the row is older than any previous version still served.
CREATE TABLE recent_writes (
    caller     TEXT    PRIMARY KEY,
    sequence   INTEGER NOT NULL,
    written_at INTEGER NOT NULL
);
CREATE INDEX ix_recent_writes_written_at ON recent_writes (written_at);

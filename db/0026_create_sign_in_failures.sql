-- Issue 13: a lock-out belongs to an account AND the client address the failures came from, so a stranger's wrong
-- passwords lock the account only from the stranger's address; its owner signs in from anywhere else, and API tokens
-- are never affected by a lock-out. client is the address the tracker sees (IPv4, or an IPv6 /64 prefix), as text.
-- failed_sign_ins counts failures in a row from that client; at Tracker:MaxFailedSignIns it restarts at 0 and
-- locked_until is set (fixed-width UTC ISO text, like every timestamp). A successful sign-in from the client resets
-- both and sets signed_in_at: a client that signed in lately is not held back by the per-username rate limit.
-- An administrator's password reset deletes the account's rows. users.failed_sign_ins and users.locked_until
-- (db/0009) are no longer used for the lock.
-- A rowid table like every other: the undo of a delete reads any table's rows in rowid order (Features/Deletions).
CREATE TABLE sign_in_failures (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id         INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client          TEXT    NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    signed_in_at    TEXT,
    updated_at      TEXT    NOT NULL,
    UNIQUE (user_id, client)
) STRICT;

CREATE INDEX ix_sign_in_failures_updated ON sign_in_failures (updated_at);

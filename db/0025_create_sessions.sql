-- Issue 13: sessions the server can end. Signing in adds a row; its id (random, 128 bits) travels inside the
-- encrypted session cookie, and every cookie-authenticated request looks the row up by key (a read: no write lock).
-- Signing out deletes the row, so a copy of the cookie taken before sign-out no longer works. A password change or
-- reset, an administrator's change to the account (role, disabled, person, name) and DELETE /api/users/{id}/sessions
-- delete the account's rows. Rows older than the absolute limit (30 days) are swept at each sign-in.
-- Cookies issued before this migration carry no session id, so everyone signs in once more.
-- A rowid table like every other: the undo of a delete reads any table's rows in rowid order (Features/Deletions).
CREATE TABLE sessions (
    id         TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT    NOT NULL
) STRICT;

CREATE INDEX ix_sessions_user ON sessions (user_id);
CREATE INDEX ix_sessions_created ON sessions (created_at);

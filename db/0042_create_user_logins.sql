-- Issue 16: single sign-on. An account signed in through the council's OpenID Connect provider is linked to the
-- provider's (issuer, subject) pair, which never changes when the person's email or name does. The first sign-in
-- links the account whose username matches the email claim (or creates one, when Tracker:SingleSignOn allows);
-- every later sign-in finds the account by this row. Deleting the account deletes its links.
-- A rowid table like every other: the undo of a delete reads any table's rows in rowid order (Features/Deletions).
CREATE TABLE user_logins (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id           INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    issuer            TEXT    NOT NULL,
    subject           TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    last_signed_in_at TEXT    NOT NULL,
    UNIQUE (issuer, subject)
) STRICT;

CREATE INDEX ix_user_logins_user ON user_logins (user_id);

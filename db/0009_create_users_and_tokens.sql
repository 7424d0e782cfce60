-- Accounts that sign in, and the personal API tokens integrations use instead of a password.
-- username is an e-mail-like sign-in name compared without regard to case, so Admin@x and admin@x are one account.
-- person_id links a manager to the person who leads or owns items, which is what their rights will follow.
-- failed_sign_ins and locked_until carry the lock-out; they change without touching row_version, so a stranger
-- guessing passwords cannot end the real user's session (row_version is the session stamp, see docs/architecture.md).
CREATE TABLE users (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    username        TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    display_name    TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('administrator', 'board', 'manager', 'viewer')),
    person_id       INTEGER REFERENCES people (id),
    password_hash   TEXT    NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    is_disabled     INTEGER NOT NULL DEFAULT 0 CHECK (is_disabled IN (0, 1)),
    row_version     INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
) STRICT;

CREATE INDEX ix_users_person ON users (person_id);

-- Only the SHA-256 (hex) of a token's secret is stored; prefix lets its owner recognise it in a list.
CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    token_hash   TEXT    NOT NULL UNIQUE,
    prefix       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
) STRICT;

CREATE INDEX ix_api_tokens_user ON api_tokens (user_id);

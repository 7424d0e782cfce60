-- People lead recommendations, own actions and write updates. Email is optional because
-- real plans often name people only by job title or initials.
CREATE TABLE people (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL,
    job_title   TEXT,
    email       TEXT    UNIQUE COLLATE NOCASE,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;

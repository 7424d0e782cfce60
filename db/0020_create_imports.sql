-- Issue 11: bringing a plan in from a council's workbook, Word table or CSV export, and taking the monthly returns back.
-- An import holds the uploaded file until it is committed or discarded; a committed import stays as the plan's source
-- file (downloadable from the plan), so what was imported can always be checked against what is stored.
CREATE TABLE imports (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT    NOT NULL CHECK (kind IN ('plan', 'return')),
    -- For a return, the plan it updates; for a plan import, the plan it created once committed.
    plan_id      INTEGER REFERENCES plans (id) ON DELETE CASCADE,
    file_name    TEXT    NOT NULL,
    format       TEXT    NOT NULL,
    sha256       TEXT    NOT NULL,
    size_bytes   INTEGER NOT NULL CHECK (size_bytes >= 0),
    content      BLOB    NOT NULL,
    mapping_json TEXT,
    status       TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'committed', 'discarded')),
    created_by   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    committed_by TEXT,
    committed_at TEXT,
    -- What the commit did, as JSON (counts per kind), for the plan page and the audit log.
    outcome_json TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX ix_imports_plan ON imports (plan_id, status);
CREATE INDEX ix_imports_sha256 ON imports (sha256, status);

-- A mapping saved by name to read next month's file the same way.
CREATE TABLE import_mappings (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    mapping_json TEXT    NOT NULL,
    created_by   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    row_version  INTEGER NOT NULL DEFAULT 1
) STRICT;

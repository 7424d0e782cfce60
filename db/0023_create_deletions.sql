-- Issue 12: undo of a delete. Deleting a priority, recommendation, action or success measure cascades to everything
-- beneath it (actions, measures, scores with their overrides and sign-offs, people, addressees, update logs, inspection
-- links, printed averages and figures). Before the DELETE the tracker copies every row the cascade removes, and every
-- column ON DELETE SET NULL empties, as raw column values (snapshot_json, parent rows first), so a restore puts back
-- exactly what was there: the same ids, values and versions. A deletion belongs to its plan and goes with it.
-- description says what went ("action 2 / A “Recruit …”"); counts_json how many rows of each kind.
-- restored_at NULL: not restored yet; a deletion is restored at most once.
CREATE TABLE deletions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id       INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    item_type     TEXT    NOT NULL CHECK (item_type IN ('priority', 'recommendation', 'action', 'measure')),
    item_id       INTEGER NOT NULL,
    description   TEXT    NOT NULL,
    snapshot_json TEXT    NOT NULL,
    counts_json   TEXT    NOT NULL,
    deleted_by    TEXT    NOT NULL,
    deleted_at    TEXT    NOT NULL,
    restored_at   TEXT,
    restored_by   TEXT,
    CHECK ((restored_at IS NULL) = (restored_by IS NULL))
) STRICT;

CREATE INDEX ix_deletions_plan ON deletions (plan_id, id);

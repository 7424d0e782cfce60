-- Real plans keep a running log in one cell: several dated notes per row, written within a review and between
-- reviews, some with no date at all. Each entry belongs to exactly one recommendation, action or success measure
-- (as scores do). review_id is the review it was written for, if any: deleting the review keeps the entry, unattached.
-- written_on is the date as printed; NULL means undated and stays undated (never stamped with the day it was typed).
-- position is the printed order within the item's log; a new entry goes last. entered_by/entered_at say who typed it
-- into the tracker and when, which is not who wrote it (author, as printed, e.g. initials "JS").
CREATE TABLE item_updates (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    recommendation_id INTEGER REFERENCES recommendations (id) ON DELETE CASCADE,
    action_id         INTEGER REFERENCES actions (id) ON DELETE CASCADE,
    measure_id        INTEGER REFERENCES success_measures (id) ON DELETE CASCADE,
    review_id         INTEGER REFERENCES reviews (id) ON DELETE SET NULL,
    written_on        TEXT CHECK (written_on IS NULL OR date(written_on) IS written_on),
    text              TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    author            TEXT,
    source_document   TEXT,
    position          INTEGER NOT NULL CHECK (position >= 1),
    entered_by        TEXT    NOT NULL,
    entered_at        TEXT    NOT NULL,
    row_version       INTEGER NOT NULL DEFAULT 1,
    CHECK ((recommendation_id IS NOT NULL) + (action_id IS NOT NULL) + (measure_id IS NOT NULL) = 1)
) STRICT;

CREATE INDEX ix_item_updates_recommendation ON item_updates (recommendation_id, position) WHERE recommendation_id IS NOT NULL;
CREATE INDEX ix_item_updates_action ON item_updates (action_id, position) WHERE action_id IS NOT NULL;
CREATE INDEX ix_item_updates_measure ON item_updates (measure_id, position) WHERE measure_id IS NOT NULL;
CREATE INDEX ix_item_updates_plan ON item_updates (plan_id);
-- ON DELETE SET NULL looks entries up by review when a review is deleted.
CREATE INDEX ix_item_updates_review ON item_updates (review_id);

-- Figures as a plan or board report printed them, beyond averages (those are reported_averages): a count at a level
-- ("COMPLETED 6"), a percentage at a level ("GREEN 45%"), how many items were scored, how many items there are, or
-- anything else ("26/36"). value_text keeps exactly what was printed; value is the number read from it, if any.
-- review_id NULL: printed for no particular review (it cannot be checked against scores). priority_id NULL: the whole plan.
-- level is the scale level's value that the two AtLevel kinds count (a value, not a row id: it is what was printed).
CREATE TABLE printed_figures (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    review_id   INTEGER REFERENCES reviews (id) ON DELETE CASCADE,
    priority_id INTEGER REFERENCES priorities (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('countAtLevel', 'percentageAtLevel', 'scoredItemCount', 'itemCount', 'other')),
    level       INTEGER CHECK (level IS NULL OR level >= 1),
    label       TEXT    NOT NULL,
    value_text  TEXT    NOT NULL,
    value       REAL,
    claims      TEXT,
    source      TEXT,
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK ((kind IN ('countAtLevel', 'percentageAtLevel')) = (level IS NOT NULL))
) STRICT;

CREATE INDEX ix_printed_figures_plan ON printed_figures (plan_id, review_id);
CREATE INDEX ix_printed_figures_review ON printed_figures (review_id);
CREATE INDEX ix_printed_figures_priority ON printed_figures (priority_id);

-- A review is one cycle of a plan ("RAG 03/18", "Update November 16").
CREATE TABLE reviews (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    label       TEXT    NOT NULL,
    review_date TEXT    NOT NULL,
    reviewer    TEXT,
    status      TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (plan_id, label)
) STRICT;

CREATE INDEX ix_reviews_plan ON reviews (plan_id, review_date);

-- One score per scored item per review. Exactly one of the three item columns is set.
-- level_id NULL is an explicit "no score"; recorded_as keeps what a spreadsheet cell said
-- ("update not available", "0") so an import loses nothing.
-- The direction-of-travel override sits beside the computed value, which is never stored.
CREATE TABLE scores (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id         INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    recommendation_id INTEGER REFERENCES recommendations (id) ON DELETE CASCADE,
    action_id         INTEGER REFERENCES actions (id) ON DELETE CASCADE,
    measure_id        INTEGER REFERENCES success_measures (id) ON DELETE CASCADE,
    level_id          INTEGER REFERENCES scale_levels (id),
    recorded_as       TEXT,
    narrative         TEXT,
    narrative_date    TEXT,
    direction_override        TEXT CHECK (direction_override IN ('improving', 'maintained', 'declining')),
    direction_override_reason TEXT,
    direction_override_by     TEXT,
    direction_override_at     TEXT,
    updated_by        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    row_version       INTEGER NOT NULL DEFAULT 1,
    CHECK ((recommendation_id IS NOT NULL) + (action_id IS NOT NULL) + (measure_id IS NOT NULL) = 1),
    CHECK ((direction_override IS NULL) = (direction_override_reason IS NULL))
) STRICT;

CREATE UNIQUE INDEX ux_scores_recommendation ON scores (review_id, recommendation_id) WHERE recommendation_id IS NOT NULL;
CREATE UNIQUE INDEX ux_scores_action ON scores (review_id, action_id) WHERE action_id IS NOT NULL;
CREATE UNIQUE INDEX ux_scores_measure ON scores (review_id, measure_id) WHERE measure_id IS NOT NULL;
CREATE INDEX ix_scores_level ON scores (level_id);

-- A plan answers one inspection or review. plan_version is the document version the council
-- prints in the header ("v3.2"); row_version is the optimistic-concurrency counter behind ETags.
-- score_level says which rows of the plan carry scores: recommendations (inspection plans),
-- actions, or success measures (grouped development plans).
CREATE TABLE plans (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    title               TEXT    NOT NULL,
    source_type         TEXT    NOT NULL,
    source_report_date  TEXT,
    overall_judgement   TEXT,
    plan_version        TEXT,
    status              TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'closed')),
    scale_id            INTEGER NOT NULL REFERENCES rating_scales (id),
    grouped_by_priority INTEGER NOT NULL DEFAULT 0 CHECK (grouped_by_priority IN (0, 1)),
    score_level         TEXT    NOT NULL DEFAULT 'recommendation' CHECK (score_level IN ('recommendation', 'action', 'measure')),
    row_version         INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
) STRICT;

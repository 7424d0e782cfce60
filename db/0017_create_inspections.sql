-- The inspection (or review) a plan answers, held as the report printed it, so the tracker can show which of the
-- report's recommendations the plan answers and which it does not. Judgements are kept as printed words; the optional
-- level is the value on the inspectorate's own scale (Ofsted's four grades, HMIP's 0 Inadequate..3 Outstanding), which
-- is why no CHECK holds levels to 1 or more here: an inspectorate's 0 is a judgement, not a missing score.
CREATE TABLE inspections (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    inspectorate       TEXT    NOT NULL,
    kind               TEXT,
    title              TEXT,
    started_on         TEXT,
    ended_on           TEXT,
    published_on       TEXT,
    overall_judgement  TEXT,
    overall_level      INTEGER,
    -- No ON DELETE: a scale that gives an inspection's levels their meaning must not vanish from under them.
    judgement_scale_id INTEGER REFERENCES rating_scales (id),
    report_reference   TEXT,
    row_version        INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
) STRICT;

CREATE INDEX ix_inspections_scale ON inspections (judgement_scale_id);

-- Judgements per area ("Children who need help and protection", or an HMIP key question), owned by the inspection
-- and replaced as a whole when it changes, like a recommendation's leads. score_text keeps "26/36" as printed;
-- percentage is the figure the inspectorate gives beside it.
CREATE TABLE inspection_judgements (
    inspection_id INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    area          TEXT    NOT NULL,
    judgement     TEXT,
    level         INTEGER,
    score_text    TEXT,
    percentage    REAL    CHECK (percentage BETWEEN 0 AND 100),
    PRIMARY KEY (inspection_id, position),
    UNIQUE (inspection_id, area)
) STRICT;

-- The report's numbered recommendations, numbers kept as printed ("14"); some lists print none, so number is optional,
-- but two recommendations of one report never share a number. addressee is the body the report addresses
-- ("the local authority", "the safeguarding partnership", "the youth justice management board", "the service").
CREATE TABLE inspection_recommendations (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    inspection_id INTEGER NOT NULL REFERENCES inspections (id) ON DELETE CASCADE,
    number        TEXT,
    text          TEXT    NOT NULL,
    addressee     TEXT,
    paragraphs    TEXT,
    sort_order    INTEGER NOT NULL DEFAULT 0,
    row_version   INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;

CREATE UNIQUE INDEX ux_inspection_recommendations_number ON inspection_recommendations (inspection_id, number) WHERE number IS NOT NULL;
CREATE INDEX ix_inspection_recommendations_inspection ON inspection_recommendations (inspection_id, sort_order);

-- Which plan items answer a report recommendation: a plan recommendation (which keeps its renumbering, "7 (14)"), an
-- action or a whole priority. Exactly one is set, as in scores. Deleting the plan item deletes the link, so the report
-- recommendation shows as unanswered again rather than pointing at nothing.
CREATE TABLE inspection_recommendation_links (
    inspection_recommendation_id INTEGER NOT NULL REFERENCES inspection_recommendations (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    recommendation_id INTEGER REFERENCES recommendations (id) ON DELETE CASCADE,
    action_id         INTEGER REFERENCES actions (id) ON DELETE CASCADE,
    priority_id       INTEGER REFERENCES priorities (id) ON DELETE CASCADE,
    note              TEXT,
    PRIMARY KEY (inspection_recommendation_id, position),
    CHECK ((recommendation_id IS NOT NULL) + (action_id IS NOT NULL) + (priority_id IS NOT NULL) = 1)
) STRICT;

CREATE UNIQUE INDEX ux_inspection_links_recommendation ON inspection_recommendation_links (inspection_recommendation_id, recommendation_id) WHERE recommendation_id IS NOT NULL;
CREATE UNIQUE INDEX ux_inspection_links_action ON inspection_recommendation_links (inspection_recommendation_id, action_id) WHERE action_id IS NOT NULL;
CREATE UNIQUE INDEX ux_inspection_links_priority ON inspection_recommendation_links (inspection_recommendation_id, priority_id) WHERE priority_id IS NOT NULL;
-- The cascades look links up by the plan item that is being deleted.
CREATE INDEX ix_inspection_links_by_recommendation ON inspection_recommendation_links (recommendation_id);
CREATE INDEX ix_inspection_links_by_action ON inspection_recommendation_links (action_id);
CREATE INDEX ix_inspection_links_by_priority ON inspection_recommendation_links (priority_id);

-- The inspection a plan answers. Several plans can answer one inspection (the council's plan and the partnership's).
ALTER TABLE plans ADD COLUMN inspection_id INTEGER REFERENCES inspections (id) ON DELETE SET NULL;

CREATE INDEX ix_plans_inspection ON plans (inspection_id);

-- Nothing required that a source may lack (issue 10). Real plans print rows without numbers, review columns with only a
-- label, scales without colours or without saying which end is good, inspectorate scales that start at 0, and people
-- named only by their role. SQLite cannot relax NOT NULL or CHECK in place, so each table is rebuilt as SQLite's manual
-- describes ("Making Other Kinds Of Table Schema Changes"): new table, copy, drop, rename, indexes again. The migrator
-- runs with foreign keys off and checks them after the last script (Data/Migrator.cs). Ids are kept, and so is each
-- table's AUTOINCREMENT high-water mark, so an id the audit log has seen is never handed out again.

CREATE TEMP TABLE saved_sequences AS SELECT name, seq FROM sqlite_sequence;

-- A person may be named by role only ("Head of Service") and given a name later; one of the two is needed.
CREATE TABLE people_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT,
    job_title   TEXT,
    email       TEXT    UNIQUE COLLATE NOCASE,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CHECK (name IS NOT NULL OR job_title IS NOT NULL)
) STRICT;
INSERT INTO people_new (id, name, job_title, email, row_version, created_at, updated_at)
SELECT id, name, job_title, email, row_version, created_at, updated_at FROM people;
DROP TABLE people;
ALTER TABLE people_new RENAME TO people;

-- higher_is_better NULL: the source never said which end of the scale is good (a 1-3 score nobody explained).
CREATE TABLE rating_scales_new (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    description      TEXT,
    higher_is_better INTEGER CHECK (higher_is_better IN (0, 1)),
    is_built_in      INTEGER NOT NULL DEFAULT 0 CHECK (is_built_in IN (0, 1)),
    row_version      INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
) STRICT;
INSERT INTO rating_scales_new (id, name, description, higher_is_better, is_built_in, row_version, created_at, updated_at)
SELECT id, name, description, higher_is_better, is_built_in, row_version, created_at, updated_at FROM rating_scales;
DROP TABLE rating_scales;
ALTER TABLE rating_scales_new RENAME TO rating_scales;

-- Levels may start at 0 (HMIP: 0 Inadequate .. 3 Outstanding). "No score" is a score row without a level, never a value,
-- so a 0 level is as real as any other. A level's colour is optional: many plans never print one.
CREATE TABLE scale_levels_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    scale_id       INTEGER NOT NULL REFERENCES rating_scales (id) ON DELETE CASCADE,
    value          INTEGER NOT NULL CHECK (value >= 0),
    label          TEXT    NOT NULL,
    meaning        TEXT,
    colour         TEXT,
    means_complete INTEGER NOT NULL DEFAULT 0 CHECK (means_complete IN (0, 1)),
    UNIQUE (scale_id, value),
    UNIQUE (scale_id, label)
) STRICT;
INSERT INTO scale_levels_new (id, scale_id, value, label, meaning, colour, means_complete)
SELECT id, scale_id, value, label, meaning, colour, means_complete FROM scale_levels;
DROP TABLE scale_levels;
ALTER TABLE scale_levels_new RENAME TO scale_levels;

-- Numbers are optional at every level: an unnumbered row keeps its place by sort_order and shows as unnumbered.
CREATE TABLE priorities_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    number            TEXT,
    title             TEXT    NOT NULL,
    outcome_statement TEXT,
    sort_order        INTEGER NOT NULL DEFAULT 0,
    row_version       INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    UNIQUE (plan_id, number)
) STRICT;
INSERT INTO priorities_new (id, plan_id, number, title, outcome_statement, sort_order, row_version, created_at, updated_at)
SELECT id, plan_id, number, title, outcome_statement, sort_order, row_version, created_at, updated_at FROM priorities;
DROP TABLE priorities;
ALTER TABLE priorities_new RENAME TO priorities;

CREATE TABLE recommendations_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    priority_id       INTEGER REFERENCES priorities (id) ON DELETE SET NULL,
    number            TEXT,
    text              TEXT    NOT NULL,
    judgement_area    TEXT,
    source_paragraphs TEXT,
    deadline_text     TEXT,
    sort_order        INTEGER NOT NULL DEFAULT 0,
    row_version       INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    UNIQUE (plan_id, number)
) STRICT;
INSERT INTO recommendations_new (id, plan_id, priority_id, number, text, judgement_area, source_paragraphs, deadline_text,
                                 sort_order, row_version, created_at, updated_at)
SELECT id, plan_id, priority_id, number, text, judgement_area, source_paragraphs, deadline_text,
       sort_order, row_version, created_at, updated_at FROM recommendations;
DROP TABLE recommendations;
ALTER TABLE recommendations_new RENAME TO recommendations;
CREATE INDEX ix_recommendations_plan ON recommendations (plan_id, sort_order);

-- Actions lose their lead and responsible-officer columns: their people are in item_people (db/0011) like every level's.
CREATE TABLE actions_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    recommendation_id INTEGER REFERENCES recommendations (id) ON DELETE CASCADE,
    priority_id       INTEGER REFERENCES priorities (id) ON DELETE CASCADE,
    code              TEXT,
    description       TEXT    NOT NULL,
    source_reference  TEXT,
    deadline_text     TEXT,
    sort_order        INTEGER NOT NULL DEFAULT 0,
    row_version       INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    CHECK ((recommendation_id IS NULL) <> (priority_id IS NULL))
) STRICT;
INSERT INTO actions_new (id, plan_id, recommendation_id, priority_id, code, description, source_reference, deadline_text,
                         sort_order, row_version, created_at, updated_at)
SELECT id, plan_id, recommendation_id, priority_id, code, description, source_reference, deadline_text,
       sort_order, row_version, created_at, updated_at FROM actions;
DROP TABLE actions;
ALTER TABLE actions_new RENAME TO actions;
CREATE UNIQUE INDEX ux_actions_code_in_recommendation ON actions (recommendation_id, code) WHERE recommendation_id IS NOT NULL;
CREATE UNIQUE INDEX ux_actions_code_in_priority ON actions (priority_id, code) WHERE priority_id IS NOT NULL;
CREATE INDEX ix_actions_plan ON actions (plan_id, sort_order);

-- A review may have only its column label ("RAG 03/18") and no date. Its place among the plan's reviews is sort_order,
-- which until now was the date order: kept as it was.
CREATE TABLE reviews_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    label       TEXT    NOT NULL,
    review_date TEXT,
    reviewer    TEXT,
    status      TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    UNIQUE (plan_id, label)
) STRICT;
INSERT INTO reviews_new (id, plan_id, label, review_date, reviewer, status, sort_order, row_version, created_at, updated_at)
SELECT r.id, r.plan_id, r.label, r.review_date, r.reviewer, r.status,
       (SELECT count(*) FROM reviews e
        WHERE e.plan_id = r.plan_id AND (e.review_date < r.review_date OR (e.review_date = r.review_date AND e.id <= r.id))),
       r.row_version, r.created_at, r.updated_at
FROM reviews r;
DROP TABLE reviews;
ALTER TABLE reviews_new RENAME TO reviews;
CREATE INDEX ix_reviews_plan ON reviews (plan_id, sort_order);

-- Restore each rebuilt table's high-water mark (a copy only raises it to the largest id still present).
UPDATE sqlite_sequence
SET seq = max(seq, (SELECT s.seq FROM saved_sequences s WHERE s.name = sqlite_sequence.name))
WHERE name IN (SELECT name FROM saved_sequences);
INSERT INTO sqlite_sequence (name, seq)
SELECT s.name, s.seq FROM saved_sequences s
WHERE s.name IN ('people', 'rating_scales', 'scale_levels', 'priorities', 'recommendations', 'actions', 'reviews')
  AND NOT EXISTS (SELECT 1 FROM sqlite_sequence q WHERE q.name = s.name);
DROP TABLE saved_sequences;

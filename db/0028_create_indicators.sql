-- Issue 15: key performance indicators of a plan (the scorecard). Words as in api/Domain/Scorecard/ScorecardWords.cs.
-- What was entered is stored; RAG, direction of travel and year to date are computed when read, never stored.
-- Each table is a rowid table with row_version for the ETag, as every other.
CREATE TABLE indicators (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id        INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    reference      TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    definition     TEXT,
    unit           TEXT    NOT NULL CHECK (unit IN ('percentage', 'number', 'rate-per-10000', 'days', 'ratio')),
    decimal_places INTEGER NOT NULL DEFAULT 0 CHECK (decimal_places BETWEEN 0 AND 4),
    polarity       TEXT    NOT NULL CHECK (polarity IN ('higher-is-better', 'lower-is-better', 'neither')),
    frequency      TEXT    NOT NULL CHECK (frequency IN ('monthly', 'quarterly', 'annual')),
    ytd_rule       TEXT    NOT NULL CHECK (ytd_rule IN ('sum', 'average', 'latest', 'ratio')),
    data_source    TEXT,
    position       INTEGER NOT NULL DEFAULT 0,
    row_version    INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;

-- A reference is unique in its plan whatever its case ("CP1" and "cp1" are one indicator).
CREATE UNIQUE INDEX ux_indicators_reference ON indicators (plan_id, reference COLLATE NOCASE);
CREATE INDEX ix_indicators_plan ON indicators (plan_id, position);

-- The people who own an indicator (a manager enters values only for the indicators they own), in printed order.
CREATE TABLE indicator_owners (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES people (id),
    position     INTEGER NOT NULL,
    UNIQUE (indicator_id, person_id)
) STRICT;

CREATE INDEX ix_indicator_owners_person ON indicator_owners (person_id);

-- The plan's priorities, recommendations and actions an indicator evidences: exactly one item column is set, as in
-- inspection_recommendation_links and item_people. A link goes when its item does.
CREATE TABLE indicator_links (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    indicator_id      INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    priority_id       INTEGER REFERENCES priorities (id) ON DELETE CASCADE,
    recommendation_id INTEGER REFERENCES recommendations (id) ON DELETE CASCADE,
    action_id         INTEGER REFERENCES actions (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    CHECK ((priority_id IS NOT NULL) + (recommendation_id IS NOT NULL) + (action_id IS NOT NULL) = 1)
) STRICT;

CREATE UNIQUE INDEX ux_indicator_links_priority ON indicator_links (indicator_id, priority_id) WHERE priority_id IS NOT NULL;
CREATE UNIQUE INDEX ux_indicator_links_recommendation ON indicator_links (indicator_id, recommendation_id) WHERE recommendation_id IS NOT NULL;
CREATE UNIQUE INDEX ux_indicator_links_action ON indicator_links (indicator_id, action_id) WHERE action_id IS NOT NULL;
CREATE INDEX ix_indicator_links_priority ON indicator_links (priority_id);
CREATE INDEX ix_indicator_links_recommendation ON indicator_links (recommendation_id);
CREATE INDEX ix_indicator_links_action ON indicator_links (action_id);

-- One row per indicator and council year (year = the calendar year the council's year starts in: 2025 = 2025/26).
-- baseline is last year's outturn; *_text keep the figures as printed ("increase from 80% to 100%"). Tolerance is in
-- the indicator's own unit; NULL means 0.
CREATE TABLE indicator_years (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    indicator_id  INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    year          INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    baseline      REAL,
    baseline_text TEXT,
    target        REAL,
    target_text   TEXT,
    tolerance     REAL CHECK (tolerance IS NULL OR tolerance >= 0),
    row_version   INTEGER NOT NULL DEFAULT 1,
    updated_by    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    UNIQUE (indicator_id, year)
) STRICT;

-- Interim targets of a year's periods (a period is 'YYYY-MM', its first month); used before the year's target.
-- Replaced with their year.
CREATE TABLE indicator_interim_targets (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    indicator_year_id INTEGER NOT NULL REFERENCES indicator_years (id) ON DELETE CASCADE,
    period          TEXT    NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
    target          REAL    NOT NULL,
    target_text     TEXT,
    UNIQUE (indicator_year_id, period)
) STRICT;

-- What the indicator is compared with in a year: statistical neighbours' average, England, the region.
-- figure_year is the year the published figure is for, as printed ("2023/24"): comparators lag a year or two.
CREATE TABLE indicator_comparators (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    indicator_id INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    year         INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    kind         TEXT    NOT NULL CHECK (kind IN ('statistical-neighbours', 'england', 'region')),
    value        REAL    NOT NULL,
    figure_year  TEXT,
    source       TEXT,
    row_version  INTEGER NOT NULL DEFAULT 1,
    updated_by   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    UNIQUE (indicator_id, year, kind)
) STRICT;

-- One value per indicator and period. value is NULL exactly when state says why there is no number; 0 is a real zero.
-- numerator/denominator are kept for the ratio year-to-date rule. printed_ytd / printed_direction keep what the source
-- printed, so a later read can flag where they disagree with the computed ones.
CREATE TABLE indicator_values (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    indicator_id      INTEGER NOT NULL REFERENCES indicators (id) ON DELETE CASCADE,
    period            TEXT    NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
    state             TEXT    NOT NULL CHECK (state IN ('value', 'not-yet-due', 'being-collated', 'not-published', 'suppressed')),
    value             REAL,
    numerator         REAL,
    denominator       REAL CHECK (denominator IS NULL OR denominator > 0),
    note              TEXT,
    printed_ytd       TEXT,
    printed_direction TEXT,
    row_version       INTEGER NOT NULL DEFAULT 1,
    updated_by        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    UNIQUE (indicator_id, period),
    CHECK ((state = 'value') = (value IS NOT NULL))
) STRICT;

CREATE INDEX ix_indicator_values_period ON indicator_values (period);

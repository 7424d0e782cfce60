-- An action answers a recommendation or sits directly under a priority, never both.
-- source_reference keeps tags such as "Ofsted rec 14" on actions carried over from an inspection.
CREATE TABLE actions (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    recommendation_id INTEGER REFERENCES recommendations (id) ON DELETE CASCADE,
    priority_id       INTEGER REFERENCES priorities (id) ON DELETE CASCADE,
    code              TEXT    NOT NULL,
    description       TEXT    NOT NULL,
    source_reference  TEXT,
    lead_person_id        INTEGER REFERENCES people (id),
    responsible_person_id INTEGER REFERENCES people (id),
    deadline_text     TEXT,
    sort_order        INTEGER NOT NULL DEFAULT 0,
    row_version       INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    CHECK ((recommendation_id IS NULL) <> (priority_id IS NULL))
) STRICT;

CREATE UNIQUE INDEX ux_actions_code_in_recommendation ON actions (recommendation_id, code) WHERE recommendation_id IS NOT NULL;
CREATE UNIQUE INDEX ux_actions_code_in_priority ON actions (priority_id, code) WHERE priority_id IS NOT NULL;
CREATE INDEX ix_actions_plan ON actions (plan_id, sort_order);

CREATE TABLE action_owners (
    action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (action_id, person_id)
) STRICT;

CREATE INDEX ix_action_owners_person ON action_owners (person_id);

-- In grouped development plans each success measure is scored on its own.
CREATE TABLE success_measures (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id     INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    action_id   INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    text        TEXT    NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;

CREATE INDEX ix_success_measures_action ON success_measures (action_id, sort_order);

-- Numbers are kept as written ("7 (14)" survives a merge of rows); sort_order gives the printed order.
CREATE TABLE priorities (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    number            TEXT    NOT NULL,
    title             TEXT    NOT NULL,
    outcome_statement TEXT,
    sort_order        INTEGER NOT NULL DEFAULT 0,
    row_version       INTEGER NOT NULL DEFAULT 1,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    UNIQUE (plan_id, number)
) STRICT;

CREATE TABLE recommendations (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id           INTEGER NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    priority_id       INTEGER REFERENCES priorities (id) ON DELETE SET NULL,
    number            TEXT    NOT NULL,
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

-- One recommendation often has two leads; position keeps the order they were written in.
CREATE TABLE recommendation_leads (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations (id) ON DELETE CASCADE,
    person_id         INTEGER NOT NULL REFERENCES people (id),
    position          INTEGER NOT NULL,
    PRIMARY KEY (recommendation_id, person_id)
) STRICT;

CREATE INDEX ix_recommendations_plan ON recommendations (plan_id, sort_order);
CREATE INDEX ix_recommendation_leads_person ON recommendation_leads (person_id);

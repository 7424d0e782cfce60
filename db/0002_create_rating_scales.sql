-- A rating scale belongs to a plan's design: plans score 1-5, 1-3 (lower better) or in words.
-- Level values start at 1: in the councils' sheets a zero or a blank meant "no score", never a level.
CREATE TABLE rating_scales (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name             TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    description      TEXT,
    higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0, 1)),
    is_built_in      INTEGER NOT NULL DEFAULT 0 CHECK (is_built_in IN (0, 1)),
    row_version      INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
) STRICT;

CREATE TABLE scale_levels (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    scale_id       INTEGER NOT NULL REFERENCES rating_scales (id) ON DELETE CASCADE,
    value          INTEGER NOT NULL CHECK (value >= 1),
    label          TEXT    NOT NULL,
    meaning        TEXT,
    colour         TEXT    NOT NULL,
    means_complete INTEGER NOT NULL DEFAULT 0 CHECK (means_complete IN (0, 1)),
    UNIQUE (scale_id, value),
    UNIQUE (scale_id, label)
) STRICT;

INSERT INTO rating_scales (id, name, description, higher_is_better, is_built_in, created_at, updated_at) VALUES
 (1, 'Progress 1 to 5', 'Development plan progress scale: 1 not started or seriously delayed up to 5 complete and sustained.', 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
 (2, 'Score 1 to 3 (lower is better)', 'Inspection recommendation score where 1 is the best position and 3 the worst.', 0, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
 (3, 'RAG words', 'Red, amber, green and completed (blue), as written in peer review and campaign plans.', 1, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');

INSERT INTO scale_levels (scale_id, value, label, meaning, colour, means_complete) VALUES
 (1, 1, 'Not started or seriously delayed', 'Not started or seriously delayed; must be prioritised.', '#d4351c', 0),
 (1, 2, 'Started with some delay', 'Started but with some delay; must be monitored.', '#ffcc00', 0),
 (1, 3, 'On track', 'On track to finish by the agreed date; evidence needed that it is sustained.', '#92d050', 0),
 (1, 4, 'Complete, monitoring', 'Complete with evidence of sustained improvement; stays in the plan for monitoring.', '#5694ca', 1),
 (1, 5, 'Complete and sustained', 'Complete and sustained; can be removed from the plan.', '#1d70b8', 1),
 (2, 1, 'Good progress', 'Actions complete or on track with evidence of impact.', '#92d050', 0),
 (2, 2, 'Some progress', 'Progress made but not yet secure; must be monitored.', '#ffcc00', 0),
 (2, 3, 'Insufficient progress', 'Little or no progress; must be prioritised.', '#d4351c', 0),
 (3, 1, 'Red', 'Off track; must be prioritised.', '#d4351c', 0),
 (3, 2, 'Amber', 'Some delay; must be monitored.', '#ffcc00', 0),
 (3, 3, 'Green', 'On track.', '#92d050', 0),
 (3, 4, 'Completed', 'Completed.', '#1d70b8', 1);

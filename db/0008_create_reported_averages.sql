-- Averages as someone typed them into a printed plan ("2.8 -> 3.3"), kept beside the scores so the tracker can say
-- where a printed figure disagrees with the scores beneath it. priority_id NULL is the plan's overall figure.
CREATE TABLE reported_averages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    review_id   INTEGER NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    priority_id INTEGER REFERENCES priorities (id) ON DELETE CASCADE,
    value       REAL    NOT NULL CHECK (value >= 0),
    source      TEXT,
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
) STRICT;

-- One figure per review and scope; 0 stands for "overall" because NULLs are distinct in a unique index.
CREATE UNIQUE INDEX ux_reported_averages_scope ON reported_averages (review_id, coalesce(priority_id, 0));

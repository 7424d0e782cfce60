-- Issue 17: reminder emails. Every email the tracker means to send is a row of mail_outbox first, so a restart, a
-- second scheduler tick or a second instance never makes or sends one twice: dedupe_key names the event and the person
-- (e.g. 'review-opened:12:7') and is unique. A row waits (status 'waiting') until next_attempt_at; a sender claims it
-- (claimed_at) before talking to the SMTP server, marks it 'sent' with sent_at, or puts it back with attempts + 1, its
-- last_error and a later next_attempt_at; a permanent refusal (5xx) or too many attempts leaves it 'failed'. Rows are
-- kept, so an administrator sees what was sent and what is waiting (GET /api/admin/mail/outbox). Ids of the person,
-- plan and review are kept for the record, without foreign keys: deleting a person must not lose what was sent to them.
CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe_key      TEXT    NOT NULL UNIQUE,
    kind            TEXT    NOT NULL,
    person_id       INTEGER,
    recipient_name  TEXT    NOT NULL,
    recipient_email TEXT    NOT NULL,
    plan_id         INTEGER,
    review_id       INTEGER,
    subject         TEXT    NOT NULL,
    text_body       TEXT    NOT NULL,
    html_body       TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'sent', 'failed')),
    created_at      TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    claimed_at      TEXT,
    last_error      TEXT,
    sent_at         TEXT
) STRICT;

CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);

-- One row per event the scheduler has dealt with ('review-opened:12', 'updates-due-reminder:12:2027-01-15'), written in
-- the same transaction as that event's outbox rows, so the people of an event are worked out once.
CREATE TABLE mail_events (
    event_key   TEXT    PRIMARY KEY,
    kind        TEXT    NOT NULL,
    review_id   INTEGER,
    occurred_at TEXT    NOT NULL,
    emails      INTEGER NOT NULL
) STRICT;

-- Reviews already open when this migration runs were opened before the tracker sent email: they are not announced
-- now, weeks late (their reminders before updates_due_by still go).
INSERT INTO mail_events (event_key, kind, review_id, occurred_at, emails)
SELECT 'review-opened:' || id, 'review-opened', id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 0 FROM reviews WHERE status = 'open';

-- The administrator's switch: while sending_paused is 1 nothing is queued or sent, whatever the settings say.
CREATE TABLE mail_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    sending_paused INTEGER NOT NULL DEFAULT 0 CHECK (sending_paused IN (0, 1)),
    row_version    INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT
) STRICT;

INSERT INTO mail_state (id) VALUES (1);

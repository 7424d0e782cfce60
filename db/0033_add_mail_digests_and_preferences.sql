-- Issue 17, part 2: the digests (deadlines, sign-off), the sign-off decisions, the list after a review closes, and each
-- person's choice of which of them they receive.
--
-- Sign-off decisions are found by the scheduler from the scores themselves (sign_off_status and sign_off_at), so a
-- decision can be neither lost nor emailed twice (the outbox's dedupe key names the score and the decision's time).
-- Decisions made before the tracker first looked for them are not announced weeks late: decisions_since is set by the
-- scheduler's first tick (on the app's clock) and never moves after.
ALTER TABLE mail_state ADD COLUMN decisions_since TEXT;

-- The administrator's defaults, for whoever has not chosen: each kind on, the weekly digest on Monday (day 1; 0 is
-- Sunday, as .NET's DayOfWeek counts).
ALTER TABLE mail_state ADD COLUMN default_review_reminders INTEGER NOT NULL DEFAULT 1 CHECK (default_review_reminders IN (0, 1));
ALTER TABLE mail_state ADD COLUMN default_deadlines_digest INTEGER NOT NULL DEFAULT 1 CHECK (default_deadlines_digest IN (0, 1));
ALTER TABLE mail_state ADD COLUMN default_sign_off INTEGER NOT NULL DEFAULT 1 CHECK (default_sign_off IN (0, 1));
ALTER TABLE mail_state ADD COLUMN default_review_closed INTEGER NOT NULL DEFAULT 1 CHECK (default_review_closed IN (0, 1));
ALTER TABLE mail_state ADD COLUMN default_digest_day INTEGER NOT NULL DEFAULT 1 CHECK (default_digest_day BETWEEN 0 AND 6);

-- A person's own choices; NULL in a column means "as the administrator's default".
CREATE TABLE mail_preferences (
    person_id        INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    review_reminders INTEGER CHECK (review_reminders IN (0, 1)),
    deadlines_digest INTEGER CHECK (deadlines_digest IN (0, 1)),
    sign_off         INTEGER CHECK (sign_off IN (0, 1)),
    review_closed    INTEGER CHECK (review_closed IN (0, 1)),
    digest_day       INTEGER CHECK (digest_day BETWEEN 0 AND 6),
    row_version      INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT    NOT NULL
) STRICT;

-- Reviews closed before the tracker sent email are not reported now.
INSERT INTO mail_events (event_key, kind, review_id, occurred_at, emails)
SELECT 'review-closed:' || id, 'review-closed', id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 0 FROM reviews WHERE status = 'closed';

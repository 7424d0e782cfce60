-- Issue 17, part 3: calendar feeds. A feed is a secret address (GET /calendar/{secret}.ics) that a calendar program such
-- as Outlook subscribes to: a person's feed carries their items' deadlines and the review dates of the plans those items
-- are in; a plan's feed carries every review date, "updates due by" date and item deadline in the plan.
--
-- Only the SHA-256 (hex) of the secret is stored, as for API tokens; the secret itself is shown once, when the feed is
-- created. name says where it is used ("Outlook on my laptop"), so its owner can tell feeds apart. A revoked feed (revoked_at set) answers 404 like an unknown one. created_by_user_id is the account that made
-- the feed: while that account is disabled the feed answers 404 too, and deleting the account deletes its feeds.
CREATE TABLE calendar_feeds (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    kind               TEXT    NOT NULL CHECK (kind IN ('person', 'plan')),
    name               TEXT    NOT NULL,
    person_id          INTEGER REFERENCES people (id) ON DELETE CASCADE,
    plan_id            INTEGER REFERENCES plans (id) ON DELETE CASCADE,
    secret_hash        TEXT    NOT NULL UNIQUE,
    created_by_user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_by         TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    revoked_at         TEXT,
    CHECK ((kind = 'person') = (person_id IS NOT NULL) AND (kind = 'plan') = (plan_id IS NOT NULL))
) STRICT;

CREATE INDEX ix_calendar_feeds_person ON calendar_feeds (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX ix_calendar_feeds_plan ON calendar_feeds (plan_id) WHERE plan_id IS NOT NULL;

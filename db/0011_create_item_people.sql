-- Leads and owners at every level of a plan (recommendation, action, success measure), each a list in printed order.
-- Real plans print "Assigned lead" and "Owner(s)", or "Lead" and "Responsible officer", at whichever level they score,
-- and success measures often name their own people. This one table replaces recommendation_leads, the actions' single
-- lead and responsible-officer columns and action_owners: a responsible officer is the plan's word for an owner
-- (plans.owner_heading, db/0016, keeps the word as printed). Exactly one item column is set, as in scores.
CREATE TABLE item_people (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    recommendation_id INTEGER REFERENCES recommendations (id) ON DELETE CASCADE,
    action_id         INTEGER REFERENCES actions (id) ON DELETE CASCADE,
    measure_id        INTEGER REFERENCES success_measures (id) ON DELETE CASCADE,
    role              TEXT    NOT NULL CHECK (role IN ('lead', 'owner')),
    person_id         INTEGER NOT NULL REFERENCES people (id),
    position          INTEGER NOT NULL,
    CHECK ((recommendation_id IS NOT NULL) + (action_id IS NOT NULL) + (measure_id IS NOT NULL) = 1)
) STRICT;

CREATE UNIQUE INDEX ux_item_people_recommendation ON item_people (recommendation_id, role, person_id) WHERE recommendation_id IS NOT NULL;
CREATE UNIQUE INDEX ux_item_people_action ON item_people (action_id, role, person_id) WHERE action_id IS NOT NULL;
CREATE UNIQUE INDEX ux_item_people_measure ON item_people (measure_id, role, person_id) WHERE measure_id IS NOT NULL;
CREATE INDEX ix_item_people_person ON item_people (person_id);

INSERT INTO item_people (recommendation_id, role, person_id, position)
SELECT recommendation_id, 'lead', person_id, position FROM recommendation_leads ORDER BY recommendation_id, position;

INSERT INTO item_people (action_id, role, person_id, position)
SELECT id, 'lead', lead_person_id, 1 FROM actions WHERE lead_person_id IS NOT NULL;

-- The responsible officer comes first among the owners, then the owners in their order (a person named in both once).
INSERT INTO item_people (action_id, role, person_id, position)
SELECT id, 'owner', responsible_person_id, 1 FROM actions WHERE responsible_person_id IS NOT NULL;

INSERT INTO item_people (action_id, role, person_id, position)
SELECT ao.action_id, 'owner', ao.person_id, ao.position + 1
FROM action_owners ao JOIN actions a ON a.id = ao.action_id
WHERE a.responsible_person_id IS NULL OR a.responsible_person_id <> ao.person_id
ORDER BY ao.action_id, ao.position;

DROP TABLE recommendation_leads;
DROP TABLE action_owners;

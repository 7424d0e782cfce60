-- Issue 11: a plan import may be a newer version of a plan already in the tracker. version_of_plan_id names that plan
-- from the upload on (plan_id is only set once an import is committed, so it cannot tell the two kinds of plan import
-- apart); decisions_json keeps the person's choice for each score the file disagrees with, and the score's row version
-- when the dry run showed it, so a commit never overwrites a score changed since.
ALTER TABLE imports ADD COLUMN version_of_plan_id INTEGER REFERENCES plans (id) ON DELETE CASCADE;
ALTER TABLE imports ADD COLUMN decisions_json TEXT;

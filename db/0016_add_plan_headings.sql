-- What the plan calls its people columns and when it was issued, as printed: "Assigned lead" / "Owner(s)", or
-- "Lead" / "Responsible officer". NULL means the tracker's own words (Lead, Owner).
ALTER TABLE plans ADD COLUMN lead_heading TEXT;
ALTER TABLE plans ADD COLUMN owner_heading TEXT;
ALTER TABLE plans ADD COLUMN plan_date TEXT;

-- Issue 11: a monthly return is judged and applied with the rights of the account that uploaded it (a manager only for
-- the items they lead or own), so an import keeps which account that was; created_by is a display name, which two
-- accounts may share. NULL for plan imports made before this column, and when the account is deleted.
ALTER TABLE imports ADD COLUMN created_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL;

-- A success measure may print its own number ("1.1.2") and its own deadline, which it keeps instead of inheriting its
-- action's. NULL means "not printed": the measure shows as unnumbered, and takes its action's deadline.
ALTER TABLE success_measures ADD COLUMN number TEXT;
ALTER TABLE success_measures ADD COLUMN deadline_text TEXT;

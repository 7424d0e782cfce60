-- Issue 12: the date by which the people who answer for the plan's items should have recorded their update for a
-- review (yyyy-MM-dd), set by the board when it opens the review. NULL means none was set (every review before this
-- column, and one opened without it). Reminders (issue 17) will be sent against it.
ALTER TABLE reviews ADD COLUMN updates_due_by TEXT;

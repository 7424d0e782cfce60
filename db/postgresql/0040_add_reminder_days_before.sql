-- Twin of db/0040_add_reminder_days_before.sql: the days before a review's "updates due by" date that the reminder goes,
-- the administrator's default (1 to 14, 3 to begin with), replacing the retired setting Tracker:Mail:ReminderDaysBefore.
ALTER TABLE mail_state ADD COLUMN reminder_days_before bigint NOT NULL DEFAULT 3 CHECK (reminder_days_before BETWEEN 1 AND 14);

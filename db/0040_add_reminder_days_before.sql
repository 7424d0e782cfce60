-- Issue 17: how many days before a review's "updates due by" date the reminder goes becomes the administrator's default,
-- set on /admin/email (PUT /api/admin/mail/reminder-defaults), rather than the server setting Tracker:Mail:ReminderDaysBefore,
-- which is retired. 3, the old setting's default; 1 to 14.
ALTER TABLE mail_state ADD COLUMN reminder_days_before INTEGER NOT NULL DEFAULT 3 CHECK (reminder_days_before BETWEEN 1 AND 14);

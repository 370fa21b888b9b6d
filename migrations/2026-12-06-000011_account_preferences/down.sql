ALTER TABLE users DROP COLUMN reminders_paused, DROP COLUMN language;

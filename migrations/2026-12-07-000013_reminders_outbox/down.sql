DROP TABLE summaries_sent;
DROP TABLE reminders_sent;
DROP TABLE outbox_attempts;
DROP TABLE outbox;

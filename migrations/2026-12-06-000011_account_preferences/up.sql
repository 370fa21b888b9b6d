-- What an account prefers: the language of the messages sent to it (one of the six of the
-- interface), and whether a focal point's reminders are paused.
ALTER TABLE users
    ADD COLUMN language text NOT NULL DEFAULT 'en'
        CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    ADD COLUMN reminders_paused boolean NOT NULL DEFAULT false;

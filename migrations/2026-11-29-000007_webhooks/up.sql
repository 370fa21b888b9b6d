-- Webhooks: a partner client may register one URL; after changes it is sent a small signed notice
-- ("changes are available up to cursor C"). The secret signs the notices (Standard Webhooks), so it
-- is kept as issued; it is shown once, when the URL is registered.
ALTER TABLE partner_clients
    ADD COLUMN webhook_url text CHECK (webhook_url ~ '^https?://' AND length(webhook_url) <= 2000),
    ADD COLUMN webhook_secret text CHECK (webhook_secret LIKE 'whsec\_%'),
    -- The cursor of the last notice the URL accepted.
    ADD COLUMN webhook_notified text,
    -- Failed attempts in a row, and when the next may be made (exponential backoff).
    ADD COLUMN webhook_failures integer NOT NULL DEFAULT 0 CHECK (webhook_failures >= 0),
    ADD COLUMN webhook_next_attempt_at timestamptz,
    ADD CONSTRAINT partner_clients_webhook_check CHECK ((webhook_url IS NULL) = (webhook_secret IS NULL));

-- Every delivery attempt, for administrators.
CREATE TABLE webhook_deliveries (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partner_id   uuid NOT NULL REFERENCES partner_clients (id) ON DELETE CASCADE,
    message_id   text NOT NULL,
    url          text NOT NULL,
    cursor       text NOT NULL,
    attempt      integer NOT NULL CHECK (attempt >= 1),
    -- The HTTP status answered, or the error when there was no answer.
    status       integer,
    error        text,
    duration_ms  integer NOT NULL,
    attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_deliveries_partner_idx ON webhook_deliveries (partner_id, id);

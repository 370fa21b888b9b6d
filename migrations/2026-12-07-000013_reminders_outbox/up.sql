-- The messages the service sends (reminders to focal points, summaries to administrators), written
-- in the same transaction as the decision to send them, delivered later by one server process.
CREATE TABLE outbox (
    id              bigserial PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('reminder', 'summary')),
    user_id         uuid REFERENCES users (id) ON DELETE SET NULL,
    recipient       text NOT NULL,
    language        text NOT NULL CHECK (language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')),
    subject         text NOT NULL,
    body            text NOT NULL,
    created_at      timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    sent_at         timestamptz,
    last_error      text
);
CREATE INDEX outbox_waiting_idx ON outbox (next_attempt_at, id) WHERE sent_at IS NULL;

-- Every attempt to deliver a message, for administrators.
CREATE TABLE outbox_attempts (
    id           bigserial PRIMARY KEY,
    message_id   bigint NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    attempted_at timestamptz NOT NULL,
    delivered    boolean NOT NULL,
    detail       text NOT NULL
);
CREATE INDEX outbox_attempts_message_idx ON outbox_attempts (message_id, id);

-- Which reminder each focal point was sent about each record: one per stage of the schedule,
-- counted from the confirmation the record then had, so that each is sent once.
CREATE TABLE reminders_sent (
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entity_id    uuid NOT NULL,
    confirmed_at timestamptz NOT NULL,
    stage        integer NOT NULL CHECK (stage >= 0),
    message_id   bigint NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, entity_id, confirmed_at, stage)
);

-- The monthly summary each administrator was sent.
CREATE TABLE summaries_sent (
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    month      date NOT NULL,
    message_id bigint NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, month)
);

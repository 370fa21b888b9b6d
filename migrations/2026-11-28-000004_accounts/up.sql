-- Accounts, sessions and the audit trail of writes.

CREATE TABLE users (
    id                 uuid PRIMARY KEY,
    email              text NOT NULL CHECK (length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+$'),
    -- argon2id PHC string.
    password_hash      text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    role               text NOT NULL CHECK (role IN ('admin', 'focal_point', 'reader')),
    -- The State a focal point acts for; only focal points have one.
    country            text REFERENCES countries (iso3),
    active             boolean NOT NULL DEFAULT true,
    -- Access tokens issued before this instant are refused (password reset, disabling).
    tokens_valid_after timestamptz NOT NULL DEFAULT now(),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'focal_point') = (country IS NOT NULL))
);
-- E-mail addresses are unique whatever their letter case.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- Opaque refresh tokens, stored only as SHA-256 hashes. Each refresh spends its token and issues the
-- next one in the same family; presenting a spent token revokes the whole family.
CREATE TABLE refresh_tokens (
    id          uuid PRIMARY KEY,
    user_id     uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id   uuid NOT NULL,
    token_hash  bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    spent_at    timestamptz,
    revoked_at  timestamptz
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

-- Failed sign-ins per account and per client address, shared by every server process.
CREATE TABLE login_throttle (
    key               text PRIMARY KEY,
    failures          integer NOT NULL CHECK (failures >= 0),
    window_started_at timestamptz NOT NULL,
    blocked_until     timestamptz
);

-- Who did what to which record, written in the transaction of the write itself.
CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id   uuid REFERENCES users (id),
    actor      text NOT NULL,
    action     text NOT NULL CHECK (action IN ('create', 'update', 'retire', 'confirm')),
    entity     text NOT NULL CHECK (entity IN ('authority', 'legislation', 'case')),
    entity_id  uuid NOT NULL,
    version    bigint NOT NULL,
    request_id text,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

-- The first answer to a create sent with an Idempotency-Key, so a retry gets it again.
CREATE TABLE idempotency_keys (
    user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_hash bytea NOT NULL,
    status       integer,
    response     jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);

ALTER TABLE authority_versions ADD COLUMN actor_id uuid REFERENCES users (id);

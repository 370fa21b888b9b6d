-- Partner portals' API clients. The key is shown once, when the client is created; only its SHA-256
-- hash is kept, with its first characters (`key_prefix`) so that administrators can tell keys apart.
CREATE TABLE partner_clients (
    id           uuid PRIMARY KEY,
    name         text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    -- What the client sees: the public tier, or the restricted tier as a signed-in reader does.
    tier         text NOT NULL CHECK (tier IN ('public', 'restricted')),
    key_prefix   text NOT NULL,
    key_hash     bytea NOT NULL UNIQUE CHECK (length(key_hash) = 32),
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL,
    -- Within a minute of the client's last authenticated request.
    last_used_at timestamptz,
    revoked_at   timestamptz
);

-- Sessions of the web application. The browser holds a random token in an HttpOnly cookie; only its
-- SHA-256 hash is stored. A session ends at its expiry, at sign-out (revoked_at) or when its account
-- is disabled or its password reset (users.tokens_valid_after later than created_at).
CREATE TABLE web_sessions (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash bytea NOT NULL UNIQUE,
    -- The token every form of the session carries (cross-site request forgery).
    csrf_token text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX web_sessions_user_id ON web_sessions (user_id);
CREATE INDEX web_sessions_expires_at ON web_sessions (expires_at);

-- One-click confirmation links: each bound to one record at one version and to one account,
-- single-use and expiring, stored only as the SHA-256 hash of its token.
CREATE TABLE confirmation_links (
    token_hash bytea PRIMARY KEY,
    user_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    entity     text NOT NULL CHECK (entity = 'authority'),
    entity_id  uuid NOT NULL,
    version    bigint NOT NULL CHECK (version > 0),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX confirmation_links_entity_idx ON confirmation_links (entity, entity_id);

-- How a write reached the pipeline when it was not a direct request: a reminder's link.
ALTER TABLE audit_log ADD COLUMN via text CHECK (via IN ('reminder'));

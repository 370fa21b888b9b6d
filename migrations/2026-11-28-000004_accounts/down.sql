ALTER TABLE authority_versions DROP COLUMN actor_id;
DROP TABLE idempotency_keys;
DROP TABLE audit_log;
DROP TABLE login_throttle;
DROP TABLE refresh_tokens;
DROP TABLE users;

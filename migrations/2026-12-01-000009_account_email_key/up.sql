-- An account's e-mail address is stored in the one form under which it is looked up and throttled
-- (see domain::AccountEmail): ASCII, lower case. The unique key is the address itself, no longer
-- the database's lower(), whose idea of letter case is not the application's.
UPDATE users SET email = lower(email);
DROP INDEX users_email_key;
CREATE UNIQUE INDEX users_email_key ON users (email);
-- Accounts made before this rule keep working; every new or changed one must follow it.
ALTER TABLE users ADD CONSTRAINT users_email_normalized
    CHECK (email = lower(email) AND email ~ '^[\x21-\x7e]+$') NOT VALID;

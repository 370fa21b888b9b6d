ALTER TABLE users DROP CONSTRAINT users_email_normalized;
DROP INDEX users_email_key;
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

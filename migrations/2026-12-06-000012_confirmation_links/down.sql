ALTER TABLE audit_log DROP COLUMN via;
DROP TABLE confirmation_links;

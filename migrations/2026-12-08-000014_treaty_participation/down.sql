DELETE FROM record_versions WHERE entity = 'treaty';
DELETE FROM audit_log WHERE entity = 'treaty';
DELETE FROM change_log WHERE entity = 'treaty';
ALTER TABLE record_versions DROP CONSTRAINT record_versions_entity_check;
ALTER TABLE record_versions ADD CONSTRAINT record_versions_entity_check
    CHECK (entity IN ('authority', 'legislation', 'case'));
ALTER TABLE audit_log DROP CONSTRAINT audit_log_entity_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_entity_check
    CHECK (entity IN ('authority', 'legislation', 'case'));
ALTER TABLE change_log DROP CONSTRAINT change_log_entity_check;
ALTER TABLE change_log ADD CONSTRAINT change_log_entity_check
    CHECK (entity IN ('authority', 'legislation', 'case'));
DROP TABLE treaty_participations;
ALTER TABLE countries DROP COLUMN official_languages;

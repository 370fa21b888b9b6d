DROP TABLE case_charges;
DROP TABLE case_parties;
DROP TABLE case_counterparts;
DROP TABLE case_articles;
DROP TABLE case_cross_cutting_issues;
DROP TABLE case_crime_types;
DROP TABLE cases;
DROP TABLE provision_articles;
DROP TABLE provision_cross_cutting_issues;
DROP TABLE provision_crime_types;
DROP TABLE provisions;
DROP TABLE laws;
DROP FUNCTION cna_is_language_map(jsonb);

DELETE FROM audit_log WHERE entity <> 'authority' OR action = 'delete';
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('create', 'update', 'retire', 'confirm'));

CREATE TABLE authority_versions (
    authority_id uuid NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    version      bigint NOT NULL CHECK (version > 0),
    action       text NOT NULL CHECK (action IN ('create', 'update', 'retire', 'confirm', 'seed')),
    actor        text NOT NULL,
    reason       text,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    document     jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
    actor_id     uuid REFERENCES users (id),
    PRIMARY KEY (authority_id, version)
);
INSERT INTO authority_versions (authority_id, version, action, actor, reason, recorded_at, document, actor_id)
    SELECT entity_id, version, action, actor, reason, recorded_at, document, actor_id
    FROM record_versions WHERE entity = 'authority';
DROP TABLE record_versions;

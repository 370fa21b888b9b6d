-- Legislation (laws and their provisions) and case law, and one history table for every kind of record.

-- Every committed state of every record (authority, legislation, case), as the full document.
CREATE TABLE record_versions (
    entity      text NOT NULL CHECK (entity IN ('authority', 'legislation', 'case')),
    entity_id   uuid NOT NULL,
    version     bigint NOT NULL CHECK (version > 0),
    action      text NOT NULL CHECK (action IN ('create', 'update', 'retire', 'delete', 'confirm', 'seed')),
    actor       text NOT NULL,
    actor_id    uuid REFERENCES users (id),
    reason      text,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    document    jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
    PRIMARY KEY (entity, entity_id, version)
);
INSERT INTO record_versions (entity, entity_id, version, action, actor, actor_id, reason, recorded_at, document)
    SELECT 'authority', authority_id, version, action, actor, actor_id, reason, recorded_at, document
    FROM authority_versions;
DROP TABLE authority_versions;

ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('create', 'update', 'retire', 'delete', 'confirm'));

-- A JSON object mapping ISO 639-1 codes to non-blank texts.
CREATE FUNCTION cna_is_language_map(texts jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT jsonb_typeof(texts) = 'object'
       AND NOT EXISTS (SELECT 1 FROM jsonb_each(texts) AS t(lang, value)
                        WHERE lang !~ '^[a-z]{2}$' OR jsonb_typeof(value) <> 'string'
                           OR btrim(value #>> '{}') = '')
$$;

CREATE TABLE laws (
    id                uuid PRIMARY KEY,
    country           text NOT NULL REFERENCES countries (iso3),
    title             jsonb NOT NULL CHECK (cna_is_language_map(title) AND title ? original_language),
    original_language text NOT NULL CHECK (original_language ~ '^[a-z]{2}$'),
    sort_title        text NOT NULL CHECK (btrim(sort_title) <> ''),
    type              text NOT NULL CHECK (type IN ('code', 'act', 'decree', 'regulation', 'constitution', 'other')),
    enacted_on        date,
    status            text NOT NULL CHECK (status IN ('in_force', 'amended', 'repealed')),
    official_url      text CHECK (official_url ~ '^https?://' AND length(official_url) <= 500),
    version           bigint NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX laws_country_idx ON laws (country, id);

CREATE TABLE provisions (
    id      uuid PRIMARY KEY,
    law_id  uuid NOT NULL REFERENCES laws (id) ON DELETE CASCADE,
    ordinal integer NOT NULL,
    number  text NOT NULL CHECK (btrim(number) <> '' AND length(number) <= 50),
    heading jsonb NOT NULL DEFAULT '{}' CHECK (cna_is_language_map(heading)),
    text    jsonb NOT NULL CHECK (cna_is_language_map(text) AND text <> '{}'),
    UNIQUE (law_id, ordinal)
);
CREATE INDEX provisions_law_idx ON provisions (law_id);

CREATE TABLE provision_crime_types (
    provision_id uuid NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    code         text NOT NULL REFERENCES crime_types (code),
    PRIMARY KEY (provision_id, code)
);
CREATE TABLE provision_cross_cutting_issues (
    provision_id uuid NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    code         text NOT NULL REFERENCES cross_cutting_issues (code),
    PRIMARY KEY (provision_id, code)
);
CREATE TABLE provision_articles (
    provision_id uuid NOT NULL REFERENCES provisions (id) ON DELETE CASCADE,
    article_id   text NOT NULL REFERENCES instrument_articles (id),
    PRIMARY KEY (provision_id, article_id)
);
CREATE INDEX provision_crime_types_code_idx ON provision_crime_types (code);
CREATE INDEX provision_cross_cutting_issues_code_idx ON provision_cross_cutting_issues (code);
CREATE INDEX provision_articles_article_idx ON provision_articles (article_id);

CREATE TABLE cases (
    id                uuid PRIMARY KEY,
    reference         text NOT NULL UNIQUE CHECK (btrim(reference) <> '' AND length(reference) <= 200),
    title             jsonb NOT NULL CHECK (cna_is_language_map(title) AND title ? original_language),
    original_language text NOT NULL CHECK (original_language ~ '^[a-z]{2}$'),
    country           text NOT NULL REFERENCES countries (iso3),
    court             text NOT NULL CHECK (btrim(court) <> '' AND length(court) <= 300),
    decision_date     date NOT NULL,
    decision_type     text NOT NULL CHECK (decision_type IN ('conviction', 'acquittal', 'appeal_decision',
                          'extradition_decision', 'mla_decision', 'confiscation_order', 'other')),
    summary           jsonb NOT NULL CHECK (cna_is_language_map(summary) AND summary ? original_language),
    commentary        jsonb NOT NULL DEFAULT '{}' CHECK (cna_is_language_map(commentary)),
    cooperation_used  text[] NOT NULL DEFAULT '{}' CHECK (cooperation_used <@ ARRAY['MLA', 'EXTRADITION', 'JIT',
                          'ASSET_RECOVERY', 'TRANSFER_PROCEEDINGS', 'TRANSFER_SENTENCED', 'POLICE_COOPERATION',
                          'ELECTRONIC_EVIDENCE']),
    version           bigint NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_country_idx ON cases (country, id);
CREATE INDEX cases_decision_date_idx ON cases (decision_date);

CREATE TABLE case_crime_types (
    case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    code    text NOT NULL REFERENCES crime_types (code),
    PRIMARY KEY (case_id, code)
);
CREATE TABLE case_cross_cutting_issues (
    case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    code    text NOT NULL REFERENCES cross_cutting_issues (code),
    PRIMARY KEY (case_id, code)
);
CREATE TABLE case_articles (
    case_id    uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    article_id text NOT NULL REFERENCES instrument_articles (id),
    PRIMARY KEY (case_id, article_id)
);
CREATE TABLE case_counterparts (
    case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    country text NOT NULL REFERENCES countries (iso3),
    PRIMARY KEY (case_id, country)
);
CREATE INDEX case_crime_types_code_idx ON case_crime_types (code);
CREATE INDEX case_cross_cutting_issues_code_idx ON case_cross_cutting_issues (code);
CREATE INDEX case_articles_article_idx ON case_articles (article_id);

-- Parties as aggregates: never the name of a natural person.
CREATE TABLE case_parties (
    case_id     uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    ordinal     integer NOT NULL,
    role        text NOT NULL CHECK (role IN ('defendant', 'victim', 'witness', 'other')),
    entity_type text NOT NULL CHECK (entity_type IN ('natural_person', 'legal_person')),
    count       integer NOT NULL CHECK (count BETWEEN 1 AND 100000),
    nationality text REFERENCES countries (iso3),
    PRIMARY KEY (case_id, ordinal)
);

CREATE TABLE case_charges (
    case_id      uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    offence      text NOT NULL CHECK (btrim(offence) <> '' AND length(offence) <= 300),
    -- The provision applied, when it is in the database; kept (as null) if that law is deleted.
    provision_id uuid REFERENCES provisions (id) ON DELETE SET NULL,
    statute      text CHECK (length(statute) <= 300),
    verdict      text NOT NULL CHECK (verdict IN ('guilty', 'not_guilty', 'dismissed', 'pending')),
    sentence     text CHECK (length(sentence) <= 500),
    PRIMARY KEY (case_id, ordinal)
);
CREATE INDEX case_charges_provision_idx ON case_charges (provision_id);

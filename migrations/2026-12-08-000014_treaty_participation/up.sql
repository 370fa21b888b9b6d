-- Treaty participation: one record per State and instrument, written through the directory's one
-- pipeline like every kind of record; and the official languages of each State, which routing
-- compares with the languages an authority accepts.

ALTER TABLE countries ADD COLUMN official_languages text[] NOT NULL DEFAULT '{}'
    CHECK (array_position(official_languages, NULL) IS NULL);

CREATE TABLE treaty_participations (
    id           uuid PRIMARY KEY,
    country      text NOT NULL REFERENCES countries (iso3),
    instrument   text NOT NULL REFERENCES instruments (code)
                 CHECK (instrument IN ('UNTOC', 'TIP_PROTOCOL', 'SOM_PROTOCOL', 'FIREARMS_PROTOCOL',
                                       'UNCAC', 'DRUG_CONVENTION_1988', 'BUDAPEST')),
    status       text NOT NULL CHECK (status IN ('signatory', 'party', 'none')),
    signed_on    date,
    consent_kind text CHECK (consent_kind IN ('ratification', 'accession', 'acceptance', 'approval',
                                              'succession')),
    consent_on   date,
    in_force_on  date,
    -- The declarations and notifications that change how cooperation works, as the API writes them.
    declarations jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(declarations) = 'object'),
    source       text NOT NULL CHECK (btrim(source) <> '' AND length(source) <= 500),
    checked_on   date NOT NULL,
    version      bigint NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (country, instrument),
    CHECK ((status = 'party') = (consent_kind IS NOT NULL AND consent_on IS NOT NULL)),
    CHECK (status <> 'none' OR (signed_on IS NULL AND in_force_on IS NULL)),
    CHECK (status = 'party' OR in_force_on IS NULL)
);
CREATE INDEX treaty_participations_country_idx ON treaty_participations (country, id);
CREATE INDEX treaty_participations_instrument_idx ON treaty_participations (instrument, status);

ALTER TABLE change_log DROP CONSTRAINT change_log_entity_check;
ALTER TABLE change_log ADD CONSTRAINT change_log_entity_check
    CHECK (entity IN ('authority', 'legislation', 'case', 'treaty'));
ALTER TABLE audit_log DROP CONSTRAINT audit_log_entity_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_entity_check
    CHECK (entity IN ('authority', 'legislation', 'case', 'treaty'));
ALTER TABLE record_versions DROP CONSTRAINT record_versions_entity_check;
ALTER TABLE record_versions ADD CONSTRAINT record_versions_entity_check
    CHECK (entity IN ('authority', 'legislation', 'case', 'treaty'));

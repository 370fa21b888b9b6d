-- Reference data: UN M49 regions, ISO 3166-1 countries, international instruments and their articles,
-- competence types with their legal bases, and the crime-type and cross-cutting-issue taxonomies.
-- Rows are loaded by `cna seed`; this migration holds the schema only.

-- A JSON object with a non-empty string for each of the six UN languages.
CREATE FUNCTION cna_has_six_un_languages(names jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT jsonb_typeof(names) = 'object'
       AND (SELECT count(*) FROM unnest(ARRAY['ar', 'zh', 'en', 'es', 'fr', 'ru']) AS l(lang)
             WHERE jsonb_typeof(names -> l.lang) = 'string' AND btrim(names ->> l.lang) <> '') = 6
$$;

CREATE TABLE regions (
    m49    text PRIMARY KEY CHECK (m49 ~ '^[0-9]{3}$'),
    level  text NOT NULL CHECK (level IN ('region', 'subregion', 'intermediate_region')),
    parent text REFERENCES regions (m49),
    names  jsonb NOT NULL CHECK (cna_has_six_un_languages(names)),
    CHECK ((level = 'region') = (parent IS NULL))
);

CREATE TABLE countries (
    iso3                text PRIMARY KEY CHECK (iso3 ~ '^[A-Z]{3}$'),
    iso2                text NOT NULL UNIQUE CHECK (iso2 ~ '^[A-Z]{2}$'),
    m49                 text NOT NULL UNIQUE CHECK (m49 ~ '^[0-9]{3}$'),
    region              text REFERENCES regions (m49),
    subregion           text REFERENCES regions (m49),
    intermediate_region text REFERENCES regions (m49),
    names               jsonb NOT NULL CHECK (cna_has_six_un_languages(names)),
    CHECK (subregion IS NULL OR region IS NOT NULL),
    CHECK (intermediate_region IS NULL OR subregion IS NOT NULL)
);
CREATE INDEX countries_region_idx ON countries (region);
CREATE INDEX countries_subregion_idx ON countries (subregion);
CREATE INDEX countries_intermediate_region_idx ON countries (intermediate_region);

CREATE TABLE instruments (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]+$'),
    kind        text NOT NULL CHECK (kind IN ('convention', 'protocol', 'resolution')),
    short_title text NOT NULL CHECK (btrim(short_title) <> ''),
    title       text NOT NULL CHECK (btrim(title) <> ''),
    adopted_on  date NOT NULL,
    url         text CHECK (url ~ '^https?://'),
    ordinal     integer NOT NULL
);

CREATE TABLE instrument_articles (
    -- Stable identifier used in cross-references and filters, e.g. 'UNTOC-18'.
    id              text PRIMARY KEY,
    instrument_code text NOT NULL REFERENCES instruments (code),
    number          text NOT NULL CHECK (number ~ '^[0-9]+[a-z]?( bis| ter)?$'),
    title           text NOT NULL CHECK (btrim(title) <> ''),
    ordinal         integer NOT NULL,
    UNIQUE (instrument_code, number),
    CHECK (id = instrument_code || '-' || number)
);

CREATE TABLE competence_types (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]+$'),
    labels      jsonb NOT NULL CHECK (cna_has_six_un_languages(labels)),
    description text NOT NULL CHECK (btrim(description) <> ''),
    ordinal     integer NOT NULL
);

CREATE TABLE competence_legal_bases (
    competence_code text NOT NULL REFERENCES competence_types (code) ON DELETE CASCADE,
    ordinal         integer NOT NULL,
    -- The citation as practitioners write it, e.g. 'UNTOC 18(13)'; designations cite these.
    citation        text NOT NULL CHECK (btrim(citation) <> ''),
    instrument_code text NOT NULL REFERENCES instruments (code),
    article_id      text REFERENCES instrument_articles (id),
    paragraph       text CHECK (paragraph ~ '^[0-9]+$'),
    PRIMARY KEY (competence_code, ordinal),
    UNIQUE (competence_code, citation),
    CHECK (paragraph IS NULL OR article_id IS NOT NULL)
);

CREATE TABLE crime_types (
    code    text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]+$'),
    labels  jsonb NOT NULL CHECK (cna_has_six_un_languages(labels)),
    ordinal integer NOT NULL
);

CREATE TABLE cross_cutting_issues (
    code    text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]+$'),
    labels  jsonb NOT NULL CHECK (cna_has_six_un_languages(labels)),
    ordinal integer NOT NULL
);

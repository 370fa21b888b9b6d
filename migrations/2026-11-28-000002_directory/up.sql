-- The directory: authorities (the aggregate root), their designations and contact persons, and the
-- version history that keeps every committed state of an authority document.

-- Every element of a text array matches a pattern (CHECK constraints cannot hold subqueries).
CREATE FUNCTION cna_all_match(items text[], pattern text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT NOT EXISTS (SELECT 1 FROM unnest(items) AS i(item) WHERE item IS NULL OR item !~ pattern)
$$;

CREATE TABLE authorities (
    id                uuid PRIMARY KEY,
    country           text NOT NULL REFERENCES countries (iso3),
    -- Map of ISO 639-1 language code to the authority's name in that language.
    names             jsonb NOT NULL CHECK (jsonb_typeof(names) = 'object' AND names ? original_language),
    original_language text NOT NULL CHECK (original_language ~ '^[a-z]{2}$'),
    -- English (or, failing that, original) name, kept for sorting and display.
    sort_name         text NOT NULL CHECK (btrim(sort_name) <> ''),
    acronym           text CHECK (btrim(acronym) <> '' AND length(acronym) <= 32),
    kind              text NOT NULL CHECK (kind IN ('ministry', 'prosecution', 'court', 'police',
                                                    'financial_intelligence_unit', 'coast_guard', 'other')),
    parent_id         uuid REFERENCES authorities (id) CHECK (parent_id <> id),
    address           text CHECK (length(address) <= 1000),
    website           text CHECK (website ~ '^https?://'),
    phones            text[] NOT NULL DEFAULT '{}' CHECK (cna_all_match(phones, '^\+[0-9][0-9 ]{3,24}$')),
    fax               text CHECK (fax ~ '^\+[0-9][0-9 ]{3,24}$'),
    emails            text[] NOT NULL DEFAULT '{}' CHECK (cna_all_match(emails, '^[^@\s]+@[^@\s]+\.[^@\s]+$')),
    office_hours      text CHECK (length(office_hours) <= 200),
    timezone          text CHECK (timezone ~ '^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$'),
    available_24_7    boolean NOT NULL DEFAULT false,
    status            text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    version           bigint NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    last_confirmed_at timestamptz,
    last_confirmed_by text,
    CHECK (updated_at >= created_at),
    CHECK ((last_confirmed_at IS NULL) = (last_confirmed_by IS NULL))
);
CREATE INDEX authorities_country_idx ON authorities (country, id);
CREATE INDEX authorities_parent_idx ON authorities (parent_id);
CREATE INDEX authorities_confirmed_idx ON authorities ((coalesce(last_confirmed_at, created_at)));

CREATE TABLE designations (
    authority_id              uuid NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    competence                text NOT NULL REFERENCES competence_types (code),
    ordinal                   integer NOT NULL,
    -- Citations from competence_legal_bases for this competence.
    legal_bases               text[] NOT NULL DEFAULT '{}',
    is_central                boolean NOT NULL DEFAULT false,
    scope_note                text CHECK (length(scope_note) <= 2000),
    channels                  text[] NOT NULL DEFAULT '{}'
        CHECK (channels <@ ARRAY['direct', 'diplomatic', 'interpol', 'regional_network']),
    means                     text[] NOT NULL DEFAULT '{}'
        CHECK (means <@ ARRAY['post', 'email', 'fax', 'secure_platform', 'oral_if_urgent']),
    languages_accepted        text[] NOT NULL DEFAULT '{}' CHECK (cna_all_match(languages_accepted, '^[a-z]{2}$')),
    original_by_post_required boolean NOT NULL DEFAULT false,
    urgent_procedure          text CHECK (length(urgent_procedure) <= 4000),
    untoc_as_legal_basis      text CHECK (untoc_as_legal_basis IN ('yes', 'no', 'with_conditions')),
    untoc_legal_basis_note    text CHECK (length(untoc_legal_basis_note) <= 2000),
    legal_requirements        text CHECK (length(legal_requirements) <= 8000),
    notification_ref          text CHECK (length(notification_ref) <= 200),
    PRIMARY KEY (authority_id, competence),
    UNIQUE (authority_id, ordinal)
);
CREATE INDEX designations_competence_idx ON designations (competence);
CREATE INDEX designations_languages_idx ON designations USING gin (languages_accepted);
CREATE INDEX designations_channels_idx ON designations USING gin (channels);

CREATE TABLE contacts (
    authority_id uuid NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    name         text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
    position     text CHECK (length(position) <= 200),
    phones       text[] NOT NULL DEFAULT '{}' CHECK (cna_all_match(phones, '^\+[0-9][0-9 ]{3,24}$')),
    email        text CHECK (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    languages    text[] NOT NULL DEFAULT '{}' CHECK (cna_all_match(languages, '^[a-z]{2}$')),
    role         text NOT NULL CHECK (role IN ('head', 'desk_officer', 'duty_24_7', 'other')),
    -- Contact persons are never public: restricted (signed-in readers) or confidential (own State).
    visibility   text NOT NULL CHECK (visibility IN ('restricted', 'confidential')),
    PRIMARY KEY (authority_id, ordinal)
);

-- Every committed state of every authority, as the full (unfiltered) document.
CREATE TABLE authority_versions (
    authority_id uuid NOT NULL REFERENCES authorities (id) ON DELETE CASCADE,
    version      bigint NOT NULL CHECK (version > 0),
    action       text NOT NULL CHECK (action IN ('create', 'update', 'retire', 'confirm', 'seed')),
    actor        text NOT NULL,
    reason       text,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    document     jsonb NOT NULL CHECK (jsonb_typeof(document) = 'object'),
    PRIMARY KEY (authority_id, version)
);

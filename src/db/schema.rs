// @generated automatically by Diesel CLI.

pub mod sql_types {
    #[derive(diesel::sql_types::SqlType)]
    #[diesel(postgres_type(name = "xid8", schema = "pg_catalog"))]
    pub struct Xid8;
}

diesel::table! {
    audit_log (id) {
        id -> Int8,
        actor_id -> Nullable<Uuid>,
        actor -> Text,
        action -> Text,
        entity -> Text,
        entity_id -> Uuid,
        version -> Int8,
        request_id -> Nullable<Text>,
        at -> Timestamptz,
        via -> Nullable<Text>,
    }
}

diesel::table! {
    confirmation_links (token_hash) {
        token_hash -> Bytea,
        user_id -> Uuid,
        entity -> Text,
        entity_id -> Uuid,
        version -> Int8,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        used_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    authorities (id) {
        id -> Uuid,
        country -> Text,
        names -> Jsonb,
        original_language -> Text,
        sort_name -> Text,
        acronym -> Nullable<Text>,
        kind -> Text,
        parent_id -> Nullable<Uuid>,
        address -> Nullable<Text>,
        website -> Nullable<Text>,
        phones -> Array<Text>,
        fax -> Nullable<Text>,
        emails -> Array<Text>,
        office_hours -> Nullable<Text>,
        timezone -> Nullable<Text>,
        available_24_7 -> Bool,
        status -> Text,
        version -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        last_confirmed_at -> Nullable<Timestamptz>,
        last_confirmed_by -> Nullable<Text>,
    }
}

diesel::table! {
    case_articles (case_id, article_id) {
        case_id -> Uuid,
        article_id -> Text,
    }
}

diesel::table! {
    case_charges (case_id, ordinal) {
        case_id -> Uuid,
        ordinal -> Int4,
        offence -> Text,
        provision_id -> Nullable<Uuid>,
        statute -> Nullable<Text>,
        verdict -> Text,
        sentence -> Nullable<Text>,
    }
}

diesel::table! {
    case_counterparts (case_id, country) {
        case_id -> Uuid,
        country -> Text,
    }
}

diesel::table! {
    case_crime_types (case_id, code) {
        case_id -> Uuid,
        code -> Text,
    }
}

diesel::table! {
    case_cross_cutting_issues (case_id, code) {
        case_id -> Uuid,
        code -> Text,
    }
}

diesel::table! {
    case_parties (case_id, ordinal) {
        case_id -> Uuid,
        ordinal -> Int4,
        role -> Text,
        entity_type -> Text,
        count -> Int4,
        nationality -> Nullable<Text>,
    }
}

diesel::table! {
    cases (id) {
        id -> Uuid,
        reference -> Text,
        title -> Jsonb,
        original_language -> Text,
        country -> Text,
        court -> Text,
        decision_date -> Date,
        decision_type -> Text,
        summary -> Jsonb,
        commentary -> Jsonb,
        cooperation_used -> Array<Text>,
        version -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    use diesel::sql_types::*;
    use super::sql_types::Xid8;

    change_log (seq) {
        seq -> Int8,
        txid -> Xid8,
        entity -> Text,
        entity_id -> Uuid,
        operation -> Text,
        version -> Int8,
        country -> Text,
        changed_at -> Timestamptz,
    }
}

diesel::table! {
    competence_legal_bases (competence_code, ordinal) {
        competence_code -> Text,
        ordinal -> Int4,
        citation -> Text,
        instrument_code -> Text,
        article_id -> Nullable<Text>,
        paragraph -> Nullable<Text>,
    }
}

diesel::table! {
    competence_types (code) {
        code -> Text,
        labels -> Jsonb,
        description -> Text,
        ordinal -> Int4,
    }
}

diesel::table! {
    contacts (authority_id, ordinal) {
        authority_id -> Uuid,
        ordinal -> Int4,
        name -> Text,
        position -> Nullable<Text>,
        phones -> Array<Text>,
        email -> Nullable<Text>,
        languages -> Array<Text>,
        role -> Text,
        visibility -> Text,
    }
}

diesel::table! {
    countries (iso3) {
        iso3 -> Text,
        iso2 -> Text,
        m49 -> Text,
        region -> Nullable<Text>,
        subregion -> Nullable<Text>,
        intermediate_region -> Nullable<Text>,
        names -> Jsonb,
        official_languages -> Array<Text>,
    }
}

diesel::table! {
    crime_types (code) {
        code -> Text,
        labels -> Jsonb,
        ordinal -> Int4,
    }
}

diesel::table! {
    cross_cutting_issues (code) {
        code -> Text,
        labels -> Jsonb,
        ordinal -> Int4,
    }
}

diesel::table! {
    designations (authority_id, competence) {
        authority_id -> Uuid,
        competence -> Text,
        ordinal -> Int4,
        legal_bases -> Array<Text>,
        is_central -> Bool,
        scope_note -> Nullable<Text>,
        channels -> Array<Text>,
        means -> Array<Text>,
        languages_accepted -> Array<Text>,
        original_by_post_required -> Bool,
        urgent_procedure -> Nullable<Text>,
        untoc_as_legal_basis -> Nullable<Text>,
        untoc_legal_basis_note -> Nullable<Text>,
        legal_requirements -> Nullable<Text>,
        notification_ref -> Nullable<Text>,
    }
}

diesel::table! {
    idempotency_keys (user_id, key) {
        user_id -> Uuid,
        key -> Text,
        request_hash -> Bytea,
        status -> Nullable<Int4>,
        response -> Nullable<Jsonb>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    instrument_articles (id) {
        id -> Text,
        instrument_code -> Text,
        number -> Text,
        title -> Text,
        ordinal -> Int4,
    }
}

diesel::table! {
    instruments (code) {
        code -> Text,
        kind -> Text,
        short_title -> Text,
        title -> Text,
        adopted_on -> Date,
        url -> Nullable<Text>,
        ordinal -> Int4,
    }
}

diesel::table! {
    laws (id) {
        id -> Uuid,
        country -> Text,
        title -> Jsonb,
        original_language -> Text,
        sort_title -> Text,
        #[sql_name = "type"]
        type_ -> Text,
        enacted_on -> Nullable<Date>,
        status -> Text,
        official_url -> Nullable<Text>,
        version -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    login_throttle (key) {
        key -> Text,
        failures -> Int4,
        window_started_at -> Timestamptz,
        blocked_until -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    provision_articles (provision_id, article_id) {
        provision_id -> Uuid,
        article_id -> Text,
    }
}

diesel::table! {
    provision_crime_types (provision_id, code) {
        provision_id -> Uuid,
        code -> Text,
    }
}

diesel::table! {
    provision_cross_cutting_issues (provision_id, code) {
        provision_id -> Uuid,
        code -> Text,
    }
}

diesel::table! {
    provisions (id) {
        id -> Uuid,
        law_id -> Uuid,
        ordinal -> Int4,
        number -> Text,
        heading -> Jsonb,
        text -> Jsonb,
    }
}

diesel::table! {
    record_versions (entity, entity_id, version) {
        entity -> Text,
        entity_id -> Uuid,
        version -> Int8,
        action -> Text,
        actor -> Text,
        actor_id -> Nullable<Uuid>,
        reason -> Nullable<Text>,
        recorded_at -> Timestamptz,
        document -> Jsonb,
    }
}

diesel::table! {
    outbox (id) {
        id -> Int8,
        kind -> Text,
        user_id -> Nullable<Uuid>,
        recipient -> Text,
        language -> Text,
        subject -> Text,
        body -> Text,
        created_at -> Timestamptz,
        next_attempt_at -> Timestamptz,
        attempts -> Int4,
        sent_at -> Nullable<Timestamptz>,
        last_error -> Nullable<Text>,
    }
}

diesel::table! {
    outbox_attempts (id) {
        id -> Int8,
        message_id -> Int8,
        attempted_at -> Timestamptz,
        delivered -> Bool,
        detail -> Text,
    }
}

diesel::table! {
    partner_clients (id) {
        id -> Uuid,
        name -> Text,
        tier -> Text,
        key_prefix -> Text,
        key_hash -> Bytea,
        created_at -> Timestamptz,
        created_by -> Text,
        last_used_at -> Nullable<Timestamptz>,
        revoked_at -> Nullable<Timestamptz>,
        webhook_url -> Nullable<Text>,
        webhook_secret -> Nullable<Text>,
        webhook_notified -> Nullable<Text>,
        webhook_failures -> Int4,
        webhook_next_attempt_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Uuid,
        user_id -> Uuid,
        family_id -> Uuid,
        token_hash -> Bytea,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        spent_at -> Nullable<Timestamptz>,
        revoked_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    regions (m49) {
        m49 -> Text,
        level -> Text,
        parent -> Nullable<Text>,
        names -> Jsonb,
    }
}

diesel::table! {
    reminders_sent (user_id, entity_id, confirmed_at, stage) {
        user_id -> Uuid,
        entity_id -> Uuid,
        confirmed_at -> Timestamptz,
        stage -> Int4,
        message_id -> Int8,
    }
}

diesel::table! {
    summaries_sent (user_id, month) {
        user_id -> Uuid,
        month -> Date,
        message_id -> Int8,
    }
}

diesel::table! {
    users (id) {
        id -> Uuid,
        email -> Text,
        password_hash -> Text,
        role -> Text,
        country -> Nullable<Text>,
        active -> Bool,
        tokens_valid_after -> Timestamptz,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        language -> Text,
        reminders_paused -> Bool,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> Int8,
        partner_id -> Uuid,
        message_id -> Text,
        url -> Text,
        cursor -> Text,
        attempt -> Int4,
        status -> Nullable<Int4>,
        error -> Nullable<Text>,
        duration_ms -> Int4,
        attempted_at -> Timestamptz,
    }
}

diesel::table! {
    web_sessions (id) {
        id -> Uuid,
        user_id -> Uuid,
        token_hash -> Bytea,
        csrf_token -> Text,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        revoked_at -> Nullable<Timestamptz>,
    }
}

diesel::joinable!(audit_log -> users (actor_id));
diesel::table! {
    treaty_participations (id) {
        id -> Uuid,
        country -> Text,
        instrument -> Text,
        status -> Text,
        signed_on -> Nullable<Date>,
        consent_kind -> Nullable<Text>,
        consent_on -> Nullable<Date>,
        in_force_on -> Nullable<Date>,
        declarations -> Jsonb,
        source -> Text,
        checked_on -> Date,
        version -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::joinable!(authorities -> countries (country));
diesel::joinable!(treaty_participations -> countries (country));
diesel::joinable!(treaty_participations -> instruments (instrument));
diesel::joinable!(case_articles -> cases (case_id));
diesel::joinable!(case_articles -> instrument_articles (article_id));
diesel::joinable!(case_charges -> cases (case_id));
diesel::joinable!(case_charges -> provisions (provision_id));
diesel::joinable!(case_counterparts -> cases (case_id));
diesel::joinable!(case_counterparts -> countries (country));
diesel::joinable!(case_crime_types -> cases (case_id));
diesel::joinable!(case_crime_types -> crime_types (code));
diesel::joinable!(case_cross_cutting_issues -> cases (case_id));
diesel::joinable!(case_cross_cutting_issues -> cross_cutting_issues (code));
diesel::joinable!(case_parties -> cases (case_id));
diesel::joinable!(case_parties -> countries (nationality));
diesel::joinable!(cases -> countries (country));
diesel::joinable!(change_log -> countries (country));
diesel::joinable!(confirmation_links -> users (user_id));
diesel::joinable!(competence_legal_bases -> competence_types (competence_code));
diesel::joinable!(competence_legal_bases -> instrument_articles (article_id));
diesel::joinable!(competence_legal_bases -> instruments (instrument_code));
diesel::joinable!(contacts -> authorities (authority_id));
diesel::joinable!(designations -> authorities (authority_id));
diesel::joinable!(designations -> competence_types (competence));
diesel::joinable!(idempotency_keys -> users (user_id));
diesel::joinable!(instrument_articles -> instruments (instrument_code));
diesel::joinable!(laws -> countries (country));
diesel::joinable!(outbox -> users (user_id));
diesel::joinable!(outbox_attempts -> outbox (message_id));
diesel::joinable!(provision_articles -> instrument_articles (article_id));
diesel::joinable!(provision_articles -> provisions (provision_id));
diesel::joinable!(provision_crime_types -> crime_types (code));
diesel::joinable!(provision_crime_types -> provisions (provision_id));
diesel::joinable!(provision_cross_cutting_issues -> cross_cutting_issues (code));
diesel::joinable!(provision_cross_cutting_issues -> provisions (provision_id));
diesel::joinable!(provisions -> laws (law_id));
diesel::joinable!(record_versions -> users (actor_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(reminders_sent -> outbox (message_id));
diesel::joinable!(reminders_sent -> users (user_id));
diesel::joinable!(summaries_sent -> outbox (message_id));
diesel::joinable!(summaries_sent -> users (user_id));
diesel::joinable!(users -> countries (country));

diesel::joinable!(web_sessions -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    audit_log,
    authorities,
    case_articles,
    case_charges,
    case_counterparts,
    case_crime_types,
    case_cross_cutting_issues,
    case_parties,
    cases,
    change_log,
    competence_legal_bases,
    competence_types,
    confirmation_links,
    contacts,
    countries,
    crime_types,
    cross_cutting_issues,
    designations,
    idempotency_keys,
    instrument_articles,
    instruments,
    laws,
    login_throttle,
    outbox,
    outbox_attempts,
    partner_clients,
    provision_articles,
    provision_crime_types,
    provision_cross_cutting_issues,
    provisions,
    record_versions,
    refresh_tokens,
    regions,
    reminders_sent,
    summaries_sent,
    treaty_participations,
    users,
    web_sessions,
    webhook_deliveries,
);

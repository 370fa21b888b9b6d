//! The OpenAPI document, generated from the handlers' annotations without a database. It is served
//! at `/openapi.json`, committed as `openapi/openapi.json`, and a test fails when the two drift
//! (`cna openapi > openapi/openapi.json` regenerates it).

mod codes;
mod parameters;
mod responses;
mod schemas;

use serde_json::Value;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::api::{
    admin::{outbox, partners, users},
    auth, authorities, cases, changes, countries, export, freshness, health, legislation, route,
    search, taxonomies, treaties, webhook,
};
use crate::error::{FieldError, Problem};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Competent national authorities directory",
        description = "Which authority of a State handles mutual legal assistance, extradition, \
electronic evidence and other forms of international cooperation in criminal matters, and how to \
reach it. Errors are RFC 9457 problem documents (application/problem+json). Lists return \
`{items, next_cursor}` and take `limit` (1 to 200, default 20) and `cursor`.",
        license(name = "Apache-2.0", identifier = "Apache-2.0"),
    ),
    paths(
        health::get_healthz,
        health::get_readyz,
        countries::list::list_countries,
        countries::get::get_country,
        freshness::list_freshness,
        freshness::get_state_freshness,
        taxonomies::list_regions::list_regions,
        taxonomies::list_competences::list_competences,
        taxonomies::list_instruments::list_instruments,
        taxonomies::list_crime_types::list_crime_types,
        taxonomies::list_cross_cutting_issues::list_cross_cutting_issues,
        authorities::list::list_authorities,
        authorities::record::get_authority,
        authorities::record::create_authority,
        authorities::record::update_authority,
        authorities::record::delete_authority,
        authorities::record::confirm_authority,
        authorities::history::list_authority_history,
        legislation::list::list_legislation,
        legislation::record::get_legislation,
        legislation::record::create_legislation,
        legislation::record::update_legislation,
        legislation::record::delete_legislation,
        cases::list::list_cases,
        cases::record::get_case,
        cases::record::create_case,
        cases::record::update_case,
        cases::record::delete_case,
        treaties::list::list_treaties,
        treaties::record::get_treaty,
        treaties::record::create_treaty,
        treaties::record::update_treaty,
        treaties::record::delete_treaty,
        search::get::search,
        route::get::route,
        route::draft::route_draft,
        auth::login::login,
        auth::refresh::refresh,
        auth::logout::logout,
        auth::me::get_me,
        auth::me::put_me,
        users::list::list_users,
        users::create::create_user,
        users::get::get_user,
        users::disable::disable_user,
        users::reset_password::reset_user_password,
        partners::list::list_partners,
        partners::create::create_partner,
        partners::get::get_partner,
        partners::revoke::revoke_partner,
        changes::list::list_changes,
        export::get::export_records,
        webhook::manage::register_webhook,
        webhook::manage::get_webhook,
        webhook::manage::delete_webhook,
        webhook::manage::list_deliveries,
        outbox::list::list_outbox,
        outbox::get::get_outbox_message,
    ),
    modifiers(&Security, &Exact),
    components(schemas(Problem, FieldError)),
    tags(
        (name = "directory", description = "Competent national authorities"),
        (name = "legislation", description = "National laws and their provisions"),
        (name = "case law", description = "Court decisions"),
        (name = "treaties", description = "Where each State stands with each instrument of cooperation, and its declarations; written by administrators"),
        (name = "routing", description = "Where to send a request: whom, how, in which language, on which basis, with what contents"),
        (name = "search", description = "Full-text search in the six UN languages"),
        (name = "reference data", description = "Countries, regions, competences, instruments and taxonomies"),
        (name = "freshness", description = "How current each State's records are: public counts and dates"),
        (name = "accounts", description = "Signing in and sessions"),
        (name = "administration", description = "Accounts, partner clients and the outbox of reminders, for administrators"),
        (name = "partners", description = "The change feed and the export, for partner portals"),
        (name = "health", description = "Liveness and readiness"),
    )
)]
pub struct ApiDoc;

/// Declares the bearer scheme. Reads work anonymously (public tier) or signed in (more tiers);
/// writes require a focal point's or an administrator's access token.
struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An access token from POST /v1/auth/login (a JWT, 15 minutes), or a partner \
                         client's API key (`cnap_...`). Optional on reads: without it the public tier \
                         is served.",
                    ))
                    .build(),
            ),
        );
    }
}

/// Makes the document exact where the handlers' annotations cannot: the code enumerations from the
/// reference data, each parameter's type, the shared problem statuses, extended documents written
/// out (see each module).
struct Exact;

impl Modify for Exact {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let Ok(mut document) = serde_json::to_value(&*openapi) else {
            return;
        };
        if let Some(schemas) = document
            .pointer_mut("/components/schemas")
            .and_then(Value::as_object_mut)
        {
            // The compiled reference data parses (a unit test of `seed` proves it).
            if let Ok(codes) = crate::seed::code_lists() {
                codes::enumerate(schemas, &codes);
            }
            schemas::merge_all_of(schemas);
        }
        if let Some(paths) = document.get_mut("paths").and_then(Value::as_object_mut) {
            parameters::type_all(paths);
            responses::complete(paths);
        }
        if let Ok(exact) = serde_json::from_value(document) {
            *openapi = exact;
        }
    }
}

/// The document as pretty-printed JSON with a trailing newline, as committed.
pub fn document_json() -> String {
    let mut json = ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    json.push('\n');
    json
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> Value {
        serde_json::to_value(ApiDoc::openapi()).unwrap()
    }

    #[test]
    fn every_parameter_has_its_type() {
        let document = document();
        for (path, item) in document["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                for parameter in operation["parameters"].as_array().into_iter().flatten() {
                    let name = parameter["name"].as_str().unwrap();
                    let schema = &parameter["schema"];
                    let bare = schema.get("$ref").is_none()
                        && schema.get("enum").is_none()
                        && schema.get("format").is_none()
                        && schema.get("maxLength").is_none()
                        && schema["type"] != "integer"
                        && schema["type"] != "boolean"
                        && schema["type"] != "array";
                    assert!(
                        !bare || parameters::FREE_TEXT.contains(&name),
                        "{method} {path}: parameter {name} is bare text: {schema}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_operation_documents_the_shared_problems() {
        let document = document();
        for (path, item) in document["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                let responses = operation["responses"].as_object().unwrap();
                let probe = path == "/healthz" || path == "/readyz";
                let expected: &[&str] = if probe {
                    &[]
                } else if operation.get("requestBody").is_some() {
                    &["400", "413", "415", "422", "429", "503"]
                } else {
                    &["400", "429", "503"]
                };
                for status in expected {
                    assert!(
                        responses.contains_key(*status),
                        "{method} {path}: no {status}"
                    );
                }
                for (status, response) in responses {
                    if status.starts_with('4') || status.starts_with('5') {
                        assert_eq!(
                            response["content"]["application/problem+json"]["schema"]["$ref"],
                            "#/components/schemas/Problem",
                            "{method} {path}: {status} without the problem schema"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn codes_are_enumerated_and_extended_documents_written_out() {
        let document = document();
        let schemas = &document["components"]["schemas"];
        let countries = schemas["CountryCode"]["enum"].as_array().unwrap();
        assert!(countries.len() > 200 && countries.contains(&"KEN".into()));
        assert_eq!(
            schemas["CompetenceCode"]["enum"].as_array().unwrap().len(),
            13
        );
        assert!(schemas["ArticleId"]["enum"]
            .as_array()
            .unwrap()
            .contains(&"UNTOC-18".into()));
        let case = &schemas["CaseView"];
        assert!(case.get("allOf").is_none());
        assert!(case["properties"]["provisions_applied"].is_object());
        assert!(case["properties"]["decision_date"].is_object());
    }
}

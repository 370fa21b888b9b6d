//! The OpenAPI document, generated from the handlers' annotations without a database. It is served
//! at `/openapi.json`, committed as `openapi/openapi.json`, and a test fails when the two drift
//! (`cna openapi > openapi/openapi.json` regenerates it).

use utoipa::OpenApi;

use crate::api::{authorities, countries, health, taxonomies};
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
        taxonomies::list_regions::list_regions,
        taxonomies::list_competences::list_competences,
        taxonomies::list_instruments::list_instruments,
        taxonomies::list_crime_types::list_crime_types,
        taxonomies::list_cross_cutting_issues::list_cross_cutting_issues,
        authorities::list::list_authorities,
        authorities::get::get_authority,
    ),
    components(schemas(Problem, FieldError)),
    tags(
        (name = "directory", description = "Competent national authorities"),
        (name = "reference data", description = "Countries, regions, competences, instruments and taxonomies"),
        (name = "health", description = "Liveness and readiness"),
    )
)]
pub struct ApiDoc;

/// The document as pretty-printed JSON with a trailing newline, as committed.
pub fn document_json() -> String {
    let mut json = ApiDoc::openapi()
        .to_pretty_json()
        .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    json.push('\n');
    json
}

//! The code schemas. Reference data is compiled into the binary (`seed-data/`, loaded by
//! `cna seed`), so the document can list every code a parameter or member may name: countries,
//! regions, competences, crime types, cross-cutting issues, instrument articles, and the ISO 639-1
//! languages.

use serde_json::{json, Value};

use crate::domain::ISO_639_1;
use crate::seed::CodeLists;

/// Sets the code component schemas to their enumerations, keeping their descriptions. Crime types
/// and cross-cutting issues, one `TermCode` in the documents, get a schema each for the filters
/// that take one or the other.
pub(super) fn enumerate(schemas: &mut serde_json::Map<String, Value>, codes: &CodeLists) {
    let language: Vec<String> = ISO_639_1.iter().map(|c| (*c).to_owned()).collect();
    let terms: Vec<String> = codes
        .crime_types
        .iter()
        .chain(&codes.cross_cutting_issues)
        .cloned()
        .collect();
    for (name, values, description) in [
        ("CountryCode", &codes.countries, None),
        ("RegionCode", &codes.regions, None),
        ("CompetenceCode", &codes.competences, None),
        ("TermCode", &terms, None),
        ("ArticleId", &codes.articles, None),
        ("LanguageCode", &language, None),
        (
            "CrimeTypeCode",
            &codes.crime_types,
            Some("The code of a crime type (see `GET /v1/crime-types`). Accepted in any letter case."),
        ),
        (
            "CrossCuttingIssueCode",
            &codes.cross_cutting_issues,
            Some(
                "The code of a cross-cutting issue (see `GET /v1/cross-cutting-issues`). Accepted \
                 in any letter case.",
            ),
        ),
    ] {
        let schema = schemas
            .entry(name)
            .or_insert_with(|| json!({"type": "string"}));
        schema["enum"] = json!(values);
        if let Some(description) = description {
            schema["description"] = json!(description);
        }
        if schema.get("example").is_none() {
            if let Some(first) = values.first() {
                schema["example"] = json!(first);
            }
        }
    }
}

//! The schema of every parameter. Handlers read their query parameters as raw text and parse each
//! one themselves (so that every problem is reported at once, by name); this gives each parameter
//! the type its parser accepts: bounds, enumerations, formats. A query parameter left as bare text
//! is a mistake that a test catches, unless it is free text by nature ([`FREE_TEXT`]).

use serde_json::{json, Value};

/// Parameters whose values are free text (an opaque token, an ETag, a search query).
#[cfg(test)]
pub(super) const FREE_TEXT: &[&str] = &["cursor", "q", "If-Match"];

fn code(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn integer(minimum: i64, maximum: i64, default: i64) -> Value {
    json!({"type": "integer", "minimum": minimum, "maximum": maximum, "default": default})
}

/// The schema of parameter `name` of the operations at `path`, when it is more than text.
fn schema(path: &str, name: &str) -> Option<Value> {
    Some(match (path, name) {
        ("/v1/changes", "limit") => integer(1, 1000, 100),
        (_, "limit") => integer(1, 200, 20),
        ("/v1/changes", "wait") => integer(0, 60, 0),
        (_, "stale") => json!({"type": "boolean"}),
        (_, "format") => json!({"type": "string", "enum": ["json", "csv"], "default": "json"}),
        ("/v1/admin/outbox/{id}", "id") => {
            json!({"type": "integer", "format": "int64", "minimum": 1})
        }
        ("/v1/admin/outbox", "status") => json!({"type": "string", "enum": ["waiting", "sent"]}),
        (_, "id") => json!({"type": "string", "format": "uuid"}),
        (_, "country" | "iso3" | "from" | "to") => code("CountryCode"),
        ("/v1/route", "measure") => code("CompetenceCode"),
        (_, "urgent") => json!({"type": "boolean", "default": false}),
        (_, "region") => code("RegionCode"),
        (_, "competence") => code("CompetenceCode"),
        (_, "crime_type") => code("CrimeTypeCode"),
        (_, "cross_cutting") => code("CrossCuttingIssueCode"),
        (_, "article") => code("ArticleId"),
        (_, "language" | "lang") => code("LanguageCode"),
        (_, "channel") => code("Channel"),
        (_, "decision_type") => code("DecisionType"),
        (_, "cooperation") => code("Cooperation"),
        ("/v1/legislation", "status") => code("LawStatus"),
        ("/v1/treaties", "status") => code("TreatyStatus"),
        ("/v1/treaties", "instrument") => code("Instrument"),
        ("/v1/authorities", "status") => {
            json!({"type": "string", "enum": ["active", "retired", "any"], "default": "active"})
        }
        (_, "decided_from" | "decided_to" | "enacted_from" | "enacted_to") => {
            json!({"type": "string", "format": "date"})
        }
        ("/v1/search", "type") => json!({
            "type": "array",
            "items": {"type": "string", "enum": ["authority", "legislation", "case"]},
            "minItems": 1,
        }),
        ("/v1/export", "type") => json!({
            "type": "array",
            "items": {"type": "string", "enum": ["authority", "legislation", "case", "treaty"]},
            "minItems": 1,
        }),
        (_, "Idempotency-Key") => {
            json!({"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[!-~]+$"})
        }
        ("/v1/search", "q") => json!({"type": "string", "maxLength": 500}),
        _ => return None,
    })
}

/// Query parameters a handler reads as optional text (to name every problem at once) but requires.
const REQUIRED: &[(&str, &str)] = &[
    ("/v1/route", "from"),
    ("/v1/route", "to"),
    ("/v1/route", "measure"),
];

/// Gives every parameter of every operation its schema.
pub(super) fn type_all(paths: &mut serde_json::Map<String, Value>) {
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for operation in item.values_mut() {
            let Some(parameters) = operation
                .get_mut("parameters")
                .and_then(Value::as_array_mut)
            else {
                continue;
            };
            for parameter in parameters {
                let name = parameter["name"].as_str().unwrap_or_default().to_owned();
                if let Some(schema) = schema(path, &name) {
                    parameter["schema"] = schema;
                }
                if REQUIRED.contains(&(path.as_str(), name.as_str())) {
                    parameter["required"] = json!(true);
                }
                if path == "/v1/export" && name == "type" {
                    // Comma-separated: `type=authority,case`.
                    parameter["style"] = json!("form");
                    parameter["explode"] = json!(false);
                }
            }
        }
    }
}

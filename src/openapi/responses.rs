//! The statuses every route shares. Each handler documents its own answers and the problems
//! particular to it; the problems that follow from what a route takes (parameters, a path id, a
//! body, credentials, `If-Match`) and from the service itself (rate limits, the database) are
//! added here, each with the problem schema, wherever the handler did not describe them itself.

use serde_json::{json, Value};

/// Routes that answer without the database and outside the rate limits.
const PROBES: &[&str] = &["/healthz", "/readyz"];

/// What an operation takes, which decides the problems it can answer.
struct Takes {
    path_id: bool,
    body: bool,
    /// Credentials may be presented (anonymous or signed in).
    credentials: bool,
    /// Credentials are required.
    signed_in: bool,
    if_match: Option<bool>,
}

impl Takes {
    fn of(path: &str, operation: &Value) -> Takes {
        let security = operation["security"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let bearer = security.iter().any(|s| s.get("bearer").is_some());
        let anonymous = security
            .iter()
            .any(|s| s.as_object().is_some_and(|o| o.is_empty()));
        let if_match = operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["name"] == "If-Match")
            .map(|p| p["required"] == json!(true));
        Takes {
            path_id: path.contains('{'),
            body: operation.get("requestBody").is_some(),
            credentials: bearer,
            signed_in: bearer && !anonymous,
            if_match,
        }
    }

    /// The statuses this operation can answer beyond its own, with what they mean here.
    fn problems(&self) -> Vec<(&'static str, &'static str)> {
        let mut problems = vec![(
            "400",
            if self.body {
                "A query parameter is invalid or unknown, or the body is not well-formed JSON"
            } else {
                "A query or path parameter is invalid or unknown"
            },
        )];
        if self.credentials {
            problems.push((
                "401",
                if self.signed_in {
                    "Not signed in, or the credentials are not valid"
                } else {
                    "Credentials presented but not valid"
                },
            ));
        }
        if self.signed_in {
            problems.push(("403", "The credentials do not allow this"));
        }
        if self.path_id {
            problems.push(("404", "No such record"));
        }
        if self.if_match.is_some() {
            problems.push((
                "412",
                "Changed since read: the If-Match ETag is not current",
            ));
        }
        if self.body {
            problems.push(("413", "The body is larger than the service accepts"));
            problems.push(("415", "The body is not sent as application/json"));
            problems.push((
                "422",
                "Invalid members: every problem, each by its path in the document",
            ));
        }
        if self.if_match == Some(true) {
            problems.push(("428", "If-Match is missing: read the record first"));
        }
        problems.push((
            "429",
            "Too many requests from this address or key: see Retry-After",
        ));
        problems.push((
            "503",
            "The database cannot be reached: retry after Retry-After",
        ));
        problems
    }
}

fn problem(description: &str, retry_after: bool) -> Value {
    let mut response = json!({
        "description": description,
        "content": {
            "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
        }
    });
    if retry_after {
        response["headers"] = json!({
            "Retry-After": {
                "description": "Seconds to wait before retrying",
                "schema": {"type": "integer", "minimum": 0}
            }
        });
    }
    response
}

/// Adds to every operation the shared problems it does not describe itself.
pub(super) fn complete(paths: &mut serde_json::Map<String, Value>) {
    for (path, item) in paths.iter_mut() {
        if PROBES.contains(&path.as_str()) {
            continue;
        }
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for operation in item.values_mut() {
            let takes = Takes::of(path, operation);
            let Some(responses) = operation
                .get_mut("responses")
                .and_then(Value::as_object_mut)
            else {
                continue;
            };
            for (status, description) in takes.problems() {
                responses
                    .entry(status)
                    .or_insert_with(|| problem(description, matches!(status, "429" | "503")));
            }
        }
    }
}

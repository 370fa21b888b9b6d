//! Documents that extend another (`#[serde(flatten)]`: a case with the provisions it applies) come
//! from utoipa as `allOf` of the base schema and the added members. A base that forbids members it
//! does not list (`additionalProperties: false`) then forbids the added ones too, so no answer
//! could be valid. Each such `allOf` is written out here as the one object it describes.

use serde_json::{json, Map, Value};

fn referenced<'a>(schemas: &'a Map<String, Value>, part: &'a Value) -> &'a Value {
    part["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
        .and_then(|name| schemas.get(name))
        .unwrap_or(part)
}

/// The object an `allOf` of objects describes, or `None` when a part is not a plain object.
fn merged(schemas: &Map<String, Value>, schema: &Value) -> Option<Value> {
    let parts = schema["allOf"].as_array()?;
    let mut properties = Map::new();
    let mut required: Vec<Value> = Vec::new();
    let mut closed = false;
    for part in parts {
        let part = referenced(schemas, part);
        if part["type"] != "object" || part.get("allOf").is_some() {
            return None;
        }
        if let Some(members) = part["properties"].as_object() {
            properties.extend(members.clone());
        }
        for name in part["required"].as_array().into_iter().flatten() {
            if !required.contains(name) {
                required.push(name.clone());
            }
        }
        closed |= part["additionalProperties"] == json!(false);
    }
    let mut object = json!({"type": "object", "properties": properties, "required": required});
    if closed {
        object["additionalProperties"] = json!(false);
    }
    if let Some(description) = schema.get("description") {
        object["description"] = description.clone();
    }
    Some(object)
}

/// Writes out every component schema that is an `allOf` of objects.
pub(super) fn merge_all_of(schemas: &mut Map<String, Value>) {
    let names: Vec<String> = schemas.keys().cloned().collect();
    for name in names {
        if let Some(object) = schemas.get(&name).and_then(|s| merged(schemas, s)) {
            schemas.insert(name, object);
        }
    }
}

//! The shape of a request document, checked against the very schema the OpenAPI document publishes
//! for it (utoipa's, generated from the input types): every member of the wrong type, every value
//! outside its enumeration, every unknown or missing member, each by its path, all at once.
//!
//! Each offending value is then replaced by a placeholder of the right shape, so that the document
//! still reads into its input type and the later stages (formats, reference codes, cross-field
//! rules) can report their problems in the same answer. Their problems at or below a path already
//! reported here are dropped: they would be about the placeholder, not about what was sent.

use std::any::TypeId;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use serde_json::{Map, Value};
use utoipa::ToSchema;

use crate::error::FieldError;

/// A schema and the component schemas it refers to, as JSON.
pub struct Shape {
    root: Value,
    components: HashMap<String, Value>,
}

impl Shape {
    /// The published schema of `T`, built once per type and kept: every write and every line of
    /// an import reads against it.
    pub fn of<T: ToSchema + 'static>() -> Arc<Shape> {
        static SHAPES: OnceLock<Mutex<HashMap<TypeId, Arc<Shape>>>> = OnceLock::new();
        let mut shapes = SHAPES
            .get_or_init(Mutex::default)
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        Arc::clone(
            shapes
                .entry(TypeId::of::<T>())
                .or_insert_with(|| Arc::new(Shape::build::<T>())),
        )
    }

    fn build<T: ToSchema>() -> Shape {
        let mut referenced = Vec::new();
        T::schemas(&mut referenced);
        let components = referenced
            .into_iter()
            .filter_map(|(name, schema)| Some((name, serde_json::to_value(schema).ok()?)))
            .collect();
        Shape {
            root: serde_json::to_value(T::schema()).unwrap_or(Value::Null),
            components,
        }
    }

    /// Every shape problem of `value`, each offending member replaced by a placeholder (unknown and
    /// read-only members removed).
    pub fn check(&self, value: &mut Value) -> Vec<FieldError> {
        let mut errors = Vec::new();
        self.visit(&self.root, value, "", &mut errors);
        errors
    }

    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        let mut current = schema;
        for _ in 0..16 {
            match current.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let name = reference.rsplit('/').next().unwrap_or_default();
                    match self.components.get(name) {
                        Some(found) => current = found,
                        None => return &Value::Null,
                    }
                }
                None => return current,
            }
        }
        current
    }

    fn visit(&self, schema: &Value, value: &mut Value, path: &str, errors: &mut Vec<FieldError>) {
        let schema = self.resolve(schema);
        if schema.is_null() {
            return;
        }
        if let Some(alternatives) = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)
        {
            // The first alternative the value fits; otherwise the problems of the first one that
            // is not `null` (an optional member of a named type).
            for alternative in alternatives {
                let mut trial = value.clone();
                let mut found = Vec::new();
                self.visit(alternative, &mut trial, path, &mut found);
                if found.is_empty() {
                    return;
                }
            }
            if let Some(main) = alternatives
                .iter()
                .find(|a| self.resolve(a).get("type") != Some(&Value::from("null")))
            {
                self.visit(main, value, path, errors);
            }
            return;
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            for part in all {
                self.visit(part, value, path, errors);
            }
        }
        let types = types_of(schema);
        if !types.is_empty() && !types.iter().any(|t| fits(t, value)) {
            errors.push(FieldError::new(
                here(path),
                format!("must be {}", describe(&types)),
            ));
            *value = self.placeholder(schema);
            return;
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            if !allowed.contains(value) {
                let names: Vec<String> = allowed
                    .iter()
                    .filter(|a| !a.is_null())
                    .map(|a| a.to_string())
                    .collect();
                errors.push(FieldError::new(
                    here(path),
                    format!("must be one of {}", names.join(", ")),
                ));
                *value = self.placeholder(schema);
                return;
            }
        }
        if let Some(problem) = format_problem(schema, value) {
            errors.push(FieldError::new(here(path), problem));
            *value = self.placeholder(schema);
            return;
        }
        match value {
            Value::Array(items) => {
                if let Some(item_schema) = schema.get("items") {
                    for (i, item) in items.iter_mut().enumerate() {
                        self.visit(item_schema, item, &format!("{path}[{i}]"), errors);
                    }
                }
            }
            Value::Object(members) => self.visit_object(schema, members, path, errors),
            _ => {}
        }
    }

    fn visit_object(
        &self,
        schema: &Value,
        members: &mut Map<String, Value>,
        path: &str,
        errors: &mut Vec<FieldError>,
    ) {
        let empty = Map::new();
        let properties = schema
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let additional = schema.get("additionalProperties");
        let names: Vec<String> = members.keys().cloned().collect();
        for name in names {
            let member_path = join(path, &name);
            match properties.get(&name) {
                Some(property)
                    if self.resolve(property).get("readOnly") == Some(&Value::Bool(true)) =>
                {
                    // Set by the server: a document read and sent back carries it; ignored.
                    members.remove(&name);
                }
                Some(property) => {
                    if let Some(member) = members.get_mut(&name) {
                        self.visit(property, member, &member_path, errors);
                    }
                }
                None => match additional {
                    Some(Value::Bool(false)) => {
                        errors.push(FieldError::new(
                            member_path,
                            "is not a member of this document",
                        ));
                        members.remove(&name);
                    }
                    Some(extra) if extra.is_object() => {
                        if let Some(member) = members.get_mut(&name) {
                            self.visit(extra, member, &member_path, errors);
                        }
                    }
                    _ => {}
                },
            }
        }
        for required in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !members.contains_key(required) {
                errors.push(FieldError::new(join(path, required), "is required"));
                let placeholder = properties
                    .get(required)
                    .map(|p| self.placeholder(p))
                    .unwrap_or(Value::Null);
                members.insert(required.to_owned(), placeholder);
            }
        }
    }

    /// A value of the schema's shape: the first enumerated value, an empty string, list or object,
    /// zero, false, the nil UUID, or null where null is allowed.
    fn placeholder(&self, schema: &Value) -> Value {
        let schema = self.resolve(schema);
        if let Some(alternatives) = schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)
        {
            return alternatives
                .iter()
                .find(|a| self.resolve(a).get("type") == Some(&Value::from("null")))
                .or_else(|| alternatives.first())
                .map(|a| self.placeholder(a))
                .unwrap_or(Value::Null);
        }
        if let Some(first) = schema
            .get("enum")
            .and_then(Value::as_array)
            .and_then(|e| e.iter().find(|v| !v.is_null()))
        {
            return first.clone();
        }
        let types = types_of(schema);
        if types.iter().any(|t| t == "null") {
            return Value::Null;
        }
        match types.first().map(String::as_str) {
            Some("string") => Value::from(match schema.get("format").and_then(Value::as_str) {
                Some("uuid") => "00000000-0000-0000-0000-000000000000",
                Some("date") => "2000-01-01",
                Some("date-time") => "2000-01-01T00:00:00Z",
                _ => "",
            }),
            Some("integer") | Some("number") => schema
                .get("minimum")
                .cloned()
                .unwrap_or_else(|| Value::from(0)),
            Some("boolean") => Value::Bool(false),
            Some("array") => Value::Array(Vec::new()),
            Some("object") => {
                let mut object = Map::new();
                self.visit_object(schema, &mut object, "", &mut Vec::new());
                Value::Object(object)
            }
            _ => Value::Null,
        }
    }
}

/// The JSON types a schema allows (`type` as a string or a list).
fn types_of(schema: &Value) -> Vec<String> {
    match schema.get("type") {
        Some(Value::String(t)) => vec![t.clone()],
        Some(Value::Array(ts)) => ts
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    }
}

fn fits(json_type: &str, value: &Value) -> bool {
    match json_type {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => true,
    }
}

fn describe(types: &[String]) -> String {
    let names: Vec<&str> = types
        .iter()
        .map(|t| match t.as_str() {
            "null" => "null",
            "boolean" => "true or false",
            "integer" => "a whole number",
            "number" => "a number",
            "string" => "a string",
            "array" => "a list",
            "object" => "an object",
            other => other,
        })
        .collect();
    names.join(" or ")
}

/// What is wrong with a value's format or range, when the schema says.
fn format_problem(schema: &Value, value: &Value) -> Option<String> {
    if let Some(text) = value.as_str() {
        return match schema.get("format").and_then(Value::as_str) {
            Some("uuid") if uuid::Uuid::parse_str(text).is_err() => Some("must be a UUID".into()),
            Some("date") if chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err() => {
                Some("must be a date (YYYY-MM-DD)".into())
            }
            Some("date-time") if chrono::DateTime::parse_from_rfc3339(text).is_err() => {
                Some("must be an RFC 3339 time".into())
            }
            _ => None,
        };
    }
    if let Some(number) = value.as_i64() {
        let (min, max) = match schema.get("format").and_then(Value::as_str) {
            Some("int32") => (i64::from(i32::MIN), i64::from(i32::MAX)),
            _ => (i64::MIN, i64::MAX),
        };
        let min = schema.get("minimum").and_then(Value::as_i64).unwrap_or(min);
        let max = schema.get("maximum").and_then(Value::as_i64).unwrap_or(max);
        if number < min || number > max {
            return Some(format!("must be from {min} to {max}"));
        }
    } else if value.is_u64() && schema.get("format").and_then(Value::as_str) == Some("int32") {
        return Some("is too large".into());
    }
    None
}

fn join(path: &str, member: &str) -> String {
    if path.is_empty() {
        member.to_owned()
    } else {
        format!("{path}.{member}")
    }
}

fn here(path: &str) -> String {
    if path.is_empty() {
        "body".to_owned()
    } else {
        path.to_owned()
    }
}

/// `later` added to `first`, except the problems at or below a path `first` already reports.
pub fn merge(mut first: Vec<FieldError>, later: Vec<FieldError>) -> Vec<FieldError> {
    let covered = |field: &str, by: &FieldError| {
        field == by.field
            || by.field == "body"
            || field
                .strip_prefix(by.field.as_str())
                .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
    };
    let reported = first.clone();
    for error in later {
        if !reported.iter().any(|r| covered(&error.field, r))
            && !first
                .iter()
                .any(|f| f.field == error.field && f.message == error.message)
        {
            first.push(error);
        }
    }
    first
}

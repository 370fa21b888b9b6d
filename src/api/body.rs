//! JSON request bodies. The body is read as JSON by actix (malformed: 400, too large: 413, not JSON:
//! 415), then deserialized here into the route's input type so that a member of the wrong type, an
//! unknown member or a read-only one is a 422 naming its path (`designations[0].channels[1]`).

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;

use crate::domain::{contact_details, CodeError, LanguageCode};
use crate::error::{ApiError, FieldError};

/// Deserializes a JSON value into `T`, reporting the path of the first offending member. A NUL
/// character anywhere (Postgres cannot store one in text) is refused first, naming every member
/// that holds one.
pub fn parse<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ApiError> {
    let mut nul = Vec::new();
    find_nul(&value, &mut String::new(), &mut nul);
    if !nul.is_empty() {
        return Err(ApiError::Validation(nul));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { "body".to_owned() } else { path };
        ApiError::Validation(vec![FieldError::new(field, e.inner().to_string())])
    })
}

/// Records the path of every string (member name or value) below `value` that holds a NUL.
fn find_nul(value: &serde_json::Value, path: &mut String, found: &mut Vec<FieldError>) {
    const MESSAGE: &str = "must not contain the NUL character (U+0000)";
    let here = |path: &str| {
        if path.is_empty() {
            "body".to_owned()
        } else {
            path.to_owned()
        }
    };
    match value {
        serde_json::Value::String(text) if text.contains('\0') => {
            found.push(FieldError::new(here(path), MESSAGE));
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                find_nul(item, path, found);
                path.truncate(len);
            }
        }
        serde_json::Value::Object(members) => {
            for (name, member) in members {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&name.replace('\0', "\\u0000"));
                if name.contains('\0') {
                    found.push(FieldError::new(here(path), MESSAGE));
                }
                find_nul(member, path, found);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// Collects problems by path while a body is parsed into domain values, so that one 422 lists them all.
#[derive(Default)]
pub struct Check {
    pub errors: Vec<FieldError>,
}

impl Check {
    /// The value, or `None` with the problem recorded at `path`.
    pub fn value<T>(&mut self, path: impl Into<String>, result: Result<T, CodeError>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.errors.push(FieldError::new(path, e.to_string()));
                None
            }
        }
    }

    /// A trimmed text of at most `max` characters; blank counts as absent.
    pub fn optional_text(&mut self, path: &str, raw: Option<String>, max: usize) -> Option<String> {
        let raw = raw.filter(|r| !r.trim().is_empty())?;
        self.value(path, contact_details::text(&raw, max))
    }

    /// Every item parsed, at most `max` of them.
    pub fn list<T>(
        &mut self,
        path: &str,
        raw: Vec<String>,
        max: usize,
        parse: impl Fn(&str) -> Result<T, CodeError>,
    ) -> Vec<T> {
        if raw.len() > max {
            self.errors
                .push(FieldError::new(path, format!("at most {max} items")));
        }
        raw.iter()
            .enumerate()
            .filter_map(|(i, item)| self.value(format!("{path}[{i}]"), parse(item)))
            .collect()
    }

    /// Texts by language: ISO 639-1 keys, non-blank values of at most `max` characters.
    pub fn texts(
        &mut self,
        path: &str,
        raw: BTreeMap<String, String>,
        max: usize,
    ) -> BTreeMap<LanguageCode, String> {
        if raw.len() > 20 {
            self.fail(path, "at most 20 languages");
        }
        let mut out = BTreeMap::new();
        for (lang, text) in raw {
            let item = format!("{path}.{lang}");
            let lang = self.value(item.clone(), LanguageCode::parse(&lang));
            let text = self.value(item, contact_details::text(&text, max));
            if let (Some(lang), Some(text)) = (lang, text) {
                out.insert(lang, text);
            }
        }
        out
    }

    pub fn fail(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.errors.push(FieldError::new(path, message));
    }

    /// True when nothing was recorded at `path` or below it.
    pub fn clean(&self, path: &str) -> bool {
        self.errors.iter().all(|e| !e.field.starts_with(path))
    }

    /// 422 with every problem found, if any.
    pub fn finish(self) -> Result<(), ApiError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::Validation(self.errors))
        }
    }
}

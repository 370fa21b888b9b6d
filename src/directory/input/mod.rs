//! Request documents. A body is read as JSON by actix (malformed: 400, too large: 413, not JSON:
//! 415), then read here into its input type, and a record's input into the draft the write
//! pipeline takes, with every problem found on the way reported by its path
//! (`designations[0].channels[1]`): the shape against the published schema ([`shape`]), then the
//! formats of the values ([`Check`]); the pipeline adds what needs the database.

pub mod authority;
pub mod case;
pub mod law;
pub mod shape;
pub mod treaty;

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use utoipa::ToSchema;

use crate::domain::{contact_details, CodeError, LanguageCode};
use crate::error::{ApiError, FieldError};

/// A document read into a draft, with every problem found without the database. A draft with
/// problems holds placeholders where values were unusable: it is only checked further, never
/// written.
#[derive(Debug)]
pub struct Drafted<D> {
    pub draft: D,
    pub errors: Vec<FieldError>,
}

/// A member the server sets: a document read and sent back carries it; it is ignored on write
/// (and marked `readOnly` in the schema, which is how [`shape`] knows to drop it).
#[derive(Debug, Default, Clone, Copy)]
pub struct Ignored;

impl<'de> serde::Deserialize<'de> for Ignored {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| Ignored)
    }
}

/// A record document's input type: read into a draft, collecting every problem.
pub trait Input: DeserializeOwned + ToSchema + 'static {
    type Draft;

    /// The draft, recording each value's problems in `check`.
    fn parse(self, check: &mut Check) -> Self::Draft;

    /// Reads a whole document: shape, then formats, every problem at once.
    fn read(value: serde_json::Value) -> Result<Drafted<Self::Draft>, ApiError> {
        let (input, errors) = read::<Self>(value)?;
        let mut check = Check::after(errors);
        let draft = input.parse(&mut check);
        Ok(Drafted {
            draft,
            errors: check.into_errors(),
        })
    }
}

/// Reads a document of type `T`, reporting every member that does not fit `T`'s published schema
/// (read-only members are dropped), and reads what remains, each offending value replaced by a
/// placeholder. A NUL character anywhere is refused first.
pub fn read<T: DeserializeOwned + ToSchema + 'static>(
    mut value: serde_json::Value,
) -> Result<(T, Vec<FieldError>), ApiError> {
    refuse_nul(&value)?;
    let mut errors = shape::Shape::of::<T>().check(&mut value);
    match serde_path_to_error::deserialize(value) {
        Ok(typed) => Ok((typed, errors)),
        Err(e) => {
            errors.push(serde_problem(e));
            Err(ApiError::Validation(errors))
        }
    }
}

/// A deserialization failure as the problem of the member it is at.
fn serde_problem(e: serde_path_to_error::Error<serde_json::Error>) -> FieldError {
    let path = e.path().to_string();
    let field = if path == "." { "body".to_owned() } else { path };
    FieldError::new(field, e.inner().to_string())
}

fn refuse_nul(value: &serde_json::Value) -> Result<(), ApiError> {
    let mut nul = Vec::new();
    find_nul(value, &mut String::new(), &mut nul);
    if nul.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(nul))
    }
}

/// Deserializes a JSON value into `T`, reporting the path of the first offending member. A NUL
/// character anywhere (Postgres cannot store one in text) is refused first, naming every member
/// that holds one.
pub fn parse<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ApiError> {
    refuse_nul(&value)?;
    serde_path_to_error::deserialize(value)
        .map_err(|e| ApiError::Validation(vec![serde_problem(e)]))
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
    /// Problems found before (the shape): values at or below their paths are placeholders.
    reported: Vec<FieldError>,
    errors: Vec<FieldError>,
}

impl Check {
    /// A check of a document whose shape had these problems.
    pub fn after(reported: Vec<FieldError>) -> Check {
        Check {
            reported,
            errors: Vec::new(),
        }
    }

    /// Every problem: the shape's, then those found since about other paths.
    pub fn into_errors(self) -> Vec<FieldError> {
        shape::merge(self.reported, self.errors)
    }

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
        self.reported
            .iter()
            .chain(&self.errors)
            .all(|e| !e.field.starts_with(path))
    }
}

//! Query-string parsing. [`Params`] deserializes the query string into a struct of raw strings that
//! rejects unknown and repeated parameters; [`Parser`] then turns each raw value into its domain type,
//! collecting every problem so that one 400 answer lists them all with their parameter names.

use std::future::{ready, Ready};

use actix_web::{dev::Payload, FromRequest, HttpRequest};
use serde::de::DeserializeOwned;

use crate::db::{models, models::reference::Reference, Conn};
use crate::domain::CodeError;
use crate::error::{ApiError, FieldError};

/// The query string as a struct of raw values.
#[derive(Debug)]
pub struct Params<T>(pub T);

impl<T: DeserializeOwned> FromRequest for Params<T> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        // Postgres cannot hold a NUL in text, and no parameter has a use for one.
        let with_nul: Vec<FieldError> =
            serde_urlencoded::from_str::<Vec<(String, String)>>(req.query_string())
                .unwrap_or_default()
                .into_iter()
                .filter(|(name, value)| name.contains('\0') || value.contains('\0'))
                .map(|(name, _)| {
                    FieldError::new(
                        name.replace('\0', "\\u0000"),
                        "must not contain the NUL character (U+0000)",
                    )
                })
                .collect();
        if !with_nul.is_empty() {
            return ready(Err(ApiError::InvalidParameters(with_nul)));
        }
        ready(
            serde_urlencoded::from_str::<T>(req.query_string())
                .map(Params)
                .map_err(|e| {
                    let message = e.to_string();
                    let field = message
                        .split('`')
                        .nth(1)
                        .filter(|_| message.contains("field"))
                        .unwrap_or("query")
                        .to_owned();
                    ApiError::InvalidParameters(vec![FieldError::new(field, message)])
                }),
        )
    }
}

/// The query of a route that takes no parameters: any parameter is refused (400), as on every
/// other route, so that a mistyped filter is never silently ignored.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoQuery {}

/// Collects the problems found while parsing parameters.
#[derive(Debug, Default)]
pub struct Parser {
    errors: Vec<FieldError>,
}

impl Parser {
    /// Parses an optional parameter. An empty value is refused: a filter is left out, never sent
    /// empty, so that `?country=` is not mistaken for "every country" (or the reverse).
    pub fn optional<T>(
        &mut self,
        name: &str,
        raw: Option<&str>,
        parse: impl FnOnce(&str) -> Result<T, CodeError>,
    ) -> Option<T> {
        if raw.is_some_and(|r| r.trim().is_empty()) {
            self.reject(name, "must not be empty: leave the parameter out instead");
            return None;
        }
        self.token(name, raw, parse)
    }

    /// Parses an optional token (a cursor) for which an empty value means none: the first page.
    pub fn token<T>(
        &mut self,
        name: &str,
        raw: Option<&str>,
        parse: impl FnOnce(&str) -> Result<T, CodeError>,
    ) -> Option<T> {
        let raw = raw.filter(|r| !r.trim().is_empty())?;
        match parse(raw) {
            Ok(value) => Some(value),
            Err(e) => {
                self.errors.push(FieldError::new(name, e.to_string()));
                None
            }
        }
    }

    /// Records a problem found by a later check (for example, a code that does not exist).
    pub fn reject(&mut self, name: &str, message: impl Into<String>) {
        self.errors.push(FieldError::new(name, message));
    }

    /// Refuses every code that names nothing in the reference data, under the name of its
    /// parameter: a filter on a code that does not exist is a mistake, never an empty list.
    pub async fn known(
        &mut self,
        conn: &mut Conn,
        codes: &[(&str, Reference, Option<&str>)],
    ) -> Result<(), ApiError> {
        for (name, kind, code) in codes {
            if let Some(code) = code {
                if !models::reference::exists(conn, *kind, code).await? {
                    self.reject(name, format!("unknown {} {code}", kind.noun()));
                }
            }
        }
        Ok(())
    }

    /// Ok when no problem was found.
    pub fn finish(self) -> Result<(), ApiError> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(ApiError::InvalidParameters(self.errors))
        }
    }
}

/// Parses `true` or `false`.
pub fn boolean(raw: &str) -> Result<bool, CodeError> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(CodeError::new("must be true or false")),
    }
}

/// The `{id}` of a record path: a UUID, or a 400 naming `id`.
pub fn parse_id(raw: &str) -> Result<uuid::Uuid, ApiError> {
    uuid::Uuid::parse_str(raw.trim())
        .map_err(|_| ApiError::invalid_parameter("id", "must be a UUID"))
}

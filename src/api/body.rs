//! JSON request bodies. The body is read as JSON by actix (malformed: 400, too large: 413, not JSON:
//! 415), then deserialized here into the route's input type so that a member of the wrong type, an
//! unknown member or a read-only one is a 422 naming its path (`designations[0].channels[1]`).

use serde::de::DeserializeOwned;

use crate::error::{ApiError, FieldError};

/// Deserializes a JSON value into `T`, reporting the path of the first offending member.
pub fn parse<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ApiError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." { "body".to_owned() } else { path };
        ApiError::Validation(vec![FieldError::new(field, e.inner().to_string())])
    })
}

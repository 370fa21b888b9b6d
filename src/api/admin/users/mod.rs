//! `/v1/admin/users`: accounts.

pub mod create;
pub mod disable;
pub mod dto;
pub mod get;
pub mod list;
pub mod reset_password;

use uuid::Uuid;

use crate::error::ApiError;

/// The `{id}` of a user path.
pub(crate) fn parse_id(raw: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(raw.trim()).map_err(|_| ApiError::invalid_parameter("id", "must be a UUID"))
}

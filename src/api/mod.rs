//! HTTP handlers, one folder per resource and one file per action, plus the pieces they share:
//! query-parameter parsing, cursor pagination and ETags. Handlers parse input into domain types,
//! call `db::models`, and build response DTOs; they hold no SQL.

pub mod admin;
pub mod auth;
pub mod authorities;
pub mod browser;
pub mod cases;
pub mod changes;
pub mod client_address;
pub mod countries;
pub mod etag;
pub mod export;
pub mod freshness;
pub mod health;
pub mod legislation;
pub mod pagination;
pub mod params;
pub mod rate_limit;
pub mod records;
pub mod route;
pub mod search;
pub mod taxonomies;
pub mod treaties;
pub mod webhook;
pub mod wire_errors;
pub mod write;

use crate::db::{Conn, Pool};
use crate::error::ApiError;

/// A pooled connection; a pool timeout or an unreachable database becomes a 503 problem.
pub async fn connection(
    pool: &Pool,
) -> Result<diesel_async::pooled_connection::deadpool::Object<Conn>, ApiError> {
    Ok(pool.get().await?)
}

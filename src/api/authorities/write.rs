//! What the authority write handlers share.

use actix_web::{http::StatusCode, HttpResponse};
use chrono::Utc;

pub use crate::api::write::context;
use crate::api::write::tagged_json;
use crate::auth::Caller;
use crate::domain::{visibility::authority_view, Authority};
use crate::error::ApiError;

/// The record as the writer sees it, with its new ETag.
pub fn answer(
    caller: &Caller,
    authority: &Authority,
    status: StatusCode,
) -> Result<HttpResponse, ApiError> {
    let view = authority_view(authority, caller.tier_for(&authority.country), Utc::now());
    tagged_json(
        status,
        view.version,
        &format!("/v1/authorities/{}", view.id),
        &view,
    )
}

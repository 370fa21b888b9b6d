//! What the write handlers share: the caller's write context, the transaction, and the answer.

use actix_web::{
    http::{header, StatusCode},
    HttpRequest, HttpResponse,
};
use chrono::Utc;
use uuid::Uuid;

use crate::api::etag;
use crate::auth::Caller;
use crate::db::models::version::Actor;
use crate::directory::WriteContext;
use crate::domain::{visibility::authority_view, Authority};
use crate::error::ApiError;
use crate::telemetry::RequestId;

/// Who is writing: 401 when anonymous, 403 for readers.
pub fn context(req: &HttpRequest, caller: &Caller) -> Result<WriteContext, ApiError> {
    let scope = caller.write_scope()?;
    let account = caller.require_account()?;
    Ok(WriteContext {
        actor: Actor {
            id: Some(account.id),
            name: account.email.clone(),
        },
        scope,
        request_id: RequestId::of(req),
    })
}

/// The record as the writer sees it, with its new ETag.
pub fn answer(
    caller: &Caller,
    authority: &Authority,
    status: StatusCode,
) -> Result<HttpResponse, ApiError> {
    let view = authority_view(authority, caller, Utc::now());
    let body = serde_json::to_vec(&view).map_err(|e| ApiError::Internal(e.into()))?;
    Ok(HttpResponse::build(status)
        .insert_header((header::ETAG, etag::etag(view.version, &body)))
        .insert_header((header::LOCATION, format!("/v1/authorities/{}", view.id)))
        .content_type("application/json")
        .body(body))
}

/// The `{id}` of an authority path.
pub fn parse_id(raw: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(raw.trim()).map_err(|_| ApiError::invalid_parameter("id", "must be a UUID"))
}

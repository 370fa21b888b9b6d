//! What every write handler shares: the caller's write context and the tagged answer.

use actix_web::{
    http::{header, StatusCode},
    HttpRequest, HttpResponse,
};
use serde::Serialize;

use crate::api::etag;
use crate::auth::Caller;
use crate::db::models::version::Actor;
use crate::directory::WriteContext;
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
        reference: None,
    })
}

/// A JSON answer with the record's new ETag and its location.
pub fn tagged_json<T: Serialize>(
    status: StatusCode,
    version: i64,
    location: &str,
    value: &T,
) -> Result<HttpResponse, ApiError> {
    let body = serde_json::to_vec(value).map_err(|e| ApiError::Internal(e.into()))?;
    Ok(HttpResponse::build(status)
        .insert_header((header::ETAG, etag::etag(version, &body)))
        .insert_header((header::LOCATION, location.to_owned()))
        .content_type("application/json")
        .body(body))
}

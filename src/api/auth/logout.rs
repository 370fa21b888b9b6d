//! `POST /v1/auth/logout`.

use actix_web::{web, HttpResponse};
use chrono::Utc;

use super::dto::RefreshRequest;
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::token;
use crate::db::{models, Pool};
use crate::directory::input as body;
use crate::error::{ApiError, Problem};

/// Sign out: revokes the session the refresh token belongs to. Access tokens already issued expire on
/// their own within 15 minutes. Answers 204 whether or not the token was known.
#[utoipa::path(
    post,
    path = "/v1/auth/logout",
    operation_id = "logout",
    tag = "accounts",
    request_body = RefreshRequest,
    responses(
        (status = 204, description = "Signed out"),
        (status = 422, description = "Malformed request", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn logout(
    pool: web::Data<Pool>,
    payload: web::Json<serde_json::Value>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let input: RefreshRequest = body::parse(payload.into_inner())?;
    let hash = token::hash_refresh_token(input.refresh_token.trim());
    let mut conn = connection(&pool).await?;
    if let Some(found) = models::refresh_token::find_for_update(&mut conn, &hash).await? {
        models::refresh_token::revoke_family(&mut conn, found.family_id, Utc::now()).await?;
    }
    Ok(HttpResponse::NoContent().finish())
}

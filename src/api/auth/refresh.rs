//! `POST /v1/auth/refresh`.

use actix_web::{web, HttpResponse};
use chrono::Utc;
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};

use super::dto::{RefreshRequest, TokenPair};
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::{token, AuthPolicy, TokenKeys};
use crate::db::{models, Conn, Pool};
use crate::directory::input as body;
use crate::error::{ApiError, Problem};

/// What became of a refresh token.
enum Outcome {
    Rotated(TokenPair),
    Refused(&'static str),
}

/// Spend a refresh token for a new token pair. Each refresh token works once: presenting a spent one
/// again (a sign that it was stolen) revokes every token of the session.
#[utoipa::path(
    post,
    path = "/v1/auth/refresh",
    operation_id = "refresh",
    tag = "accounts",
    request_body = RefreshRequest,
    responses(
        (status = 200, description = "A new token pair", body = TokenPair),
        (status = 401, description = "Unknown, expired, spent or revoked refresh token", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn refresh(
    pool: web::Data<Pool>,
    keys: web::Data<TokenKeys>,
    policy: web::Data<AuthPolicy>,
    payload: web::Json<serde_json::Value>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let input: RefreshRequest = body::parse(payload.into_inner())?;
    let hash = token::hash_refresh_token(input.refresh_token.trim());
    let mut conn = connection(&pool).await?;
    let keys = keys.into_inner();
    let policy = policy.into_inner();
    let outcome = conn
        .transaction::<_, ApiError, _>(|conn| {
            async move { rotate(conn, &keys, &policy, &hash).await }.scope_boxed()
        })
        .await?;
    match outcome {
        Outcome::Rotated(pair) => Ok(HttpResponse::Ok()
            .insert_header(("Cache-Control", "no-store"))
            .json(pair)),
        Outcome::Refused(why) => Err(ApiError::Unauthorized(why.into())),
    }
}

async fn rotate(
    conn: &mut Conn,
    keys: &TokenKeys,
    policy: &AuthPolicy,
    hash: &[u8],
) -> Result<Outcome, ApiError> {
    let now = Utc::now();
    let Some(current) = models::refresh_token::find_for_update(conn, hash).await? else {
        return Ok(Outcome::Refused("the refresh token is not valid"));
    };
    if current.spent_at.is_some() || current.revoked_at.is_some() {
        models::refresh_token::revoke_family(conn, current.family_id, now).await?;
        tracing::warn!(user_id = %current.user_id, "refresh token reused; session revoked");
        return Ok(Outcome::Refused(
            "the refresh token was already used; sign in again",
        ));
    }
    if current.expires_at <= now {
        return Ok(Outcome::Refused(
            "the refresh token has expired; sign in again",
        ));
    }
    let active = models::user::find(conn, current.user_id)
        .await?
        .is_some_and(|u| u.active);
    if !active {
        models::refresh_token::revoke_family(conn, current.family_id, now).await?;
        return Ok(Outcome::Refused("the refresh token is not valid"));
    }
    models::refresh_token::spend(conn, current.id, now).await?;
    let pair = super::issue_tokens(conn, keys, policy, current.user_id, current.family_id).await?;
    Ok(Outcome::Rotated(pair))
}

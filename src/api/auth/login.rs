//! `POST /v1/auth/login`.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use uuid::Uuid;

use super::dto::{LoginRequest, TokenPair};
use crate::api::{body, connection};
use crate::auth::{throttle, AuthPolicy, Hasher, TokenKeys};
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// Sign in with e-mail and password. An unknown e-mail, a wrong password and a disabled account get the
/// same answer. Repeated failures for an account or from an address are refused for a while (429).
#[utoipa::path(
    post,
    path = "/v1/auth/login",
    operation_id = "login",
    tag = "accounts",
    request_body = LoginRequest,
    responses(
        (status = 200, description = "Signed in", body = TokenPair),
        (status = 401, description = "Wrong e-mail or password", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Malformed request", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed attempts", body = Problem, content_type = "application/problem+json",
         headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
pub async fn login(
    req: HttpRequest,
    pool: web::Data<Pool>,
    keys: web::Data<TokenKeys>,
    hasher: web::Data<Hasher>,
    policy: web::Data<AuthPolicy>,
    payload: web::Json<serde_json::Value>,
) -> Result<HttpResponse, ApiError> {
    let input: LoginRequest = body::parse(payload.into_inner())?;
    let address = req
        .peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_else(|| "unknown".into());
    let account_key = throttle::account_key(&input.email);
    let address_key = throttle::address_key(&address);
    let mut conn = connection(&pool).await?;
    throttle::check(
        &mut conn,
        &[account_key.clone(), address_key.clone()],
        Utc::now(),
    )
    .await?;

    let user = models::user::find_by_email(&mut conn, input.email.trim()).await?;
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let verified = hasher.verify(input.password, stored).await?;
    let user = user.filter(|u| verified && u.active);
    let Some(user) = user else {
        let now = Utc::now();
        let t = &policy.throttle;
        throttle::record_failure(&mut conn, t, &account_key, t.per_account, now).await?;
        throttle::record_failure(&mut conn, t, &address_key, t.per_address, now).await?;
        return Err(ApiError::Unauthorized(
            "wrong e-mail address or password".into(),
        ));
    };
    throttle::clear(&mut conn, &account_key).await?;
    let pair = super::issue_tokens(&mut conn, &keys, &policy, user.id, Uuid::new_v4()).await?;
    tracing::info!(user_id = %user.id, "signed in");
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(pair))
}

//! `POST /v1/auth/login`.

use actix_web::{web, HttpRequest, HttpResponse};
use uuid::Uuid;

use super::dto::{LoginRequest, TokenPair};
use crate::api::params::{NoQuery, Params};
use crate::api::{client_address, connection};
use crate::auth::{sign_in, AuthPolicy, Hasher, TokenKeys};
use crate::db::Pool;
use crate::directory::input as body;
use crate::domain::{AccountEmail, Password};
use crate::error::{ApiError, FieldError, Problem};

/// Sign in with e-mail and password. An unknown e-mail, a wrong password and a disabled account get the
/// same answer. Repeated failures for an account or from an address are refused for a while (429);
/// when the server is checking as many passwords as it can, one more sign-in is refused at once
/// (503 with `Retry-After`).
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
        (status = 503, description = "Too many sign-ins at once, or the database is unreachable", body = Problem, content_type = "application/problem+json",
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
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let input: LoginRequest = body::parse(payload.into_inner())?;
    let email = AccountEmail::parse(&input.email);
    let too_long = input.password.chars().count() > Password::MAX_CHARS;
    let email = match (email, too_long) {
        (Ok(email), false) => email,
        (email, _) => {
            let mut errors = Vec::new();
            if let Err(e) = email {
                errors.push(FieldError::new("email", e.to_string()));
            }
            if too_long {
                let message = format!("must be at most {} characters long", Password::MAX_CHARS);
                errors.push(FieldError::new("password", message));
            }
            return Err(ApiError::Validation(errors));
        }
    };
    let address = client_address::of(&req).unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]));
    let user = sign_in::check(
        &pool,
        &hasher,
        &policy.throttle,
        &email,
        input.password,
        address,
    )
    .await?;
    let mut conn = connection(&pool).await?;
    let pair = super::issue_tokens(&mut conn, &keys, &policy, user.id, Uuid::new_v4()).await?;
    tracing::info!(user_id = %user.id, "signed in");
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(pair))
}

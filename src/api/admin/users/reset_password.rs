//! `POST /v1/admin/users/{id}/reset-password`.

use actix_web::{web, HttpResponse};
use chrono::Utc;
use diesel_async::{scoped_futures::ScopedFutureExt, AsyncConnection};

use super::dto::ResetPassword;
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::{Caller, Hasher};
use crate::db::{models, Pool};
use crate::directory::input as body;
use crate::domain::Password;
use crate::error::{ApiError, FieldError, Problem};

/// Set a new password: the account's sessions and access tokens stop working.
#[utoipa::path(
    post,
    path = "/v1/admin/users/{id}/reset-password",
    operation_id = "reset_user_password",
    tag = "administration",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The account's id")),
    request_body = ResetPassword,
    responses(
        (status = 204, description = "Password replaced"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such account", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Password too short or too long", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn reset_user_password(
    caller: Caller,
    pool: web::Data<Pool>,
    hasher: web::Data<Hasher>,
    path: web::Path<String>,
    payload: web::Json<serde_json::Value>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_admin()?;
    let id = crate::api::params::parse_id(&path)?;
    let input: ResetPassword = body::parse(payload.into_inner())?;
    let password = Password::parse(&input.password)
        .map_err(|e| ApiError::Validation(vec![FieldError::new("password", e.to_string())]))?;
    let hash = hasher.hash(password.expose().to_owned()).await?;
    let mut conn = connection(&pool).await?;
    conn.transaction::<_, ApiError, _>(|conn| {
        async move {
            let now = Utc::now();
            if !models::user::set_password(conn, id, &hash, now).await? {
                return Err(ApiError::NotFound(format!("no account has the id {id}")));
            }
            models::refresh_token::revoke_user(conn, id, now).await?;
            Ok(())
        }
        .scope_boxed()
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

//! `POST /v1/admin/users/{id}/disable`.

use actix_web::{web, HttpResponse};

use super::dto::UserDto;
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::{accounts, Caller};
use crate::db::Pool;
use crate::error::{ApiError, Problem};

/// Disable an account: its access and refresh tokens stop working at once.
#[utoipa::path(
    post,
    path = "/v1/admin/users/{id}/disable",
    operation_id = "disable_user",
    tag = "administration",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The account's id")),
    responses(
        (status = 200, description = "Disabled", body = UserDto),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such account", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn disable_user(
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_admin()?;
    let id = crate::api::params::parse_id(&path)?;
    let mut conn = connection(&pool).await?;
    let user = accounts::disable(&mut conn, id).await?;
    Ok(HttpResponse::Ok().json(UserDto::from(user)))
}

//! `GET /v1/admin/users/{id}`.

use actix_web::{web, HttpResponse};

use super::dto::UserDto;
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::Caller;
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// One account.
#[utoipa::path(
    get,
    path = "/v1/admin/users/{id}",
    operation_id = "get_user",
    tag = "administration",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The account's id")),
    responses(
        (status = 200, description = "The account", body = UserDto),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such account", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_user(
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_admin()?;
    let id = crate::api::params::parse_id(&path)?;
    let mut conn = connection(&pool).await?;
    let user = models::user::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no account has the id {id}")))?;
    Ok(HttpResponse::Ok().json(UserDto::from(user)))
}

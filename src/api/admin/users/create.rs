//! `POST /v1/admin/users`.

use actix_web::{web, HttpResponse};

use super::dto::{CreateUser, UserDto};
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::{accounts, accounts::NewUser, Caller, Hasher};
use crate::db::Pool;
use crate::directory::input as body;
use crate::error::{ApiError, Problem};

/// Create an account.
#[utoipa::path(
    post,
    path = "/v1/admin/users",
    operation_id = "create_user",
    tag = "administration",
    security(("bearer" = [])),
    request_body = CreateUser,
    responses(
        (status = 201, description = "Created", body = UserDto),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The e-mail address is taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn create_user(
    caller: Caller,
    pool: web::Data<Pool>,
    hasher: web::Data<Hasher>,
    payload: web::Json<serde_json::Value>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_admin()?;
    let input: CreateUser = body::parse(payload.into_inner())?;
    let new = NewUser::parse(
        &input.email,
        &input.role,
        input.country.as_deref(),
        &input.password,
        input.language.as_deref(),
    )?;
    let hash = hasher.hash(new.password.expose().to_owned()).await?;
    let mut conn = connection(&pool).await?;
    let user = accounts::create(&mut conn, &new, hash).await?;
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/v1/admin/users/{}", user.id)))
        .json(UserDto::from(user)))
}

//! `GET /v1/admin/partners/{id}`.

use actix_web::{web, HttpResponse};

use super::dto::PartnerDto;
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::Caller;
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// One partner client, without its key.
#[utoipa::path(
    get,
    path = "/v1/admin/partners/{id}",
    operation_id = "get_partner",
    tag = "administration",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The client's id")),
    responses(
        (status = 200, description = "The client", body = PartnerDto),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such client", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_partner(
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_admin()?;
    let id = crate::api::params::parse_id(&path)?;
    let mut conn = connection(&pool).await?;
    let client = models::partner::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no partner client has the id {id}")))?;
    Ok(HttpResponse::Ok().json(PartnerDto::from(client)))
}

//! `POST /v1/admin/partners/{id}/revoke`.

use actix_web::{web, HttpResponse};
use chrono::Utc;

use super::dto::PartnerDto;
use crate::api::connection;
use crate::api::params::{NoQuery, Params};
use crate::auth::Caller;
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// Revoke a partner client's key: every request with it is refused from this moment, in every server
/// process. Revoking again changes nothing.
#[utoipa::path(
    post,
    path = "/v1/admin/partners/{id}/revoke",
    operation_id = "revoke_partner",
    tag = "administration",
    security(("bearer" = [])),
    params(("id" = uuid::Uuid, Path, description = "The client's id")),
    responses(
        (status = 200, description = "Revoked", body = PartnerDto),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such client", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn revoke_partner(
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_admin()?;
    let id = crate::api::params::parse_id(&path)?;
    let mut conn = connection(&pool).await?;
    if !models::partner::revoke(&mut conn, id, Utc::now()).await? {
        return Err(ApiError::NotFound(format!(
            "no partner client has the id {id}"
        )));
    }
    let client = models::partner::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no partner client has the id {id}")))?;
    Ok(HttpResponse::Ok().json(PartnerDto::from(client)))
}

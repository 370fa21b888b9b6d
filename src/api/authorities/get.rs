//! `GET /v1/authorities/{id}`.

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::Utc;
use uuid::Uuid;

use super::dto::{legislation_links, AuthorityDetail};
use crate::api::params::{NoQuery, Params};
use crate::api::{connection, etag::json_with_etag};
use crate::auth::Caller;
use crate::db::{models, Pool};
use crate::domain::visibility::authority_view;
use crate::error::{ApiError, Problem};

/// One authority, active or retired, with the fields the caller may see, and the national provisions
/// implementing the articles its designations cite.
#[utoipa::path(
    get,
    path = "/v1/authorities/{id}",
    operation_id = "get_authority",
    security((), ("bearer" = [])),
    tag = "directory",
    params(("id" = Uuid, Path, description = "The authority's id")),
    responses(
        (status = 200, description = "The authority", body = AuthorityDetail,
         headers(("ETag" = String, description = "Strong validator: \"<version>-<digest>\""))),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Credentials presented but not valid", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such authority", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_authority(
    req: HttpRequest,
    pool: web::Data<Pool>,
    caller: Caller,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = Uuid::parse_str(path.trim())
        .map_err(|_| ApiError::invalid_parameter("id", "must be a UUID"))?;
    let mut conn = connection(&pool).await?;
    let authority = models::authority::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no authority has the id {id}")))?;
    let legislation = legislation_links(&mut conn, &authority).await?;
    let view = AuthorityDetail {
        authority: authority_view(&authority, caller.tier_for(&authority.country), Utc::now()),
        legislation,
    };
    json_with_etag(&req, view.authority.version, &view)
}

//! `GET /v1/cases/{id}`.

use actix_web::{web, HttpRequest, HttpResponse};

use super::dto::{views, CaseView};
use crate::api::params::parse_id;
use crate::api::params::{NoQuery, Params};
use crate::api::{connection, etag::json_with_etag};
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// One case, with the provisions its charges apply.
#[utoipa::path(
    get,
    path = "/v1/cases/{id}",
    operation_id = "get_case",
    tag = "case law",
    params(("id" = uuid::Uuid, Path, description = "The case's id")),
    responses(
        (status = 200, description = "The case", body = CaseView, headers(("ETag" = String))),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such case", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_case(
    req: HttpRequest,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = parse_id(&path)?;
    let mut conn = connection(&pool).await?;
    let case = models::case::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no case has the id {id}")))?;
    let view = views(&mut conn, vec![case])
        .await?
        .pop()
        .ok_or_else(|| ApiError::NotFound(id.to_string()))?;
    json_with_etag(&req, view.case.version, &view)
}

//! `GET /v1/legislation/{id}`.

use crate::api::params::parse_id;
use actix_web::{web, HttpRequest, HttpResponse};

use super::dto::{views, LawView};
use crate::api::params::{NoQuery, Params};
use crate::api::{connection, etag::json_with_etag};
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// One law with its provisions and, for each provision, the cases applying it.
#[utoipa::path(
    get,
    path = "/v1/legislation/{id}",
    operation_id = "get_legislation",
    tag = "legislation",
    params(("id" = uuid::Uuid, Path, description = "The law's id")),
    responses(
        (status = 200, description = "The law", body = LawView, headers(("ETag" = String))),
        (status = 304, description = "Not modified (If-None-Match)"),
        (status = 400, description = "The id is not a UUID", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such law", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn get_legislation(
    req: HttpRequest,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    _: Params<NoQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = parse_id(&path)?;
    let mut conn = connection(&pool).await?;
    let law = models::law::find(&mut conn, id)
        .await?
        .ok_or_else(|| ApiError::NotFound(format!("no law has the id {id}")))?;
    let view = views(&mut conn, vec![law])
        .await?
        .pop()
        .ok_or_else(|| ApiError::NotFound(id.to_string()))?;
    json_with_etag(&req, view.version, &view)
}

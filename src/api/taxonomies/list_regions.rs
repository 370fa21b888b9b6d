//! `GET /v1/regions`.

use actix_web::{web, HttpResponse};

use super::{
    dto::{RegionDto, RegionPage},
    PageQuery,
};
use crate::api::{connection, pagination::page_in_memory, params::Params};
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// List UN M49 regions, sub-regions and intermediate regions, ordered by code.
#[utoipa::path(
    get,
    path = "/v1/regions",
    operation_id = "list_regions",
    tag = "reference data",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of regions", body = RegionPage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_regions(
    pool: web::Data<Pool>,
    Params(query): Params<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = query.parse()?;
    let mut conn = connection(&pool).await?;
    let all = models::region::list(&mut conn).await?;
    let (rows, next_cursor) = page_in_memory(all, &page, |r| r.m49.clone());
    let items = rows
        .into_iter()
        .map(RegionDto::try_from)
        .collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(RegionPage { items, next_cursor }))
}

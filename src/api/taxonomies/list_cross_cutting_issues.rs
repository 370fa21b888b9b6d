//! `GET /v1/cross-cutting-issues`.

use actix_web::{web, HttpResponse};

use super::{
    dto::{TermDto, TermPage},
    PageQuery,
};
use crate::api::{connection, pagination::page_in_memory, params::Params};
use crate::db::{models, models::taxonomy::Taxonomy, Pool};
use crate::error::{ApiError, Problem};

/// List the cross-cutting issues taxonomy, in its defined order.
#[utoipa::path(
    get,
    path = "/v1/cross-cutting-issues",
    operation_id = "list_cross_cutting_issues",
    tag = "reference data",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of cross-cutting issues", body = TermPage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_cross_cutting_issues(
    pool: web::Data<Pool>,
    Params(query): Params<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = query.parse()?;
    let mut conn = connection(&pool).await?;
    let all = models::taxonomy::list(&mut conn, Taxonomy::CrossCuttingIssues).await?;
    let (rows, next_cursor) = page_in_memory(all, &page, |t| t.code.clone());
    let items = rows
        .into_iter()
        .map(TermDto::try_from)
        .collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(TermPage { items, next_cursor }))
}

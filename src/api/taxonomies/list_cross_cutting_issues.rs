//! `GET /v1/cross-cutting-issues`.

use actix_web::{web, HttpResponse};

use super::{dto::TermPage, PageQuery};
use crate::api::params::Params;
use crate::db::{models::taxonomy::Taxonomy, Pool};
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
    super::list_terms(&pool, &query, Taxonomy::CrossCuttingIssues).await
}

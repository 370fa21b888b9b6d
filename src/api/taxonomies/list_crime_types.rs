//! `GET /v1/crime-types`.

use actix_web::{web, HttpResponse};

use super::{dto::TermPage, PageQuery};
use crate::api::params::Params;
use crate::db::{models::taxonomy::Taxonomy, Pool};
use crate::error::{ApiError, Problem};

/// List the crime types taxonomy, in its defined order.
#[utoipa::path(
    get,
    path = "/v1/crime-types",
    operation_id = "list_crime_types",
    tag = "reference data",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of crime types", body = TermPage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_crime_types(
    pool: web::Data<Pool>,
    Params(query): Params<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    super::list_terms(&pool, &query, Taxonomy::CrimeTypes).await
}

//! `GET /v1/crime-types`.

use actix_web::{web, HttpResponse};

use super::{
    dto::{TermDto, TermPage},
    PageQuery,
};
use crate::api::{connection, pagination::page_in_memory, params::Params};
use crate::db::{models, models::taxonomy::Taxonomy, Pool};
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
    let page = query.parse()?;
    let mut conn = connection(&pool).await?;
    let all = models::taxonomy::list(&mut conn, Taxonomy::CrimeTypes).await?;
    let (rows, next_cursor) = page_in_memory(all, &page, |t| t.code.clone());
    let items = rows
        .into_iter()
        .map(TermDto::try_from)
        .collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(TermPage { items, next_cursor }))
}

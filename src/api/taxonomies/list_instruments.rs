//! `GET /v1/instruments`.

use actix_web::{web, HttpResponse};

use super::{
    dto::{InstrumentDto, InstrumentPage},
    PageQuery,
};
use crate::api::{connection, pagination::page_in_memory, params::Params};
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// List international instruments with their articles.
#[utoipa::path(
    get,
    path = "/v1/instruments",
    operation_id = "list_instruments",
    tag = "reference data",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of instruments", body = InstrumentPage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_instruments(
    pool: web::Data<Pool>,
    Params(query): Params<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = query.parse()?;
    let mut conn = connection(&pool).await?;
    let all = models::instrument::list(&mut conn).await?;
    let (rows, next_cursor) = page_in_memory(all, &page, |(i, _)| i.code.clone());
    let items = rows
        .into_iter()
        .map(|(i, articles)| InstrumentDto::build(i, articles))
        .collect();
    Ok(HttpResponse::Ok().json(InstrumentPage { items, next_cursor }))
}

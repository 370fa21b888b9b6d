//! `GET /v1/competences`.

use actix_web::{web, HttpResponse};

use super::{
    dto::{CompetenceDto, CompetencePage},
    PageQuery,
};
use crate::api::{connection, pagination::page_in_memory, params::Params};
use crate::db::{models, Pool};
use crate::error::{ApiError, Problem};

/// List competence types with their legal bases, in their defined order.
#[utoipa::path(
    get,
    path = "/v1/competences",
    operation_id = "list_competences",
    tag = "reference data",
    params(PageQuery),
    responses(
        (status = 200, description = "A page of competence types", body = CompetencePage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_competences(
    pool: web::Data<Pool>,
    Params(query): Params<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let page = query.parse()?;
    let mut conn = connection(&pool).await?;
    let all = models::competence::list(&mut conn).await?;
    let (rows, next_cursor) = page_in_memory(all, &page, |(t, _)| t.code.clone());
    let items = rows
        .into_iter()
        .map(|(t, bases)| CompetenceDto::build(t, bases))
        .collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(CompetencePage { items, next_cursor }))
}

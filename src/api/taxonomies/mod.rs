//! Reference taxonomies: UN M49 regions, competence types with their legal bases, international
//! instruments with their articles, crime types and cross-cutting issues. Small lists, loaded whole
//! and paged in memory so that they follow the same list contract as everything else.

pub mod dto;
pub mod list_competences;
pub mod list_crime_types;
pub mod list_cross_cutting_issues;
pub mod list_instruments;
pub mod list_regions;

use serde::Deserialize;
use utoipa::IntoParams;

use actix_web::HttpResponse;

use crate::api::{
    connection,
    pagination::{page_in_memory, PageRequest},
    params::Parser,
};
use crate::db::{models, models::taxonomy::Taxonomy, Pool};
use crate::error::ApiError;
use dto::{TermDto, TermPage};

/// Query parameters of the reference lists.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct PageQuery {
    /// Page size, 1 to 200 (default 20).
    pub limit: Option<String>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

impl PageQuery {
    pub fn parse(&self) -> Result<PageRequest<String>, ApiError> {
        let mut parser = Parser::default();
        let page = PageRequest::parse(
            &mut parser,
            self.limit.as_deref(),
            self.cursor.as_deref(),
            &(),
        );
        parser.finish()?;
        Ok(page)
    }
}

/// One page of a taxonomy; shared by the crime-type and cross-cutting-issue lists.
pub(crate) async fn list_terms(
    pool: &Pool,
    query: &PageQuery,
    taxonomy: Taxonomy,
) -> Result<HttpResponse, ApiError> {
    let page = query.parse()?;
    let mut conn = connection(pool).await?;
    let all = models::taxonomy::list(&mut conn, taxonomy).await?;
    let (rows, next_cursor) = page_in_memory(all, &page, |t| t.code.clone());
    let items = rows
        .into_iter()
        .map(TermDto::try_from)
        .collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(TermPage { items, next_cursor }))
}

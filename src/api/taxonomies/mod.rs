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

use crate::api::{pagination::PageRequest, params::Parser};
use crate::error::ApiError;

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
        let page = PageRequest::parse(&mut parser, self.limit.as_deref(), self.cursor.as_deref());
        parser.finish()?;
        Ok(page)
    }
}

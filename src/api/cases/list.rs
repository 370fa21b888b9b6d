//! `GET /v1/cases`.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::dto::{views, CasePage};
use crate::api::{
    connection,
    legislation::list::{date, subject_filter},
    pagination::{finish_page, PageRequest},
    params::{Params, Parser},
};
use crate::db::{models, models::case::CaseFilter, Pool};
use crate::domain::case::{Cooperation, DecisionType};
use crate::error::ApiError;

/// Query parameters of `GET /v1/cases`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListCasesQuery {
    /// ISO 3166-1 alpha-3 code of the State whose court decided, any letter case.
    pub country: Option<String>,
    /// UN M49 region, sub-region or intermediate-region code.
    pub region: Option<String>,
    /// Crime-type code.
    pub crime_type: Option<String>,
    /// Cross-cutting-issue code.
    pub cross_cutting: Option<String>,
    /// Instrument article, e.g. `UNTOC-18`.
    pub article: Option<String>,
    /// ISO 639-1 code: cases with their title or summary in that language.
    pub language: Option<String>,
    /// Decided on or after this date (YYYY-MM-DD).
    pub decided_from: Option<String>,
    /// Decided on or before this date (YYYY-MM-DD).
    pub decided_to: Option<String>,
    /// `conviction`, `acquittal`, `appeal_decision`, `extradition_decision`, `mla_decision`,
    /// `confiscation_order` or `other`.
    pub decision_type: Option<String>,
    /// Cooperation used: `MLA`, `EXTRADITION`, `JIT`, `ASSET_RECOVERY`, ...
    pub cooperation: Option<String>,
    pub limit: Option<String>,
    pub cursor: Option<String>,
}

/// List cases, ordered by country and then id.
#[utoipa::path(
    get,
    path = "/v1/cases",
    operation_id = "list_cases",
    tag = "case law",
    params(ListCasesQuery),
    responses(
        (status = 200, description = "A page of cases", body = CasePage),
    )
)]
pub async fn list_cases(
    pool: web::Data<Pool>,
    Params(query): Params<ListCasesQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut parser = Parser::default();
    let filter = CaseFilter {
        subject: subject_filter!(&mut parser, query),
        decided_from: parser.optional("decided_from", query.decided_from.as_deref(), date),
        decided_to: parser.optional("decided_to", query.decided_to.as_deref(), date),
        decision_type: parser.optional("decision_type", query.decision_type.as_deref(), |s| {
            s.trim().parse::<DecisionType>()
        }),
        cooperation: parser.optional("cooperation", query.cooperation.as_deref(), |s| {
            s.trim().to_ascii_uppercase().parse::<Cooperation>()
        }),
    };
    let page: PageRequest<(String, Uuid)> = PageRequest::parse(
        &mut parser,
        query.limit.as_deref(),
        query.cursor.as_deref(),
        &filter,
    );
    let mut conn = connection(&pool).await?;
    parser.known(&mut conn, &filter.subject.codes()).await?;
    parser.finish()?;
    let rows = models::case::list(&mut conn, &filter, page.after.as_ref(), page.limit + 1).await?;
    let (rows, next_cursor) = finish_page(rows, &page, |c| (c.country.as_str().to_owned(), c.id));
    let items = views(&mut conn, rows).await?;
    Ok(HttpResponse::Ok().json(CasePage { items, next_cursor }))
}

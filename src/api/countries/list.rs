//! `GET /v1/countries`.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::{CountryDto, CountryPage};
use crate::api::{
    connection,
    pagination::{finish_page, PageRequest},
    params::{Params, Parser},
};
use crate::db::{models, models::reference::Reference, Pool};
use crate::domain::RegionCode;
use crate::error::{ApiError, Problem};

/// Query parameters of `GET /v1/countries`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListCountriesQuery {
    /// UN M49 code of a region, sub-region or intermediate region, e.g. `002` (Africa) or `014`.
    pub region: Option<String>,
    /// Page size, 1 to 200 (default 20).
    pub limit: Option<String>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

/// List countries and territories, ordered by alpha-3 code.
#[utoipa::path(
    get,
    path = "/v1/countries",
    operation_id = "list_countries",
    tag = "reference data",
    params(ListCountriesQuery),
    responses(
        (status = 200, description = "A page of countries", body = CountryPage),
        (status = 400, description = "Invalid query parameter", body = Problem,
         content_type = "application/problem+json"),
    )
)]
pub async fn list_countries(
    pool: web::Data<Pool>,
    Params(query): Params<ListCountriesQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut parser = Parser::default();
    let region = parser.optional("region", query.region.as_deref(), RegionCode::parse);
    let page: PageRequest<String> = PageRequest::parse(
        &mut parser,
        query.limit.as_deref(),
        query.cursor.as_deref(),
        &region,
    );
    let mut conn = connection(&pool).await?;
    parser
        .known(
            &mut conn,
            &[(
                "region",
                Reference::Region,
                region.as_ref().map(RegionCode::as_str),
            )],
        )
        .await?;
    parser.finish()?;
    let rows = models::country::list(
        &mut conn,
        region.as_ref().map(RegionCode::as_str),
        page.after.as_deref(),
        page.limit + 1,
    )
    .await?;
    let (rows, next_cursor) = finish_page(rows, &page, |c| c.iso3.clone());
    let items = rows
        .into_iter()
        .map(CountryDto::try_from)
        .collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(CountryPage { items, next_cursor }))
}

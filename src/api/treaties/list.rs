//! `GET /v1/treaties`.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::record::TreatyPage;
use crate::api::{
    connection,
    pagination::{finish_page, PageRequest},
    params::{Params, Parser},
};
use crate::db::{
    models::{self, reference::Reference, treaty::TreatyFilter},
    Pool,
};
use crate::domain::treaty::{Instrument, TreatyStatus};
use crate::domain::{CountryCode, RegionCode};
use crate::error::ApiError;

/// Query parameters of `GET /v1/treaties`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListTreatiesQuery {
    /// ISO 3166-1 alpha-3 code of the State, any letter case.
    pub country: Option<String>,
    /// UN M49 region, sub-region or intermediate-region code.
    pub region: Option<String>,
    /// `UNTOC`, `TIP_PROTOCOL`, `SOM_PROTOCOL`, `FIREARMS_PROTOCOL`, `UNCAC`,
    /// `DRUG_CONVENTION_1988` or `BUDAPEST`.
    pub instrument: Option<String>,
    /// `party`, `signatory` or `none`.
    pub status: Option<String>,
    pub limit: Option<String>,
    pub cursor: Option<String>,
}

/// List treaty participation, ordered by country and then id.
#[utoipa::path(
    get,
    path = "/v1/treaties",
    operation_id = "list_treaties",
    tag = "treaties",
    params(ListTreatiesQuery),
    responses(
        (status = 200, description = "A page of treaty participation records", body = TreatyPage),
    )
)]
pub async fn list_treaties(
    pool: web::Data<Pool>,
    Params(query): Params<ListTreatiesQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut parser = Parser::default();
    let filter = TreatyFilter {
        country: parser.optional("country", query.country.as_deref(), CountryCode::parse),
        region: parser.optional("region", query.region.as_deref(), RegionCode::parse),
        instrument: parser.optional("instrument", query.instrument.as_deref(), |s| {
            s.trim().to_ascii_uppercase().parse::<Instrument>()
        }),
        status: parser.optional("status", query.status.as_deref(), |s| {
            s.trim().parse::<TreatyStatus>()
        }),
    };
    let page: PageRequest<(String, Uuid)> = PageRequest::parse(
        &mut parser,
        query.limit.as_deref(),
        query.cursor.as_deref(),
        &filter,
    );
    let mut conn = connection(&pool).await?;
    parser
        .known(
            &mut conn,
            &[
                (
                    "country",
                    Reference::Country,
                    filter.country.as_ref().map(CountryCode::as_str),
                ),
                (
                    "region",
                    Reference::Region,
                    filter.region.as_ref().map(RegionCode::as_str),
                ),
            ],
        )
        .await?;
    parser.finish()?;
    let rows =
        models::treaty::list(&mut conn, &filter, page.after.as_ref(), page.limit + 1).await?;
    let (items, next_cursor) = finish_page(rows, &page, |t| (t.country.as_str().to_owned(), t.id));
    Ok(HttpResponse::Ok().json(TreatyPage { items, next_cursor }))
}

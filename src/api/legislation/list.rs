//! `GET /v1/legislation`.

use actix_web::{web, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::dto::{views, LawPage};
use crate::api::{
    connection,
    pagination::{finish_page, PageRequest},
    params::{Params, Parser},
};
use crate::db::{models, models::law::LawFilter, models::reference::Reference, Pool};
use crate::domain::{
    legislation::LawStatus, ArticleId, CodeError, CountryCode, LanguageCode, RegionCode, TermCode,
};
use crate::error::{ApiError, Problem};

/// Query parameters of `GET /v1/legislation`.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListLegislationQuery {
    /// ISO 3166-1 alpha-3 code, any letter case.
    pub country: Option<String>,
    /// UN M49 region, sub-region or intermediate-region code.
    pub region: Option<String>,
    /// Crime-type code: laws with a provision tagged with it.
    pub crime_type: Option<String>,
    /// Cross-cutting-issue code: laws with a provision tagged with it.
    pub cross_cutting: Option<String>,
    /// Instrument article, e.g. `UNTOC-18`: laws with a provision implementing it.
    pub article: Option<String>,
    /// ISO 639-1 code: laws with their title or a provision's text in that language.
    pub language: Option<String>,
    /// Enacted on or after this date (YYYY-MM-DD).
    pub enacted_from: Option<String>,
    /// Enacted on or before this date (YYYY-MM-DD).
    pub enacted_to: Option<String>,
    /// `in_force`, `amended` or `repealed`.
    pub status: Option<String>,
    pub limit: Option<String>,
    pub cursor: Option<String>,
}

/// A calendar date that exists.
pub fn date(raw: &str) -> Result<NaiveDate, CodeError> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .map_err(|_| CodeError::new("must be a date that exists, as YYYY-MM-DD"))
}

/// The reference codes named by the filters that laws and cases share, under their parameters'
/// names, for [`Parser::known`].
pub(crate) fn filter_codes<'a>(
    country: Option<&'a CountryCode>,
    region: Option<&'a RegionCode>,
    crime_type: Option<&'a TermCode>,
    cross_cutting: Option<&'a TermCode>,
    article: Option<&'a ArticleId>,
) -> [(&'static str, Reference, Option<&'a str>); 5] {
    [
        (
            "country",
            Reference::Country,
            country.map(CountryCode::as_str),
        ),
        ("region", Reference::Region, region.map(RegionCode::as_str)),
        (
            "crime_type",
            Reference::CrimeType,
            crime_type.map(TermCode::as_str),
        ),
        (
            "cross_cutting",
            Reference::CrossCuttingIssue,
            cross_cutting.map(TermCode::as_str),
        ),
        (
            "article",
            Reference::Article,
            article.map(ArticleId::as_str),
        ),
    ]
}

/// List laws with their provisions, ordered by country and then id.
#[utoipa::path(
    get,
    path = "/v1/legislation",
    operation_id = "list_legislation",
    tag = "legislation",
    params(ListLegislationQuery),
    responses(
        (status = 200, description = "A page of laws", body = LawPage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_legislation(
    pool: web::Data<Pool>,
    Params(query): Params<ListLegislationQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut parser = Parser::default();
    let filter = LawFilter {
        country: parser.optional("country", query.country.as_deref(), CountryCode::parse),
        region: parser.optional("region", query.region.as_deref(), RegionCode::parse),
        crime_type: parser.optional("crime_type", query.crime_type.as_deref(), TermCode::parse),
        cross_cutting: parser.optional(
            "cross_cutting",
            query.cross_cutting.as_deref(),
            TermCode::parse,
        ),
        article: parser.optional("article", query.article.as_deref(), ArticleId::parse),
        language: parser.optional("language", query.language.as_deref(), LanguageCode::parse),
        enacted_from: parser.optional("enacted_from", query.enacted_from.as_deref(), date),
        enacted_to: parser.optional("enacted_to", query.enacted_to.as_deref(), date),
        status: parser.optional("status", query.status.as_deref(), |s| {
            s.trim().parse::<LawStatus>()
        }),
    };
    let page: PageRequest<(String, Uuid)> = PageRequest::parse(
        &mut parser,
        query.limit.as_deref(),
        query.cursor.as_deref(),
        &filter,
    );
    let mut conn = connection(&pool).await?;
    let codes = filter_codes(
        filter.country.as_ref(),
        filter.region.as_ref(),
        filter.crime_type.as_ref(),
        filter.cross_cutting.as_ref(),
        filter.article.as_ref(),
    );
    parser.known(&mut conn, &codes).await?;
    parser.finish()?;
    let rows = models::law::list(&mut conn, &filter, page.after.as_ref(), page.limit + 1).await?;
    let (rows, next_cursor) = finish_page(rows, &page, |l| (l.country.as_str().to_owned(), l.id));
    let items = views(&mut conn, rows).await?;
    Ok(HttpResponse::Ok().json(LawPage { items, next_cursor }))
}

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
use crate::db::{models, models::law::LawFilter, models::subject::SubjectFilter, Pool};
use crate::domain::{
    legislation::LawStatus, ArticleId, CodeError, CountryCode, LanguageCode, RegionCode, TermCode,
};
use crate::error::ApiError;

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

/// The filters that laws and cases share, read from a query struct with the same parameter names.
macro_rules! subject_filter {
    ($parser:expr, $query:expr) => {
        $crate::api::legislation::list::read_subject(
            $parser,
            [
                &$query.country,
                &$query.region,
                &$query.crime_type,
                &$query.cross_cutting,
                &$query.article,
                &$query.language,
            ],
        )
    };
}
pub(crate) use subject_filter;

/// Reads `country`, `region`, `crime_type`, `cross_cutting`, `article` and `language`, in that
/// order; see [`subject_filter!`].
pub(crate) fn read_subject(
    parser: &mut Parser,
    [country, region, crime_type, cross_cutting, article, language]: [&Option<String>; 6],
) -> SubjectFilter {
    SubjectFilter {
        country: parser.optional("country", country.as_deref(), CountryCode::parse),
        region: parser.optional("region", region.as_deref(), RegionCode::parse),
        crime_type: parser.optional("crime_type", crime_type.as_deref(), TermCode::parse),
        cross_cutting: parser.optional("cross_cutting", cross_cutting.as_deref(), TermCode::parse),
        article: parser.optional("article", article.as_deref(), ArticleId::parse),
        language: parser.optional("language", language.as_deref(), LanguageCode::parse),
    }
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
    )
)]
pub async fn list_legislation(
    pool: web::Data<Pool>,
    Params(query): Params<ListLegislationQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut parser = Parser::default();
    let filter = LawFilter {
        subject: subject_filter!(&mut parser, query),
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
    parser.known(&mut conn, &filter.subject.codes()).await?;
    parser.finish()?;
    let rows = models::law::list(&mut conn, &filter, page.after.as_ref(), page.limit + 1).await?;
    let (rows, next_cursor) = finish_page(rows, &page, |l| (l.country.as_str().to_owned(), l.id));
    let items = views(&mut conn, rows).await?;
    Ok(HttpResponse::Ok().json(LawPage { items, next_cursor }))
}

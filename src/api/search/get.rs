//! `GET /v1/search`.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::SearchPage;
use crate::api::{connection, pagination::PageRequest, params::Parser};
use crate::db::{models::reference::Reference, Pool};
use crate::domain::RecordKind;
use crate::domain::{
    ArticleId, CodeError, CompetenceCode, CountryCode, LanguageCode, RegionCode, TermCode,
};
use crate::error::{ApiError, FieldError, Problem};
use crate::search::{engine::SearchRequest, query, SearchState};

/// Hits are served up to this depth; a deeper page asks for a narrower query.
pub const MAX_DEPTH: usize = 10_000;

/// Query parameters of `GET /v1/search`. Every parameter is optional and they all combine; only `type`
/// may be given more than once.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// What to search for, in any language: words (typos are tolerated), `"quoted phrases"`, and
    /// `-word` or `-"phrase"` to exclude. At most 500 characters. Empty or absent: browse with the
    /// filters.
    pub q: Option<String>,
    /// `authority`, `legislation` or `case`; several may be given, repeated or comma-separated.
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    /// ISO 3166-1 alpha-3 code of the State.
    pub country: Option<String>,
    /// UN M49 region, sub-region or intermediate-region code.
    pub region: Option<String>,
    /// Competence code (authorities).
    pub competence: Option<String>,
    /// Crime-type code (provisions and cases).
    pub crime_type: Option<String>,
    /// Cross-cutting-issue code (provisions and cases).
    pub cross_cutting: Option<String>,
    /// Instrument article, e.g. `UNTOC-18` (provisions and cases).
    pub article: Option<String>,
    /// ISO 639-1 code: authorities that accept requests in that language; provisions and cases with
    /// text in that language.
    pub language: Option<String>,
    /// ISO 639-1 code: rank records in that language higher.
    pub lang: Option<String>,
    pub limit: Option<String>,
    pub cursor: Option<String>,
}

impl SearchQuery {
    /// Reads the query string: unknown parameters and repeated ones (other than `type`) are refused.
    fn read(query_string: &str) -> Result<Self, ApiError> {
        let mut params = SearchQuery::default();
        let mut errors = Vec::new();
        for (key, value) in url::form_urlencoded::parse(query_string.as_bytes()) {
            let value = value.into_owned();
            let slot = match key.as_ref() {
                "type" => {
                    params.kind.push(value);
                    continue;
                }
                "q" => &mut params.q,
                "country" => &mut params.country,
                "region" => &mut params.region,
                "competence" => &mut params.competence,
                "crime_type" => &mut params.crime_type,
                "cross_cutting" => &mut params.cross_cutting,
                "article" => &mut params.article,
                "language" => &mut params.language,
                "lang" => &mut params.lang,
                "limit" => &mut params.limit,
                "cursor" => &mut params.cursor,
                other => {
                    errors.push(FieldError::new(
                        other,
                        "is not a parameter of this route (q, type, country, region, competence, \
                         crime_type, cross_cutting, article, language, lang, limit, cursor)",
                    ));
                    continue;
                }
            };
            if slot.replace(value).is_some() {
                errors.push(FieldError::new(key.as_ref(), "is given more than once"));
            }
        }
        if errors.is_empty() {
            Ok(params)
        } else {
            Err(ApiError::InvalidParameters(errors))
        }
    }
}

/// A code parameter as the index holds it, or `None` (absent, or invalid and noted in `parser`).
fn code<T: AsRef<str>>(
    parser: &mut Parser,
    name: &str,
    raw: &Option<String>,
    parse: impl FnOnce(&str) -> Result<T, CodeError>,
) -> Option<String> {
    parser
        .optional(name, raw.as_deref(), parse)
        .map(|c| c.as_ref().to_owned())
}

fn record_type(raw: &str) -> Result<String, CodeError> {
    RecordKind::parse(&raw.trim().to_ascii_lowercase())
        .filter(|e| RecordKind::SEARCHED.contains(e))
        .map(|e| e.as_str().to_owned())
        .ok_or_else(|| CodeError::new("must be authority, legislation or case"))
}

/// Search authorities, legislation and case law.
///
/// Hits are ranked by relevance (BM25; names and titles weigh more than body text; exact words more
/// than words matched with a typo). Each text is analysed in its own language. Only public text is
/// searched, so what a hit, a snippet or a facet count reveals is public. The index is kept current
/// from the change log: a committed write is searchable within a second.
#[utoipa::path(
    get,
    path = "/v1/search",
    operation_id = "search",
    tag = "search",
    params(SearchQuery),
    responses(
        (status = 200, description = "A page of hits, the total and the facet counts", body = SearchPage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "The search index is not ready", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn search(
    request: HttpRequest,
    pool: web::Data<Pool>,
    search: web::Data<SearchState>,
) -> Result<HttpResponse, ApiError> {
    let params = SearchQuery::read(request.query_string())?;
    let mut parser = Parser::default();
    let text = params.q.as_deref().unwrap_or_default();
    let user_query = match query::parse(text) {
        Ok(parsed) => Some(parsed),
        Err(e) => {
            parser.reject("q", e.to_string());
            None
        }
    };
    let mut types: Vec<String> = Vec::new();
    for raw in params.kind.iter().flat_map(|k| k.split(',')) {
        if let Some(kind) = parser.optional("type", Some(raw), record_type) {
            if !types.contains(&kind) {
                types.push(kind);
            }
        }
    }
    let country = parser.optional("country", params.country.as_deref(), CountryCode::parse);
    let region = parser.optional("region", params.region.as_deref(), RegionCode::parse);
    let mut filters: Vec<(&'static str, Vec<String>)> = Vec::new();
    if !types.is_empty() {
        filters.push(("type", types));
    }
    let codes: [(&'static str, Option<String>); 7] = [
        ("country", country.as_ref().map(|c| c.as_str().to_owned())),
        ("region", region.as_ref().map(|r| r.as_str().to_owned())),
        (
            "competence",
            code(
                &mut parser,
                "competence",
                &params.competence,
                CompetenceCode::parse,
            ),
        ),
        (
            "crime_type",
            code(
                &mut parser,
                "crime_type",
                &params.crime_type,
                TermCode::parse,
            ),
        ),
        (
            "cross_cutting",
            code(
                &mut parser,
                "cross_cutting",
                &params.cross_cutting,
                TermCode::parse,
            ),
        ),
        (
            "article",
            code(&mut parser, "article", &params.article, ArticleId::parse),
        ),
        (
            "language",
            code(
                &mut parser,
                "language",
                &params.language,
                LanguageCode::parse,
            ),
        ),
    ];
    filters.extend(
        codes
            .into_iter()
            .filter_map(|(name, value)| value.map(|v| (name, vec![v]))),
    );
    let prefer = parser
        .optional("lang", params.lang.as_deref(), LanguageCode::parse)
        .map(|l| l.as_str().to_owned());
    let page: PageRequest<usize> = PageRequest::parse(
        &mut parser,
        params.limit.as_deref(),
        params.cursor.as_deref(),
        &(text.trim(), &filters, &prefer),
    );
    let offset = page.after.unwrap_or(0);
    if offset > MAX_DEPTH {
        parser.reject(
            "cursor",
            format!("hits are served up to the {MAX_DEPTH}th; narrow the query"),
        );
    }
    let codes: Vec<(&str, Reference, Option<&str>)> = filters
        .iter()
        .filter_map(|(name, values)| {
            let kind = match *name {
                "country" => Reference::Country,
                "region" => Reference::Region,
                "competence" => Reference::Competence,
                "crime_type" => Reference::CrimeType,
                "cross_cutting" => Reference::CrossCuttingIssue,
                "article" => Reference::Article,
                _ => return None,
            };
            Some((*name, kind, values.first().map(String::as_str)))
        })
        .collect();
    if !codes.is_empty() {
        let mut conn = connection(&pool).await?;
        parser.known(&mut conn, &codes).await?;
    }
    parser.finish()?;
    if !search.is_ready() {
        return Err(ApiError::Unavailable(
            "the search index is catching up with the change log; retry shortly".into(),
        ));
    }
    let limit = usize::try_from(page.limit).unwrap_or(1);
    let request = SearchRequest {
        query: user_query.unwrap_or_default(),
        filters,
        prefer,
        offset,
        limit,
    };
    let results = search.run(request).await?;
    let end = offset + results.hits.len();
    let next_cursor = (results.hits.len() == limit && end < results.total && end <= MAX_DEPTH)
        .then(|| page.cursor_after(&end));
    Ok(HttpResponse::Ok().json(SearchPage::new(&results, next_cursor)))
}

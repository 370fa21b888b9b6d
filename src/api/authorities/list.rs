//! `GET /v1/authorities`.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::AuthorityPage;
use crate::api::{
    connection,
    pagination::{finish_page, PageRequest},
    params::{boolean, Params, Parser},
};
use crate::auth::Caller;
use crate::clock::Clock;
use crate::db::{
    models::{
        self,
        authority::{AuthorityFilter, ListKey},
        reference::Reference,
    },
    Pool,
};
use crate::domain::{
    visibility::authority_view, AuthorityStatus, Channel, CompetenceCode, CountryCode,
    LanguageCode, RegionCode,
};
use crate::error::ApiError;

/// Query parameters of `GET /v1/authorities`. All filters combine; `competence`, `language` and
/// `channel` must hold for one and the same designation.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ListAuthoritiesQuery {
    /// ISO 3166-1 alpha-3 code of the State, any letter case.
    #[param(example = "KEN")]
    pub country: Option<String>,
    /// Competence-type code (see `GET /v1/competences`).
    #[param(example = "MLA")]
    pub competence: Option<String>,
    /// ISO 639-1 code of a language in which requests are accepted.
    #[param(example = "fr")]
    pub language: Option<String>,
    /// UN M49 code of a region, sub-region or intermediate region.
    #[param(example = "002")]
    pub region: Option<String>,
    /// Transmission channel: `direct`, `diplomatic`, `interpol` or `regional_network`.
    pub channel: Option<String>,
    /// `true`: only records not confirmed for 365 days; `false`: only the others.
    pub stale: Option<String>,
    /// `active` (default), `retired` or `any`.
    pub status: Option<String>,
    /// Page size, 1 to 200 (default 20).
    pub limit: Option<String>,
    /// The `next_cursor` of the previous page.
    pub cursor: Option<String>,
}

fn status_filter(raw: &str) -> Result<Option<AuthorityStatus>, crate::domain::CodeError> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "any" => Ok(None),
        other => other
            .parse::<AuthorityStatus>()
            .map(Some)
            .map_err(|_| crate::domain::CodeError::new("must be one of: active, retired, any")),
    }
}

/// List authorities, ordered by country and then id, with the fields the caller may see.
#[utoipa::path(
    get,
    path = "/v1/authorities",
    operation_id = "list_authorities",
    security((), ("bearer" = [])),
    tag = "directory",
    params(ListAuthoritiesQuery),
    responses(
        (status = 200, description = "A page of authorities", body = AuthorityPage),
    )
)]
pub async fn list_authorities(
    clock: web::Data<Clock>,
    pool: web::Data<Pool>,
    caller: Caller,
    Params(query): Params<ListAuthoritiesQuery>,
) -> Result<HttpResponse, ApiError> {
    let mut parser = Parser::default();
    let filter = AuthorityFilter {
        country: parser.optional("country", query.country.as_deref(), CountryCode::parse),
        region: parser.optional("region", query.region.as_deref(), RegionCode::parse),
        competence: parser.optional(
            "competence",
            query.competence.as_deref(),
            CompetenceCode::parse,
        ),
        language: parser.optional("language", query.language.as_deref(), LanguageCode::parse),
        channel: parser.optional("channel", query.channel.as_deref(), |c| {
            c.trim().to_ascii_lowercase().parse::<Channel>()
        }),
        stale: parser.optional("stale", query.stale.as_deref(), boolean),
        status: parser
            .optional("status", query.status.as_deref(), status_filter)
            .unwrap_or(Some(AuthorityStatus::Active)),
    };
    let page: PageRequest<ListKey> = PageRequest::parse(
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
                (
                    "competence",
                    Reference::Competence,
                    filter.competence.as_ref().map(CompetenceCode::as_str),
                ),
            ],
        )
        .await?;
    parser.finish()?;

    let now = clock.now();
    let rows =
        models::authority::list(&mut conn, &filter, now, page.after.as_ref(), page.limit + 1)
            .await?;
    let (rows, next_cursor) = finish_page(rows, &page, ListKey::of);
    let items = rows
        .iter()
        .map(|a| authority_view(a, caller.tier_for(&a.country), now))
        .collect();
    Ok(HttpResponse::Ok().json(AuthorityPage { items, next_cursor }))
}

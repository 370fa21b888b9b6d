//! `GET /v1/authorities/{id}/history`.

use crate::api::params::parse_id;
use crate::clock::Clock;
use actix_web::{web, HttpResponse};
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::dto::AuthorityView;
use crate::api::{
    connection,
    pagination::{finish_page, page_type, PageRequest},
    params::{Params, Parser},
    taxonomies::PageQuery,
};
use crate::auth::Caller;
use crate::db::{models, Pool};
use crate::domain::RecordKind;
use crate::domain::{
    visibility::{authority_view, Tier},
    Authority,
};
use crate::error::{ApiError, Problem};

/// One version of an authority.
#[derive(Debug, Serialize, ToSchema)]
pub struct VersionView {
    pub version: i64,
    /// `seed`, `create`, `update`, `retire` or `confirm`.
    pub action: String,
    /// Who made the change (restricted tier).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    pub recorded_at: DateTime<Utc>,
    /// The record as it stood at this version, as the caller may see it.
    pub document: AuthorityView,
}

page_type!(VersionPage, VersionView);

/// Every version of an authority, oldest first, with who made each change and when.
#[utoipa::path(
    get,
    path = "/v1/authorities/{id}/history",
    operation_id = "list_authority_history",
    security((), ("bearer" = [])),
    tag = "directory",
    params(("id" = uuid::Uuid, Path, description = "The authority's id"), PageQuery),
    responses(
        (status = 200, description = "A page of versions", body = VersionPage),
        (status = 400, description = "Invalid parameter", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such authority", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_authority_history(
    clock: web::Data<Clock>,
    caller: Caller,
    pool: web::Data<Pool>,
    path: web::Path<String>,
    Params(query): Params<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let id = parse_id(&path)?;
    let mut parser = Parser::default();
    let page: PageRequest<i64> = PageRequest::parse(
        &mut parser,
        query.limit.as_deref(),
        query.cursor.as_deref(),
        &id,
    );
    parser.finish()?;
    let mut conn = connection(&pool).await?;
    if !models::record::exists(&mut conn, RecordKind::Authority, id).await? {
        return Err(ApiError::NotFound(format!("no authority has the id {id}")));
    }
    let rows = models::version::list(
        &mut conn,
        RecordKind::Authority,
        id,
        page.after,
        page.limit + 1,
    )
    .await?;
    let (rows, next_cursor) = finish_page(rows, &page, |v| v.version);
    let now = clock.now();
    let items = rows
        .into_iter()
        .map(|v| {
            let document: Authority = serde_json::from_value(v.document)
                .map_err(|e| ApiError::Internal(anyhow::Error::new(e).context("stored version")))?;
            let tier = caller.tier_for(&document.country);
            Ok(VersionView {
                version: v.version,
                action: v.action,
                actor: (tier >= Tier::Restricted).then_some(v.actor),
                recorded_at: v.recorded_at,
                document: authority_view(&document, tier, now),
            })
        })
        .collect::<Result<_, ApiError>>()?;
    Ok(HttpResponse::Ok().json(VersionPage { items, next_cursor }))
}

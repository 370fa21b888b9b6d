//! `GET /v1/export`.

use actix_web::{web, HttpResponse};
use serde::Deserialize;
use tokio::sync::mpsc;
use utoipa::IntoParams;

use crate::api::params::{Params, Parser};
use crate::auth::Caller;
use crate::bulk::export::export;
use crate::db::{models::change::Entity, Pool};
use crate::error::{ApiError, Problem};

/// Query parameters of the export.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// Kinds of records, comma-separated: `authority`, `legislation`, `case` (default: all three).
    #[serde(rename = "type")]
    #[param(rename = "type")]
    pub kind: Option<String>,
}

/// Export every current record of the chosen kinds as NDJSON, streamed, at the caller's tier.
///
/// The first line is `{"type": "export", "cursor": "...", ...}`: follow `GET /v1/changes` from that
/// cursor to stay current (skipping a change whose version is not newer than the record held). Then
/// one `{"type": "authority" | "legislation" | "case", "record": {...}}` per record, in the format
/// `cna import` reads, and last `{"type": "end", "records": N}`: a file without it was cut short.
/// Retired authorities are not exported (the feed reports retirements as deletions). Partner
/// clients and administrators only.
#[utoipa::path(
    get,
    path = "/v1/export",
    operation_id = "export",
    tag = "partners",
    security(("bearer" = [])),
    params(ExportQuery),
    responses(
        (status = 200, description = "The snapshot, one JSON object per line", content_type = "application/x-ndjson", body = String),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or bad credentials", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Neither a partner client nor an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Over the partner rate limit, or too many requests at once with this key", body = Problem, content_type = "application/problem+json",
         headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
pub async fn export_records(
    caller: Caller,
    pool: web::Data<Pool>,
    Params(query): Params<ExportQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_feed_reader()?;
    let mut parser = Parser::default();
    let types = parser
        .optional("type", query.kind.as_deref(), Entity::parse_list)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| Entity::ALL.to_vec());
    parser.finish()?;
    // A connection is taken before answering, so a database that is down is a 503, not a cut file.
    drop(crate::api::connection(&pool).await?);
    let (sink, mut lines) = mpsc::channel(4);
    let pool = pool.into_inner();
    actix_web::rt::spawn(async move {
        if let Err(e) = export(&pool, &caller, &types, &sink).await {
            tracing::warn!(error = %e, "export stopped");
        }
    });
    let body = futures_util::stream::poll_fn(move |cx| {
        lines
            .poll_recv(cx)
            .map(|line| line.map(Ok::<_, actix_web::Error>))
    });
    Ok(HttpResponse::Ok()
        .content_type("application/x-ndjson")
        .insert_header(("Cache-Control", "no-store"))
        .streaming(body))
}

//! `GET /v1/export`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::clock::Clock;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use tokio::sync::mpsc;
use utoipa::IntoParams;

use crate::api::params::{Params, Parser};
use crate::auth::Caller;
use crate::bulk::export::{export, Sink};
use crate::db::StreamPool;
use crate::domain::RecordKind;
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
/// one `{"type": "authority" | "legislation" | "case" | "treaty", "record": {...}}` per record, in the format
/// `cna import` reads, and last `{"type": "end", "records": N}`: a file without it was cut short.
/// Retired authorities are not exported (the feed reports retirements as deletions). Partner
/// clients and administrators only. Exports run on connections of their own, a few at once
/// (`CNA_STREAM_POOL_SIZE`); one more is refused with 503 and `Retry-After`, and a stream whose
/// client takes nothing for `CNA_STREAM_SEND_TIMEOUT_SECS` is cut.
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
        (status = 503, description = "Every export place is taken, or the database is unreachable", body = Problem, content_type = "application/problem+json",
         headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
pub async fn export_records(
    caller: Caller,
    streams: web::Data<StreamPool>,
    clock: web::Data<Clock>,
    Params(query): Params<ExportQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_feed_reader()?;
    let mut parser = Parser::default();
    let types = parser
        .optional("type", query.kind.as_deref(), RecordKind::parse_list)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| RecordKind::ALL.to_vec());
    parser.finish()?;
    let place = streams.enter().ok_or_else(|| {
        ApiError::Unavailable("every export place is taken; retry shortly".into())
    })?;
    // A connection is taken before answering, so a database that is down is a 503, not a cut file.
    drop(crate::api::connection(&streams.pool).await?);
    let (lines, mut received) = mpsc::channel(2);
    let sink = Sink::new(lines, Some(streams.send_timeout));
    let pool = streams.pool.clone();
    let now = clock.now();
    let complete = Arc::new(AtomicBool::new(false));
    let completed = Arc::clone(&complete);
    actix_web::rt::spawn(async move {
        let _place = place;
        match export(&pool, &caller, &types, &sink, now).await {
            Ok(_) => completed.store(true, Ordering::Release),
            Err(e) => tracing::warn!(error = %e, "export stopped"),
        }
    });
    // A stream that stopped before its end line ends in an error, so that the connection is cut
    // instead of closing as if the file were whole.
    let mut failed = false;
    let body = futures_util::stream::poll_fn(move |cx| match received.poll_recv(cx) {
        std::task::Poll::Ready(None) if !failed && !complete.load(Ordering::Acquire) => {
            failed = true;
            std::task::Poll::Ready(Some(Err(actix_web::error::ErrorServiceUnavailable(
                "the export stopped before its end",
            ))))
        }
        other => other.map(|line| line.map(Ok::<_, actix_web::Error>)),
    });
    Ok(HttpResponse::Ok()
        .content_type("application/x-ndjson")
        .insert_header(("Cache-Control", "no-store"))
        .streaming(body))
}

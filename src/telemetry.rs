//! Logging and the per-request middleware: a request id (taken from a sane `x-request-id` header or
//! generated) on every response and every log line of the request, one log line per request, and a
//! guard that refuses bodies larger than the configured limit before any handler reads them.

use std::time::Instant;

use actix_web::{
    body::{EitherBody, MessageBody},
    dev::{ServiceRequest, ServiceResponse},
    http::header::{self, HeaderName, HeaderValue},
    middleware::Next,
    web, Error, ResponseError,
};
use tracing::Instrument;
use tracing_subscriber::EnvFilter;

use crate::error::ApiError;

/// The request-id header, read and written.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The id of the request being served, for handlers that record it (the audit trail).
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

impl RequestId {
    /// The id of `req`, if the middleware assigned one.
    pub fn of(req: &actix_web::HttpRequest) -> Option<String> {
        use actix_web::HttpMessage;
        req.extensions().get::<RequestId>().map(|r| r.0.clone())
    }
}

/// The largest body a request may carry, shared with the middleware.
#[derive(Debug, Clone, Copy)]
pub struct BodyLimit(pub usize);

/// Installs the global tracing subscriber; `CNA_LOG` (default `info`, tantivy at `warn`) filters, `CNA_LOG_FORMAT=json`
/// switches to JSON lines. Colours only on a terminal: a log file or a journal gets plain text.
pub fn init() {
    let filter =
        EnvFilter::try_from_env("CNA_LOG").unwrap_or_else(|_| EnvFilter::new("info,tantivy=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    let result = if std::env::var("CNA_LOG_FORMAT").as_deref() == Ok("json") {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
    // A second call (tests) keeps the first subscriber.
    drop(result);
}

fn request_id(req: &ServiceRequest) -> String {
    req.headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .filter(|v| {
            (1..=64).contains(&v.len())
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string())
}

/// The middleware; see the module documentation.
pub async fn middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let id = request_id(&req);
    {
        use actix_web::HttpMessage;
        req.extensions_mut().insert(RequestId(id.clone()));
    }
    let span = tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.path());
    let started = Instant::now();
    let limit = req
        .app_data::<web::Data<BodyLimit>>()
        .map(|l| l.0)
        .unwrap_or(usize::MAX);
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let mut response = match declared {
        Some(length) if length > limit => {
            let error = ApiError::PayloadTooLarge { limit };
            let response = error.error_response().map_into_right_body();
            req.into_response(response)
        }
        _ => next
            .call(req)
            .instrument(span.clone())
            .await?
            .map_into_left_body(),
    };
    if let Ok(value) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID, value);
    }
    let status = response.status().as_u16();
    span.in_scope(|| {
        tracing::info!(
            status,
            elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
            "request finished"
        )
    });
    Ok(response)
}

//! What every answer tells browsers. The API is read by programs, but also by browsers: the
//! interactive documentation at `/docs/`, and partner portals' pages calling it from another origin.
//!
//! - Security headers on every answer: `X-Content-Type-Options: nosniff`, no framing
//!   (`X-Frame-Options: DENY` and CSP `frame-ancestors 'none'`), no referrer, and a Content Security
//!   Policy that allows nothing for JSON and, for `/docs/`, only the viewer's own scripts, styles and
//!   images from this server (Swagger UI sets inline styles, hence `style-src 'unsafe-inline'`).
//! - Caching: an answer may depend on the caller's credentials (tiers of visibility), so every
//!   answer varies by `Authorization` and, unless its handler chose otherwise, is `private` and
//!   revalidated (`no-cache`): a shared cache never hands one caller's answer to another.
//! - CORS for the origins listed in `CNA_CORS_ORIGINS` (none by default): preflights are answered
//!   here (204), allowing the methods of the API and the request headers it reads; answers expose
//!   the response headers a client needs. Credentials are bearer tokens, never cookies, so
//!   `Access-Control-Allow-Credentials` is never sent.

use actix_web::{
    body::{EitherBody, MessageBody},
    dev::{ServiceRequest, ServiceResponse},
    http::{
        header::{self, HeaderMap, HeaderName, HeaderValue},
        Method,
    },
    middleware::Next,
    web, Error, HttpResponse,
};

/// The origins allowed to call the API from a browser.
#[derive(Debug, Clone, Default)]
pub struct CorsOrigins(pub Vec<String>);

impl CorsOrigins {
    /// Origins as configured, without a trailing slash, compared without regard to letter case.
    pub fn new(origins: &[String]) -> Self {
        CorsOrigins(
            origins
                .iter()
                .map(|o| o.trim().trim_end_matches('/').to_ascii_lowercase())
                .filter(|o| !o.is_empty())
                .collect(),
        )
    }

    fn allows(&self, origin: &str) -> bool {
        let origin = origin.to_ascii_lowercase();
        self.0.contains(&origin)
    }
}

const ALLOW_METHODS: &str = "GET, HEAD, POST, PUT, DELETE";
const ALLOW_HEADERS: &str = "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key";
const EXPOSE_HEADERS: &str =
    "ETag, Location, Retry-After, RateLimit, RateLimit-Policy, X-Request-Id, Idempotent-Replayed";

/// The policy for JSON and every other answer: nothing may load, nothing may frame it.
const CSP_API: &str =
    "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/// The policy for the web application's pages: its own style sheet, script and images only, no
/// inline script or style, forms posted back to it alone.
const CSP_WEB: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
     connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
/// The policy for the documentation viewer.
const CSP_DOCS: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; \
     base-uri 'none'; form-action 'none'";

fn set(headers: &mut HeaderMap, name: HeaderName, value: &'static str) {
    headers.insert(name, HeaderValue::from_static(value));
}

/// Adds `value` to the `Vary` header unless it is there.
fn vary(headers: &mut HeaderMap, value: &'static str) {
    let present = headers
        .get_all(header::VARY)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim().eq_ignore_ascii_case(value));
    if !present {
        headers.append(header::VARY, HeaderValue::from_static(value));
    }
}

fn security_headers(headers: &mut HeaderMap, docs: bool) {
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    let page = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    let csp = match (docs, page) {
        (true, _) => CSP_DOCS,
        (false, true) => CSP_WEB,
        (false, false) => CSP_API,
    };
    set(headers, header::CONTENT_SECURITY_POLICY, csp);
    if !headers.contains_key(header::CACHE_CONTROL) {
        set(headers, header::CACHE_CONTROL, "private, no-cache");
    }
    vary(headers, "Authorization");
    if page {
        // A page depends on the session cookie of the one who asked.
        vary(headers, "Cookie");
    }
}

fn cors_headers(headers: &mut HeaderMap, origin: &HeaderValue) {
    headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin.clone());
    set(
        headers,
        header::ACCESS_CONTROL_EXPOSE_HEADERS,
        EXPOSE_HEADERS,
    );
    vary(headers, "Origin");
}

/// The middleware; see the module documentation.
pub async fn middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let docs = req.path().starts_with("/docs");
    let origin = req
        .headers()
        .get(header::ORIGIN)
        .filter(|origin| {
            let allowed = req.app_data::<web::Data<CorsOrigins>>();
            origin
                .to_str()
                .is_ok_and(|o| allowed.is_some_and(|a| a.allows(o)))
        })
        .cloned();
    let preflight = req.method() == Method::OPTIONS
        && req
            .headers()
            .contains_key(header::ACCESS_CONTROL_REQUEST_METHOD);
    if let (Some(origin), true) = (&origin, preflight) {
        let mut response = HttpResponse::NoContent().finish();
        let headers = response.headers_mut();
        cors_headers(headers, origin);
        set(headers, header::ACCESS_CONTROL_ALLOW_METHODS, ALLOW_METHODS);
        set(headers, header::ACCESS_CONTROL_ALLOW_HEADERS, ALLOW_HEADERS);
        set(headers, header::ACCESS_CONTROL_MAX_AGE, "600");
        security_headers(headers, docs);
        return Ok(req.into_response(response).map_into_right_body());
    }
    let mut response = next.call(req).await?;
    let headers = response.headers_mut();
    security_headers(headers, docs);
    if let Some(origin) = &origin {
        cors_headers(headers, origin);
    }
    Ok(response.map_into_left_body())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_match_exactly_whatever_their_case() {
        let origins = CorsOrigins::new(&["https://Portal.example/".into(), " ".into()]);
        assert!(origins.allows("https://portal.example"));
        assert!(!origins.allows("https://portal.example.evil"));
        assert!(!origins.allows("http://portal.example"));
        assert!(!CorsOrigins::default().allows("https://portal.example"));
    }

    #[test]
    fn vary_is_added_once() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::VARY,
            HeaderValue::from_static("accept-encoding, authorization"),
        );
        vary(&mut headers, "Authorization");
        vary(&mut headers, "Origin");
        let all: Vec<_> = headers.get_all(header::VARY).collect();
        assert_eq!(all.len(), 2, "{all:?}");
    }
}

//! Strong ETags for single records. The tag is `"<version>-<digest>"`: the version makes it readable
//! and lets writers send it back in `If-Match`; the digest of the exact body makes two different
//! representations of one version (for callers of different tiers, or before and after the record
//! turned stale) carry different tags, as a strong validator must.

use actix_web::{
    http::header::{self, HeaderValue},
    HttpRequest, HttpResponse,
};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::ApiError;

/// The strong ETag of a body at a version.
pub fn etag(version: i64, body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{version}-{hex}\"")
}

/// True when `If-None-Match` lists `tag` (weak comparison, as RFC 9110 requires here) or is `*`.
pub fn matches_if_none_match(req: &HttpRequest, tag: &str) -> bool {
    req.headers()
        .get_all(header::IF_NONE_MATCH)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .any(|candidate| candidate == "*" || candidate.trim_start_matches("W/") == tag)
}

/// A JSON response with a strong ETag, or 304 Not Modified when the client already has it.
pub fn json_with_etag<T: Serialize>(
    req: &HttpRequest,
    version: i64,
    value: &T,
) -> Result<HttpResponse, ApiError> {
    let body = serde_json::to_vec(value).map_err(|e| ApiError::Internal(e.into()))?;
    let tag = etag(version, &body);
    let tag_header = HeaderValue::from_str(&tag).map_err(|e| ApiError::Internal(e.into()))?;
    let mut response = if matches_if_none_match(req, &tag) {
        HttpResponse::NotModified()
    } else {
        HttpResponse::Ok()
    };
    response
        .insert_header((header::ETAG, tag_header))
        .insert_header((header::VARY, "Authorization"))
        .insert_header((header::CACHE_CONTROL, "private, no-cache"));
    if matches_if_none_match(req, &tag) {
        Ok(response.finish())
    } else {
        Ok(response.content_type("application/json").body(body))
    }
}

/// Reads `If-Match`: absent is `None`; `*` is any version; otherwise the versions of the strong tags
/// listed (`"7"` or `"7-<digest>"`). Weak or malformed tags match nothing, so they fail with 412.
pub fn if_match(req: &HttpRequest) -> Option<crate::directory::Precondition> {
    use crate::directory::Precondition;
    let values: Vec<&str> = req
        .headers()
        .get_all(header::IF_MATCH)
        .filter_map(|v| v.to_str().ok())
        .collect();
    if values.is_empty() {
        return None;
    }
    let tags: Vec<&str> = values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    if tags.contains(&"*") {
        return Some(Precondition::Any);
    }
    let versions = tags
        .iter()
        .filter_map(|tag| tag.strip_prefix('"')?.strip_suffix('"'))
        .filter_map(|inner| inner.split('-').next()?.parse::<i64>().ok())
        .collect();
    Some(Precondition::Versions(versions))
}

/// `If-Match`, required: 428 without it.
pub fn require_if_match(req: &HttpRequest) -> Result<crate::directory::Precondition, ApiError> {
    if_match(req).ok_or(ApiError::PreconditionRequired)
}

//! Cursor pagination (spec section 4): `limit` (default 20, at most 200) and an opaque `cursor` that
//! encodes the sort key of the last item served. Keyset pagination over a total order with an id
//! tie-breaker, so walking a list to its end never repeats or skips a record that was there
//! throughout.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use serde::{de::DeserializeOwned, Serialize};

use super::params::Parser;
use crate::domain::CodeError;

pub const DEFAULT_LIMIT: i64 = 20;
pub const MAX_LIMIT: i64 = 200;

/// A validated page request: how many items, and after which key.
#[derive(Debug, Clone)]
pub struct PageRequest<K> {
    pub limit: i64,
    pub after: Option<K>,
}

impl<K: DeserializeOwned> PageRequest<K> {
    /// Parses `limit` and `cursor`, recording problems in `parser`.
    pub fn parse(parser: &mut Parser, limit: Option<&str>, cursor: Option<&str>) -> Self {
        let limit = parser
            .optional("limit", limit, parse_limit)
            .unwrap_or(DEFAULT_LIMIT);
        let after = parser.optional("cursor", cursor, decode_cursor);
        PageRequest { limit, after }
    }
}

fn parse_limit(raw: &str) -> Result<i64, CodeError> {
    match raw.trim().parse::<i64>() {
        Ok(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        _ => Err(CodeError::new(format!(
            "must be a whole number from 1 to {MAX_LIMIT}"
        ))),
    }
}

/// Encodes a sort key as an opaque cursor.
pub fn encode_cursor<K: Serialize>(key: &K) -> String {
    // Serializing plain keys (strings, ids) cannot fail.
    let json = serde_json::to_vec(key).unwrap_or_default();
    URL_SAFE_NO_PAD.encode(json)
}

fn decode_cursor<K: DeserializeOwned>(raw: &str) -> Result<K, CodeError> {
    URL_SAFE_NO_PAD
        .decode(raw.trim())
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(|| CodeError::new("is not a cursor returned by this list"))
}

/// Builds a page from up to `limit + 1` items fetched in order: the extra item, if present, only
/// proves there is a next page.
pub fn finish_page<T, K: Serialize>(
    mut items: Vec<T>,
    limit: i64,
    key_of: impl Fn(&T) -> K,
) -> (Vec<T>, Option<String>) {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    if items.len() > limit {
        items.truncate(limit);
        let next = items.last().map(|last| encode_cursor(&key_of(last)));
        (items, next)
    } else {
        (items, None)
    }
}

/// Pages through a small list already loaded in full (reference data), keyed by a unique string.
pub fn page_in_memory<T>(
    items: Vec<T>,
    request: &PageRequest<String>,
    key_of: impl Fn(&T) -> String,
) -> (Vec<T>, Option<String>) {
    let start = match &request.after {
        Some(after) => items
            .iter()
            .position(|item| &key_of(item) == after)
            .map_or(items.len(), |i| i + 1),
        None => 0,
    };
    let rest: Vec<T> = items.into_iter().skip(start).collect();
    let limit = usize::try_from(request.limit + 1).unwrap_or(usize::MAX);
    finish_page(
        rest.into_iter().take(limit).collect(),
        request.limit,
        key_of,
    )
}

/// Declares a concrete page type `{items, next_cursor}` for the OpenAPI document.
macro_rules! page_type {
    ($name:ident, $item:ty) => {
        #[doc = concat!("A page of ", stringify!($item), " items.")]
        #[derive(Debug, serde::Serialize, utoipa::ToSchema)]
        pub struct $name {
            pub items: Vec<$item>,
            /// Pass as `cursor` to get the next page; null on the last page.
            pub next_cursor: Option<String>,
        }
    };
}
pub(crate) use page_type;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let cursor = encode_cursor(&("KEN".to_owned(), 7));
        assert_eq!(
            decode_cursor::<(String, i32)>(&cursor).unwrap(),
            ("KEN".into(), 7)
        );
        assert!(decode_cursor::<(String, i32)>("not-a-cursor!").is_err());
        assert!(decode_cursor::<(String, i32)>(&encode_cursor(&"x")).is_err());
    }

    #[test]
    fn in_memory_pages_cover_the_list_exactly_once() {
        let items: Vec<String> = (0..45).map(|i| format!("K{i:02}")).collect();
        let mut seen = Vec::new();
        let mut after = None;
        loop {
            let request = PageRequest {
                limit: 20,
                after: after.clone(),
            };
            let (page, next) = page_in_memory(items.clone(), &request, |s| s.clone());
            seen.extend(page);
            match next {
                Some(cursor) => after = Some(decode_cursor::<String>(&cursor).unwrap()),
                None => break,
            }
        }
        assert_eq!(seen, items);
    }
}

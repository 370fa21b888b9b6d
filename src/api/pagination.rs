//! Cursor pagination (spec section 4): `limit` (default 20, at most 200) and an opaque `cursor` that
//! encodes the sort key of the last item served and the filters the list was asked with. Keyset
//! pagination over a total order with an id tie-breaker, so walking a list to its end never repeats
//! or skips a record that was there throughout; a cursor used with other filters is refused, as
//! it would continue a different list.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::params::Parser;
use crate::domain::CodeError;

pub const DEFAULT_LIMIT: i64 = 20;
pub const MAX_LIMIT: i64 = 200;

/// A validated page request: how many items, after which key, and for which filters.
#[derive(Debug, Clone)]
pub struct PageRequest<K> {
    pub limit: i64,
    pub after: Option<K>,
    /// The fingerprint of the filters, carried by every cursor of this list.
    filters: String,
}

/// What a cursor holds.
#[derive(Serialize, Deserialize)]
struct Cursor<K> {
    after: K,
    filters: String,
}

impl<K: Serialize + DeserializeOwned> PageRequest<K> {
    /// Parses `limit` and `cursor` for a list asked with `filters` (the parsed filters, or `()`),
    /// recording problems in `parser`.
    pub fn parse(
        parser: &mut Parser,
        limit: Option<&str>,
        cursor: Option<&str>,
        filters: &impl Serialize,
    ) -> Self {
        let limit = parser
            .optional("limit", limit, parse_limit)
            .unwrap_or(DEFAULT_LIMIT);
        let filters = fingerprint(filters);
        let after = parser.token("cursor", cursor, |raw| decode_cursor(raw, &filters));
        PageRequest {
            limit,
            after,
            filters,
        }
    }

    /// The cursor of the page that follows the item with sort key `key`.
    pub fn cursor_after(&self, key: &K) -> String {
        // Serializing plain keys (strings, ids, numbers) cannot fail.
        let json = serde_json::to_vec(&Cursor {
            after: key,
            filters: self.filters.clone(),
        })
        .unwrap_or_default();
        URL_SAFE_NO_PAD.encode(json)
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

/// A short digest of the filters as parsed (so `country=ken` and `country=KEN` agree).
fn fingerprint(filters: &impl Serialize) -> String {
    let json = serde_json::to_vec(filters).unwrap_or_default();
    Sha256::digest(json)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn decode_cursor<K: DeserializeOwned>(raw: &str, filters: &str) -> Result<K, CodeError> {
    let cursor: Cursor<K> = URL_SAFE_NO_PAD
        .decode(raw.trim())
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(|| CodeError::new("is not a cursor returned by this list"))?;
    if cursor.filters == filters {
        Ok(cursor.after)
    } else {
        Err(CodeError::new(
            "was returned for other filters: repeat the filters of the request that returned it, \
             or start again without a cursor",
        ))
    }
}

/// Builds a page from up to `limit + 1` items fetched in order: the extra item, if present, only
/// proves there is a next page.
pub fn finish_page<T, K: Serialize + DeserializeOwned>(
    mut items: Vec<T>,
    request: &PageRequest<K>,
    key_of: impl Fn(&T) -> K,
) -> (Vec<T>, Option<String>) {
    let limit = usize::try_from(request.limit).unwrap_or(usize::MAX);
    if items.len() > limit {
        items.truncate(limit);
        let next = items.last().map(|last| request.cursor_after(&key_of(last)));
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
    let limit = usize::try_from(request.limit + 1).unwrap_or(usize::MAX);
    let rest: Vec<T> = items.into_iter().skip(start).take(limit).collect();
    finish_page(rest, request, key_of)
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

    fn request<K: Serialize + DeserializeOwned>(
        cursor: Option<&str>,
        filters: &impl Serialize,
    ) -> Result<PageRequest<K>, crate::error::ApiError> {
        let mut parser = Parser::default();
        let page = PageRequest::parse(&mut parser, Some("20"), cursor, filters);
        parser.finish().map(|()| page)
    }

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let page = request::<(String, i32)>(None, &"KEN").unwrap();
        let cursor = page.cursor_after(&("KEN".to_owned(), 7));
        let next = request::<(String, i32)>(Some(&cursor), &"KEN").unwrap();
        assert_eq!(next.after, Some(("KEN".into(), 7)));
        assert!(request::<(String, i32)>(Some("not-a-cursor!"), &"KEN").is_err());
        let other_key = page.cursor_after(&("KEN".to_owned(), 7));
        assert!(request::<String>(Some(&other_key), &"KEN").is_err());
    }

    #[test]
    fn a_cursor_is_refused_with_other_filters() {
        let page = request::<i32>(None, &Some(true)).unwrap();
        let cursor = page.cursor_after(&3);
        assert!(request::<i32>(Some(&cursor), &Some(true)).is_ok());
        assert!(request::<i32>(Some(&cursor), &None::<bool>).is_err());
        assert!(request::<i32>(Some(&cursor), &Some(false)).is_err());
    }

    #[test]
    fn in_memory_pages_cover_the_list_exactly_once() {
        let items: Vec<String> = (0..45).map(|i| format!("K{i:02}")).collect();
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let page = request::<String>(cursor.as_deref(), &()).unwrap();
            let (items_of_page, next) = page_in_memory(items.clone(), &page, |s| s.clone());
            seen.extend(items_of_page);
            match next {
                Some(next) => cursor = Some(next),
                None => break,
            }
        }
        assert_eq!(seen, items);
    }
}

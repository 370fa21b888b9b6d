//! The history of a record: every version, who made it and when (for those who may see who), and
//! what changed from the version before, member by member, as the viewer may see it.

use actix_web::{http::StatusCode, web, HttpRequest, HttpResponse};
use askama::Template;
use serde_json::Value;

use super::editor::Editable;
use super::require;
use crate::api::connection;
use crate::clock::Clock;
use crate::db::{models, Pool};
use crate::domain::visibility::Tier;
use crate::web::i18n::Lang;
use crate::web::page::{html, OrPage, Page, PageError};
use crate::web::session::SignedIn;

/// At most this many versions are shown.
const MAX_VERSIONS: i64 = 200;

pub struct Change {
    pub path: String,
    pub before: String,
    pub after: String,
}

pub struct VersionBlock {
    pub version: i64,
    pub action: String,
    pub actor: String,
    pub at: String,
    pub changes: Vec<Change>,
}

#[derive(Template)]
#[template(path = "history.html")]
struct HistoryTemplate {
    page: Page,
    /// Where the record's page is (`/authorities/{id}`).
    record: String,
    name: String,
    versions: Vec<VersionBlock>,
}

/// Members written by the server on every write: not shown as changes.
const STAMPS: [&str; 3] = ["version", "updated_at", "stale"];

/// Every leaf of a document under its path (`designations[0].channels[1]`).
fn leaves(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                leaves(v, p, out);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, v) in items.iter().enumerate() {
                leaves(v, format!("{path}[{i}]"), out);
            }
        }
        Value::String(s) => out.push((path, s.clone())),
        Value::Null => {}
        Value::Array(_) => {}
        other => out.push((path, other.to_string())),
    }
}

/// What differs between two documents, by path.
pub fn differences(before: &Value, after: &Value) -> Vec<Change> {
    let (mut old, mut new) = (Vec::new(), Vec::new());
    leaves(before, String::new(), &mut old);
    leaves(after, String::new(), &mut new);
    let old: std::collections::BTreeMap<String, String> = old.into_iter().collect();
    let new: std::collections::BTreeMap<String, String> = new.into_iter().collect();
    let mut paths: Vec<&String> = old.keys().chain(new.keys()).collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter(|p| !STAMPS.contains(&p.as_str()))
        .filter_map(|p| {
            let (b, a) = (old.get(p), new.get(p));
            (b != a).then(|| Change {
                path: p.clone(),
                before: b.cloned().unwrap_or_default(),
                after: a.cloned().unwrap_or_default(),
            })
        })
        .collect()
}

/// `GET /{lang}/console/{kind}/{id}/history`.
pub async fn history<R: Editable>(
    req: HttpRequest,
    lang: Lang,
    user: Option<SignedIn>,
    pool: web::Data<Pool>,
    path: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = require(lang, user)?;
    let id = uuid::Uuid::parse_str(&path).map_err(|_| PageError::not_found(lang))?;
    let mut conn = connection(&pool).await.or_page(lang)?;
    let rows = models::version::list(&mut conn, R::KIND, id, None, MAX_VERSIONS)
        .await
        .or_page(lang)?;
    if rows.is_empty() {
        return Err(PageError::not_found(lang));
    }
    let now = Clock::of(&req).now();
    let mut previous = Value::Null;
    let mut versions = Vec::new();
    let mut name = String::new();
    for row in rows {
        let document: R =
            serde_json::from_value(row.document).map_err(|e| PageError::internal(lang, e))?;
        let tier = user.caller.tier_for(document.country());
        let view = document
            .visible(&user.caller, now)
            .map_err(|e| PageError::internal(lang, e))?;
        name = document.title(lang);
        let changes = differences(&previous, &view);
        versions.push(VersionBlock {
            version: row.version,
            action: row.action,
            actor: if tier >= Tier::Restricted {
                row.actor
            } else {
                String::new()
            },
            at: row.recorded_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            changes,
        });
        previous = view;
    }
    versions.reverse();
    let template = HistoryTemplate {
        page: Page::new(
            &req,
            format!("{} · {name}", lang.t("history-title")),
            Some(user),
        ),
        record: format!("/{}/{id}", R::SEGMENT),
        name,
        versions,
    };
    Ok(html(StatusCode::OK, &template, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_name_each_changed_member() {
        let before = serde_json::json!({"names": {"en": "A"}, "emails": ["a@x"], "version": 1});
        let after =
            serde_json::json!({"names": {"en": "B"}, "emails": ["a@x", "b@x"], "version": 2});
        let changes = differences(&before, &after);
        let paths: Vec<_> = changes.iter().map(|c| c.path.as_str()).collect();
        assert_eq!(paths, ["emails[1]", "names.en"]);
        assert_eq!(changes[1].before, "A");
        assert_eq!(changes[1].after, "B");
    }
}

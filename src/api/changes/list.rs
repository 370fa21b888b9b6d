//! `GET /v1/changes`.

use std::time::{Duration, Instant};

use actix_web::{web, HttpResponse};
use chrono::Utc;
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::{visible_document, ChangeDto, ChangePage};
use crate::api::{
    connection,
    params::{Params, Parser},
};
use crate::auth::Caller;
use crate::changes::{read_after, Change, Position, Signal};
use crate::db::{models, Pool};
use crate::domain::CodeError;
use crate::domain::RecordKind;
use crate::error::{ApiError, Problem};

/// Most changes per page.
pub const MAX_LIMIT: i64 = 1000;
/// Changes per page when `limit` is not given.
const DEFAULT_LIMIT: i64 = 100;
/// The longest `wait`, in seconds.
pub const MAX_WAIT: u64 = 60;
/// How often a waiting request reads the log when no wake-up comes.
const WAIT_POLL: Duration = Duration::from_millis(500);

/// Query parameters of the feed.
#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct ChangesQuery {
    /// The `next_cursor` (or an item's `cursor`) already read, or the cursor on the first line of
    /// an export; absent: from the beginning of the log.
    pub cursor: Option<String>,
    /// Changes per page, 1 to 1000 (default 100).
    pub limit: Option<String>,
    /// Seconds to wait, 0 to 60 (default 0), when there is nothing after `cursor` yet: the answer
    /// comes as soon as a change commits.
    pub wait: Option<String>,
}

fn number_between(low: u64, high: u64) -> impl Fn(&str) -> Result<u64, CodeError> {
    move |raw| {
        raw.trim()
            .parse::<u64>()
            .ok()
            .filter(|n| (low..=high).contains(n))
            .ok_or_else(|| CodeError::new(format!("a whole number from {low} to {high}")))
    }
}

/// Read the change log: every committed change to every record, in commit order, without gaps.
///
/// A transaction that commits late is never skipped: changes of later transactions are held back
/// until every earlier one has finished. Deletions come as `delete` changes without a record.
/// Partner clients (at their tier) and administrators only.
#[utoipa::path(
    get,
    path = "/v1/changes",
    operation_id = "list_changes",
    tag = "partners",
    security(("bearer" = [])),
    params(ChangesQuery),
    responses(
        (status = 200, description = "The changes after the cursor (none when caught up)", body = ChangePage),
        (status = 400, description = "Invalid query parameter", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or bad credentials", body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Neither a partner client nor an administrator", body = Problem, content_type = "application/problem+json"),
        (status = 410, description = "The cursor is older than the log still kept: start again from the export", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Over the partner rate limit, or too many requests at once with this key", body = Problem, content_type = "application/problem+json",
         headers(("Retry-After" = u64, description = "Seconds to wait"))),
    )
)]
pub async fn list_changes(
    caller: Caller,
    pool: web::Data<Pool>,
    signal: web::Data<Signal>,
    clock: web::Data<crate::clock::Clock>,
    Params(query): Params<ChangesQuery>,
) -> Result<HttpResponse, ApiError> {
    caller.require_feed_reader()?;
    let mut parser = Parser::default();
    let after = parser
        .token("cursor", query.cursor.as_deref(), |raw| {
            raw.parse::<Position>().map_err(CodeError::new)
        })
        .unwrap_or_default();
    let limit = parser
        .optional(
            "limit",
            query.limit.as_deref(),
            number_between(1, MAX_LIMIT as u64),
        )
        .map_or(DEFAULT_LIMIT, |n| n as i64);
    let wait = parser
        .optional("wait", query.wait.as_deref(), number_between(0, MAX_WAIT))
        .unwrap_or(0);
    parser.finish()?;
    {
        let mut conn = connection(&pool).await?;
        let horizon = crate::changes::horizon(&mut conn).await?;
        if after < horizon {
            return Err(ApiError::Gone(format!(
                "the changes after this cursor were pruned (the log starts after {horizon}): \
                 start again from GET /v1/export"
            )));
        }
        // A cursor past the head was never given out: waiting on it would never end.
        let head = crate::changes::head(&mut conn).await?;
        if after > head {
            return Err(ApiError::invalid_parameter(
                "cursor",
                format!("beyond the end of the log ({head}): pass a cursor this feed gave"),
            ));
        }
    }

    let deadline = Instant::now() + Duration::from_secs(wait);
    // Subscribed before the first read, so a commit between a read and the wait wakes it.
    let mut changed = signal.subscribe();
    let changes = loop {
        let changes = {
            let mut conn = connection(&pool).await?;
            read_after(&mut conn, after, limit).await?
        };
        let now = Instant::now();
        if !changes.is_empty() || now >= deadline {
            break changes;
        }
        changed.wait(WAIT_POLL.min(deadline - now)).await;
    };
    let mut conn = connection(&pool).await?;
    let items = items(&mut conn, &caller, changes, clock.now()).await?;
    let next_cursor = items
        .last()
        .map_or_else(|| after.to_string(), |c| c.cursor.clone());
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(ChangePage { items, next_cursor }))
}

/// Whether a stored document is a retired authority, which the feed reports as a deletion.
fn is_retired(entity: RecordKind, document: &serde_json::Value) -> bool {
    entity == RecordKind::Authority && document["status"] == "retired"
}

/// The feed items of `changes`, each upsert with its version's document as `caller` may see it at
/// `now` (which records are stale).
pub async fn items(
    conn: &mut crate::db::Conn,
    caller: &Caller,
    changes: Vec<Change>,
    now: chrono::DateTime<Utc>,
) -> Result<Vec<ChangeDto>, ApiError> {
    let mut keys = Vec::new();
    for change in &changes {
        let entity = RecordKind::parse(&change.entity).ok_or_else(|| {
            ApiError::Internal(anyhow::anyhow!("unknown entity {:?}", change.entity))
        })?;
        if change.operation == "upsert" {
            keys.push((entity, change.entity_id, change.version));
        }
    }
    let documents = models::version::documents(conn, &keys).await?;
    changes
        .into_iter()
        .map(|change| {
            let mut operation = change.operation;
            let record = match RecordKind::parse(&change.entity) {
                Some(entity) if operation == "upsert" => {
                    let document = documents
                        .get(&(entity, change.entity_id, change.version))
                        .cloned()
                        .ok_or_else(|| {
                            ApiError::Internal(anyhow::anyhow!(
                                "no stored version {} of {} {}",
                                change.version,
                                change.entity,
                                change.entity_id
                            ))
                        })?;
                    if is_retired(entity, &document) {
                        // Loaded already retired (seed data, an import): gone from the directory.
                        operation = "delete".to_owned();
                        None
                    } else {
                        Some(visible_document(entity, document, caller, now)?)
                    }
                }
                _ => None,
            };
            Ok(ChangeDto {
                cursor: change.position.to_string(),
                entity: change.entity,
                id: change.entity_id,
                operation,
                version: change.version,
                changed_at: change.changed_at,
                record,
            })
        })
        .collect()
}

//! Exports: every current record of the chosen kinds, as one consistent snapshot, in the import
//! format. The first line names the change-feed cursor the snapshot was taken at, the last one how
//! many records came, so a reader can tell a complete file from a cut one:
//!
//! ```json
//! {"type": "export", "cursor": "1873.912", "types": ["authority", "legislation", "case", "treaty"], "exported_at": "..."}
//! {"type": "authority", "record": {...}}
//! {"type": "end", "records": 571}
//! ```
//!
//! The snapshot is one read-only `REPEATABLE READ` transaction. Its cursor is the log's head as that
//! transaction sees it: every change up to the cursor is in the file, and the feed from the cursor
//! holds every later change. It may also repeat a few changes the file already holds (those of
//! transactions that committed just before the snapshot while an older one was still running); a
//! change whose version is not newer than the record held is simply skipped. Records are read in
//! batches by id and sent as they are read, so memory stays flat whatever the size. Retired
//! authorities are not exported: to a partner they are deletions, as the feed reports them.

use crate::domain::RecordKind;
use actix_web::web::Bytes;
use chrono::{DateTime, Utc};
use diesel_async::scoped_futures::ScopedFutureExt;
use diesel_async::RunQueryDsl;
use tokio::sync::mpsc;
use uuid::Uuid;

use crate::auth::Caller;
use crate::db::models::IdRow;
use crate::db::{models, Conn, Pool};
use crate::domain::visibility::authority_view;
use crate::error::ApiError;

/// Records read per query.
const BATCH: i64 = 500;

/// Where an export's lines go; a closed receiver stops the export, and so does a receiver that
/// takes nothing for the send timeout (a client that stopped reading).
pub struct Sink {
    lines: mpsc::Sender<Bytes>,
    send_timeout: Option<std::time::Duration>,
}

impl Sink {
    pub fn new(lines: mpsc::Sender<Bytes>, send_timeout: Option<std::time::Duration>) -> Self {
        Sink {
            lines,
            send_timeout,
        }
    }
}

fn line(value: &serde_json::Value) -> Result<Vec<u8>, ApiError> {
    let mut bytes = serde_json::to_vec(value).map_err(|e| ApiError::Internal(e.into()))?;
    bytes.push(b'\n');
    Ok(bytes)
}

async fn send(sink: &Sink, bytes: Vec<u8>) -> Result<(), ApiError> {
    let sent = sink.lines.send(Bytes::from(bytes));
    let sent = match sink.send_timeout {
        Some(limit) => tokio::time::timeout(limit, sent).await.map_err(|_| {
            ApiError::Unavailable(format!(
                "the export's reader took nothing for {} s",
                limit.as_secs_f64()
            ))
        })?,
        None => sent.await,
    };
    sent.map_err(|_| ApiError::Unavailable("the export's reader went away".into()))
}

/// The ids after `after` of the records of `entity` to export, in order: retired authorities too
/// when `retired` (an administrator's export, which restores an instance whole); otherwise the
/// current ones (the feed reports a retirement as a deletion).
async fn next_ids(
    conn: &mut Conn,
    entity: RecordKind,
    after: Uuid,
    retired: bool,
) -> Result<Vec<Uuid>, ApiError> {
    let current = match entity {
        RecordKind::Authority if !retired => "AND status = 'active'",
        _ => "",
    };
    let rows: Vec<IdRow> = diesel::sql_query(format!(
        "SELECT id FROM {} WHERE id > $1 {current} ORDER BY id LIMIT $2",
        entity.table()
    ))
    .bind::<diesel::sql_types::Uuid, _>(after)
    .bind::<diesel::sql_types::BigInt, _>(BATCH)
    .load(conn)
    .await?;
    Ok(rows.into_iter().map(|r| r.id).collect())
}

/// The documents of `ids`, in id order, as `caller` may see them: authorities through the
/// visibility rules, legislation, case law and treaty participation (public throughout) whole.
async fn documents(
    conn: &mut Conn,
    entity: RecordKind,
    ids: &[Uuid],
    caller: &Caller,
    now: DateTime<Utc>,
) -> Result<Vec<(Uuid, serde_json::Value)>, ApiError> {
    let to_json = |value: serde_json::Result<serde_json::Value>| {
        value.map_err(|e| ApiError::Internal(e.into()))
    };
    let mut documents = Vec::with_capacity(ids.len());
    match entity {
        RecordKind::Authority => {
            for a in models::authority::find_many(conn, ids).await? {
                let view = authority_view(&a, caller.tier_for(&a.country), now);
                documents.push((a.id, to_json(serde_json::to_value(view))?));
            }
        }
        RecordKind::Legislation => {
            for l in models::law::find_many(conn, ids).await? {
                documents.push((l.id, to_json(serde_json::to_value(&l))?));
            }
        }
        RecordKind::Case => {
            for c in models::case::find_many(conn, ids).await? {
                documents.push((c.id, to_json(serde_json::to_value(&c))?));
            }
        }
        RecordKind::Treaty => {
            for t in models::treaty::find_many(conn, ids).await? {
                documents.push((t.id, to_json(serde_json::to_value(&t))?));
            }
        }
    }
    documents.sort_by_key(|(id, _)| *id);
    Ok(documents)
}

/// Writes the export of `types` as `caller` may see it at `now` (which records are stale) to
/// `sink`; returns how many records it held.
pub async fn export(
    pool: &Pool,
    caller: &Caller,
    types: &[RecordKind],
    sink: &Sink,
    now: DateTime<Utc>,
) -> Result<u64, ApiError> {
    let mut conn = pool.get().await?;
    conn.build_transaction()
        .read_only()
        .repeatable_read()
        .run::<_, ApiError, _>(|conn| {
            async move {
                let cursor = crate::changes::head(conn).await?;
                let names: Vec<&str> = types.iter().map(|t| t.as_str()).collect();
                let header = serde_json::json!({
                    "type": "export",
                    "cursor": cursor.to_string(),
                    "types": names,
                    "exported_at": now,
                });
                send(sink, line(&header)?).await?;
                let mut records = 0u64;
                for entity in types {
                    let mut after = Uuid::nil();
                    loop {
                        let ids =
                            next_ids(conn, *entity, after, matches!(caller, Caller::Admin(_)))
                                .await?;
                        let Some(last) = ids.last() else { break };
                        after = *last;
                        let mut chunk = Vec::new();
                        for (_, record) in documents(conn, *entity, &ids, caller, now).await? {
                            chunk.extend(line(&serde_json::json!({
                                "type": entity.as_str(),
                                "record": record,
                            }))?);
                            records += 1;
                        }
                        send(sink, chunk).await?;
                    }
                }
                send(
                    sink,
                    line(&serde_json::json!({"type": "end", "records": records}))?,
                )
                .await?;
                Ok(records)
            }
            .scope_boxed()
        })
        .await
}

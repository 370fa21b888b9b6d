//! The single indexer: applies the change log to the index, in commit order, from the position the
//! index recorded. Every record changed is read again from Postgres (the source of truth) and its
//! documents replaced; a record that is gone (or retired) leaves the index.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use diesel_async::{AsyncConnection, RunQueryDsl};
use futures_util::StreamExt;
use uuid::Uuid;

use super::document::{self, CountryNames, SearchDoc};
use super::index::SearchIndex;
use crate::changes::{read_after, Change, Position};
use crate::db::{models, Conn, Pool};
use crate::domain::AuthorityStatus;

/// Changes applied per index commit.
const BATCH: i64 = 1000;

async fn country_names(conn: &mut Conn) -> anyhow::Result<CountryNames> {
    let mut names = HashMap::new();
    let mut after: Option<String> = None;
    loop {
        let page = models::country::list(conn, None, after.as_deref(), 500).await?;
        let Some(last) = page.last() else { break };
        after = Some(last.iso3.clone());
        for c in page {
            let map: HashMap<String, String> = serde_json::from_value(c.names)?;
            names.insert(c.iso3, map.into_iter().collect());
        }
    }
    Ok(names)
}

/// The documents each changed record has now: none when it no longer exists or is retired. Records
/// are loaded in one query per kind.
async fn documents(
    conn: &mut Conn,
    changes: &[Change],
    countries: &CountryNames,
) -> anyhow::Result<Vec<(String, Vec<SearchDoc>)>> {
    let ids = |kind: &str| -> Vec<Uuid> {
        let mut ids: Vec<Uuid> = changes
            .iter()
            .filter(|c| c.entity == kind)
            .map(|c| c.entity_id)
            .collect();
        ids.sort();
        ids.dedup();
        ids
    };
    let mut current: HashMap<String, Vec<SearchDoc>> = HashMap::new();
    for a in models::authority::find_many(conn, &ids("authority")).await? {
        if a.status == AuthorityStatus::Active {
            current.insert(
                document::record_key("authority", &a.id),
                vec![document::authority(&a, countries)],
            );
        }
    }
    for l in models::law::find_many(conn, &ids("legislation")).await? {
        current.insert(
            document::record_key("legislation", &l.id),
            document::law(&l, countries),
        );
    }
    for c in models::case::find_many(conn, &ids("case")).await? {
        current.insert(
            document::record_key("case", &c.id),
            vec![document::case(&c, countries)],
        );
    }
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for change in changes {
        if !["authority", "legislation", "case"].contains(&change.entity.as_str()) {
            anyhow::bail!("unknown entity {:?} in the change log", change.entity);
        }
        let key = document::record_key(&change.entity, &change.entity_id);
        if seen.insert(key.clone()) {
            let docs = current.remove(&key).unwrap_or_default();
            out.push((key, docs));
        }
    }
    Ok(out)
}

/// Applies every readable change after the index's position; returns the new position. Records are
/// read on the async side; the index is written and committed on the blocking pool.
pub async fn catch_up(conn: &mut Conn, index: &Arc<SearchIndex>) -> anyhow::Result<Position> {
    let countries = country_names(conn).await?;
    let mut position = index.position();
    loop {
        let changes = read_after(conn, position, BATCH).await?;
        let Some(last) = changes.last() else {
            return Ok(position);
        };
        let last = last.position;
        let batch = documents(conn, &changes, &countries).await?;
        let writer = Arc::clone(index);
        tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
            for (record, docs) in &batch {
                writer.replace(record, docs)?;
            }
            writer.commit(last)
        })
        .await??;
        position = last;
    }
}

/// How often the log is read when no notification arrives (a lost connection, a missed NOTIFY).
const POLL: Duration = Duration::from_millis(500);

/// Keeps `index` current for as long as the process runs: catches up, then waits for a `NOTIFY` on
/// `cna_changes` (or the poll interval) and catches up again. `ready` turns true after the first
/// complete catch-up. Errors are logged and retried; they never stop the server.
pub fn spawn(index: Arc<SearchIndex>, pool: Pool, database_url: String, ready: Arc<AtomicBool>) {
    tokio::spawn(async move {
        loop {
            if let Err(e) = follow(&index, &pool, &database_url, &ready).await {
                tracing::warn!(
                    error = format!("{e:#}"),
                    "search indexer interrupted; retrying"
                );
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    });
}

async fn follow(
    index: &Arc<SearchIndex>,
    pool: &Pool,
    database_url: &str,
    ready: &AtomicBool,
) -> anyhow::Result<()> {
    let mut listener = Conn::establish(database_url).await?;
    diesel::sql_query("LISTEN cna_changes")
        .execute(&mut listener)
        .await?;
    let mut notifications = std::pin::pin!(listener.notifications_stream());
    loop {
        {
            let mut conn = pool.get().await?;
            catch_up(&mut conn, index).await?;
        }
        ready.store(true, Ordering::Release);
        tokio::select! {
            notification = notifications.next() => {
                if let Some(Err(e)) = notification {
                    return Err(e.into());
                }
            }
            _ = tokio::time::sleep(POLL) => {}
        }
    }
}
